"""The full-page cache: anonymous visitors get stored pages, and every change an
editor makes reaches them on their next request."""

import datetime
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.cache import cache as default_cache
from django.core.cache import caches
from pytest_django.asserts import assertContains, assertNotContains
from wagtail.models import PageViewRestriction

from conftest import publish
from home.models import StandardPage
from pagecache.cache import GENERATION_KEY, bump_generation
from reviews.models import Reviewer
from search.models import SearchPage

pytestmark = pytest.mark.django_db


def x_cache(response) -> str | None:
    return response.headers.get("X-Cache")


def faq_article(article_page, faq):
    return article_page(
        title="After your treatment",
        body=[
            ("heading", {"text": "Questions", "level": "h2"}),
            ("faq_group", {"heading": "", "faqs": [faq]}),
        ],
    )


def test_second_anonymous_request_is_served_from_the_cache(client, article_page):
    page = article_page()
    first = client.get(page.url)
    second = client.get(page.url)

    assert x_cache(first) == "MISS"
    assert x_cache(second) == "HIT"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert not second.cookies


def test_head_request_is_answered_from_the_stored_page(client, article_page):
    page = article_page()
    client.get(page.url)
    assert x_cache(client.head(page.url)) == "HIT"


def test_editing_an_faq_shows_the_new_answer_on_the_next_request(
    client, article_page, make_faq
):
    faq = make_faq("Can I eat before?", "<p>Not for six hours.</p>")
    page = faq_article(article_page, faq)
    assertContains(client.get(page.url), "Not for six hours.")
    assert x_cache(client.get(page.url)) == "HIT"

    faq.answer = "<p>Ask the clinic what suits you.</p>"
    faq.save_revision().publish()  # as a reviewer's Publish or approval does

    response = client.get(page.url)
    assert x_cache(response) == "MISS"
    assertContains(response, "Ask the clinic what suits you.")
    assertNotContains(response, "Not for six hours.")


def test_deleting_an_faq_removes_it_from_the_page(client, article_page, make_faq):
    faq = make_faq("Can I eat before?", "<p>Not for six hours.</p>")
    page = faq_article(article_page, faq)
    client.get(page.url)
    faq.delete()
    assertNotContains(client.get(page.url), "Can I eat before?")


def test_editing_a_myth_card_updates_the_myths_page(client, myths_page):
    card = myths_page.body[0].value["myths"][0]
    client.get(myths_page.url)
    card.fact = "It is a medicine with approved uses."
    card.save_revision().publish()
    assertContains(client.get(myths_page.url), "It is a medicine with approved uses.")


def test_editing_clinic_settings_updates_every_page(
    client, article_page, clinic_settings
):
    page = article_page()
    client.get("/")
    client.get(page.url)
    clinic_settings.clinic_name = "Riverside Clinic"
    clinic_settings.save()
    assertContains(client.get("/"), "Riverside Clinic")
    assertContains(client.get(page.url), "Riverside Clinic")


def test_publishing_a_page_updates_the_menu_on_cached_pages(client, home_page):
    client.get("/")
    assert x_cache(client.get("/")) == "HIT"
    publish(home_page, StandardPage(title="Our team", slug="team", show_in_menus=True))
    response = client.get("/")
    assert x_cache(response) == "MISS"
    assertContains(response, "Our team")


def test_publishing_a_new_version_shows_it_at_once(client, article_page):
    page = article_page(title="First title")
    client.get(page.url)
    page.title = "Second title"
    page.save_revision().publish()
    assertContains(client.get(page.url), "Second title")


def test_saving_a_draft_keeps_the_published_copy(client, article_page):
    page = article_page(title="Published title")
    client.get(page.url)
    page.title = "Draft title"
    page.save_revision()
    response = client.get(page.url)
    assert x_cache(response) == "HIT"
    assertContains(response, "Published title")


def test_unpublished_page_is_gone_at_once(client, article_page):
    page = article_page()
    url = page.url
    client.get(url)
    page.unpublish()
    assert client.get(url).status_code == 404


def test_deleted_page_is_gone_at_once(client, article_page):
    page = article_page()
    url = page.url
    client.get(url)
    page.delete()
    assert client.get(url).status_code == 404


def test_moved_page_is_gone_from_its_old_address(client, home_page):
    about = publish(home_page, StandardPage(title="About", slug="about"))
    privacy = publish(home_page, StandardPage(title="Privacy", slug="privacy"))
    client.get("/about/")
    about.move(privacy, pos="last-child")
    response = client.get("/about/")
    assert response.status_code == 301  # Wagtail's automatic redirect
    assert response["Location"] == "/privacy/about/"
    assertContains(client.get("/privacy/about/"), "About")


def test_page_made_private_is_not_served_from_the_cache(client, article_page):
    page = article_page()
    client.get(page.url)
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    assert client.get(page.url).status_code == 302


def test_logged_in_editor_never_gets_or_leaves_a_cached_copy(
    client, admin_client, article_page
):
    page = article_page()
    client.get(page.url)
    assert x_cache(client.get(page.url)) == "HIT"

    response = admin_client.get(page.url)
    assert x_cache(response) is None
    assertContains(response, "wagtail-userbar")  # the editor's own toolbar

    bump_generation()
    admin_client.get(page.url)
    response = client.get(page.url)
    assert x_cache(response) == "MISS"
    assertNotContains(response, "wagtail-userbar")


