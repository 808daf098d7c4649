"""Parts of a page kept until the next change: the route to a page and template
parts ({% cached_part %}), which make a page-cache miss cheap. Every change an
editor makes still shows at once, and previews and editors see fresh parts."""

import uuid

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from pytest_django.asserts import assertContains, assertNotContains

from conftest import publish
from home.models import StandardPage
from pagecache.cache import cached_for_generation

pytestmark = pytest.mark.django_db


def render_afresh(client, url, number):
    """A page-cache miss: the same page with a new query string."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"{url}?visit={number}")
    assert response.status_code == 200
    return response, len(queries)


def test_a_second_miss_costs_few_queries_and_shows_the_same_page(client, article_page):
    page = article_page(title="Ketamine and pain", tags=["Pain"])
    first, cold = render_afresh(client, page.url, 1)
    second, warm = render_afresh(client, page.url, 2)
    assert warm <= 3 < cold
    assert second.content == first.content
    assertContains(second, "<h1>Ketamine and pain</h1>")


def test_edits_moves_and_unpublishing_show_at_once(client, article_page, home_page):
    page = article_page(title="Before the edit")
    render_afresh(client, page.url, 1)
    page.title = "After the edit"
    page.save_revision().publish()
    response, _ = render_afresh(client, page.url, 2)
    assertContains(response, "<h1>After the edit</h1>")
    assertNotContains(response, "Before the edit")

    other = publish(home_page, StandardPage(title="Other section", slug="other"))
    old_url = page.url
    page.move(other, pos="last-child")
    page.refresh_from_db()
    # The old address no longer leads to the page itself (Wagtail redirects it).
    moved = client.get(f"{old_url}?visit=3")
    assert moved.status_code == 301
    assert moved["Location"] == page.url
    response, _ = render_afresh(client, page.url, 4)
    assertContains(response, "<h1>After the edit</h1>")

    page.unpublish()
    assert client.get(f"{page.url}?visit=5").status_code == 404


def test_signed_in_editors_get_parts_rendered_afresh(client, admin_user, article_page):
    page = article_page(title="Ketamine and pain")
    render_afresh(client, page.url, 1)
    client.force_login(admin_user)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url)
    assertContains(response, "<h1>Ketamine and pain</h1>")
    # Nothing kept is used for them: the article's part is rendered again.
    assert any("taggit" in query["sql"] for query in queries)


def test_rendered_parts_are_read_from_redis_once_per_process(
    client, article_page, settings, redis_url, monkeypatch
):
    """Each part of a page rendered on a miss is a Redis round trip the first
    time only; a change still shows at once (a new generation, new keys)."""
    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": redis_url,
            "KEY_PREFIX": f"test-parts-{uuid.uuid4().hex}",
        },
    }
    page = article_page(title="Before the edit")
    render_afresh(client, page.url, 1)
    cache = caches["pages"]
    asked = []
    original_get = cache.get
    monkeypatch.setattr(
        cache,
        "get",
        lambda key, *a, **k: asked.append(key) or original_get(key, *a, **k),
    )
    response, _ = render_afresh(client, page.url, 2)
    assertContains(response, "<h1>Before the edit</h1>")
    assert not [key for key in asked if ":fragment:" in key]

    page.title = "After the edit"
    page.save_revision().publish()
    response, _ = render_afresh(client, page.url, 3)
    assertContains(response, "<h1>After the edit</h1>")
    assert [key for key in asked if ":fragment:" in key]


def test_parts_are_not_kept_in_memory_while_redis_answers_nothing(
    settings, closed_port_url
):
    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": closed_port_url,
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.2},
        },
    }
    built = []
    for text in ("first", "second"):
        assert (
            cached_for_generation("a-part", lambda t=text: built.append(t) or t) == text
        )
    assert built == ["first", "second"]
