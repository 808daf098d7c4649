"""sitemap.xml, robots.txt and redirects after a page moves."""

import xml.etree.ElementTree as ET

import pytest
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import PageViewRestriction

from conftest import publish
from home.models import StandardPage
from search.models import SearchPage

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


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
