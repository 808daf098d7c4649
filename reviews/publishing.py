"""The review rule, enforced once on every route by which Wagtail publishes.

Every publication in Wagtail (the editor's Publish button, workflow approval,
bulk publish, scheduled go-live, reverting, snippets' Publish, `revision.publish()`
from code) runs `PublishRevisionAction.execute`; `install()` (called from
ReviewsConfig.ready) wraps it. For health content (any ReviewStampMixin model):

- a user who is not a clinical reviewer (not linked to a Reviewer) may not
  publish it, superusers included: a stamp must name whoever checked the content;
- a clinical reviewer publishing changed content records a clinical review
  (reviewer, today, next review due) unless that publication is marked minor;
- a minor edit keeps the stamp; the tick is cleared on every publication, so it
  never carries into the next one;
- the object's history records which kind each publication was.

Before any of that, content that gives patients third-party contact details
(contactrules) is refused, whoever publishes it and by whichever route, with a
ContactDetailsRefused naming the field and the text: a draft saved before the
rule existed never goes live, and nothing is written first.

Publication with no user (management commands such as load_demo_content) keeps
the stamp the content carries. Scheduled go-live runs with no user: it is judged
as the user who scheduled it, on the day they did.

Translations (see translations.py) are health content like their originals. A
clinical reviewer's review of a translation also records which version of the
original it was checked against. With no user, a translation goes live only if
what is published carries a review of its own that is not the one already live:
a reviewer, a review date and (filled in from the original if missing) the
version it was made from. A new translation never carries its original's
stamp, so only code that deliberately records a review (load_demo_content) can
publish one; wagtail-localize's own publications are made as the user who asked
(translations.guarded_create_or_update), never with no user.
"""

import datetime
import functools

from django.utils import timezone
from wagtail.actions.publish_revision import (
    PublishPermissionError,
    PublishRevisionAction,
)
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, PageLogEntry

from contactrules.models import refuse_contact_details

from .models import Reviewer, ReviewStampMixin, default_next_review

# Log actions shown in an object's history (registered in wagtail_hooks.py).
CLINICAL_REVIEW_ACTION = "clinic.review.clinical"
MINOR_EDIT_ACTION = "clinic.review.minor"
# A scheduled go-live the review rule refused (publish_scheduled).
SCHEDULE_REFUSED_ACTION = "clinic.review.schedule_refused"

UNREVIEWED_TRANSLATION = (
    "A translation goes live only with a clinical reviewer's approval: publish it "
    "as a user linked to a reviewer, or record the translation's own review."
)
REFUSAL = (
    "Only a clinical reviewer can publish health information. Submit it to "
    "Clinical review instead, or ask an administrator to link your account to "
    "a reviewer under Snippets › Reviewers."
)


def needs_review(obj) -> bool:
    return isinstance(obj, ReviewStampMixin)


def reviewer_for(user) -> Reviewer | None:
    if user is None or not user.is_authenticated:
        return None
    return Reviewer.objects.filter(user=user).first()


def may_publish(user, obj) -> bool:
    """Whether `user` may publish `obj`: anyone for other content, reviewers for health content."""
    return not needs_review(obj) or reviewer_for(user) is not None


def as_date(value) -> datetime.date | None:
    """A date from a revision's content, which holds dates or ISO strings."""
    if not value:
        return None
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value)[:10])


def scheduled_by(revision):
    """(user, date) of whoever scheduled `revision` to go live, or (None, None)."""
    entry_model = PageLogEntry if revision.base_content_type.model == "page" else None
    entries = (entry_model or ModelLogEntry).objects.filter(
        revision=revision, action="wagtail.publish.schedule"
    )
    entry = entries.order_by("-timestamp").first()
    if entry is None:
        return None, None
    return entry.user, timezone.localdate(entry.timestamp)


