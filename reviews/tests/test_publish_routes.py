"""Every route by which a health page can be published keeps its review stamp true.

Each test goes through the admin's own URLs (or Wagtail's own command) as the
user would, then checks the public page, the stored stamp and the history.
"""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.actions.publish_revision import PublishPermissionError
from wagtail.models import Page, PageLogEntry, Workflow

from conftest import messages_of, public_text, publish
from home.models import StandardPage
from reviews.models import Reviewer, add_months
from reviews.publishing import REFUSAL

from .test_workflow import (
    BODY,
    approve,
    approve_url,
    bulk_publish_url,
    edit_data,
    submit_edit,
)

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate
LONG_AGO = datetime.date(2025, 1, 6)
ADVERT = "Call our partner on +1 555 010 2030 or visit www.pharma-shop.example to order today"


@pytest.fixture
def old_reviewer(db):
    return Reviewer.objects.create(name="Dr Jo Earlier")


@pytest.fixture
def live_article(article_page, old_reviewer):
    """A live article last reviewed long ago by someone else."""
    return article_page(body=BODY, reviewer=old_reviewer, last_reviewed=LONG_AGO)


@pytest.fixture
def admin_user(clinical_review, django_user_model):
    """A superuser who is not a clinical reviewer."""
    return django_user_model.objects.create_superuser("ada", "ada@example.com", "pw")


def stamp(page):
    page.refresh_from_db()
    return page.reviewer, page.last_reviewed, page.next_review_due


def review_entries(page, action="clinic.review.clinical"):
    return PageLogEntry.objects.filter(page=page, action=action)


def assert_reviewed_today(page, user):
    reviewer = Reviewer.objects.get(user=user)
    assert stamp(page) == (reviewer, TODAY(), add_months(TODAY(), 12))
    assert review_entries(page).filter(user=user).count() == 1


def test_a_reviewers_plain_publish_records_a_review_shown_to_patients(
    client,
    live_article,
    clinician,
):
    response = submit_edit(
        client, clinician, live_article, "action-publish", summary="Now clearer."
    )
    assert response.status_code == 302

    assert_reviewed_today(live_article, clinician)
    html = public_text(client, live_article.url)
    assert "Now clearer." in html
    assert "Medically reviewed by Dr Sam Example" in html
    assert f'Last reviewed <time datetime="{TODAY().isoformat()}">' in html
    client.force_login(clinician)
    history = client.get(reverse("wagtailadmin_pages:history", args=[live_article.pk]))
    assert "Clinically reviewed by Dr Sam Example" in history.content.decode()


def test_a_superuser_who_is_not_a_reviewer_cannot_publish_a_health_page(
    client, live_article, admin_user
):
    response = submit_edit(
        client, admin_user, live_article, "action-publish", summary="Unchecked."
    )

    assert response.status_code == 302
    assert any(REFUSAL in message for message in messages_of(response))
    assert stamp(live_article)[1] == LONG_AGO
    # The draft is kept, nothing lost.
    assert live_article.get_latest_revision().content["summary"] == "Unchecked."
    assert "Unchecked." not in public_text(client, live_article.url)


def test_a_superuser_may_still_publish_pages_that_are_not_health_content(
    home_page, admin_user
):
    home_page.title = "Welcome to the clinic"
    home_page.save_revision(user=admin_user).publish(user=admin_user)
    home_page.refresh_from_db()
    assert home_page.title == "Welcome to the clinic"


