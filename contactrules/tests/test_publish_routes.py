"""A draft saved before the contact details rule existed never goes live, by any route.

Each test stores a draft holding the advert the way old content holds it (a
revision saved without the rule), then takes one publishing route through the
admin's own URLs (or the scheduled publishing command) as a user would, and
checks what the user is told and that the public page does not show the advert.
"""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry, Page, PageLogEntry, Workflow

from conftest import messages_of, public_text
from faq.models import FAQ
from faq.tests.test_review import faq_form
from reviews.tests.test_workflow import (
    approve_url,
    bulk_publish_url,
    edit_data,
)

pytestmark = pytest.mark.django_db

ADVERT = "Call our partner on +1 555 010 2030 or visit www.pharma-shop.example to order today"
PLAIN = "What the treatment is, how it is given and its risks."
DASHBOARD = "/admin/"


def old_draft(obj, user, **fields):
    """Save a draft of obj holding fields as content saved before the rule did."""
    for name, value in fields.items():
        setattr(obj, name, value)
    return obj.save_revision(user=user, clean=False)


def submitted_before_the_rule(obj, editor, **fields):
    old_draft(obj, editor, **fields)
    Workflow.objects.get(name="Clinical review").start(obj, editor)
    obj.refresh_from_db()
    return obj.current_workflow_state.current_task_state


def assert_told_what_to_fix(message: str, title: str, field: str) -> None:
    assert message.startswith(
        f"Nothing was changed. “{title}”: {field} contains contact details that are "
        "not the clinic's: "
    )
    assert "the phone number “+1 555 010 2030”" in message
    assert "the website “www.pharma-shop.example”" in message
    assert "link the clinic's contact page instead" in message
    assert "Settings › Trusted sources" in message


@pytest.fixture
def live_article(article_page):
    return article_page(summary=PLAIN)


def test_approving_an_old_submission_from_the_dashboard_says_what_to_fix(
    client,
    live_article,
    editor,
    clinician,
):
    task_state = submitted_before_the_rule(live_article, editor, summary=ADVERT)
    client.force_login(clinician)

    response = client.post(
        approve_url(live_article), {"comment": "Fine."}, HTTP_REFERER=DASHBOARD
    )

    assert response.status_code == 302
    assert response["Location"] == DASHBOARD
    (message,) = messages_of(response)
    assert_told_what_to_fix(message, live_article.title, "Summary")
    dashboard = client.get(DASHBOARD)
    assert "Summary contains contact details" in dashboard.content.decode()
    # Nothing half done: the submission still waits, nothing was published.
    task_state.refresh_from_db()
    assert task_state.status == "in_progress"
    live_article.refresh_from_db()
    assert live_article.current_workflow_state.status == "in_progress"
    assert live_article.summary == PLAIN
    assert not PageLogEntry.objects.filter(
        page=live_article, action__in=["wagtail.publish", "clinic.review.clinical"]
    ).exclude(user=None)
    assert "pharma-shop" not in public_text(client, live_article.url)


def test_approving_in_the_workflow_modal_follows_the_message_back(
    client,
    live_article,
    editor,
    clinician,
):
    submitted_before_the_rule(live_article, editor, summary=ADVERT)
    client.force_login(clinician)

    response = client.post(
        approve_url(live_article),
        {"comment": ""},
        HTTP_REFERER=DASHBOARD,
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )

    assert response.status_code == 200
    assert response.json() == {"step": "success", "redirect": DASHBOARD}
    assert "Summary contains contact details" in client.get(DASHBOARD).content.decode()
    assert "pharma-shop" not in public_text(client, live_article.url)


def test_bulk_publishing_an_old_draft_says_what_to_fix_and_publishes_the_rest(
    client,
    article_page,
    clinician,
):
    clean = article_page(title="Aftercare", summary=PLAIN)
    old = article_page(title="Before your visit", summary=PLAIN)
    old_draft(clean, clinician, summary="Rest for the day.")
    old_draft(old, clinician, summary=ADVERT)
    listing = reverse("wagtailadmin_explore", args=[old.get_parent().pk])
    url = bulk_publish_url(clean, old, next_url=listing)
    client.force_login(clinician)

    response = client.post(url, {"include_descendants": ""})

    assert response.status_code == 302
    assert response["Location"] == listing
    published, refused = messages_of(response)
    assert published == "Published: “Aftercare”."
    assert refused.startswith(
        "Not published: “Before your visit”. Summary contains contact details that "
        "are not the clinic's: "
    )
    assert "the phone number “+1 555 010 2030”" in refused
    assert "the website “www.pharma-shop.example”" in refused
    assert "link the clinic's contact page instead" in refused
    assert "pharma-shop" not in public_text(client, old.url)
    # Each page is published on its own: the clean one went live.
    assert "Rest for the day." in public_text(client, clean.url)