def record_review(action, reviewer: Reviewer, day: datetime.date) -> None:
    """Write `reviewer` and `day` into the revision going live, and its object."""
    content = action.revision.content
    live_due = (
        type(action.object)
        .objects.filter(pk=action.object.pk)
        .values_list("next_review_due", flat=True)
        .first()
    )
    submitted_due = as_date(content.get("next_review_due"))
    # A due date typed by hand (later than the review, not the live one) is kept.
    hand_set = submitted_due and submitted_due > day and submitted_due != live_due
    due = submitted_due if hand_set else default_next_review(day)
    content["reviewer"] = reviewer.pk
    content["last_reviewed"] = day.isoformat()
    content["next_review_due"] = due.isoformat()
    action.object.reviewer = reviewer
    action.object.last_reviewed = day
    action.object.next_review_due = due
    original = action.object.original()
    if original is not None:
        record_translated_from(content, action.object, original)


def record_translated_from(content: dict, obj, original) -> None:
    """Write which version of `original` the translation `obj` is reviewed against."""
    reviewed = original.last_reviewed
    content["translated_from_revision"] = original.live_revision_id
    content["translated_from_reviewed"] = reviewed.isoformat() if reviewed else None
    obj.translated_from_revision = original.live_revision_id
    obj.translated_from_reviewed = reviewed


def check_unattended_translation(action) -> None:
    """A translation published by code must carry a review of its own (module docstring)."""
    obj, content = action.object, action.revision.content
    original = obj.original()
    if original is None:
        return
    stamp = (content.get("reviewer"), as_date(content.get("last_reviewed")))
    live = (
        type(obj)
        .objects.filter(pk=obj.pk, live=True)
        .values_list("reviewer_id", "last_reviewed")
        .first()
    )
    if None in stamp or stamp == live:
        raise PublishPermissionError(UNREVIEWED_TRANSLATION)
    if not content.get("translated_from_reviewed"):
        record_translated_from(content, obj, original)
        action.revision.save(update_fields=["content"])


def goes_live_now(obj) -> bool:
    return not (obj.go_live_at and obj.go_live_at > timezone.now())


def before_publishing(action) -> str:
    """Check and stamp `action` before it publishes; return the log action to record after."""
    obj, revision = action.object, action.revision
    user, day = action.user, timezone.localdate()
    if user is None and revision.approved_go_live_at is not None:
        user, scheduled_on = scheduled_by(revision)
        day = scheduled_on or day
    if user is None:
        check_unattended_translation(action)
        return ""  # content loaded by code keeps the stamp it carries
    reviewer = reviewer_for(user)
    if reviewer is None:
        raise PublishPermissionError(REFUSAL)
    if not goes_live_now(obj):
        return ""  # judged again, as this user, when it goes live
    minor = bool(revision.content.get("minor_edit"))
    kind = ""
    if minor:
        kind = MINOR_EDIT_ACTION
    elif action.changed:
        record_review(action, reviewer, day)
        kind = CLINICAL_REVIEW_ACTION
    # The tick applies to this publication only.
    revision.content["minor_edit"] = False
    obj.minor_edit = False
    revision.save(update_fields=["content"])
    action.review_user = user
    return kind


def after_publishing(action, kind: str) -> None:
    obj = action.object
    log(
        instance=obj,
        action=kind,
        user=action.review_user,
        revision=action.revision,
        data={
            "reviewer": str(obj.reviewer or "")
            if kind == CLINICAL_REVIEW_ACTION
            else "",
            "last_reviewed": obj.last_reviewed.isoformat() if obj.last_reviewed else "",
            "next_review_due": obj.next_review_due.isoformat()
            if obj.next_review_due
            else "",
        },
    )


def reviewed_execute(execute):
    @functools.wraps(execute)
    def wrapper(self, skip_permission_checks=False):
        self.check(skip_permission_checks=skip_permission_checks)  # Wagtail's own first
        refuse_contact_details(self.object)
        kind = before_publishing(self) if needs_review(self.object) else ""
        result = execute(self, skip_permission_checks=True)
        if kind:
            after_publishing(self, kind)
        return result

    wrapper.enforces_clinical_review = True
    return wrapper


def install() -> None:
    """Wrap Wagtail's publish action, which every publication runs, with the review rule."""
    if not getattr(PublishRevisionAction.execute, "enforces_clinical_review", False):
        PublishRevisionAction.execute = reviewed_execute(PublishRevisionAction.execute)
