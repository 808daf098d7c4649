import pytest
from wagtail.models import Page

from articles.models import ArticleIndexPage, AToZPage
from faq.models import FAQPage, MythsPage
from home.models import ContactPage, HomePage, StandardPage
from search.models import SearchPage

pytestmark = pytest.mark.django_db


def test_home_page_tree_rules():
    assert set(HomePage.allowed_parent_page_models()) == {Page}
    assert set(HomePage.allowed_subpage_models()) == {
        ArticleIndexPage,
        AToZPage,
        FAQPage,
        MythsPage,
        ContactPage,
        StandardPage,
        SearchPage,
    }


def test_standard_page_tree_rules():
    assert set(StandardPage.allowed_parent_page_models()) == {HomePage, StandardPage}
    assert set(StandardPage.allowed_subpage_models()) == {StandardPage}


def test_contact_page_is_a_single_leaf_under_home():
    assert set(ContactPage.allowed_parent_page_models()) == {HomePage}
    assert set(ContactPage.allowed_subpage_models()) == set()
    assert ContactPage.max_count == 1


def test_migration_makes_a_home_page_the_default_site_root(home_page):
    assert isinstance(home_page, HomePage)
    assert home_page.url == "/"


@pytest.mark.parametrize(
    ("number", "href"),
    [
        ("020 7946 0000", "tel:02079460000"),
        ("+44 (0)20 7946-0000", "tel:+442079460000"),
        ("999", "tel:999"),
        ("", ""),
        ("ask at reception", ""),
    ],
)
def test_tel_links_only_for_real_numbers(clinic_settings, number, href):
    clinic_settings.phone = number
    assert clinic_settings.phone_href == href


def test_address_and_hours_split_into_lines(clinic_settings):
    clinic_settings.address = "1 High Street\n\n  Townsville \n"
    clinic_settings.opening_hours = "Mon–Fri: 9am–5pm\nSat: closed"
    assert clinic_settings.address_lines == ["1 High Street", "Townsville"]
    assert clinic_settings.opening_hours_lines == ["Mon–Fri: 9am–5pm", "Sat: closed"]


def test_contact_page_emails_the_clinic_address_unless_the_page_sets_one(
    contact_page, clinic_settings
):
    assert contact_page.get_recipients() == []
    clinic_settings.email = "reception@clinic.test"
    clinic_settings.save()
    assert contact_page.get_recipients() == ["reception@clinic.test"]
    contact_page.to_address = "a@clinic.test, b@clinic.test"
    assert contact_page.get_recipients() == ["a@clinic.test", "b@clinic.test"]


def test_clinic_settings_string_names_the_clinic(clinic_settings):
    assert str(clinic_settings) == "Clinic settings"
    clinic_settings.clinic_name = "Riverside Clinic"
    assert str(clinic_settings) == "Riverside Clinic"
