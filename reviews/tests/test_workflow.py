"""Clinical sign-off: editors submit, clinical reviewers approve, the stamp records it."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from pytest_django.asserts import assertContains
from wagtail.models import GroupApprovalTask, PageLogEntry, Workflow
from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from reviews.models import Reviewer, add_months

pytestmark = pytest.mark.django_db

BODY = [("paragraph", RichText("<p>Only trained staff give it.</p>"))]


def edit_data(page, **changes):
    data = {
        "title": page.title,
        "slug": page.slug,
        "summary": page.summary,
        "key_points": streamfield([("point", "It is given by trained staff.")]),
        "body": streamfield(
            [("paragraph", rich_text("<p>Only trained staff give it.</p>"))]
        ),
        "references": streamfield([]),
        "tags": "",
        "related_articles": inline_formset([]),
        "next_review_due": "",
        **changes,
    }
    return nested_form_data(data)


def submit_edit(client, user, page, action, **changes):
    client.force_login(user)
    return client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        {**edit_data(page, **changes), action: action},
    )


def approve_url(page) -> str:
    """The admin URL that approves the page's current workflow task."""
    page.refresh_from_db()
    task_state = page.current_workflow_state.current_task_state
    return reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]
    )


def approve(client, user, page):
    url = approve_url(page)
    client.force_login(user)
    return client.post(url, {"comment": "Checked against current guidance."})


def bulk_publish_url(*pages, next_url: str = "") -> str:
    """Wagtail's bulk Publish for pages, returning to next_url if given."""
    query = [f"next={next_url}"] if next_url else []
    query += [f"id={page.pk}" for page in pages]
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    return f"{url}?{'&'.join(query)}"


def test_setup_makes_groups_and_a_workflow_on_the_home_page_and_is_repeatable(
    home_page,
):
    call_command("setup_clinical_review", stdout=None)
    call_command("setup_clinical_review", stdout=None)

    workflow = Workflow.objects.get(name="Clinical review")
    assert home_page.get_workflow() == workflow
    task = GroupApprovalTask.objects.get(name="Clinical sign-off")
    assert list(task.groups.values_list("name", flat=True)) == ["Clinical reviewers"]
    assert workflow.workflow_tasks.count() == 1
    assert Group.objects.filter(name="Clinical reviewers").count() == 1


def test_editor_drafts_reviewer_approves_and_public_page_shows_the_review(
    client, article_page, editor, clinician
):
    page = article_page(body=BODY)
    assert page.get_workflow().name == "Clinical review"

    response = submit_edit(
        client, editor, page, "action-submit", summary="A clearer summary for patients."
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.current_workflow_state is not None
    assert page.summary != "A clearer summary for patients."  # not live yet
    client.logout()
    response = client.get(page.url)
    assertContains(response, page.summary)  # the live page, as it was
    assert "A clearer summary" not in response.content.decode()

    assert approve(client, clinician, page).status_code == 302

    page.refresh_from_db()
    today = timezone.localdate()
    assert page.summary == "A clearer summary for patients."
    assert page.reviewer.name == "Dr Sam Example"
    assert page.last_reviewed == today
    assert page.next_review_due == add_months(today, 12)
    client.logout()
    html = " ".join(client.get(page.url).content.decode().split())
    assert "A clearer summary for patients." in html
    assert "Medically reviewed by Dr Sam Example, MB ChB, MRCPsych" in html
    assert f'Last reviewed <time datetime="{today.isoformat()}">' in html
    entry = PageLogEntry.objects.get(page=page, action="clinic.review.clinical")
    assert entry.user == clinician


def test_editor_outside_the_reviewers_group_cannot_publish_a_health_page(
    client, article_page, editor
):
    page = article_page(body=BODY)
    assert not page.permissions_for_user(editor).can_publish()
    assert page.permissions_for_user(editor).can_edit()

    response = submit_edit(
        client, editor, page, "action-publish", summary="Published without review?"
    )

    assert response.status_code == 302  # saved as a draft, not published
    page.refresh_from_db()
    assert page.summary != "Published without review?"
    assert page.has_unpublished_changes
    assert not PageLogEntry.objects.filter(
        page=page, action="wagtail.publish", user=editor
    ).exists()
    client.logout()
    response = client.get(page.url)
    assertContains(response, page.summary)  # the live page, as it was
    assert "Published without review?" not in response.content.decode()


def test_editor_cannot_approve_their_own_submission(
    client, article_page, editor, clinician
):
    page = article_page(body=BODY)
    submit_edit(client, editor, page, "action-submit", summary="Self-approved?")
    approve(client, editor, page)
    page.refresh_from_db()
    assert page.summary != "Self-approved?"
    assert page.current_workflow_state.status == "in_progress"


def test_minor_edit_approved_by_a_reviewer_keeps_the_review_date(
    client, article_page, editor, clinician
):
    reviewed_on = timezone.localdate() - datetime.timedelta(days=90)
    first_reviewer = Reviewer.objects.create(name="Dr Jo Example")
    page = article_page(body=BODY, reviewer=first_reviewer, last_reviewed=reviewed_on)
    due = page.next_review_due

    submit_edit(
        client,
        editor,
        page,
        "action-submit",
        title="Understanding the treatment",
        summary="Fixed a typo in the summary.",
        minor_edit="on",
        next_review_due=due.isoformat(),
    )
    approve(client, clinician, page)

    page.refresh_from_db()
    assert page.summary == "Fixed a typo in the summary."
    assert (page.reviewer, page.last_reviewed, page.next_review_due) == (
        first_reviewer,
        reviewed_on,
        due,
    )
    assert not page.minor_edit
    actions = set(
        PageLogEntry.objects.filter(page=page).values_list("action", flat=True)
    )
    assert "clinic.review.minor" in actions
    assert "clinic.review.clinical" not in actions
    client.force_login(clinician)
    history = client.get(reverse("wagtailadmin_pages:history", args=[page.pk]))
    assert "Published as a minor, non-clinical edit" in history.content.decode()


def test_editor_cannot_fill_in_a_review_by_hand(client, article_page, editor):
    page = article_page(body=BODY)
    fake = Reviewer.objects.create(name="Dr Nobody")
    submit_edit(
        client,
        editor,
        page,
        "action-submit",
        reviewer=str(fake.pk),
        last_reviewed="2026-01-01",
    )
    page.refresh_from_db()
    revision = page.get_latest_revision()
    assert revision.user == editor  # the editor's submission was saved
    content = revision.content
    assert content["reviewer"] is None
    assert content["last_reviewed"] is None
