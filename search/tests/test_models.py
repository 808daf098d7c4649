import pytest

from home.models import HomePage
from search.models import SearchPage

pytestmark = pytest.mark.django_db


def test_search_page_is_a_single_leaf_under_home():
    assert set(SearchPage.allowed_parent_page_models()) == {HomePage}
    assert set(SearchPage.allowed_subpage_models()) == set()
    assert SearchPage.max_count == 1
