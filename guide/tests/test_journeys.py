"""Each role does its job end to end in a real browser, following the screens.

The editor writes and submits an article; the clinical reviewer approves it and
the public page shows the stamp; Reception reads a message; the administrator
changes the clinic's phone number.
"""

import re

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.contrib.forms.models import FormSubmission

from home.permissions import ensure_reception_group
from reviews.models import Reviewer

pytestmark = [
    pytest.mark.browser,
    # live_server needs committed data; see conftest.browser_database.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("browser_database"),
]

PASSWORD = "a-long-test-password"


def staff_member(django_user_model, username, group, **names):
    user = django_user_model.objects.create_user(
        username, f"{username}@example.com", PASSWORD, **names
    )
    user.groups.add(Group.objects.get(name=group))
    return user


def sign_in(browser, live_server, username):
    page = browser.new_context().new_page()
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")
    return page


def choose_action(page, name):
    """Open the menu beside the main button and choose `name`."""
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name=name).click()


def test_editor_writes_and_submits_reviewer_approves_and_patients_see_the_stamp(
    live_server, browser, article_index, django_user_model
):
    call_command("setup_clinical_review", stdout=None)
    staff_member(django_user_model, "robin", "Editors", first_name="Robin")
    clinician = staff_member(django_user_model, "sam", "Clinical reviewers")
    Reviewer.objects.create(name="Dr Sam Example", credentials="MB ChB", user=clinician)

    editor = sign_in(browser, live_server, "robin")
    editor.get_by_role("link", name="Add article").click()
    editor.locator("#id_title").fill("Sleep after your treatment")
    editor.locator("#id_summary").fill("How to rest well on the day of treatment.")
    # Wagtail fills the page's address from the title as it is typed.
    expect(editor.locator("#id_slug")).to_have_value("sleep-after-your-treatment")
    editor.get_by_role("button", name="Save draft").click()
    expect(editor.locator(".messages")).to_contain_text(
        "Page 'Sleep after your treatment' created."
    )
    # The body is required before the article can be reviewed.
    body = editor.locator("#panel-child-content-body-section")
    body.get_by_role("button", name="Insert a block").first.click()
    editor.get_by_role("option", name="Paragraph").click()
    paragraph = body.locator(".public-DraftEditor-content").first
    paragraph.click()
    editor.keyboard.type("Rest at home for the rest of the day, with company.")
    # The editor copies what is typed into the form a moment later.
    expect(body.locator('input[name="body-0-value"]')).to_have_value(
        re.compile("Rest at home for the rest of the day")
    )
    choose_action(editor, "Submit for Clinical review")
    editor.wait_for_load_state()
    expect(editor.locator(".messages")).to_contain_text(
        "submitted for clinical review: it goes live when a clinical reviewer approves it"
    )

    reviewer = sign_in(browser, live_server, "sam")
    waiting = reviewer.locator("#awaiting-review-section")
    expect(waiting).to_contain_text("Waiting for your clinical review")
    waiting.get_by_role("link", name="Sleep after your treatment").first.click()
    choose_action(reviewer, "Approve and publish as reviewed by Dr Sam Example today")
    expect(reviewer.locator(".messages")).to_contain_text(
        "approved and published. Review stamp: Dr Sam Example, MB ChB"
    )

    patient = browser.new_context().new_page()
    patient.goto(live_server.url + "/articles/sleep-after-your-treatment/")
    stamp = " ".join(patient.locator("body").inner_text().split())
    today = timezone.localdate()
    assert "Medically reviewed by Dr Sam Example, MB ChB" in stamp
    assert f"Last reviewed {today.day} {today:%B %Y}" in stamp


def test_reception_reads_a_message_from_the_dashboard(
    live_server, browser, contact_page, django_user_model
):
    ensure_reception_group()
    staff_member(django_user_model, "kim", "Reception")
    FormSubmission.objects.create(
        page=contact_page,
        form_data={
            "your_name": "Sam Patient",
            "your_message": "Are you open on Saturdays?",
            "i_agree_to_the_clinic_storing_this_message": True,
        },
    )

    page = sign_in(browser, live_server, "kim")
    start = page.locator("#start-here-section")
    expect(start).to_contain_text("Messages from the contact form")
    start.get_by_role("link", name=re.compile(str(timezone.localdate().year))).click()
    table = page.locator("table.listing")
    expect(table).to_contain_text("Are you open on Saturdays?")
    expect(table).to_contain_text("Sam Patient")
    expect(table).to_contain_text("Yes")


def test_administrator_changes_the_phone_number_and_the_contact_page_shows_it(
    live_server, browser, contact_page, clinic_settings, django_user_model
):
    django_user_model.objects.create_superuser("admin", "", PASSWORD)

    page = sign_in(browser, live_server, "admin")
    page.get_by_role("link", name="Change the clinic's details").click()
    page.get_by_label("Phone").fill("020 7946 0123")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".messages")).to_contain_text("updated")

    patient = browser.new_context().new_page()
    patient.goto(live_server.url + contact_page.url)
    expect(patient.locator("main")).to_contain_text("020 7946 0123")
