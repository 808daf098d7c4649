"""While Redis is down: pages rendered then are kept a few seconds in each
process (PAGE_CACHE_OUTAGE_SECONDS), never a copy from before the outage."""

import uuid

import pytest
from django.test import Client
from pytest_django.asserts import assertContains, assertNotContains
from wagtail.models import Page

from pagecache.cache import _outage_copies

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages_on_redis(settings):
    """pages_on_redis(url): the page cache on Redis at url, as production has it
    (errors ignored), under keys of this test's own in the shared test Redis."""
    prefix = f"test-outage-{uuid.uuid4().hex}"

    def use(url: str) -> None:
        settings.CACHES = {
            **settings.CACHES,
            "pages": {
                "BACKEND": "django_redis.cache.RedisCache",
                "LOCATION": url,
                "KEY_PREFIX": prefix,
                "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.2},
            },
        }

    return use


def changed_by_another_process(page, title: str) -> None:
    """The database changes, but this process's cache hears nothing of it."""
    Page.objects.filter(pk=page.pk).update(title=title, draft_title=title)


@pytest.fixture
def clock(monkeypatch):
    """The outage memory's clock, moved on by hand."""
    now = [1000.0]
    monkeypatch.setattr(_outage_copies, "clock", lambda: now[0])
    return now


def test_pages_rendered_while_redis_is_down_are_kept_a_few_seconds(
    client, article_page, settings, pages_on_redis, closed_port_url, clock
):
    page = article_page(title="Rendered during the outage")
    pages_on_redis(closed_port_url)
    first = client.get(page.url)
    second = client.get(page.url)
    assert first.status_code == second.status_code == 200
    assert first["X-Cache"] == "MISS"
    assert second["X-Cache"] == "HIT"
    assert second.content == first.content

    clock[0] += settings.PAGE_CACHE_OUTAGE_SECONDS
    assert client.get(page.url)["X-Cache"] == "MISS"


def test_a_copy_from_before_the_outage_is_never_served(
    client, article_page, settings, pages_on_redis, redis_url, closed_port_url
):
    page = article_page(title="Before the outage")
    pages_on_redis(redis_url)
    client.get(page.url)
    assert client.get(page.url)["X-Cache"] == "HIT"  # also in this process's memory

    pages_on_redis(closed_port_url)
    changed_by_another_process(page, "Changed elsewhere")
    response = client.get(page.url)
    assert response["X-Cache"] == "MISS"
    assertContains(response, "Changed elsewhere")
    assertNotContains(response, "Before the outage")


def test_a_change_elsewhere_during_the_outage_shows_within_the_seconds(
    client, article_page, settings, pages_on_redis, closed_port_url, clock
):
    settings.PAGE_CACHE_OUTAGE_SECONDS = 5
    page = article_page(title="First title")
    pages_on_redis(closed_port_url)
    assertContains(client.get(page.url), "First title")

    changed_by_another_process(page, "Second title")
    clock[0] += 4.9
    assertContains(client.get(page.url), "First title")  # kept, at most 5 s
    clock[0] += 0.1
    response = client.get(page.url)
    assertContains(response, "Second title")
    assertNotContains(response, "First title")


def test_a_change_saved_in_this_process_during_the_outage_shows_at_once(
    client, article_page, settings, pages_on_redis, closed_port_url, clock
):
    page = article_page(title="Before the edit")
    pages_on_redis(closed_port_url)
    client.get(page.url)
    assert client.get(page.url)["X-Cache"] == "HIT"
    page.title = "Changed during the outage"
    page.save_revision().publish()  # publishing must not fail either
    response = client.get(page.url)
    assert response.status_code == 200
    assertContains(response, "Changed during the outage")


def test_copies_kept_during_the_outage_are_dropped_once_redis_answers(
    client, article_page, settings, pages_on_redis, redis_url, closed_port_url, clock
):
    page = article_page(title="During the outage")
    pages_on_redis(closed_port_url)
    client.get(page.url)
    pages_on_redis(redis_url)
    client.get(page.url)  # Redis is back
    changed_by_another_process(page, "After the outage")
    pages_on_redis(closed_port_url)  # down again, within the seconds
    assertContains(client.get(page.url), "After the outage")


def test_nothing_is_kept_during_an_outage_when_turned_off(
    client, article_page, settings, pages_on_redis, closed_port_url
):
    settings.PAGE_CACHE_OUTAGE_SECONDS = 0
    page = article_page(title="First title")
    pages_on_redis(closed_port_url)
    assertContains(client.get(page.url), "First title")
    changed_by_another_process(page, "Second title")
    assertContains(client.get(page.url), "Second title")


def test_the_contact_page_during_an_outage_still_gives_each_visitor_a_token(
    contact_page, settings, pages_on_redis, closed_port_url, clock
):
    pages_on_redis(closed_port_url)
    first = Client(enforce_csrf_checks=True)
    second = Client(enforce_csrf_checks=True)
    first.get(contact_page.url)
    response = second.get(contact_page.url)
    assert response["X-Cache"] == "HIT"
    assert "private" in response["Cache-Control"]
    assert first.cookies["csrftoken"].value != second.cookies["csrftoken"].value
    assertContains(response, 'name="csrfmiddlewaretoken"')
    assertNotContains(response, "page-cache-csrf-token")
