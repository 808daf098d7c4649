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


def test_searches_from_many_addresses_beyond_the_site_share_get_the_busy_page(
    client, search, settings, monkeypatch
):
    """Every client together gets SEARCH_SITE_RATE searches a second in each
    process, cached result pages included; beyond that a small 503 page that is
    the same for everyone, while the site's other pages are still served."""
    settings.SEARCH_SITE_RATE = 2
    settings.SEARCH_WAITING = 0
    settings.SEARCH_RATE_LIMIT = (100, 60)
    monkeypatch.setattr(search_models.admission, "search_paths", {"/search/"})
    now = [1000.0]
    monkeypatch.setattr(search_models.admission.time, "monotonic", lambda: now[0])

    answers = [
        client.get("/search/?q=ketamine", REMOTE_ADDR=f"198.51.100.{n}").status_code
        for n in range(1, 5)
    ]

    assert answers == [200, 200, 503, 503]
    busy = client.get("/search/?q=pain", REMOTE_ADDR="198.51.100.9")
    assert busy.status_code == 503
    assert busy["Retry-After"] == "1"
    assert "no-store" in busy["Cache-Control"]
    assertContains(busy, "Many people are searching right now", status_code=503)
    assertContains(busy, '<a href="/">home page</a>', status_code=503)
    assert "default-src 'none'" in busy["Content-Security-Policy"]
    # Other pages, and the search page without a query, are not rationed.
    assert client.get("/articles/ketamine-and-pain/").status_code == 200
    assert client.get("/search/").status_code == 200
    # Half a second later there is room for one more search.
    now[0] += 0.5
    assert client.get("/search/?q=pain", REMOTE_ADDR="198.51.100.10").status_code == 200
    assert client.get("/search/?q=pain", REMOTE_ADDR="198.51.100.11").status_code == 503


def test_the_search_page_address_is_learnt_from_the_database(
    client, search, settings, monkeypatch
):
    """A process that has not served the search page yet still rations it."""
    settings.SEARCH_SITE_RATE = 1
    settings.SEARCH_WAITING = 0
    monkeypatch.setattr(search_models.admission, "search_paths", set())
    monkeypatch.setattr(search_models.admission, "_paths_loaded", False)

    assert client.get("/search/?q=ketamine").status_code == 200
    assert client.get("/search/?q=pain").status_code == 503


def test_a_search_over_the_share_waits_for_a_turn_when_few_are_waiting(
    client, search, settings, monkeypatch
):
    """Rather than at once, a search over the share is run when a turn comes
    within SEARCH_WAIT_SECONDS; with SEARCH_WAITING searches already waiting,
    the next one gets the busy page at once."""
    settings.SEARCH_SITE_RATE = 1
    settings.SEARCH_WAITING = 1
    settings.SEARCH_WAIT_SECONDS = 1.0
    monkeypatch.setattr(search_models.admission, "search_paths", {"/search/"})
    now = [1000.0]
    slept = []

    def sleep(seconds):
        slept.append(seconds)
        now[0] += seconds

    monkeypatch.setattr(search_models.admission.time, "monotonic", lambda: now[0])
    monkeypatch.setattr(search_models.admission.time, "sleep", sleep)

    assert client.get("/search/?q=ketamine").status_code == 200
    assert client.get("/search/?q=pain").status_code == 200
    assert 0.9 < sum(slept) < 1.01

    # No place to wait (all taken, or none): the busy page at once, no sleep.
    settings.SEARCH_WAITING = 0
    slept.clear()
    assert client.get("/search/?q=sedation").status_code == 503
    assert slept == []


def test_the_busy_page_is_in_the_readers_language(
    client, search, settings, monkeypatch, languages, translate, home_page
):
    """Sent before Django knows the language: taken from the address (/es/…)."""
    translate(home_page, languages("es")["es"], title="Inicio")
    settings.SEARCH_SITE_RATE = 1
    settings.SEARCH_WAITING = 0
    monkeypatch.setattr(
        search_models.admission, "search_paths", {"/search/", "/es/search/"}
    )
    monkeypatch.setattr(search_models.admission.time, "monotonic", lambda: 1000.0)
    client.get("/search/?q=ketamine")  # the one search this second

    spanish = client.get("/es/search/?q=ketamina")
    english = client.get("/search/?q=ketamine")

    assert spanish.status_code == english.status_code == 503
    html = spanish.content.decode()
    assert '<html lang="es" dir="ltr">' in html
    assert "Vuelva a intentar la búsqueda dentro de un momento" in html
    assert 'Puede ir a la <a href="/es/">página de inicio</a>' in html
    assert '<a class="site-header__name" href="/es/">Inicio</a>' in html
    assertContains(english, '<a href="/">home page</a>', status_code=503)
    assertContains(english, '<html lang="en-gb" dir="ltr">', status_code=503)
