"""One client flooding the search page gets a friendly 429 page; many clients at
once get a quick 503 rather than every server thread being taken by searches."""

import pytest
from django.core.cache import cache
from pytest_django.asserts import assertContains, assertTemplateUsed

from conftest import publish
from search import models as search_models
from search.models import SearchPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def search(home_page, article_page, settings):
    settings.SEARCH_RATE_LIMIT = (3, 60)
    cache.clear()
    article_page(title="Ketamine and pain")
    yield publish(home_page, SearchPage(title="Search", slug="search"))
    cache.clear()


def test_a_client_searching_too_often_gets_the_friendly_429_page(client, search):
    for query in ("ketamine", "pain", "sedation"):
        assert client.get(f"/search/?q={query}").status_code == 200

    response = client.get("/search/?q=nausea")

    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    assert "no-store" in response["Cache-Control"]
    assertTemplateUsed(response, "429.html")
    assertContains(response, "Please wait a moment", status_code=429)
    assertContains(response, "wait a minute and try again", status_code=429)
    # The site's own page: its header, search box and footer, and a way on.
    assertContains(response, 'id="main-content"', status_code=429)
    assertContains(response, '<a href="/">home page</a>', status_code=429)
    assertContains(response, "<footer", status_code=429)


def test_other_clients_and_other_pages_are_not_limited(client, search, article_page):
    for query in ("ketamine", "pain", "sedation", "nausea"):
        client.get(f"/search/?q={query}")
    assert client.get("/search/?q=nausea").status_code == 429

    assert (
        client.get("/search/?q=nausea", REMOTE_ADDR="198.51.100.9").status_code == 200
    )
    assert client.get("/search/").status_code == 200
    assert client.get("/articles/ketamine-and-pain/").status_code == 200


def test_a_search_already_cached_does_not_count(client, search):
    for _ in range(6):
        assert client.get("/search/?q=ketamine").status_code == 200


def test_searches_beyond_the_concurrency_cap_get_a_quick_503(
    client, search, monkeypatch
):
    """While this process already runs its share of searches, a new one is
    answered at once with 503 and Retry-After, not queued behind them."""
    busy = search_models.threading.BoundedSemaphore(1)
    busy.acquire()
    monkeypatch.setattr(search_models, "_running_searches", busy)

    response = client.get("/search/?q=ketamine")

    assert response.status_code == 503
    assert response["Retry-After"] == "1"
    assertContains(response, "Many people are searching right now", status_code=503)
    busy.release()
    assert client.get("/search/?q=ketamine").status_code == 200
