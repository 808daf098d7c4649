"""Email each owner the health pages, FAQs and myth cards whose clinical review is due.

Run it daily or weekly. A page's owner is its Wagtail owner; an FAQ's or myth card's
(snippets have none) is whoever last edited it.
"""

import smtplib
from collections import defaultdict

from django.conf import settings
from django.core.mail import send_mail
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

from reviews.due import DUE_SOON_DAYS, due_for_review


class Command(BaseCommand):
    help = (
        "Email each owner one message listing their health pages, FAQs and myth cards "
        "that are overdue for clinical review, due within --days days (default 30), "
        "never reviewed, or translations whose original has changed."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=DUE_SOON_DAYS,
            help="Also list pages due within this many days (default 30).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Print who would be emailed about which pages, without sending.",
        )

    def handle(self, *args, days, dry_run, **options):
        if days < 0:
            raise CommandError("--days must be 0 or more.")
        by_owner = defaultdict(list)
        unowned = []
        for item in due_for_review(days):
            if item.owner is not None and item.owner.email:
                by_owner[item.owner].append(item)
            else:
                unowned.append(item)

        if not by_owner and not unowned:
            self.stdout.write(
                "No health page, FAQ or myth card is overdue or due for review in the "
                f"next {days} days; no email sent."
            )
            return
        for item in unowned:
            who = (
                "has no owner"
                if item.owner is None
                else "its owner has no email address"
            )
            self.stdout.write(
                self.style.WARNING(
                    f"Not emailed: “{item.title}” ({item.status_text}) {who}."
                )
            )

        sent = 0
        for owner, items in by_owner.items():
            titles = ", ".join(f"“{item.title}”" for item in items)
            if dry_run:
                self.stdout.write(f"Would email {owner.email} about {titles}.")
                continue
            try:
                send_mail(
                    self.subject(items),
                    self.body(owner, items, days),
                    settings.DEFAULT_FROM_EMAIL,
                    [owner.email],
                )
            except (OSError, smtplib.SMTPException) as error:
                raise CommandError(
                    f"Could not send the review reminder to {owner.email} "
                    f"({sent} sent before it): {error}."
                ) from error
            sent += 1
            self.stdout.write(f"Emailed {owner.email} about {titles}.")
        if not dry_run:
            self.stdout.write(
                self.style.SUCCESS(f"Sent {sent} review reminder email(s).")
            )

    def subject(self, items) -> str:
        overdue = sum(item.status != "due_soon" for item in items)
        count = len(items)
        if all(item.is_page for item in items):
            noun = "page needs" if count == 1 else "pages need"
        else:
            noun = "item needs" if count == 1 else "items need"
        if overdue:
            return f"{count} health {noun} clinical review ({overdue} overdue or never reviewed)"
        return f"{count} health {noun} clinical review soon"

    def body(self, owner, items, days) -> str:
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        name = owner.get_full_name() or owner.get_username()
        lines = [
            f"Hello {name},",
            "",
            "These health pages, FAQs or myth cards of yours are overdue for their "
            f"clinical review, due in the next {days} days, have never been reviewed, "
            "or are translations whose original has changed:",
            "",
        ]
        for item in items:
            reviewer = f"; last reviewed by {item.reviewer}" if item.reviewer else ""
            lines += [
                f"- {item.title}: {item.status_text}{reviewer}",
                f"  {base}{item.edit_url}",
            ]
        lines += [
            "",
            "Please ask a clinical reviewer to check each one. Pages stay online while they are "
            "reviewed; patients see a note that the page is being reviewed once it is overdue, "
            "and a note in a translation whose original has changed.",
            "",
            f"All reviews due: {base}{reverse('review_due_report')}",
        ]
        return "\n".join(lines)
