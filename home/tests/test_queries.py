"""Every page of the site shell renders in a bounded number of queries."""

import pytest

from conftest import publish
from home.models import HomePageFeaturedArticle, StandardPage

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
    # The page, its ancestors and view restrictions; the featured articles are
    # kept until the next change (8 queries before issue 13).
    assert few <= 3


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


def test_a_preview_of_the_home_page_shows_the_editors_unsaved_featured_articles(
    client, home_page, article_page
):
    """The live featured articles are kept until the next change; a preview is
    not the live page and shows the choice being edited."""
    new_pick = article_page(title="New pick")
    home_page.featured_articles.create(page=article_page(title="Live pick"))
    home_page.save_revision().publish()
    assert "Live pick" in client.get("/").content.decode()

    draft = home_page.get_latest_revision_as_object()
    draft.featured_articles = [HomePageFeaturedArticle(page=new_pick)]
    preview = draft.make_preview_request().render().content.decode()

    assert "New pick" in preview
    assert "Live pick" not in preview
