"""Site search: relevance across pages and snippets, snippets, promotions, suggestions."""

import io
import re

import pytest
from django.core.management import call_command
from pytest_django.asserts import assertContains, assertNotContains
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction
from wagtail.rich_text import RichText

from articles.models import ArticleIndexPage, ArticlePage
from conftest import page_head, publish
from faq.models import FAQPage
from search import hits
from search.models import SearchPage
from search.ranking import best_passage, highlight, search_site, search_terms

pytestmark = pytest.mark.django_db

RESULT = re.compile(
    r'<li class="search-result">.*?<p class="search-result__kind">(.*?)</p>.*?'
    r'<h3 class="search-result__title">(?:<a href="(.*?)">)?(.*?)(?:</a>)?</h3>',
    re.S,
)


def results(response) -> list[tuple[str, str, str]]:
    """(kind, url, title text) of each result shown, in order."""
    assert response.status_code == 200
    return [
        (kind, url, re.sub(r"</?mark>", "", title).replace("&#x27;", "'"))
        for kind, url, title in RESULT.findall(response.content.decode())
    ]


@pytest.fixture
def search(home_page):
    return publish(home_page, SearchPage(title="Search", slug="search"))


@pytest.fixture
def demo_site(home_page):
    call_command("load_demo_content", stdout=io.StringIO())
    return SearchPage.objects.get()


def test_question_wording_finds_its_faq_first(client, demo_site):
    [first, *_] = results(
        client.get(demo_site.url, {"q": "can I drive home after treatment"})
    )
    assert first == (
        "FAQ",
        "/faqs/#faq-can-i-drive-home",
        "Can I drive home after treatment?",
    )


def test_a_phrase_from_an_answer_finds_its_faq_first(client, demo_site):
    # A long article using the same words many times must not outrank the FAQ.
    publish(
        ArticleIndexPage.objects.get(),
        ArticlePage(
            title="Travelling to the clinic",
            summary="Getting to and from your appointment: drive, train or bus.",
            body=[
                (
                    "paragraph",
                    RichText(
                        "<p>Arrange for someone to drive you, or take the bus home. "
                        "Someone can take you home if you arrange it. </p>" * 40
                    ),
                )
            ],
        ),
    )
    found = results(
        client.get(demo_site.url, {"q": "arrange for someone to take you home"})
    )
    assert found[0] == (
        "FAQ",
        "/faqs/#faq-can-i-drive-home",
        "Can I drive home after treatment?",
    )


def test_a_myths_wording_finds_its_card(client, demo_site):
    [first, *_] = results(
        client.get(demo_site.url, {"q": "ketamine is just a party drug"})
    )
    kind, url, title = first
    assert (kind, title) == ("Myth or fact", "Myth: Ketamine is just a party drug.")
    assert url.startswith("/myths/#myth-")
    assert f'id="{url.split("#")[1]}"' in client.get("/myths/").content.decode()


def test_a_broad_word_puts_articles_before_single_answers(client, demo_site):
    found = results(client.get(demo_site.url, {"q": "ketamine"}))
    overviews = [kind in {"Article", "Medicine"} for kind, _, _ in found]
    # Every article and medicine page naming it, then the FAQs and cards.
    assert overviews[0] and overviews == sorted(overviews, reverse=True)
    assert {kind for kind, _, _ in found} >= {"Article", "FAQ"}


def test_faq_hits_link_to_a_page_that_shows_the_faq(
    client, search, article_page, make_faq
):
    faq = make_faq(
        "Can I bring a companion?", "<p>Yes, one person may stay with you.</p>"
    )
    article = article_page(
        title="Your visit", body=[("faq_group", {"heading": "", "faqs": [faq]})]
    )
    [(kind, url, _)] = results(client.get(search.url, {"q": "companion"}))
    assert (kind, url) == ("FAQ", f"{article.url}#{faq.anchor}")
    assertContains(client.get(article.url), f'id="{faq.anchor}"')


def test_drafts_private_pages_and_their_snippets_never_appear(
    client, search, home_page, article_page, make_faq
):
    draft = article_page(title="Sedation draft", summary="About sedation.")
    draft.unpublish()
    private = article_page(title="Sedation for staff", summary="Sedation notes.")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    hidden_faq = make_faq("Is sedation for staff only?", "<p>Sedation answer.</p>")
    private.body = [("faq_group", {"heading": "", "faqs": [hidden_faq]})]
    private.save_revision().publish()
    unused_faq = make_faq("Sedation question on no page?", "<p>Not shown.</p>")
    faq_page = publish(
        home_page,
        FAQPage(
            title="FAQs", slug="faqs", body=[("faq_group", {"faqs": [make_faq()]})]
        ),
    )
    faq_page.body = [("faq_group", {"faqs": [unused_faq]})]
    faq_page.save_revision()  # a draft only: the live page does not show it

    response = client.get(search.url, {"q": "sedation"})

    assert results(response) == []
    assertContains(response, "0 results")


