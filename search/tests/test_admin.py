import pytest
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data

from home.models import HomePage
from search.models import SearchPage


@pytest.mark.django_db
class TestEditorCreatesTheSearchPage(WagtailPageTestCase):
    def setUp(self):
        self.login()
        self.home = HomePage.objects.get()

    def test_search_page(self):
        self.assertCanCreate(
            self.home,
            SearchPage,
            nested_form_data({"title": "Search", "intro": "Find answers."}),
        )
