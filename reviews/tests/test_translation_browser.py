"""In a real browser: a translator translates an article in wagtail-localize's
editor, cannot publish it and submits it for clinical review; a clinical reviewer
approves it; the Spanish page says who reviewed the translation, and when."""

import datetime
import re
import time

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.models import Locale

from articles.models import ArticlePage
from reviews.models import Reviewer

pytestmark = [
    pytest.mark.browser,
    # live_server needs committed data; see conftest.browser_database.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("browser_database"),
]

PASSWORD = "a-long-translator-password"
LANGUAGES = [("en-gb", "English"), ("es", "Spanish")]


def sign_in(page, live_server, username):
    page.context.clear_cookies()
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")


def test_a_translation_goes_live_only_after_a_clinical_reviewer_approves_it(
    live_server, page, article_page, django_user_model, settings
):
    settings.LANGUAGES = LANGUAGES
    settings.WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
    Locale.objects.get_or_create(language_code="es")
    call_command("setup_clinical_review", stdout=None)
    translator = django_user_model.objects.create_user(
        "robin", "r@example.com", PASSWORD
    )
    translator.groups.add(Group.objects.get(name="Editors"))
    clinician = django_user_model.objects.create_user("sam", "s@example.com", PASSWORD)
    clinician.groups.add(Group.objects.get(name="Clinical reviewers"))
    Reviewer.objects.create(name="Dr Sam Example", user=clinician)
    earlier = Reviewer.objects.create(name="Dr Jo Earlier")
    article = article_page(
        title="Understanding the treatment",
        reviewer=earlier,
        last_reviewed=datetime.date(2026, 3, 2),
    )
    today = timezone.localdate()

    # The translator starts a Spanish translation and translates the title.
    sign_in(page, live_server, "robin")
    page.goto(f"{live_server.url}/admin/localize/submit/page/{article.pk}/")
    page.get_by_label("Spanish").check()
    page.get_by_role("button", name="Submit").click()
    spanish = ArticlePage.objects.get(
        translation_key=article.translation_key, locale__language_code="es"
    )
    page.wait_for_url(f"**/admin/pages/{spanish.pk}/edit/")
    # The title is the editor's first string.
    page.get_by_role("button", name="Translate").first.click()
    page.locator("textarea").first.fill("Qué es el tratamiento")
    page.get_by_role("button", name="Save").first.click()
    expect(page.get_by_text("Qué es el tratamiento").first).to_be_visible()

    # No way to publish it; it goes to clinical review instead.
    expect(page.get_by_role("button", name="Publish in Spanish")).to_have_count(0)
    page.get_by_role("button", name="Submit for clinical review").click()
    expect(page.locator(".messages")).to_contain_text("Submitted to Clinical review")
    page.goto(live_server.url + "/es/articles/" + spanish.slug + "/")
    assert "Qué es el tratamiento" not in page.content()

    # The clinical reviewer approves it from the dashboard.
    sign_in(page, live_server, "sam")
    page.get_by_role("button", name="Actions").first.click()
    page.get_by_role("button", name=re.compile(r"^Approve")).first.click()
    for _ in range(50):  # the dashboard posts the approval, then reloads
        spanish.refresh_from_db()
        if spanish.live:
            break
        time.sleep(0.2)
    assert spanish.live
    page.goto(live_server.url + spanish.url)
    expect(page.get_by_role("heading", level=1)).to_have_text("Qué es el tratamiento")
    stamp = page.locator(".review-stamp__details").first
    expect(stamp).to_contain_text("Traducción revisada por Dr Sam Example")
    expect(stamp.locator("time").first).to_have_attribute("datetime", today.isoformat())