def test_editors_promotion_is_shown_first(client, search, article_page, contact_page):

    article_page(title="Pain relief", summary="Ketamine for pain.")
    SearchPromotion.objects.create(
        query=Query.get("Pain"),
        page=contact_page,
        description="Talk to the clinic about pain.",
        sort_order=0,
    )

    found = results(client.get(search.url, {"q": "pain"}))

    assert found[0] == ("Recommended", contact_page.url, "Contact the clinic")
    assert found[1][2] == "Pain relief"


def test_a_new_promotion_shows_on_a_result_page_already_kept(
    client, search, article_page, contact_page
):
    """Result pages are kept per query; adding or removing an editor's pick
    starts a new page-cache generation, so visitors see it at once."""
    article_page(title="Pain relief", summary="Ketamine for pain.")
    assert results(client.get(search.url, {"q": "pain"}))[0][2] == "Pain relief"

    promotion = SearchPromotion.objects.create(
        query=Query.get("Pain"),
        page=contact_page,
        description="Talk to the clinic about pain.",
        sort_order=0,
    )
    assert results(client.get(search.url, {"q": "pain"}))[0][0] == "Recommended"

    promotion.delete()
    assert results(client.get(search.url, {"q": "pain"}))[0][2] == "Pain relief"


def test_searches_are_counted_for_the_report_in_one_write_a_minute(
    client, search, article_page, settings
):
    """Counting a search costs no database write of its own: the counts are
    written together once SEARCH_HITS_WRITE_SECONDS have passed."""
    settings.SEARCH_HITS_WRITE_SECONDS = 60
    article_page(title="Pain relief", summary="Ketamine for pain.")
    hits.write_search_hits()
    for query in ("pain", "Pain ", "relief"):
        client.get(search.url, {"q": query})
    assert not Query.objects.filter(query_string__in=["pain", "relief"]).exists()

    hits.write_search_hits()

    popular = {q.query_string: q.hits for q in Query.get_most_popular()}
    assert popular["pain"] == 2
    assert popular["relief"] == 1


def test_matching_passage_is_shown_with_the_query_highlighted(
    client, search, article_page
):
    article_page(
        title="Long article",
        summary="An overview.",
        body=[
            ("paragraph", RichText("<p>" + "Background text. " * 60 + "</p>")),
            ("paragraph", RichText("<p>Staff watch your breathing throughout.</p>")),
        ],
    )
    html = client.get(search.url, {"q": "breathing"}).content.decode()
    snippet = re.search(r'<p class="search-result__snippet">(.*?)</p>', html, re.S)[1]
    assert snippet.startswith("… ")
    assert "Staff watch your <mark>breathing</mark> throughout." in snippet


def test_highlighting_escapes_the_text():
    assert str(highlight("Tom & <Jerry> are driving", ["driv"])) == (
        "Tom &amp; &lt;Jerry&gt; are <mark>driving</mark>"
    )
    assert str(highlight("<mark>", ["mark"])) == "&lt;<mark>mark</mark>&gt;"


def test_markup_in_content_and_query_is_shown_as_text(
    client, search, faq_page, make_faq
):
    faq = make_faq("What does <script>alert(1)</script> sedation mean?", "<p>Text.</p>")
    faq_page.body = [("faq_group", {"heading": "", "faqs": [faq]})]
    faq_page.save_revision().publish()

    response = client.get(search.url, {"q": "sedation"})
    assert "<script>alert" not in response.content.decode()
    assertContains(
        response,
        "What does &lt;script&gt;alert(1)&lt;/script&gt; <mark>sedation</mark>",
    )

    response = client.get(search.url, {"q": "<script>alert(2)</script>"})
    assert "<script>alert" not in response.content.decode()
    assertContains(response, 'value="&lt;script&gt;alert(2)&lt;/script&gt;"')


def test_search_terms_and_passages():
    assert search_terms("Can I drive home after driving?") == [
        "drive",
        "home",
        "after",
        "driv",
    ]
    text = " ".join(f"w{n}" for n in range(100)) + " target " + "end " * 50
    passage = best_passage(text, ["target"], words=10)
    assert passage.startswith("… ") and passage.endswith(" …")
    assert "target" in passage


def test_nothing_found_suggests_a_spelling_and_popular_pages(
    client, home_page, article_page, search, faq_page
):
    article = article_page(title="Ketamine for pain")
    home_page.featured_articles.create(page=article)
    home_page.save_revision().publish()

    response = client.get(search.url, {"q": "ketamne"})

    assertContains(response, "0 results")
    assertContains(
        response, 'Did you mean <a href="?q=ketamine">ketamine</a>?', html=True
    )
    assertContains(
        response, f'<a href="{article.url}">Ketamine for pain</a>', html=True
    )
    assert (
        results(client.get(search.url, {"q": "ketamine"}))[0][2] == "Ketamine for pain"
    )


