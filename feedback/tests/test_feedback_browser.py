"""The 'Was this page helpful?' flow in a real Chromium with JavaScript turned off."""

import pytest
from django.core.cache import cache
from playwright.sync_api import expect

from feedback.models import PageFeedback

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("browser_database"),
]


def test_reader_without_javascript_votes_comments_and_returns(
    live_server, browser, article_page
):
    cache.clear()
    article = article_page(title="Understanding the treatment")
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()

    page.goto(live_server.url + article.url)
    feedback = page.get_by_role("region", name="Was this page helpful?")
    feedback.get_by_role("button", name="No").click()

    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Thank you for your answer"
    )
    expect(
        page.get_by_text("Do not include personal or medical details")
    ).to_be_visible()
    page.get_by_label("Anything to add?").fill(
        "The section on driving was hard to find."
    )
    page.get_by_role("button", name="Send comment").click()

    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Thank you for your feedback"
    )
    page.get_by_role("link", name="Back to Understanding the treatment").click()
    expect(page).to_have_url(live_server.url + article.url)
    context.close()

    saved = PageFeedback.objects.get()
    assert saved.page_id == article.pk
    assert saved.helpful is False
    assert saved.comment == "The section on driving was hard to find."
