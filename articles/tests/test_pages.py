import datetime

import pytest
from pytest_django.asserts import (
    assertContains,
    assertInHTML,
    assertNotContains,
    assertTemplateUsed,
)
from wagtail.models import PageViewRestriction
from wagtail.rich_text import RichText

from articles.models import AToZPage
from conftest import trust
from reviews.models import Reviewer

pytestmark = pytest.mark.django_db


def test_article_shows_summary_first_then_toc_and_sections(client, article_page):
    page = article_page(title="Understanding the treatment", tags=["Pain"])

    response = client.get(page.url)

    assert response.status_code == 200
    assertTemplateUsed(response, "articles/article_page.html")
    html = response.content.decode()
    assert (
        html.index("At a glance")
        < html.index("On this page")
        < html.index('id="what-it-is"')
    )
    assertContains(response, "What the treatment is, how it is given and its risks.")
    assertContains(response, "<li>It is given only by trained staff.</li>", html=True)
    assertInHTML('<a href="#what-the-evidence-says-2">What the evidence says</a>', html)
    assertInHTML('<h3 id="what-the-evidence-says-2">What the evidence says</h3>', html)
    assertInHTML('<h3 id="what-the-evidence-says">What the evidence says</h3>', html)
    assertContains(response, "min read")
    assertContains(response, f'href="{page.get_parent().url}?topic=pain"')
    assert "None" not in html


def test_article_without_optional_fields_renders_cleanly(client, article_page):
    page = article_page(
        key_points=[], body=[("paragraph", "<p>Just one paragraph.</p>")]
    )
    response = client.get(page.url)
    assertNotContains(response, "On this page")
    assertNotContains(response, "Related articles")
    assertNotContains(response, "None")


@pytest.mark.parametrize("page_type", ["article_page", "medicine_page"])
def test_updated_date_is_a_valid_html_date_matching_the_one_shown(
    client, request, page_type
):
    """A datetime with microseconds is invalid HTML; the date shown is enough."""
    page = request.getfixturevalue(page_type)()
    published = datetime.datetime(2026, 1, 15, 23, 30, 5, 123456, tzinfo=datetime.UTC)
    type(page).objects.filter(pk=page.pk).update(last_published_at=published)

    response = client.get(page.url)

    # 23:30 UTC on 15 January is still the 15th in London (the site's time zone).
    assertInHTML(
        '<time datetime="2026-01-15">15 January 2026</time>',
        response.content.decode(),
    )


def test_article_embeds_faqs_and_myth_cards(client, article_page, make_faq, make_myth):
    faq = make_faq("Can I eat before treatment?", "<p>Ask the clinic team first.</p>")
    myth = make_myth(
        "It knocks you out for days.", "Most effects wear off within hours."
    )
    page = article_page(
        body=[
            ("faq_group", {"heading": "Questions", "faqs": [faq]}),
            ("myth_cards", {"heading": "Myths", "myths": [myth]}),
        ]
    )

    response = client.get(page.url)

    assertContains(response, f'<details class="faq" id="faq-{faq.slug}">')
    assertContains(
        response,
        '<summary><span class="faq__question">Can I eat before treatment?</span></summary>',
        html=True,
    )
    assertContains(response, f'id="myth-{myth.slug}"')
    assertContains(response, "Most effects wear off within hours.")


def test_editing_an_faq_changes_it_on_every_page(client, article_page, faq_page):
    faq = faq_page.body[0].value["faqs"][0]
    article = article_page(body=[("faq_group", {"heading": "", "faqs": [faq]})])

    faq.answer = "<p>Someone must take you home.</p>"
    faq.save()

    for url in (article.url, faq_page.url):
        assertContains(client.get(url), "Someone must take you home.")


def test_deleted_faq_disappears_without_breaking_the_article(
    client, article_page, make_faq
):
    faq = make_faq("Will this go away?")
    article = article_page(body=[("faq_group", {"heading": "", "faqs": [faq]})])
    faq.delete()
    response = client.get(article.url)
    assert response.status_code == 200
    assertNotContains(response, "Will this go away?")


