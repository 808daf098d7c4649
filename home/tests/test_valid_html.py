"""Every public page type of the demo site is valid HTML by the Nu HTML Checker.

The checker (the W3C's validator) is `vnu-jar` from npm, run with the machine's
Java; `make test` installs both. It runs once, over every page saved as a file.
"""

import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.core.management import call_command
from django.shortcuts import render
from django.template.loader import render_to_string
from wagtail.models import Page

from articles.models import ArticlePage
from home.models import ContactPage

pytestmark = [pytest.mark.vnu, pytest.mark.django_db]

VNU_JAR = Path(django_settings.BASE_DIR) / "node_modules/vnu-jar/build/dist/vnu.jar"


# A page with one known error: if the checker does not report it, it read nothing.
CANARY = b'<!DOCTYPE html><html lang="en"><title>Canary</title><p><time datetime="soon">x</time>'


def vnu_errors(pages: dict[str, bytes], folder: Path) -> list[str]:
    """The checker's errors, as "page, line N: message", for each page given by name."""
    java = shutil.which("java")
    if not java or not VNU_JAR.exists():
        raise RuntimeError(
            f"The Nu HTML Checker needs Java and {VNU_JAR}: run `make test`, which "
            "installs default-jre-headless and the npm packages (package-lock.json)."
        )
    names = {}
    for number, (name, html) in enumerate({"canary": CANARY, **pages}.items()):
        path = folder / f"page-{number}.html"
        path.write_bytes(html)
        names[f"file:{path}"] = name
    result = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json"]
        + [url.removeprefix("file:") for url in names],
        capture_output=True,
        text=True,
        timeout=300,
    )
    try:
        messages = json.loads(result.stderr)["messages"]
    except (json.JSONDecodeError, KeyError) as error:
        raise RuntimeError(
            f"The checker did not answer in JSON: {result.stderr}"
        ) from error
    errors = [
        f"{names.get(m.get('url'), m.get('url'))}, line {m.get('lastLine', '?')}: "
        f"{m['message']} ({m.get('extract', '').strip()!r})"
        for m in messages
    ]
    canary = [error for error in errors if error.startswith("canary,")]
    if not canary:
        raise RuntimeError(f"The checker missed the canary page's error: {result}")
    return [error for error in errors if error not in canary]


def feedback_pages(client, article) -> dict[str, bytes]:
    """The steps after "Was this page helpful?": comment form, thanks, and refusals."""
    vote = {"page": str(article.pk), "helpful": "no"}
    response = client.post("/feedback/", vote, follow=True)
    pages = {"feedback comment form": ok(response)}
    comment_url = response.redirect_chain[-1][0]
    response = client.post(comment_url, {"comment": "Clear, thank you."}, follow=True)
    pages["feedback thanks"] = ok(response)
    response = client.post("/feedback/", {"page": "0", "helpful": "maybe"})
    assert response.status_code == 400
    pages["feedback problem (400)"] = response.content
    for _ in range(30):
        response = client.post("/feedback/", vote)
    assert response.status_code == 429
    pages["feedback rate-limited (429)"] = response.content
    return pages


# A valid answer for each type of contact form field.
ANSWERS = {"email": "sam@example.test", "checkbox": "on", "multiline": "A question."}


def contact_pages(client, contact: ContactPage, settings) -> dict[str, bytes]:
    """The contact form with its errors, after sending, and when refused (429)."""
    response = client.post(contact.url, {})
    assert b"There is a problem" in response.content
    pages = {"contact page with errors": ok(response)}
    message = {
        field.clean_name: ANSWERS.get(field.field_type, "Sam Patient")
        for field in contact.form_fields.all()
    }
    settings.CONTACT_FORM_RATE_LIMIT = (1, 3600)
    response = client.post(contact.url, message)
    assert b"There is a problem" not in response.content
    pages["contact page sent"] = ok(response)
    response = client.post(contact.url, message)
    assert response.status_code == 429
    pages["contact page rate-limited (429)"] = response.content
    return pages


def ok(response) -> bytes:
    assert response.status_code == 200, response
    return response.content


def test_every_public_page_type_is_valid_html(
    client, rf, home_page, settings, tmp_path
):
    call_command("load_demo_content", stdout=io.StringIO())
    cache.clear()  # rate-limit counters of earlier tests
    pages = {
        page.url: ok(client.get(page.url))
        for page in Page.objects.live().filter(depth__gt=1).order_by("path")
    }
    for path in ["/search/?q=ketamine", "/search/?q=nothing-matches-this"]:
        pages[path] = ok(client.get(path))
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    pages["/no-such-page/ (404)"] = response.content
    request = rf.get("/")
    pages["500 page"] = render_to_string("500.html", request=request).encode()
    pages["admin sign-in locked"] = render(
        request, django_settings.AXES_LOCKOUT_TEMPLATE
    ).content
    article = ArticlePage.objects.live().order_by("path").first()
    pages |= feedback_pages(client, article)
    pages |= contact_pages(client, ContactPage.objects.get(), settings)

    errors = vnu_errors(pages, tmp_path)

    assert not errors, "\n".join(errors)
