"""Security headers on every public page, no cookies for readers, and nothing inline
that the Content-Security-Policy would block."""

import io
from html.parser import HTMLParser

import pytest
from django.core.management import call_command
from django.test import override_settings
from pytest_django.asserts import assertContains
from wagtail.models import Page

from clinic_site.tests.test_settings import production_settings
from conftest import expected_status

STRICT_CSP = {
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
}


@pytest.fixture
def public_paths(home_page) -> list[str]:
    """Every live page of the demo site (one or more of each page type), searches
    and a missing page."""
    call_command("load_demo_content", stdout=io.StringIO())
    pages = Page.objects.live().public().filter(depth__gt=1).specific()
    paths = [page.url for page in pages]
    assert {type(page).__name__ for page in pages} >= {
        "HomePage",
        "ArticleIndexPage",
        "ArticlePage",
        "FAQPage",
        "MythsPage",
        "ContactPage",
        "StandardPage",
        "SearchPage",
    }
    return [*paths, "/search/?q=ketamine", "/search/?q=zzz-no-match", "/no-such-page/"]


def csp_directives(response) -> set[str]:
    return {part.strip() for part in response["Content-Security-Policy"].split(";")}


def test_every_public_page_sends_the_security_headers(client, public_paths):
    for path in public_paths:
        response = client.get(path)
        assert response.status_code == expected_status(path), path
        assert csp_directives(response) == STRICT_CSP, path
        assert "unsafe" not in response["Content-Security-Policy"]
        assert response["X-Frame-Options"] == "SAMEORIGIN", path
        assert response["X-Content-Type-Options"] == "nosniff", path
        assert response["Referrer-Policy"] == "same-origin", path
        assert response["Cross-Origin-Opener-Policy"] == "same-origin", path
        assert "camera=()" in response["Permissions-Policy"], path
        assert "geolocation=()" in response["Permissions-Policy"], path


def test_reading_the_site_sets_no_cookies(client, public_paths):
    for path in public_paths:
        if path.startswith("/contact/"):
            continue
        response = client.get(path)
        assert response.status_code == expected_status(path), path
        assert not response.cookies, f"{path} set {list(response.cookies)}"


def test_the_contact_page_sets_only_the_csrf_cookie(client, public_paths):
    """Its form needs a CSRF token, each visitor's own (pagecache/tokens.py)."""
    response = client.get("/contact/")
    assert set(response.cookies) == {"csrftoken"}


class InlineCodeFinder(HTMLParser):
    """Collects what a strict CSP would block: inline scripts and styles, style
    attributes and event-handler attributes."""

    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "style":
            self.found.append("<style>")
        if tag == "script" and not attrs.get("src"):
            if attrs.get("type") != "application/ld+json":  # data, not code
                self.found.append(f"inline <script type={attrs.get('type')!r}>")
        for name in attrs:
            if name == "style" or name.startswith("on"):
                self.found.append(f"<{tag} {name}=...>")
        if tag == "a" and (attrs.get("href") or "").lower().startswith("javascript:"):
            self.found.append("javascript: link")


def test_public_pages_have_nothing_inline_the_policy_would_block(client, public_paths):
    for path in public_paths:
        response = client.get(path)
        assert response.status_code == expected_status(path), path
        finder = InlineCodeFinder()
        finder.feed(response.content.decode())
        assert finder.found == [], path
    # The contact form showing its errors, too.
    response = client.post("/contact/", {})
    assertContains(response, "There is a problem")
    finder = InlineCodeFinder()
    finder.feed(response.content.decode())
    assert finder.found == []


def test_the_admin_keeps_its_own_looser_policy(client, admin_user):
    client.force_login(admin_user)
    response = client.get("/admin/")
    assert response.status_code == 200
    directives = csp_directives(response)
    assert "script-src 'self' 'unsafe-inline'" in directives
    assert "object-src 'none'" in directives
    assert "frame-ancestors 'self'" in directives
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]


@override_settings(
    SECURE_HSTS_SECONDS=31_536_000,
    SECURE_HSTS_INCLUDE_SUBDOMAINS=True,
    SECURE_SSL_REDIRECT=True,
)
def test_https_pages_send_hsts_and_http_is_redirected(client, home_page):
    response = client.get("/", secure=True)
    assert (
        response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    )
    assert client.get("/").status_code == 301


def test_production_settings_use_secure_cookies_hsts_and_the_same_policy(tmp_path):
    values = production_settings(
        tmp_path,
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        "SESSION_COOKIE_HTTPONLY",
        "SECURE_HSTS_SECONDS",
        "SECURE_SSL_REDIRECT",
        "CONTENT_SECURITY_POLICY",
        "X_FRAME_OPTIONS",
    )
    assert values["SESSION_COOKIE_SECURE"] is True
    assert values["CSRF_COOKIE_SECURE"] is True
    assert values["SESSION_COOKIE_HTTPONLY"] is True
    assert values["SECURE_HSTS_SECONDS"] >= 31_536_000
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["X_FRAME_OPTIONS"] == "SAMEORIGIN"
    policy = values["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]
    assert policy["script-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
