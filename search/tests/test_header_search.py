"""The search box in every page's header."""

import re

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from conftest import publish
from search.models import SearchPage

pytestmark = pytest.mark.django_db

HEADER_FORM = re.compile(r'<header class="site-header">.*?</header>', re.S)


def header(response) -> str:
    assert response.status_code == 200
    return HEADER_FORM.search(response.content.decode()).group()


@pytest.fixture
def search(home_page):
    return publish(home_page, SearchPage(title="Find information", slug="find"))


def test_every_page_has_a_labelled_search_box_sending_its_words_to_the_search_page(
    client, search, article_page, faq_page, contact_page
):
    pages = [search.get_parent(), article_page(), faq_page, contact_page]
    for page in pages:
        html = header(client.get(page.url))
        assert '<form class="header-search" action="/find/" method="get"' in html, (
            page.url
        )
        assert '<label class="visually-hidden" for="header-search">' in html
        assert '<input type="search" id="header-search" name="q"' in html
    # Pages that are not Wagtail pages have it too.
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assertContains(response, 'id="header-search"', status_code=404)


def test_the_search_page_shows_its_own_box_only(client, search):
    response = client.get(search.url, {"q": "ketamine"})
    assertNotContains(response, 'id="header-search"')
    assertContains(response, 'role="search"', count=1)
    assertContains(response, 'id="site-search"')


def test_no_box_without_a_live_search_page_and_it_returns_when_published(
    client, search, home_page
):
    search.unpublish()
    assertNotContains(client.get(home_page.url), 'id="header-search"')
    search.save_revision().publish()
    assertContains(client.get(home_page.url), 'id="header-search"')


def test_the_box_is_the_same_for_every_visitor_so_pages_stay_cached(
    client, search, home_page
):
    client.get(search.url, {"q": "private words"})
    first = client.get(home_page.url)
    again = client.get(home_page.url)
    assert (first.headers["X-Cache"], again.headers["X-Cache"]) == ("MISS", "HIT")
    assert 'id="header-search"' in header(again)
    assert "private words" not in again.content.decode()
    assert (
        "value=" not in re.search(r"<input[^>]*header-search[^>]*>", header(again))[0]
    )
