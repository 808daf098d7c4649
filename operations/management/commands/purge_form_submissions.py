"""Data retention: delete what the public sent (form messages, feedback comments)
once it is older than a number of days."""

from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from feedback.models import PageFeedback


class Command(BaseCommand):
    help = (
        "Delete messages sent through the site's forms, and the comments left with "
        "page feedback, that are older than --older-than DAYS (default 90). The "
        "anonymous Yes/No answers are kept. Run daily by the deploy timer."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than",
            type=int,
            default=90,
            metavar="DAYS",
            help="Delete submissions received more than this many days ago (default 90).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Only say how many submissions would be deleted.",
        )

    def handle(self, *args, older_than, dry_run, **options):
        if older_than < 1:
            raise CommandError(
                "--older-than must be a whole number of days, 1 or more."
            )
        cutoff = timezone.now() - timedelta(days=older_than)
        old = FormSubmission.objects.filter(submit_time__lt=cutoff)
        comments = PageFeedback.objects.filter(created_at__lt=cutoff).exclude(
            comment=""
        )
        if dry_run:
            count, comment_count = old.count(), comments.count()
            self.stdout.write(
                f"Would delete {count} form submission{'s'[: count != 1]} and "
                f"{comment_count} feedback comment{'s'[: comment_count != 1]} "
                f"older than {older_than} days (dry run: nothing deleted)."
            )
            return
        count = old.delete()[1].get(FormSubmission._meta.label, 0)
        comment_count = comments.update(comment="")
        self.stdout.write(
            f"Deleted {count} form submission{'s'[: count != 1]} and "
            f"{comment_count} feedback comment{'s'[: comment_count != 1]} "
            f"older than {older_than} days."
        )
