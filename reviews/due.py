"""Which health pages need their clinical review: the admin report, dashboard and reminders.

A translation needs one when it is overdue like any page, and also as soon as
its original has had a clinical review newer than the version it was made from.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page, get_page_models
from wagtail.permissions import page_permission_policy

from .models import ReviewedPageMixin, behind_original, default_language

DUE_SOON_DAYS = 30


@dataclass
class DuePage:
    """A live health page whose clinical review is overdue, due soon or has never happened."""

    page: Page
    status: str
    original_updated: datetime.date | None = None

    @property
    def title(self) -> str:
        if self.page.locale.language_code == default_language():
            return self.page.title
        return f"{self.page.title} ({self.page.locale.get_display_name()})"

    @property
    def next_review_due(self) -> datetime.date | None:
        return self.page.next_review_due

    @property
    def owner(self):
        return self.page.owner

    @property
    def reviewer(self):
        return self.page.reviewer

    @property
    def status_text(self) -> str:
        if self.status == "not_reviewed":
            return "Not yet reviewed"
        if self.status == "original_updated":
            when = self.original_updated.strftime("%-d %B %Y")
            return f"Original updated on {when}: check the translation"
        when = self.next_review_due.strftime("%-d %B %Y")
        return f"Overdue since {when}" if self.status == "overdue" else f"Due {when}"


def reviewed_page_models() -> list[type[Page]]:
    return [
        model
        for model in get_page_models()
        if issubclass(model, ReviewedPageMixin) and not model._meta.abstract
    ]


def pages_due_for_review(
    days: int = DUE_SOON_DAYS, today: datetime.date | None = None
) -> list[DuePage]:
    """Live health pages never reviewed, overdue, or due within `days`; most urgent first."""
    today = today or timezone.localdate()
    horizon = today + datetime.timedelta(days=days)
    found = []
    for model in reviewed_page_models():
        behind = translations_behind(model)
        pages = (
            model.objects.live()
            .filter(
                Q(next_review_due__isnull=True)
                | Q(next_review_due__lte=horizon)
                | Q(pk__in=behind)
            )
            .select_related("owner", "reviewer", "locale")
        )
        for page in pages:
            if page.pk in behind:
                found.append(DuePage(page, "original_updated", behind[page.pk]))
                continue
            if page.next_review_due is None:
                status = "not_reviewed"
            elif page.next_review_due < today:
                status = "overdue"
            else:
                status = "due_soon"
            found.append(DuePage(page, status))
    return sorted(
        found,
        key=lambda item: (
            item.status != "original_updated",
            item.next_review_due or datetime.date.min,
            item.title,
        ),
    )


def translations_behind(model) -> dict[int, datetime.date]:
    """Live translations of `model` whose original was reviewed after they were made from it.

    (One never reviewed as a translation is listed as "Not yet reviewed" instead.)

    {translation's pk: the original's last review}.
    """
    originals = dict(
        model.objects.filter(
            locale__language_code=default_language(), last_reviewed__isnull=False
        ).values_list("translation_key", "last_reviewed")
    )
    translations = (
        model.objects.live()
        .exclude(locale__language_code=default_language())
        .filter(alias_of__isnull=True, translation_key__in=originals)
        .values_list("pk", "translation_key", "translated_from_reviewed")
    )
    return {
        pk: originals[key]
        for pk, key, made_from in translations
        if made_from is not None and behind_original(made_from, originals[key])
    }


def _person(user) -> str:
    if user is None:
        return "—"
    return user.get_full_name() or user.get_username()


class ReviewDueReportView(ReportView):
    """Health pages that are overdue for clinical review or due within 30 days."""

    page_title = "Clinical reviews due"
    header_icon = "time"
    index_url_name = "review_due_report"
    index_results_url_name = "review_due_report_results"
    permission_policy = page_permission_policy
    any_permission_required = ["add", "change", "publish"]
    paginate_by = 100
    columns = [
        TitleColumn(
            "title",
            label="Page",
            get_url=lambda item: reverse(
                "wagtailadmin_pages:edit", args=[item.page.pk]
            ),
        ),
        Column("status_text", label="Review"),
        Column("owner_name", label="Owner"),
        Column("reviewer_name", label="Last reviewed by"),
    ]
    list_export = [
        "title",
        "status_text",
        "next_review_due",
        "owner_name",
        "reviewer_name",
    ]
    export_headings = {
        "title": "Page",
        "status_text": "Review",
        "next_review_due": "Next review due",
        "owner_name": "Owner",
        "reviewer_name": "Last reviewed by",
    }

    def get_queryset(self):
        items = pages_due_for_review(DUE_SOON_DAYS)
        for item in items:
            item.owner_name = _person(item.owner)
            item.reviewer_name = str(item.reviewer) if item.reviewer else "—"
        return items
