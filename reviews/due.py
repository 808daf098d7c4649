"""Which health pages need their clinical review: the admin report, dashboard and reminders."""

import datetime
from dataclasses import dataclass

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page, get_page_models
from wagtail.permissions import page_permission_policy

from .models import ReviewedPageMixin

DUE_SOON_DAYS = 30


@dataclass
class DuePage:
    """A live health page whose clinical review is overdue, due soon or has never happened."""

    page: Page
    status: str

    @property
    def title(self) -> str:
        return self.page.title

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
        pages = (
            model.objects.live()
            .filter(Q(next_review_due__isnull=True) | Q(next_review_due__lte=horizon))
            .select_related("owner", "reviewer")
        )
        for page in pages:
            if page.next_review_due is None:
                status = "not_reviewed"
            elif page.next_review_due < today:
                status = "overdue"
            else:
                status = "due_soon"
            found.append(DuePage(page, status))
    return sorted(
        found,
        key=lambda item: (item.next_review_due or datetime.date.min, item.title),
    )


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
