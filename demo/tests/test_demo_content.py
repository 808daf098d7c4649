import re
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Page, Revision, Workflow

from articles.models import ArticlePage, MedicinePage
from faq.models import FAQ, FAQPage, MythCard, MythsPage
from home.models import ContactPage, HomePage, StandardPage
from home.permissions import RECEPTION_GROUP
from reviews.models import Reviewer
from search.models import SearchPage

pytestmark = pytest.mark.django_db

PHONE = re.compile(r"\+?\d[\d ()./-]{6,}\d")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
WEB = re.compile(
    r"https?://|www\.|\b[\w-]+\.(com|net|org|io|co|uk|us|info|biz)\b", re.I
)
DOSE = re.compile(r"\b\d+(\.\d+)?\s?(mg|mcg|µg|ml|milligrams?)\b|mg/kg", re.I)


# Public bodies the demo's references may link to.
SOURCE_HOSTS = {
    "www.who.int",
    "www.nice.org.uk",
    "bnf.nice.org.uk",
    "www.talktofrank.com",
    "www.legislation.gov.uk",
}


def split_references(html: str) -> tuple[str, str]:
    """The page without its references list, and the references list."""
    match = re.search(r'<section class="references".*?</section>', html, re.S)
    if not match:
        return html, ""
    return html[: match.start()] + html[match.end() :], match.group(0)


def snapshot():
    """Everything a second run could change: pages, revisions and snippets."""
    return {
        "pages": list(
            Page.objects.order_by("path").values_list(
                "path", "title", "slug", "live", "latest_revision_id"
            )
        ),
        "revisions": Revision.objects.count(),
        "faqs": list(
            FAQ.objects.order_by("pk").values_list("question", "answer", "slug")
        ),
        "myths": list(
            MythCard.objects.order_by("pk").values_list("myth", "fact", "slug")
        ),
    }


def test_demo_content_builds_a_complete_site(client):
    call_command("load_demo_content", stdout=None)

    home = HomePage.objects.get()
    assert ArticlePage.objects.live().count() == 2
    assert FAQ.objects.count() >= 8
    assert MythCard.objects.count() >= 4
    assert sum(len(group.value["faqs"]) for group in FAQPage.objects.get().body) >= 8
    assert sum(len(group.value["myths"]) for group in MythsPage.objects.get().body) >= 4
    assert ContactPage.objects.get().form_fields.count() == 5
    assert set(StandardPage.objects.values_list("slug", flat=True)) == {
        "about",
        "editorial-policy",
        "privacy",
        "accessibility",
    }
    assert SearchPage.objects.exists()
    assert home.featured_articles.count() == 2
    for page in Page.objects.filter(depth__gte=2).specific():
        assert client.get(page.url).status_code == 200, page.url


def test_running_it_twice_changes_nothing():
    call_command("load_demo_content")
    before = snapshot()
    call_command("load_demo_content")
    assert snapshot() == before


def test_it_never_brings_back_what_an_editor_deleted_or_renamed():
    call_command("load_demo_content")
    MythsPage.objects.get().delete()
    index = ArticlePage.objects.first().get_parent().specific
    index.slug = "health-information"
    index.save_revision().publish()
    MythCard.objects.first().delete()
    before = snapshot()

    call_command("load_demo_content")

    assert snapshot() == before
    assert not MythsPage.objects.exists()
    assert ArticlePage.objects.count() == 2


def test_it_keeps_an_editors_changes():
    call_command("load_demo_content")
    faq = FAQ.objects.first()
    faq.answer = "<p>Edited by the clinic.</p>"
    faq.save()
    call_command("load_demo_content")
    faq.refresh_from_db()
    assert faq.answer == "<p>Edited by the clinic.</p>"


