"""In the real Chromium, no public page breaks its Content-Security-Policy or
asks another site for anything."""

import io
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from wagtail.models import Page

from conftest import expected_status

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("browser_database"),
]

# Runs before any page script: records every violation the browser reports.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline"}` +
        ` at ${event.sourceFile || ""}:${event.lineNumber || ""}`
    );
});
"""


def test_no_csp_violations_or_third_party_requests_on_any_page_type(
    live_server, browser, home_page
):
    call_command("load_demo_content", stdout=io.StringIO())
    paths = [
        page.url for page in Page.objects.live().public().filter(depth__gt=1).specific()
    ]
    paths += ["/search/?q=ketamine", "/no-such-page/"]
    origin = urlsplit(live_server.url).netloc

    context = browser.new_context()
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    console, elsewhere = [], []
    page.on(
        "console",
        lambda message: (
            message.type in ("error", "warning") and console.append(message.text)
        ),
    )

    def check_origin(request):
        url = urlsplit(request.url)
        if url.scheme in ("http", "https", "ws", "wss") and url.netloc != origin:
            elsewhere.append(request.url)

    page.on("request", check_origin)

    violations, wrong_status = {}, {}

    def visit(label):
        if found := page.evaluate("window.__cspViolations"):
            violations[label] = found

    for path in paths:
        response = page.goto(live_server.url + path)
        if response.status != expected_status(path):
            wrong_status[path] = response.status
        page.wait_for_load_state("networkidle")
        visit(path)
    # The contact form sent empty, showing its errors.
    page.goto(live_server.url + "/contact/")
    page.get_by_role("button", name="Send message").click()
    page.get_by_role("heading", name="There is a problem").wait_for()
    visit("/contact/ with errors")
    context.close()

    assert len(paths) >= 10
    assert wrong_status == {}
    assert violations == {}
    assert [text for text in console if "Content Security Policy" in text] == []
    assert elsewhere == []


def test_the_admin_works_under_its_own_policy(live_server, browser, home_page):
    """The looser admin policy is still enough for Wagtail: no violations while an
    editor signs in, opens a page in the editor, the image upload form and the
    settings."""

    call_command("load_demo_content", stdout=io.StringIO())
    User.objects.create_superuser("admin", "", "a-long-admin-password")
    article = Page.objects.live().filter(depth__gt=3).first()
    origin = urlsplit(live_server.url).netloc

    context = browser.new_context()
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    elsewhere = []
    page.on(
        "request",
        lambda request: (
            urlsplit(request.url).scheme in ("http", "https")
            and urlsplit(request.url).netloc != origin
            and elsewhere.append(request.url)
        ),
    )
    violations = {}

    def visit(label):
        page.wait_for_load_state("networkidle")
        if found := page.evaluate("window.__cspViolations"):
            violations[label] = found

    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill("admin")
    page.get_by_label("Password").fill("a-long-admin-password")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")
    visit("dashboard")
    page.goto(f"{live_server.url}/admin/pages/{article.pk}/edit/")
    visit("page editor")
    assert page.title().startswith("Editing")
    # Draftail, the rich text editor, has started.
    page.locator(".Draftail-Editor").first.wait_for()
    assert page.goto(live_server.url + "/admin/images/multiple/add/").status == 200
    visit("image upload")
    settings = page.goto(live_server.url + "/admin/settings/home/clinicsettings/")
    assert settings.status == 200
    visit("settings")
    context.close()

    assert violations == {}
    assert elsewhere == []