def test_scheduled_publishing_holds_back_an_old_draft_and_publishes_the_rest(
    client,
    article_page,
    clinician,
    capsys,
):
    clean = article_page(title="Aftercare", summary=PLAIN)
    old = article_page(title="Before your visit", summary=PLAIN)
    due = timezone.now() - datetime.timedelta(minutes=5)
    for page, summary in ((old, ADVERT), (clean, "Rest for the day.")):
        revision = old_draft(page, clinician, summary=summary)
        revision.approved_go_live_at = due
        revision.save(update_fields=["approved_go_live_at"])
        PageLogEntry.objects.log_action(
            page, "wagtail.publish.schedule", user=clinician, revision=revision
        )

    call_command("publish_scheduled")

    output = capsys.readouterr().out
    assert output.startswith(
        f"Not published: the article “Before your visit” (id {old.pk}), scheduled for "
    )
    assert "was taken off the schedule. Summary contains contact details" in output
    assert "“+1 555 010 2030”" in output
    assert "“www.pharma-shop.example”" in output
    assert "pharma-shop" not in public_text(client, old.url)
    assert "Rest for the day." in public_text(client, clean.url)
    # Off the schedule (not tried again every run), and said so in its history.
    old.refresh_from_db()
    assert old.get_latest_revision().approved_go_live_at is None
    entry = PageLogEntry.objects.get(page=old, action="clinic.contact_rule.refused")
    client.force_login(clinician)
    history = client.get(reverse("wagtailadmin_pages:history", args=[old.pk]))
    assert "Publication refused: contact details" in history.content.decode()
    assert entry.data["message"] in output

    call_command("publish_scheduled")
    assert "Not published" not in capsys.readouterr().out


def test_reverting_to_an_old_revision_shows_the_error_on_the_field(
    client,
    live_article,
    clinician,
):
    old = old_draft(live_article, clinician, summary=ADVERT)
    live_article.summary = "A better summary."
    live_article.save_revision(user=clinician).publish(user=clinician)
    url = reverse("wagtailadmin_pages:revisions_revert", args=[live_article.pk, old.pk])
    client.force_login(clinician)
    assert ADVERT in client.get(url).content.decode()  # the old text, to fix

    response = client.post(
        url, {**edit_data(live_article, summary=ADVERT), "action-publish": "Publish"}
    )

    assert response.status_code == 200
    (error,) = response.context["form"].errors["summary"]
    assert "Summary contains contact details that are not the clinic's" in error
    assert "“+1 555 010 2030”" in error
    assert "pharma-shop" not in public_text(client, live_article.url)
    assert "A better summary." in public_text(client, live_article.url)


def test_copying_and_publishing_a_page_that_predates_the_rule_says_what_to_fix(
    client,
    live_article,
    clinician,
):
    type(live_article).objects.filter(pk=live_article.pk).update(summary=ADVERT)
    url = reverse("wagtailadmin_pages:copy", args=[live_article.pk])
    client.force_login(clinician)

    response = client.post(
        url,
        {
            "new_title": "Copy",
            "new_slug": "copy",
            "new_parent_page": live_article.get_parent().pk,
            "publish_copies": "on",
        },
        HTTP_REFERER=url,
    )

    assert response.status_code == 302
    (message,) = messages_of(response)
    assert "Summary contains contact details" in message
    assert not Page.objects.filter(slug="copy").exists()


@pytest.fixture
def faq_with_old_draft(faq_page):
    """A live FAQ shown on the FAQ page."""
    return FAQ.objects.get(question="Will I feel strange?"), faq_page


def test_publishing_an_old_faq_draft_from_the_snippet_editor_shows_the_field_error(
    client,
    faq_with_old_draft,
    clinician,
):
    faq, faq_page = faq_with_old_draft
    old_draft(faq, clinician, answer=f"<p>{ADVERT}</p>")
    edit_url = reverse("wagtailsnippets_faq_faq:edit", args=[faq.pk])
    client.force_login(clinician)
    assert "pharma-shop" in client.get(edit_url).content.decode()  # the draft, to fix

    response = client.post(
        edit_url,
        {**faq_form(faq, answer=f"<p>{ADVERT}</p>"), "action-publish": "Publish"},
    )

    assert response.status_code == 200
    (error,) = response.context["form"].errors["answer"]
    assert "Answer contains contact details that are not the clinic's" in error
    assert "“www.pharma-shop.example”" in error
    assert "pharma-shop" not in public_text(client, faq_page.url)


def test_approving_an_old_faq_submission_says_what_to_fix(
    client,
    faq_with_old_draft,
    editor,
    clinician,
):
    faq, faq_page = faq_with_old_draft
    task_state = submitted_before_the_rule(faq, editor, answer=f"<p>{ADVERT}</p>")
    client.force_login(clinician)

    response = client.post(
        reverse(
            "wagtailsnippets_faq_faq:workflow_action",
            args=[faq.pk, "approve", task_state.pk],
        ),
        {"comment": ""},
        HTTP_REFERER=DASHBOARD,
    )

    assert response.status_code == 302
    (message,) = messages_of(response)
    assert_told_what_to_fix(message, "Will I feel strange?", "Answer")
    task_state.refresh_from_db()
    assert task_state.status == "in_progress"
    assert not ModelLogEntry.objects.filter(action="clinic.review.clinical")
    text = public_text(client, faq_page.url)
    assert "pharma-shop" not in text
    assert "You may feel detached for a short while." in text
