"""Reports › Page feedback: per page, how many readers found it helpful."""

from django.db.models import Count, Max, Q
from django.urls import reverse
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy

from .models import PageFeedback

RECENT_COMMENTS_SHOWN = 3


class FeedbackReportView(ReportView):
    """Per page: how many readers found it helpful, and their latest comments."""

    page_title = "Page feedback"
    header_icon = "help"
    index_url_name = "page_feedback_report"
    index_results_url_name = "page_feedback_report_results"
    permission_policy = ModelPermissionPolicy(PageFeedback)
    any_permission_required = ["view"]
    paginate_by = 100
    columns = [
        TitleColumn(
            "title",
            label="Page",
            get_url=lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk]),
        ),
        Column("yes", label="Yes"),
        Column("no", label="No"),
        Column("percent_helpful", label="Found it helpful"),
        Column("recent_comments_text", label="Recent comments"),
    ]
    list_export = ["title", "yes", "no", "percent_helpful", "recent_comments_text"]
    export_headings = {
        "title": "Page",
        "yes": "Yes",
        "no": "No",
        "percent_helpful": "Found it helpful",
        "recent_comments_text": "Recent comments",
    }

    def get_queryset(self):
        return feedback_summary()


def feedback_summary() -> list[Page]:
    """Pages with feedback, most recent first, each with yes, no, % helpful and
    its latest comments. Three queries, however many pages and votes."""
    pages = list(
        Page.objects.annotate(
            yes=Count("feedback", filter=Q(feedback__helpful=True)),
            no=Count("feedback", filter=Q(feedback__helpful=False)),
            latest=Max("feedback__created_at"),
        )
        .filter(latest__isnull=False)
        .order_by("-latest", "title")
    )
    comments: dict[int, list[str]] = {}
    recent = (
        PageFeedback.objects.filter(page__in=pages)
        .exclude(comment="")
        .order_by("-created_at")
        .values_list("page_id", "comment")
    )
    for page_id, comment in recent.iterator():
        found = comments.setdefault(page_id, [])
        if len(found) < RECENT_COMMENTS_SHOWN:
            found.append(comment)
    for page in pages:
        total = page.yes + page.no
        page.percent_helpful = f"{round(100 * page.yes / total)}%"
        page.recent_comments = comments.get(page.pk, [])
        page.recent_comments_text = (
            " / ".join(f"“{comment}”" for comment in page.recent_comments) or "—"
        )
    return pages