def test_preview_is_never_cached(admin_client, article_page):
    page = article_page()
    url = f"/admin/pages/{page.pk}/edit/preview/"
    admin_client.get(url)
    response = admin_client.get(url)
    assert response.status_code == 200
    assert x_cache(response) is None


def test_search_results_are_cached_per_normalised_query_and_page(
    client, home_page, article_page
):
    publish(home_page, SearchPage(title="Search", slug="search"))
    article_page(title="Ketamine and pain")
    first = client.get("/search/?q=ketamine")
    assert x_cache(first) == "MISS"
    # The same words, spaced differently: the same copy.
    response = client.get("/search/?q=+ketamine++")
    assert x_cache(response) == "HIT"
    assertContains(response, 'href="/articles/ketamine-and-pain/"')
    assertContains(response, "result for “ketamine”")
    # Another page number or query is a page of its own.
    assert x_cache(client.get("/search/?q=ketamine&page=2")) == "MISS"
    assert x_cache(client.get("/search/?q=pain")) == "MISS"
    # Anything else in the query string is rendered afresh each time.
    client.get("/search/?q=ketamine&utm_source=x")
    assert x_cache(client.get("/search/?q=ketamine&utm_source=x")) is None


def test_cached_search_results_follow_content_changes(client, home_page, article_page):
    publish(home_page, SearchPage(title="Search", slug="search"))
    article_page(title="Ketamine and pain")
    client.get("/search/?q=sedation")
    assertContains(client.get("/search/?q=sedation"), "0 results")
    article_page(title="Sedation with ketamine")
    response = client.get("/search/?q=sedation")
    assert x_cache(response) == "MISS"
    assertContains(response, 'href="/articles/sedation-with-ketamine/"')


def test_addresses_with_a_query_string_are_not_cached(client, article_index):
    client.get(article_index.url + "?topic=pain")
    response = client.get(article_index.url + "?topic=pain")
    assert response.status_code == 200
    assert x_cache(response) is None


def test_visitor_with_a_session_is_not_served_a_stored_page(client, article_page):
    page = article_page()
    client.get(page.url)
    client.cookies["sessionid"] = "anything"
    response = client.get(page.url)
    assert response.status_code == 200
    assert x_cache(response) is None


def test_not_found_pages_are_not_cached(client, home_page):
    client.get("/no-such-page/")
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert x_cache(response) is None


def test_new_generation_leaves_the_default_cache_alone(client, article_page):
    """Rate-limit counters live in the default cache and survive page changes."""
    default_cache.set("ratelimit:contact:203.0.113.9", 4, 600)
    page = article_page()
    client.get(page.url)
    page.save_revision().publish()
    assert default_cache.get("ratelimit:contact:203.0.113.9") == 4
    assert x_cache(client.get(page.url)) == "MISS"


def test_site_still_works_when_the_page_cache_is_unreachable(
    client, article_page, settings
):
    page = article_page()
    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",  # nothing listens on the discard port
            "OPTIONS": {"socket_connect_timeout": 0.2},
        },
    }
    response = client.get(page.url)
    assert response.status_code == 200
    assertContains(response, page.title)
    page.title = "Changed while the cache was down"
    page.save_revision().publish()  # publishing must not fail either
    assert caches["pages"].__class__.__name__ == "RedisCache"


@pytest.fixture
def purge_server():
    """A front-end cache stand-in on loopback that records PURGE requests."""

    purged = []

    class Handler(BaseHTTPRequestHandler):
        def do_PURGE(self):
            purged.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", purged
    server.shutdown()


def test_front_end_cache_is_purged_of_every_page_on_change(
    client,
    settings,
    article_page,
    make_faq,
    purge_server,
    django_capture_on_commit_callbacks,
):
    location, purged = purge_server
    settings.WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": location,
        }
    }
    faq = make_faq()
    page = faq_article(article_page, faq)
    response = client.get(page.url)
    assert "s-maxage" in response["Cache-Control"]

    purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        faq.answer = "<p>A new answer.</p>"
        faq.save()
    assert page.url in purged
    assert "/" in purged
    assert "/articles/" in purged


def test_front_end_cache_is_off_by_default(client, article_page):
    response = client.get(article_page().url)
    assert response.status_code == 200
    assert "s-maxage" not in response.get("Cache-Control", "")


def test_editing_a_reviewer_updates_the_review_stamp(client, article_page):

    reviewer = Reviewer.objects.create(name="Dr Sam Example", role="Anaesthetist")
    page = article_page(reviewer=reviewer, last_reviewed=datetime.date(2025, 5, 6))
    assertContains(client.get(page.url), "Dr Sam Example")
    reviewer.name = "Dr Alex Example"
    reviewer.save()
    assertContains(client.get(page.url), "Dr Alex Example")


def test_change_saved_through_another_app_server_is_seen_at_once(
    client, article_page, settings, redis_url
):
    """With Redis, a change saved by another server process reaches this one."""

    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": redis_url,
            "KEY_PREFIX": "test-pages-shared",
        },
    }
    page = article_page()
    client.get(page.url)
    assert x_cache(client.get(page.url)) == "HIT"

    other_server = caches.create_connection("pages")  # its own connection
    other_server.set(GENERATION_KEY, "saved-elsewhere", None)

    assert x_cache(client.get(page.url)) == "MISS"
    assert x_cache(client.get(page.url)) == "HIT"
    caches["pages"].clear()