def test_related_articles_are_listed(client, article_page):
    first = article_page(title="First", tags=["Pain"])
    article_page(title="Second article on pain", tags=["Pain"])
    assertContains(client.get(first.url), "Second article on pain")


def test_index_lists_articles_with_topic_filter(client, article_index, article_page):
    article_page(title="Managing pain", tags=["Pain"])
    article_page(title="Depression care", tags=["Mental health"])

    response = client.get(article_index.url)
    assertTemplateUsed(response, "articles/article_index_page.html")
    assertContains(response, "Managing pain")
    assertContains(response, "Depression care")
    assertContains(response, '<a href="?topic=pain">Pain</a>', html=True)

    response = client.get(article_index.url, {"topic": "pain"})
    assertContains(response, "Managing pain")
    assertNotContains(response, "Depression care")
    assertContains(
        response, '<a href="?topic=pain" aria-current="page">Pain</a>', html=True
    )


def test_index_follows_publishing_and_privacy_at_once(
    client, article_index, article_page, medicine_page
):
    kept = article_page(title="Managing pain", tags=["Pain"])
    assertContains(client.get(article_index.url), "Managing pain")

    article_page(title="Sleep after sedation", tags=["Sleep"])
    medicine_page(title="Examplamine")
    response = client.get(article_index.url)
    assertContains(response, "Sleep after sedation")
    assertContains(response, '<a href="?topic=sleep">Sleep</a>', html=True)
    assertContains(response, "Examplamine")

    PageViewRestriction.objects.create(page=kept, restriction_type="login")
    response = client.get(article_index.url)
    assertNotContains(response, "Managing pain")
    assertNotContains(response, '<a href="?topic=pain">Pain</a>', html=True)
    assertNotContains(client.get(article_index.url, {"topic": "pain"}), "Managing pain")


def test_index_pages_articles_newest_first(client, article_index, article_page):
    for n in range(12):
        article_page(title=f"Article number {n}")
    first = client.get(article_index.url)
    assertContains(first, "Article number 11")
    assertContains(first, "Article number 2")
    assertNotContains(first, "Article number 1</a>")
    second = client.get(article_index.url, {"page": 2})
    assertContains(second, "Article number 1</a>")
    assertContains(second, "Article number 0")
    assertNotContains(second, "Article number 11")


def test_empty_index_says_so(client, article_index):
    assertContains(client.get(article_index.url), "There are no articles yet.")


def test_index_query_count_does_not_grow_with_articles(
    client, article_index, article_page, no_page_cache, django_assert_max_num_queries
):
    for n in range(8):
        article_page(title=f"Article {n}", tags=["Pain", f"Topic {n}"])
    client.get(article_index.url)
    # 18: the medicines list adds its query and its view-restriction check.
    with django_assert_max_num_queries(18):
        response = client.get(article_index.url)
    assert response.status_code == 200
    assertTemplateUsed(response, "articles/article_index_page.html")
    assertContains(response, "Article 7")


def test_article_query_count_is_bounded(
    client,
    article_page,
    make_faq,
    make_myth,
    no_page_cache,
    django_assert_max_num_queries,
):
    faqs = [make_faq(f"Question {n}?") for n in range(6)]
    myths = [make_myth(f"Myth {n}") for n in range(6)]
    page = article_page(
        tags=["Pain"],
        body=[
            ("heading", {"text": "Questions", "level": "h2"}),
            ("faq_group", {"heading": "", "faqs": faqs}),
            ("myth_cards", {"heading": "", "myths": myths}),
        ],
    )
    client.get(page.url)
    # 21: one more than before for the topics named in the JSON-LD "about".
    with django_assert_max_num_queries(21):
        response = client.get(page.url)
    assert response.status_code == 200
    assertTemplateUsed(response, "articles/article_page.html")
    assertContains(response, "Question 5?")
    assertContains(response, "Myth 5")


