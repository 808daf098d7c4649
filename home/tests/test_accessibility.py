"""axe-core, run in the real Chromium, finds no WCAG A/AA problem on any page type."""

import io
import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.cache import cache
from django.core.management import call_command
from wagtail.models import Page

from articles.models import ArticlePage
from conftest import expected_status

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("browser_database"),
]

WCAG_AA = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
    }
}


def violations(page) -> list[str]:
    result = Axe().run(page, options=WCAG_AA)
    return [
        f"{v['id']}: {v['help']} ({', '.join(str(node['target']) for node in v['nodes'][:3])})"
        for v in result.response["violations"]
    ]


@pytest.mark.parametrize("color_scheme", ["light", "dark"])
def test_no_wcag_violations_on_any_page_type(
    live_server, browser, home_page, color_scheme
):
    call_command("load_demo_content", stdout=io.StringIO())
    article = ArticlePage.objects.live().order_by("path").first()
    # Every live page of the demo site: one of each page type.
    paths = [
        *(page.url for page in Page.objects.live().filter(depth__gt=1)),
        "/search/?q=ketamine",
        "/search/?q=nothing-matches-this",
        "/no-such-page/",
    ]
    context = browser.new_context(color_scheme=color_scheme)
    page = context.new_page()
    failures = {}
    for path in paths:
        response = page.goto(live_server.url + path)
        if response.status != expected_status(path):
            failures[path] = f"status {response.status}"
        elif found := violations(page):
            failures[path] = found
    # The feedback steps after "Was this page helpful?": comment, then thanks.
    page.goto(live_server.url + article.url)
    page.get_by_role("button", name="No").click()
    page.get_by_role("heading", name="Thank you for your answer").wait_for()
    if found := violations(page):
        failures["feedback comment"] = found
    page.get_by_label("Anything to add?").fill("Clear, thank you.")
    page.get_by_role("button", name="Send comment").click()
    page.get_by_role("heading", name="Thank you for your feedback").wait_for()
    if found := violations(page):
        failures["feedback thanks"] = found
    # The contact form showing its errors.
    page.goto(live_server.url + "/contact/")
    page.get_by_role("button", name="Send message").click()
    page.get_by_role("heading", name="There is a problem").wait_for()
    if found := violations(page):
        failures["/contact/ with errors"] = found
    # ...and after a message is sent.
    cache.clear()  # the per-address rate limit of earlier tests
    page.get_by_label("Your name").fill("Ann Example")
    page.get_by_label(re.compile("email", re.I)).fill("ann@example.com")
    page.get_by_label("Your message").fill("Can I bring someone with me?")
    for box in page.get_by_role("checkbox").all():
        box.check()
    page.get_by_role("button", name="Send message").click()
    page.get_by_role("status").wait_for()
    if found := violations(page):
        failures["/contact/ sent"] = found
    context.close()
    assert not failures, failures