def test_minor_tick_applies_to_one_publication_then_workflow_approval_is_a_review(
    client,
    live_article,
    editor,
    clinician,
):
    before = stamp(live_article)
    submit_edit(
        client,
        clinician,
        live_article,
        "action-publish",
        summary="Typo fixed.",
        minor_edit="on",
        reviewer=str(before[0].pk),  # the form shows reviewers the stamp
        last_reviewed=before[1].isoformat(),
        next_review_due=before[2].isoformat(),
    )
    assert stamp(live_article) == before
    assert review_entries(live_article, "clinic.review.minor").count() == 1
    assert live_article.get_latest_revision_as_object().minor_edit is False

    # The next edit starts unticked; the editor submits, the reviewer approves.
    draft = live_article.get_latest_revision_as_object()
    assert draft.minor_edit is False
    submit_edit(client, editor, live_article, "action-submit", summary="New advice.")
    approve(client, clinician, live_article)

    assert_reviewed_today(live_article, clinician)
    assert review_entries(live_article, "clinic.review.minor").count() == 1


def test_bulk_publish_records_a_review_by_a_reviewer_and_refuses_anyone_else(
    client,
    live_article,
    clinician,
    admin_user,
):
    live_article.summary = "Bulk published."
    live_article.save_revision()
    url = bulk_publish_url(live_article)

    client.force_login(admin_user)
    response = client.post(url, {"include_descendants": ""})
    assert any(REFUSAL in message for message in messages_of(response))
    assert stamp(live_article)[1] == LONG_AGO
    assert "Bulk published." not in public_text(client, live_article.url)

    client.force_login(clinician)
    assert client.post(url, {"include_descendants": ""}).status_code == 302
    assert_reviewed_today(live_article, clinician)
    assert "Bulk published." in public_text(client, live_article.url)


def test_bulk_publish_publishes_each_page_it_may_and_names_every_refused_one(
    client,
    home_page,
    article_page,
    old_reviewer,
    admin_user,
):
    """A superuser who is not a clinical reviewer selects two health pages, a
    standard page whose draft predates the contact details rule, and a clean one."""
    articles = [
        article_page(title=title, reviewer=old_reviewer, last_reviewed=LONG_AGO)
        for title in ("Aftercare", "Before your visit")
    ]
    advert, about = (
        publish(home_page, StandardPage(title=title, intro="Who we are."))
        for title in ("Our partners", "About the clinic")
    )
    for page in articles:
        page.summary = "Changed in bulk."
        page.save_revision()
    advert.intro = ADVERT
    advert.save_revision(clean=False)  # saved before the rule existed
    about.intro = "A clinic run by nurses and doctors."
    about.save_revision()
    listing = reverse("wagtailadmin_explore", args=[home_page.pk])
    url = bulk_publish_url(*articles, advert, about, next_url=listing)
    client.force_login(admin_user)

    response = client.post(url, {"include_descendants": ""})

    assert response.status_code == 302
    assert response["Location"] == listing
    published, not_reviewed, not_clinic = messages_of(response)
    assert published == "Published: “About the clinic”."
    assert not_reviewed == (
        f"Not published: “Aftercare”, “Before your visit”. {REFUSAL}"
    )
    assert not_clinic.startswith(
        "Not published: “Our partners”. Intro contains contact details that are "
        "not the clinic's: the phone number “+1 555 010 2030”"
    )
    assert "A clinic run by nurses and doctors." in public_text(client, about.url)
    assert "Who we are." in public_text(client, advert.url)
    assert "pharma-shop" not in public_text(client, advert.url)
    for page in articles:
        assert "Changed in bulk." not in public_text(client, page.url)
        assert stamp(page)[1] == LONG_AGO
    # The refused pages keep their drafts, to be fixed or sent for review.
    advert.refresh_from_db()
    assert advert.has_unpublished_changes


