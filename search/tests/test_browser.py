"""Searching from the header in the real Chromium, on a narrow phone screen."""

import io

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from articles.models import ArticlePage

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("browser_database"),
]


def test_keyboard_user_searches_from_the_header_at_320px(
    live_server, browser, home_page
):
    call_command("load_demo_content", stdout=io.StringIO())
    article = ArticlePage.objects.live().order_by("path").first()
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(live_server.url + article.url)
    assert (
        page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        == 0
    )
    box = page.get_by_role("search").get_by_role(
        "searchbox", name="Search this website"
    )
    expect(box).to_be_visible()

    for _ in range(30):
        page.keyboard.press("Tab")
        if box.evaluate("(el) => el === document.activeElement"):
            break
    expect(box).to_be_focused()
    page.keyboard.type("drive home")
    page.keyboard.press("Enter")

    page.wait_for_url("**/search/?q=drive+home")
    expect(page.get_by_role("status")).to_contain_text("for “drive home”")
    expect(page.locator(".search-result__title").first).to_have_text(
        "Can I drive home after treatment?"
    )
    assert (
        page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        == 0
    )
    context.close()