def test_no_contact_details_links_or_doses_anywhere_in_the_demo_site(client):
    call_command("load_demo_content")
    for page in Page.objects.filter(depth__gte=2).specific():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        main = html[html.index('<main id="main-content"') : html.index("</main>")]
        # References link to the public bodies the text is based on; nothing else may.
        main, sources = split_references(main)
        for href in re.findall(r'href="([^"]+)"', sources):
            assert href.startswith("#") or urlsplit(href).hostname in SOURCE_HOSTS, (
                page.url,
                href,
            )
        text = re.sub(r"<[^>]+>", " ", main)
        assert not PHONE.search(text), (page.url, PHONE.search(text))
        assert not EMAIL.search(text), (page.url, EMAIL.search(text))
        assert not WEB.search(text), (page.url, WEB.search(text))
        assert not DOSE.search(text), (page.url, DOSE.search(text))
        hrefs = re.findall(r'href="([^"]+)"', main)
        assert all(href.startswith(("/", "#", "?")) for href in hrefs), (
            page.url,
            hrefs,
        )


def test_demo_contact_page_shows_placeholders_and_safety_advice(client):
    call_command("load_demo_content")
    html = client.get(ContactPage.objects.get().url).content.decode()
    assert "[Clinic phone number — set it in Settings › Clinic settings]" in html
    assert "tel:" not in html
    assert "medical details" in html
    assert "emergency" in html


def test_demo_health_pages_carry_a_review_stamp_by_the_demo_reviewer(client):

    call_command("load_demo_content")
    reviewer = Reviewer.objects.get()
    assert reviewer.name == "Dr Alex Example"
    pages = [*ArticlePage.objects.all(), FAQPage.objects.get(), MythsPage.objects.get()]
    for page in pages:
        assert page.reviewer == reviewer
        assert page.last_reviewed and page.next_review_due > page.last_reviewed
        assert not page.is_review_overdue
        html = client.get(page.url).content.decode()
        assert "Medically reviewed by Dr Alex Example, MB ChB, FRCA" in " ".join(
            html.split()
        )


def test_demo_articles_cite_real_sources_that_exist_in_their_list(client):
    call_command("load_demo_content")
    pages = [*ArticlePage.objects.all(), *MedicinePage.objects.all()]
    assert len(pages) == 3
    for article in pages:
        html = client.get(article.url).content.decode()
        numbers = {int(n) for n in re.findall(r'href="#ref-(\d+)"', html)}
        assert numbers == set(range(1, len(article.references) + 1)), article.title
        for n in numbers:
            assert f'id="cite-{n}"' in html and f'<li id="ref-{n}">' in html


def test_demo_sets_up_clinical_review_with_a_linked_demo_reviewer():

    call_command("load_demo_content")
    home = HomePage.objects.get()
    assert home.get_workflow() == Workflow.objects.get(name="Clinical review")
    reviewer_user = Reviewer.objects.get().user
    assert reviewer_user.groups.filter(name="Clinical reviewers").exists()
    assert not reviewer_user.has_usable_password()
    editor = Group.objects.get(name="Editors").user_set.get()
    article = ArticlePage.objects.first()
    assert article.permissions_for_user(reviewer_user).can_publish()
    assert not article.permissions_for_user(editor).can_publish()


def test_demo_editorial_policy_says_how_pages_are_reviewed_and_funded(client):
    call_command("load_demo_content")
    policy = StandardPage.objects.get(slug="editorial-policy")
    home_html = client.get("/").content.decode()
    footer = home_html[home_html.index("<footer") :]
    assert f'href="{policy.url}"' in footer
    text = " ".join(client.get(policy.url).content.decode().split())
    for promise in (
        "Checked by a clinician before it is published",
        "reviewed again at least once a year",
        "We do not accept advertising or sponsorship",
        "Telling us about a mistake",
    ):
        assert promise in text


def test_demo_editor_owns_the_health_pages_and_gets_review_reminders(mailoutbox):
    call_command("load_demo_content")
    call_command("send_review_reminders", stdout=None)
    assert [mail.to for mail in mailoutbox] == [["demo-editor@example.com"]]
    assert MythsPage.objects.get().title in mailoutbox[0].body  # due within 30 days


def test_demo_content_lets_reception_read_the_demo_contact_form(home_page):
    call_command("load_demo_content", stdout=open("/dev/null", "w"))
    group = Group.objects.get(name=RECEPTION_GROUP)
    pages = {perm.page.specific_class.__name__ for perm in group.page_permissions.all()}
    assert pages == {"ContactPage"}