def test_scheduled_go_live_records_the_review_of_whoever_scheduled_it(
    client,
    live_article,
    clinician,
):
    go_live = timezone.now() + datetime.timedelta(days=2)
    submit_edit(
        client,
        clinician,
        live_article,
        "action-publish",
        summary="Scheduled advice.",
        go_live_at=go_live.strftime("%Y-%m-%d %H:%M"),
    )
    live_article.refresh_from_db()
    assert live_article.summary != "Scheduled advice."  # not live yet
    assert stamp(live_article)[1] == LONG_AGO
    revision = live_article.get_latest_revision()
    assert revision.approved_go_live_at is not None

    # Two days later, the daily command publishes it.
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    revision.save(update_fields=["approved_go_live_at"])
    content = revision.content
    content["go_live_at"] = revision.approved_go_live_at.isoformat()
    revision.save(update_fields=["content"])
    call_command("publish_scheduled", stdout=None)

    live_article.refresh_from_db()
    assert live_article.summary == "Scheduled advice."
    assert_reviewed_today(live_article, clinician)  # reviewed the day it was scheduled


def schedule_through_the_admin(client, user, page, summary):
    """Publish an edit with a go-live date two days ahead, then let the two days pass."""
    go_live = timezone.now() + datetime.timedelta(days=2)
    submit_edit(
        client,
        user,
        page,
        "action-publish",
        summary=summary,
        go_live_at=go_live.strftime("%Y-%m-%d %H:%M"),
    )
    page.refresh_from_db()
    revision = page.get_latest_revision()
    assert revision.approved_go_live_at is not None  # scheduled, not live
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    revision.content["go_live_at"] = revision.approved_go_live_at.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])


def test_scheduled_go_live_refused_for_a_former_reviewer_publishes_the_rest(
    client,
    article_page,
    home_page,
    old_reviewer,
    clinician,
    django_user_model,
    capsys,
    caplog,
):
    leaver = django_user_model.objects.create_user(
        "lee", "lee@example.com", "pw", first_name="Lee", last_name="Leaver"
    )
    leaver.groups.add(*clinician.groups.all())
    Reviewer.objects.create(name="Dr Lee Leaver", user=leaver)
    kept, refused = (
        article_page(title=title, reviewer=old_reviewer, last_reviewed=LONG_AGO)
        for title in ("Aftercare", "Before your visit")
    )
    schedule_through_the_admin(client, clinician, kept, "Rest for the day.")
    schedule_through_the_admin(client, leaver, refused, "Eat nothing after midnight.")
    old_notice = publish(
        home_page,
        StandardPage(
            title="Winter opening hours",
            intro="Closed on 1 January.",
            expire_at=timezone.now() - datetime.timedelta(hours=1),
        ),
    )
    # Lee leaves the clinic before the day comes: no longer linked to a reviewer.
    Reviewer.objects.filter(user=leaver).update(user=None)

    call_command("publish_scheduled", "--dryrun")
    (warning,) = [
        line
        for line in capsys.readouterr().out.splitlines()
        if line.startswith("Would be refused: ")
    ]
    assert "“Before your visit”" in warning and "by Lee Leaver" in warning
    assert refused.get_latest_revision().approved_go_live_at is not None

    call_command("publish_scheduled")

    (line,) = capsys.readouterr().out.splitlines()
    assert line.startswith(
        f"Not published: the article “Before your visit” (id {refused.pk}), "
        "scheduled for "
    )
    assert line.endswith(
        " by Lee Leaver, was taken off the schedule. Only a clinical reviewer can "
        "publish health information, and Lee Leaver is no longer linked to a "
        "reviewer: a clinical reviewer can publish it, or link their account under "
        "Snippets › Reviewers and schedule it again."
    )
    assert [r.getMessage() for r in caplog.records if r.levelname == "ERROR"] == [line]
    # The rest went live, reviewed by whoever scheduled it; the expired page went.
    assert "Rest for the day." in public_text(client, kept.url)
    assert_reviewed_today(kept, clinician)
    old_notice.refresh_from_db()
    assert not old_notice.live and old_notice.expired
    # The refused one: unchanged for patients, off the schedule, said so in History.
    assert "Eat nothing after midnight." not in public_text(client, refused.url)
    assert stamp(refused)[:2] == (old_reviewer, LONG_AGO)
    refused.refresh_from_db()
    assert refused.get_latest_revision().approved_go_live_at is None
    entry = PageLogEntry.objects.get(
        page=refused, action="clinic.review.schedule_refused"
    )
    assert entry.data["message"] == line
    client.force_login(clinician)
    history = client.get(reverse("wagtailadmin_pages:history", args=[refused.pk]))
    assert "Publication refused: clinical review" in history.content.decode()
    assert "Lee Leaver is no longer linked to a reviewer" in history.content.decode()

    call_command("publish_scheduled")
    assert capsys.readouterr().out == ""
    assert "Eat nothing after midnight." not in public_text(client, refused.url)