def test_article_body_can_hold_care_cards_with_clinic_numbers(
    client, article_page, clinic_settings
):
    clinic_settings.emergency_number = "112"
    clinic_settings.save()
    page = article_page(
        body=[
            (
                "care_cards",
                {
                    "heading": "When to get help",
                    "emergency": RichText("<p>You cannot wake someone up.</p>"),
                    "urgent": RichText(""),
                    "non_urgent": RichText(
                        "<p>You have questions about side effects.</p>"
                    ),
                },
            )
        ]
    )

    response = client.get(page.url)

    assertContains(response, "You cannot wake someone up.")
    assertContains(response, '<a href="tel:112">112</a>', html=True)
    assertContains(response, "Not urgent: contact the clinic")
    assertNotContains(response, "Urgent: get advice today")


def test_article_citations_link_to_numbered_references_and_back(client, article_page):
    trust("example.com")
    page = article_page(
        body=[
            ("heading", {"text": "Legal status", "level": "h2"}),
            ("paragraph", RichText("<p>It is a controlled drug [1]. See [2].</p>")),
        ],
        references=[
            (
                "reference",
                {
                    "authors": "",
                    "title": "Controlled drugs and drug dependence",
                    "publisher": "Acme Formulary",
                    "year": None,
                    "link": "https://example.com/controlled-drugs",
                    "accessed": None,
                },
            )
        ],
    )

    response = client.get(page.url)
    html = response.content.decode()

    assertInHTML(
        '<a class="citation" href="#ref-1" id="cite-1">'
        '<span class="visually-hidden">Reference </span>[1]</a>',
        html,
    )
    assert "See [2]." in html
    assert html.index('id="cite-1"') < html.index('<li id="ref-1">')
    assertInHTML('<a href="#references">References</a>', html)
    assertContains(response, 'href="#cite-1">Back to text')


def test_medicine_page_shows_key_facts_first_then_sections_in_order(
    client, medicine_page, clinic_settings
):
    clinic_settings.emergency_number = "999"
    clinic_settings.save()
    page = medicine_page(
        title="Examplamine",
        given_as="Injection, in hospital",
        legal_status_summary="Controlled drug",
        prescription_status="prescription_only",
        how_given="<p>Only by trained staff [1].</p>",
        serious_side_effects="<p>Chest pain or trouble breathing.</p>",
        pregnancy_breastfeeding="<p> </p>",
        references=[
            (
                "reference",
                {
                    "authors": "",
                    "title": "Examplamine",
                    "publisher": "Acme Formulary",
                    "year": 2024,
                    "link": "",
                    "accessed": None,
                },
            )
        ],
    )

    response = client.get(page.url)

    assert response.status_code == 200
    assertTemplateUsed(response, "articles/medicine_page.html")
    html = response.content.decode()
    assert (
        html.index("Key facts")
        < html.index("On this page")
        < html.index('<h2 id="what-it-is">')
        < html.index('<h2 id="how-it-is-given">')
        < html.index('<h2 id="side-effects">')
        < html.index('<h2 id="references-heading">')
    )
    assertInHTML("<dt>How it is given</dt><dd>Injection, in hospital</dd>", html)
    assertInHTML(
        "<dt>Prescription status</dt><dd>Prescription-only medicine</dd>", html
    )
    # Serious side effects are an urgent box with the emergency number.
    assertInHTML(
        '<p class="callout__title">Serious side effects: get help now</p>', html
    )
    assertContains(response, "Chest pain or trouble breathing.")
    assertContains(response, '<a href="tel:999">999</a>', html=True)
    # Citations work inside sections.
    assertContains(response, 'id="cite-1"')
    # Empty sections are neither shown nor listed.
    assertNotContains(response, "Pregnancy and breastfeeding")
    assertNotContains(response, "How it works")
    assert "None" not in html


