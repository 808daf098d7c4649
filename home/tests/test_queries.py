"""Every page of the site shell renders in a bounded number of queries."""

import pytest

from conftest import publish
from home.models import StandardPage
from search.models import SearchPage

pytestmark = pytest.mark.django_db


def add_menu_pages(home_page, n):
    for i in range(n):
        publish(
            home_page,
            StandardPage(
                title=f"Statement {i}", slug=f"statement-{i}", show_in_menus=True
            ),
        )


def test_home_page_queries_do_not_grow_with_featured_articles_or_menu(
    home_page, article_page, count_queries
):
    home_page.featured_articles.create(page=article_page(title="Featured"))
    home_page.save_revision().publish()
    few = count_queries("/")
    for n in range(8):
        home_page.featured_articles.create(page=article_page(title=f"Featured {n}"))
    home_page.save_revision().publish()
    add_menu_pages(home_page, 8)
    assert count_queries("/") == few
    assert few <= 8


def test_standard_and_contact_pages_queries_do_not_grow_with_menu(
    home_page, contact_page, count_queries
):
    about = publish(home_page, StandardPage(title="About", slug="about"))
    few_about, few_contact = count_queries(about.url), count_queries(contact_page.url)
    add_menu_pages(home_page, 8)
    assert count_queries(about.url) == few_about
    assert count_queries(contact_page.url) == few_contact
    assert few_about <= 7
    assert few_contact <= 8


def test_search_queries_do_not_grow_with_results(
    home_page, article_page, make_faq, make_myth, faq_page, myths_page, count_queries
):
    publish(home_page, SearchPage(title="Search", slug="search"))
    article_page(title="Ketamine basics")
    make_faq("Is ketamine safe?", "<p>Ketamine is safe with monitoring.</p>")
    make_myth("Ketamine is only a party drug.", "Ketamine is a licensed medicine.")
    few = count_queries("/search/?q=ketamine")
    for n in range(8):
        article_page(title=f"Ketamine article {n}")
        make_faq(f"Ketamine question {n}?", "<p>About ketamine.</p>")
        make_myth(f"Ketamine myth {n}", "Ketamine fact.")
    assert count_queries("/search/?q=ketamine") == few
    assert few <= 20