def test_no_suggestion_when_nothing_is_close(client, search, faq_page):
    response = client.get(search.url, {"q": "zzzzqqqq"})
    assertNotContains(response, "Did you mean")


def test_search_query_count_does_not_grow_with_results(
    client,
    search,
    home_page,
    article_page,
    make_faq,
    make_myth,
    django_assert_max_num_queries,
):
    def add(n):
        faqs = [
            make_faq(f"Sedation question {n}-{i}?", "<p>Sedation answer.</p>")
            for i in range(n)
        ]
        myths = [
            make_myth(f"Sedation myth {n}-{i}.", "Sedation fact.") for i in range(n)
        ]
        article_page(
            title=f"Sedation article {n}",
            body=[
                ("faq_group", {"heading": "", "faqs": faqs}),
                ("myth_cards", {"heading": "", "myths": myths}),
            ],
        )

    add(2)
    client.get(search.url, {"q": "sedation"})
    with django_assert_max_num_queries(30) as few:
        response = client.get(search.url, {"q": "sedation"})
    assert response.status_code == 200
    assert len(results(response)) == 5
    few_count = len(few.captured_queries)
    add(8)
    client.get(search.url, {"q": "sedation"})  # warm-up: menus and settings are cached
    with django_assert_max_num_queries(few_count + 1):
        response = client.get(search.url, {"q": "sedation"})
    assert response.status_code == 200
    assert len(results(response)) == 10


def test_results_rank_in_python_without_the_page(home_page, faq_page):
    [first] = search_site("detached")
    assert first.title == "Will I feel strange?"
    assert first.url == f"{faq_page.url}#faq-will-i-feel-strange"


def test_search_finds_articles_faqs_and_myth_cards(
    client, search, article_page, faq_page, myths_page
):
    article = article_page(
        title="Anaesthesia explained", summary="How anaesthetists keep you asleep."
    )

    response = client.get(search.url, {"q": "anaesthetists"})
    assert results(response) == [("Article", article.url, "Anaesthesia explained")]
    assertContains(response, 'value="anaesthetists"')

    assert results(client.get(search.url, {"q": "drive home"})) == [
        (
            "FAQ",
            f"{faq_page.url}#faq-can-i-drive-home-afterwards",
            "Can I drive home afterwards?",
        )
    ]
    [(kind, url, title)] = results(client.get(search.url, {"q": "recreationally"}))
    assert (kind, title) == ("Myth or fact", "Myth: It is only used recreationally.")
    assert url.startswith(f"{myths_page.url}#myth-")


@pytest.mark.parametrize(
    "query", ['"', 'a"b', "\x00", "(", "*", "&", "' OR 1=1 --", "-", "x" * 500]
)
def test_odd_search_input_never_breaks_the_page(client, search, faq_page, query):
    assert client.get(search.url, {"q": query}).status_code == 200


def test_punctuation_in_a_query_is_ignored(client, search, faq_page):
    [(_, _, title)] = results(client.get(search.url, {"q": '(drive) "home"?'}))
    assert title == "Can I drive home afterwards?"


def test_search_pages_keep_the_whole_query(client, search, home_page, make_faq):
    faqs = [make_faq(f"Question {n} about tea & toast?") for n in range(12)]
    publish(
        home_page,
        FAQPage(title="FAQs", slug="faqs", body=[("faq_group", {"faqs": faqs})]),
    )
    response = client.get(search.url, {"q": "tea & toast"})
    assert len(results(response)) == 10
    assertContains(response, 'href="?q=tea+%26+toast&amp;page=2"')
    response = client.get(search.url, {"q": "tea & toast", "page": "2"})
    assert len(results(response)) == 2
    assertContains(response, '<ol class="search-results" start="11">')
    assertContains(response, 'value="tea &amp; toast"')


def test_search_never_shows_drafts(client, search, article_page):
    article = article_page(title="Secret draft about sedation")
    article.unpublish()
    response = client.get(search.url, {"q": "sedation"})
    assertNotContains(response, "Secret draft")
    assertContains(response, "0 results")


def test_empty_search_shows_only_the_box(client, search):
    response = client.get(search.url)
    assertContains(response, 'id="site-search"')
    assertNotContains(response, "results for")


def test_search_results_are_not_indexed(client, home_page):
    search = publish(home_page, SearchPage(title="Search", slug="search"))
    assert "robots" not in page_head(client.get(search.url)).meta
    assert (
        page_head(client.get(search.url, {"q": "ketamine"})).meta["robots"] == "noindex"
    )
