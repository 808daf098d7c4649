"""Property tests: arbitrary and hostile queries and page numbers never cause a
server error or unescaped output on the search page."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import assert_escaped, fuzz, fuzz_text
from search.models import SearchPage


@pytest.fixture
def search_page(home_page) -> SearchPage:
    page = SearchPage(title="Search", slug="search")
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


@fuzz
@given(query=fuzz_text, page_number=st.one_of(st.none(), fuzz_text))
def test_search_never_fails_and_never_echoes_markup(
    client, search_page, query, page_number
):
    params = {"q": query}
    if page_number is not None:
        params["page"] = page_number
    response = client.get(search_page.url, params)
    assert response.status_code == 200
    assert_escaped(response.content.decode(), [query[:200].strip(), page_number])