def test_reverting_to_an_earlier_revision_and_publishing_records_a_review(
    client,
    live_article,
    clinician,
):
    earlier = live_article.get_latest_revision()
    submit_edit(client, clinician, live_article, "action-publish", summary="Newer.")
    review_entries(live_article).delete()

    client.force_login(clinician)
    response = client.post(
        reverse(
            "wagtailadmin_pages:revisions_revert", args=[live_article.pk, earlier.pk]
        ),
        {**edit_data(live_article, summary=earlier.content["summary"])}
        | {"action-publish": "Publish"},
    )
    assert response.status_code == 302
    live_article.refresh_from_db()
    assert live_article.summary == earlier.content["summary"]
    assert_reviewed_today(live_article, clinician)


def test_copying_a_live_page_keeps_its_true_stamp_and_publishing_the_copy_reviews_it(
    client,
    live_article,
    clinician,
):
    client.force_login(clinician)
    parent = live_article.get_parent()
    url = reverse("wagtailadmin_pages:copy", args=[live_article.pk])
    response = client.post(
        url,
        {
            "new_title": "Live copy",
            "new_slug": "live-copy",
            "new_parent_page": parent.pk,
            "publish_copies": "on",
        },
    )
    assert response.status_code == 302
    live_copy = Page.objects.get(slug="live-copy").specific
    # Same content, same review: the stamp copied with it is still true.
    assert live_copy.live
    assert stamp(live_copy)[:2] == (live_article.reviewer, LONG_AGO)
    assert live_copy.summary == live_article.summary

    client.post(
        url,
        {
            "new_title": "Draft copy",
            "new_slug": "draft-copy",
            "new_parent_page": parent.pk,
        },
    )
    draft_copy = Page.objects.get(slug="draft-copy").specific
    assert not draft_copy.live
    submit_edit(client, clinician, draft_copy, "action-publish", summary="Adapted.")
    assert_reviewed_today(draft_copy, clinician)


def test_publishing_from_code_by_a_reviewer_records_a_review_even_with_a_due_date(
    live_article,
    clinician,
):
    assert live_article.next_review_due is not None  # the case that used to crash
    live_article.summary = "Changed in code."
    live_article.save_revision(user=clinician).publish(user=clinician)
    assert_reviewed_today(live_article, clinician)


def test_publishing_from_code_as_a_non_reviewer_is_refused(live_article, admin_user):
    live_article.summary = "Sneaked in."
    revision = live_article.save_revision(user=admin_user)
    with pytest.raises(PublishPermissionError):
        revision.publish(user=admin_user)
    live_article.refresh_from_db()
    assert live_article.summary != "Sneaked in."
    assert live_article.last_reviewed == LONG_AGO


NOT_A_REVIEWER = (
    "Only clinical reviewers can approve health information, so it is still "
    "waiting for review. Link your account to a reviewer under Snippets › "
    "Reviewers (or ask an administrator to), then approve it again."
)


@pytest.fixture
def submitted_article(client, live_article, editor, admin_user):
    """The editor has submitted a change; a superuser who is not a reviewer signs in."""
    submit_edit(client, editor, live_article, "action-submit", summary="Approve me.")
    client.force_login(admin_user)
    return live_article