def test_medicine_page_with_only_a_summary_renders_cleanly(client, medicine_page):
    page = medicine_page(what_it_is="", side_effects="", medicine_type="")
    response = client.get(page.url)
    assertContains(response, "A medicine used in hospitals for anaesthesia and pain.")
    assertNotContains(response, "On this page")
    assertNotContains(response, "<dl")
    assertNotContains(response, "References")
    assertNotContains(response, "None")


def test_index_lists_medicines_separately_from_articles(
    client, article_index, article_page, medicine_page
):
    article_page(title="Understanding the treatment")
    medicine_page(title="Examplamine")
    html = client.get(article_index.url).content.decode()
    assert (
        html.index("Understanding the treatment")
        < html.index('<h2 id="medicines-heading">Medicines</h2>')
        < html.index("Examplamine")
    )


def test_medicine_page_query_count_is_bounded(
    client, medicine_page, no_page_cache, django_assert_max_num_queries
):
    page = medicine_page(
        care_cards=[
            (
                "care_cards",
                {
                    "heading": "When to get help",
                    "emergency": RichText("<p>You cannot breathe.</p>"),
                    "urgent": RichText(""),
                    "non_urgent": RichText(""),
                },
            )
        ]
    )
    client.get(page.url)
    with django_assert_max_num_queries(14):
        response = client.get(page.url)
    assert response.status_code == 200
    assertTemplateUsed(response, "articles/medicine_page.html")
    assertContains(response, "You cannot breathe.")


def test_a_to_z_page_links_letters_with_entries_only(
    client,
    home_page,
    article_page,
    medicine_page,
    no_page_cache,
    django_assert_max_num_queries,
):

    for n in range(6):
        article_page(title=f"Pain topic {n}")
    medicine = medicine_page(title="Examplamine")
    page = AToZPage(title="A to Z", slug="a-to-z")
    home_page.add_child(instance=page)
    page.save_revision().publish()

    response = client.get(page.url)

    assertTemplateUsed(response, "articles/a_to_z_page.html")
    assertContains(
        response, '<a href="#letter-e" aria-label="E: 1 topic">E</a>', html=True
    )
    assertContains(
        response, '<a href="#letter-p" aria-label="P: 6 topics">P</a>', html=True
    )
    assertContains(
        response,
        '<span class="a-z-nav__empty">B<span class="visually-hidden">: no topics</span></span>',
        html=True,
    )
    assertNotContains(response, 'href="#letter-b"')
    assertNotContains(response, 'id="letter-b"')
    assertContains(response, '<h2 id="letter-e-heading">E</h2>', html=True)
    assertContains(response, f'<a href="{medicine.url}">Examplamine</a>', html=True)
    # No "#" group when no title starts with a digit or symbol.
    assertNotContains(response, "letter-other")

    with django_assert_max_num_queries(16):
        response = client.get(page.url)
    assert response.status_code == 200
    assertTemplateUsed(response, "articles/a_to_z_page.html")
    # More entries, same number of queries.
    for n in range(5):
        article_page(title=f"Another topic {n}")
    client.get(page.url)
    with django_assert_max_num_queries(16):
        response = client.get(page.url)
    assert response.status_code == 200
    assertTemplateUsed(response, "articles/a_to_z_page.html")
    assertContains(response, "Another topic 4")


def test_medicine_page_shows_the_review_stamp_and_overdue_notice(client, medicine_page):

    reviewer = Reviewer.objects.create(name="Dr Sam Example", credentials="MB BS")
    page = medicine_page(
        reviewer=reviewer,
        last_reviewed=datetime.date(2020, 1, 10),
        next_review_due=datetime.date(2021, 1, 10),
    )

    response = client.get(page.url)

    text = " ".join(response.content.decode().split())
    assert "Medically reviewed by Dr Sam Example, MB BS" in text
    assert "This page is being reviewed." in text
    assert text.index("Medically reviewed by") < text.index("Key facts")
