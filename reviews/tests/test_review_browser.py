"""In a real browser: a clinical reviewer edits a live article, presses Publish, and
patients see the new review date."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect

from reviews.models import Reviewer

pytestmark = [
    pytest.mark.browser,
    # live_server needs committed data; see conftest.browser_database.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("browser_database"),
]

PASSWORD = "a-long-reviewer-password"


def test_a_reviewers_publish_button_updates_the_public_stamp(
    live_server, page, article_page, django_user_model
):
    call_command("setup_clinical_review", stdout=None)
    user = django_user_model.objects.create_user("sam", "sam@example.com", PASSWORD)
    user.groups.add(Group.objects.get(name="Clinical reviewers"))
    Reviewer.objects.create(name="Dr Sam Example", user=user)
    earlier = Reviewer.objects.create(name="Dr Jo Earlier")
    article = article_page(reviewer=earlier, last_reviewed=datetime.date(2025, 1, 6))
    today = timezone.localdate()

    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill("sam")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")
    page.goto(f"{live_server.url}/admin/pages/{article.pk}/edit/")
    page.locator("#id_summary").fill("Reviewed and rewritten for patients.")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish").click()
    expect(page.locator(".messages")).to_contain_text("has been published")

    page.goto(live_server.url + article.url)
    stamp = page.locator(".review-stamp__details")
    expect(stamp).to_contain_text("Medically reviewed by Dr Sam Example")
    expect(stamp.locator("time").first).to_have_attribute("datetime", today.isoformat())
    expect(page.get_by_text("Reviewed and rewritten for patients.")).to_be_visible()