def test_a_superuser_who_is_not_a_reviewer_is_told_why_they_cannot_approve(
    client, submitted_article, clinician
):
    live_article = submitted_article

    # The dashboard's Approve button.
    response = client.post(
        approve_url(live_article), {"comment": "Looks fine."}, HTTP_REFERER="/admin/"
    )
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    # (after the editor's "submitted" message, which they had not seen yet)
    assert messages_of(response)[-1] == (
        f"Not approved: “{live_article.title}”. {NOT_A_REVIEWER}"
    )
    # The approve modal (on the dashboard or the page's own screen).
    response = client.post(
        approve_url(live_article),
        {"comment": ""},
        HTTP_REFERER="/admin/",
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    assert response.json() == {"step": "success", "redirect": "/admin/"}
    assert NOT_A_REVIEWER in client.get("/admin/").content.decode()
    assert stamp(live_article)[1] == LONG_AGO
    assert "Approve me." not in public_text(client, live_article.url)

    # The submission still waits for a real clinical reviewer.
    live_article.refresh_from_db()
    assert live_article.current_workflow_state.status == "in_progress"
    approve(client, clinician, live_article)
    assert_reviewed_today(live_article, clinician)
    assert "Approve me." in public_text(client, live_article.url)


def test_approving_from_the_edit_screen_without_a_reviewer_link_keeps_the_edit(
    client, submitted_article, clinician
):
    """The edit screen's Approve posts the whole form: what was typed is kept as a draft."""
    live_article = submitted_article

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[live_article.pk]),
        {
            **edit_data(live_article, summary="Approve me, with a typo fixed."),
            "action-workflow-action": "true",
            "workflow-action-name": "approve",
            "workflow-action-extra-data": '{"comment": "Fine."}',
        },
        follow=True,
    )

    assert response.redirect_chain[-1][0] == reverse(
        "wagtailadmin_pages:edit", args=[live_article.pk]
    )
    shown = [str(m) for m in response.context["messages"]]
    assert (
        f"Not approved: “{live_article.title}”. {NOT_A_REVIEWER} "
        "Your changes are saved as a draft."
    ) in shown
    assert not any("do not have permission" in m for m in shown)
    live_article.refresh_from_db()
    draft = live_article.get_latest_revision_as_object()
    assert draft.summary == "Approve me, with a typo fixed."
    assert live_article.current_workflow_state.status == "in_progress"
    assert stamp(live_article)[1] == LONG_AGO
    assert "Approve me" not in public_text(client, live_article.url)

    # A clinical reviewer approving the same way publishes it with their review.
    submit_edit(
        client,
        clinician,
        live_article,
        "action-workflow-action",
        summary="Approve me, with a typo fixed.",
        **{"workflow-action-name": "approve"},
    )
    assert_reviewed_today(live_article, clinician)
    assert "Approve me, with a typo fixed." in public_text(client, live_article.url)


def test_approving_a_page_that_is_not_health_content_is_not_stopped(
    client,
    home_page,
    editor,
    admin_user,
):
    about = publish(home_page, StandardPage(title="About the clinic", intro="Us."))
    about.intro = "Nurses and doctors."
    about.save_revision(user=editor)
    Workflow.objects.get(name="Clinical review").start(about, editor)

    client.force_login(admin_user)
    response = client.post(approve_url(about), {"comment": ""})

    assert response.status_code == 302
    about.refresh_from_db()
    assert about.intro == "Nurses and doctors."


def test_the_reviewers_group_alone_does_not_make_someone_a_clinical_reviewer(
    client,
    live_article,
    django_user_model,
    clinical_review,
):
    user = django_user_model.objects.create_user("kim", "kim@example.com", "pw")
    user.groups.add(Group.objects.get(name="Clinical reviewers"))
    submit_edit(client, user, live_article, "action-publish", summary="Unlinked.")
    assert stamp(live_article)[1] == LONG_AGO
    assert "Unlinked." not in public_text(client, live_article.url)
