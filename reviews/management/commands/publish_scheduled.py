import logging

from django.apps import apps
from django.db import transaction
from django.utils import timezone
from wagtail.actions.publish_revision import PublishPermissionError
from wagtail.admin.utils import get_user_display_name
from wagtail.log_actions import log
from wagtail.management.commands.publish_scheduled import (
    Command as WagtailPublishScheduled,
)
from wagtail.models import DraftStateMixin, Page, Revision

from contactrules.checking import REFUSED_ACTION, ContactDetailsRefused
from contactrules.models import refuse_contact_details
from reviews.publishing import (
    REFUSAL,
    SCHEDULE_REFUSED_ACTION,
    needs_review,
    reviewer_for,
    scheduled_by,
)

logger = logging.getLogger(__name__)


class Command(WagtailPublishScheduled):
    help = (
        "Wagtail's publish_scheduled, one item at a time: expired items are "
        "unpublished first, then each item due to go live is published on its own. "
        "An item the review rule or the contact details rule refuses (its scheduler "
        "is no longer a clinical reviewer, or a draft saved before the rule existed) "
        "is taken off the schedule, said why in one sentence in the output, the log "
        "and its history, and every other item still goes live. Exits 0."
    )

    def handle(self, *args, **options):
        if options["dryrun"]:
            self.tell_refusals_to_come()
            super().handle(*args, **options)
            return
        self.unpublish_expired()
        due = Revision.objects.filter(approved_go_live_at__lt=timezone.now())
        for revision in due.order_by("approved_go_live_at"):
            self.publish(revision)

    def unpublish_expired(self) -> None:
        models = [Page] + [
            model
            for model in apps.get_models()
            if issubclass(model, DraftStateMixin) and not issubclass(model, Page)
        ]
        now = timezone.now()
        for model in models:
            expired = model.objects.filter(live=True, expire_at__lt=now)
            for obj in list(expired.order_by("expire_at")):
                obj.unpublish(
                    set_expired=True, log_action="wagtail.unpublish.scheduled"
                )

    def publish(self, revision: Revision) -> None:
        try:
            with transaction.atomic():  # a refusal leaves nothing half done
                revision.publish(log_action="wagtail.publish.scheduled")
        except ContactDetailsRefused as refused:
            self.take_off_schedule(revision, REFUSED_ACTION, refused.details())
        except PublishPermissionError as refused:
            self.take_off_schedule(
                revision, SCHEDULE_REFUSED_ACTION, self.reason(revision, refused)
            )

    def reason(self, revision: Revision, refused: PublishPermissionError) -> str:
        user, _ = scheduled_by(revision)
        if str(refused) != REFUSAL or user is None:
            return str(refused)
        name = get_user_display_name(user)
        return (
            f"Only a clinical reviewer can publish health information, and {name} "
            "is no longer linked to a reviewer: a clinical reviewer can publish it, "
            "or link their account under Snippets › Reviewers and schedule it again."
        )

    def sentence(self, revision: Revision, obj) -> str:
        user, _ = scheduled_by(revision)
        when = timezone.localtime(revision.approved_go_live_at)
        by = f" by {get_user_display_name(user)}" if user else ""
        return (
            f"Not published: the {obj._meta.verbose_name} “{obj}” (id {obj.pk}), "
            f"scheduled for {when:%d %B %Y %H:%M}{by}, was taken off the schedule."
        )

    def take_off_schedule(self, revision: Revision, action: str, reason: str) -> None:
        obj = revision.as_object()
        message = f"{self.sentence(revision, obj)} {reason}"
        revision.approved_go_live_at = None
        revision.save(update_fields=["approved_go_live_at"])
        log(
            instance=type(obj).objects.get(pk=obj.pk),
            action=action,
            revision=revision,
            data={"message": message},
        )
        logger.error(message)
        self.stdout.write(message)

    def tell_refusals_to_come(self) -> None:
        """For --dryrun: the items that would be taken off the schedule, and why."""
        due = Revision.objects.filter(approved_go_live_at__lt=timezone.now())
        for revision in due.order_by("approved_go_live_at"):
            obj = revision.as_object()
            try:
                refuse_contact_details(obj)
            except ContactDetailsRefused as refused:
                reason = refused.details()
            else:
                user, _ = scheduled_by(revision)
                if not (needs_review(obj) and user and reviewer_for(user) is None):
                    continue
                reason = self.reason(revision, PublishPermissionError(REFUSAL))
            self.stdout.write(
                f"Would be refused: {self.sentence(revision, obj)} {reason}"
            )
