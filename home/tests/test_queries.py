"""Every page of the site shell renders in a bounded number of queries."""

import pytest

from conftest import publish
from home.models import StandardPage

pytestmark = pytest.mark.django_db

STANDARD = "home/standard_page.html"
CONTACT = "home/contact_page.html"


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
    few = count_queries("/", "home/home_page.html", contains=["Featured"])
    for n in range(8):
        home_page.featured_articles.create(page=article_page(title=f"Featured {n}"))
    home_page.save_revision().publish()
    add_menu_pages(home_page, 8)
    assert (
        count_queries(
            "/", "home/home_page.html", contains=["Featured 7", "Statement 7"]
        )
        == few
    )
    assert few <= 7


def test_standard_and_contact_pages_queries_do_not_grow_with_menu(
    home_page, contact_page, count_queries
):
    about = publish(home_page, StandardPage(title="About", slug="about"))
    few_about = count_queries(about.url, STANDARD, contains=["<h1>About</h1>"])
    few_contact = count_queries(contact_page.url, CONTACT, contains=["Your message"])
    add_menu_pages(home_page, 8)
    assert count_queries(about.url, STANDARD, contains=["Statement 7"]) == few_about
    assert (
        count_queries(contact_page.url, CONTACT, contains=["Statement 7"])
        == few_contact
    )
    assert few_about <= 3
    assert few_contact <= 4
