import logging

from django.utils import timezone
from wagtail.log_actions import log
from wagtail.management.commands.publish_scheduled import (
    Command as WagtailPublishScheduled,
)
from wagtail.models import Revision

from contactrules.checking import REFUSED_ACTION, ContactDetailsRefused
from contactrules.models import refuse_contact_details

logger = logging.getLogger(__name__)


class Command(WagtailPublishScheduled):
    help = (
        "Wagtail's publish_scheduled, except that an item the contact details rule "
        "refuses (a draft saved before the rule existed) is not published: it is "
        "taken off the schedule, said why in the output, the log and its history, "
        "and every other scheduled item is still published."
    )

    def handle(self, *args, **options):
        self.hold_back_refused(dry_run=options["dryrun"])
        super().handle(*args, **options)

    def hold_back_refused(self, dry_run: bool) -> None:
        due = Revision.objects.filter(approved_go_live_at__lt=timezone.now())
        for revision in due.order_by("approved_go_live_at"):
            obj = revision.as_object()
            try:
                refuse_contact_details(obj)
            except ContactDetailsRefused as refused:
                model = obj._meta.verbose_name
                message = (
                    f"Not published: the {model} “{obj}” (id {obj.pk}), scheduled "
                    f"for {timezone.localtime(revision.approved_go_live_at):%d %B %Y %H:%M}, "
                    f"was taken off the schedule. {refused.details()}"
                )
                if dry_run:
                    self.stdout.write(f"Would be refused: {message}")
                    continue
                revision.approved_go_live_at = None
                revision.save(update_fields=["approved_go_live_at"])
                log(
                    instance=type(obj).objects.get(pk=obj.pk),
                    action=REFUSED_ACTION,
                    revision=revision,
                    data={"message": message},
                )
                logger.error(message)
                self.stdout.write(message)
