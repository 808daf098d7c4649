"""Real-browser tests for articles: from the home page to a section of an article."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [
    pytest.mark.browser,
    # live_server needs committed data; see conftest.browser_database.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("browser_database"),
]


@pytest.mark.browser
def test_home_page_card_leads_to_article_whose_contents_links_jump_to_sections(
    live_server, page, home_page, article_page
):
    article = article_page(title="Understanding the treatment")
    home_page.featured_articles.create(page=article)
    home_page.save_revision().publish()

    page.goto(live_server.url + home_page.url)
    page.get_by_role("link", name="Understanding the treatment", exact=True).click()

    expect(page).to_have_url(live_server.url + article.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Understanding the treatment"
    )

    # The article repeats a heading; each copy gets its own anchor.
    duplicates = page.locator(".article__body").get_by_role(
        "heading", name="What the evidence says", exact=True
    )
    expect(duplicates).to_have_count(2)
    assert duplicates.evaluate_all("els => els.map(el => el.id)") == [
        "what-the-evidence-says",
        "what-the-evidence-says-2",
    ]

    target = page.locator("#what-the-evidence-says-2")
    expect(target).not_to_be_in_viewport()

    contents = page.get_by_role("navigation", name="On this page")
    entries = contents.get_by_role("link", name="What the evidence says", exact=True)
    expect(entries).to_have_count(2)
    entries.nth(1).click()

    expect(page).to_have_url(re.compile(r"#what-the-evidence-says-2$"))
    expect(target).to_have_text("What the evidence says")
    expect(target).to_be_in_viewport()
