"""sitemap.xml, robots.txt, the Atom feed and redirects after a page moves."""

import xml.etree.ElementTree as ET

import pytest
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import PageViewRestriction

from articles.models import MedicinePage
from clinic_site.settings.base import env_flag
from conftest import publish
from home.models import StandardPage
from search.models import SearchPage

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def search_page(home_page):
    return publish(home_page, SearchPage(title="Search", slug="search"))


def test_sitemap_lists_public_pages_with_lastmod_but_not_search(
    client, home_page, article_page, faq_page, contact_page, search_page
):
    article = article_page(title="Ketamine for pain")
    private = article_page(title="Staff notes")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    draft = article_page(title="Draft article")
    draft.unpublish()

    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    urls = {
        url.findtext(f"{SITEMAP}loc"): url.findtext(f"{SITEMAP}lastmod")
        for url in ET.fromstring(response.content).iter(f"{SITEMAP}url")
    }
    assert set(urls) == {
        "http://localhost/",
        "http://localhost/articles/",
        "http://localhost/articles/ketamine-for-pain/",
        "http://localhost/faqs/",
        "http://localhost/contact/",
    }
    assert urls["http://localhost/articles/ketamine-for-pain/"] == (
        article.last_published_at.date().isoformat()
    )


def test_robots_txt_links_the_sitemap_and_keeps_crawlers_out_of_admin_and_search(
    client, search_page
):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert response.content.decode().splitlines() == [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /search/",
        "",
        "Sitemap: http://localhost/sitemap.xml",
    ]


def test_robots_txt_can_shut_out_every_crawler_on_staging(client, home_page, settings):
    settings.CLINIC_ROBOTS_DISALLOW_ALL = True
    assert client.get("/robots.txt").content.decode().splitlines() == [
        "User-agent: *",
        "Disallow: /",
    ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [("true", True), ("1", True), ("yes", True), ("", False), ("false", False)],
)
def test_robots_setting_reads_the_environment(monkeypatch, value, expected):

    monkeypatch.setenv("CLINIC_ROBOTS_DISALLOW_ALL", value)
    assert env_flag("CLINIC_ROBOTS_DISALLOW_ALL") is expected


def test_atom_feed_lists_live_public_articles_newest_update_first(
    client, clinic_settings, article_page
):
    clinic_settings.clinic_name = "Riverside Clinic"
    clinic_settings.save()
    older = article_page(title="Older article", summary="About the older one.")
    newer = article_page(title="Newer article")
    article_page(title="Draft article").unpublish()
    private = article_page(title="Private article")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    older.summary = "Updated & improved."
    older.save_revision().publish()
    older.refresh_from_db()

    response = client.get("/feed/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.findtext(f"{ATOM}title") == "Riverside Clinic: health information"
    assert feed.findtext(f"{ATOM}author/{ATOM}name") == "Riverside Clinic"
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == [
        "Older article",
        "Newer article",
    ]
    first = entries[0]
    assert first.find(f"{ATOM}link").get("href") == (
        "http://localhost/articles/older-article/"
    )
    assert first.findtext(f"{ATOM}summary") == "Updated & improved."
    assert first.findtext(f"{ATOM}updated").startswith(
        older.last_published_at.date().isoformat()
    )
    assert first.findtext(f"{ATOM}published").startswith(
        older.first_published_at.date().isoformat()
    )
    assert newer.first_published_at > older.first_published_at


def test_every_page_links_the_feed(client, home_page):
    html = client.get("/").content.decode()
    assert (
        '<link rel="alternate" type="application/atom+xml" '
        'title="New and updated health information" href="/feed/">'
    ) in html


def test_changing_a_slug_redirects_the_old_address(
    client, article_page, django_capture_on_commit_callbacks
):
    article = article_page(title="Ketamine for pain")
    old_url = article.url
    article.slug = "ketamine-and-pain"
    # Wagtail announces the slug change once the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    article.refresh_from_db()

    response = client.get(old_url)

    assert response.status_code == 301
    assert response["Location"].endswith("/articles/ketamine-and-pain/")
    assert client.get(article.url).status_code == 200
    assert Redirect.objects.filter(redirect_page=article).exists()


def test_moving_a_page_redirects_the_old_address(client, home_page):
    about = publish(home_page, StandardPage(title="About us", slug="about"))
    team = publish(home_page, StandardPage(title="Our team", slug="team"))
    team.move(about, pos="last-child")

    response = client.get("/team/")

    assert response.status_code == 301
    assert response["Location"].endswith("/about/team/")


def test_feed_includes_medicine_pages(client, article_index):

    publish(
        article_index,
        MedicinePage(title="Ketamine", slug="ketamine-medicine", summary="A medicine."),
    )
    feed = ET.fromstring(client.get("/feed/").content)
    assert [e.findtext(f"{ATOM}title") for e in feed.findall(f"{ATOM}entry")] == [
        "Ketamine"
    ]
