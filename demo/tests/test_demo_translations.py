"""The Spanish demo: every page the issue lists, its FAQs, myth cards and clinic
wording, each a translation with its own review stamp."""

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.models import Locale, Page

from demo import content_es
from faq.models import FAQ, MythCard
from home.models import ClinicWording
from reviews.models import Reviewer, ReviewStampMixin

pytestmark = pytest.mark.django_db

SPANISH_PAGES = {
    "/es/": "Información clara sobre su tratamiento",
    "/es/articles/": "Información de salud",
    "/es/articles/understanding-ketamine/": content_es.ARTICLES[0]["title"],
    f"/es/articles/{content_es.ARTICLES[1]['slug']}/": content_es.ARTICLES[1]["title"],
    "/es/articles/ketamine/": "Ketamina",
    "/es/faqs/": content_es.FAQ_PAGE["title"],
    "/es/myths/": content_es.MYTHS_PAGE["title"],
    "/es/a-to-z/": content_es.A_TO_Z["title"],
    "/es/contact/": content_es.CONTACT_PAGE["title"],
    "/es/search/": content_es.SEARCH["title"],
}


def test_a_one_language_clinic_gets_no_translations(home_page):
    call_command("load_demo_content", stdout=None)
    assert not Page.objects.exclude(locale=home_page.locale).filter(depth__gt=1)
    assert not ClinicWording.objects.exists()


def test_every_spanish_page_is_live_in_spanish(client, spanish_demo):
    for url, title in SPANISH_PAGES.items():
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert f"<title>{title}" in html, url
        assert '<html lang="es"' in html, url


def test_each_spanish_health_item_has_its_own_translation_review(client, spanish_demo):
    reviewer = Reviewer.objects.get()
    spanish = Locale.objects.get(language_code="es")
    health = [
        page.specific
        for page in Page.objects.filter(locale=spanish)
        if isinstance(page.specific, ReviewStampMixin)
    ]
    items = [*health, *FAQ.objects.filter(locale=spanish)]
    items += list(MythCard.objects.filter(locale=spanish))
    assert len(health) == 5  # both articles, the medicine, FAQ and myths pages
    assert FAQ.objects.filter(locale=spanish).count() == len(content_es.FAQS)
    assert MythCard.objects.filter(locale=spanish).count() == len(content_es.MYTHS)
    for item in items:
        original = item.original()
        assert item.live and item.reviewer == reviewer, item
        assert item.last_reviewed == original.last_reviewed, item
        assert item.translated_from_reviewed == original.last_reviewed, item
        assert item.translated_from_revision == original.live_revision_id, item

    html = " ".join(client.get("/es/faqs/").content.decode().split())
    assert "Traducción revisada por Dr Alex Example" in html
    assert "Traducida de la versión en inglés revisada el" in html
    assert content_es.FAQS[0]["question"] in html
    assert "Is ketamine safe" not in html


def test_the_spanish_contact_form_and_clinic_wording(client, spanish_demo):
    html = " ".join(client.get("/es/contact/").content.decode().split())
    assert "Su nombre" in html and "Your name" not in html
    assert content_es.CLINIC_WORDING["urgent_notice_text"] in html
    english = " ".join(client.get("/contact/").content.decode().split())
    assert "Your name" in english
    assert content_es.CLINIC_WORDING["urgent_notice_text"] not in english


def test_spanish_pages_send_readers_only_to_spanish_pages(client, spanish_demo):
    """Lists and links inside the page (A to Z, featured and related articles,
    FAQ and myth links) stay in the reader's language."""
    english = []
    for url in SPANISH_PAGES:
        response = client.get(url)
        main = BeautifulSoup(response.content, "html.parser").find("main")
        english += [
            (url, link["href"])
            for link in main.find_all("a", href=True)
            if link["href"].startswith("/") and not link["href"].startswith("/es/")
        ]
    assert english == []


def test_the_switcher_on_every_demo_page_leads_to_the_same_page_and_back(
    client, spanish_demo
):
    """A patient switches language on any page and keeps reading the same
    information: every live English page has its Spanish version, and back."""

    def switcher_link(url: str, hreflang: str) -> str:
        response = client.get(url)
        assert response.status_code == 200, url
        soup = BeautifulSoup(response.content, "html.parser")
        link = soup.select_one(f'.language-switcher a[hreflang="{hreflang}"]')
        assert link is not None, url
        return link["href"]

    english = Page.objects.filter(depth__gt=1, locale__language_code="en-gb").live()
    assert english.count() >= 14
    for page in english:
        spanish_url = switcher_link(page.url, "es")
        assert spanish_url == f"/es{page.url}", page.url
        assert switcher_link(spanish_url, "en-gb") == page.url, spanish_url
    for slug in ("about", "editorial-policy", "privacy", "accessibility"):
        title = next(p["title"] for p in content_es.STANDARD_PAGES if p["slug"] == slug)
        assert f"<title>{title}" in client.get(f"/es/{slug}/").content.decode()
