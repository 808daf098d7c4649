"""'Was this page helpful?': an anonymous vote, an optional comment and the admin report.

The Yes/No buttons sit on every health page, and those pages are cached whole for
anonymous readers, so the vote form carries no CSRF token: the vote view is
csrf_exempt, rate-limited and honeypotted, only records an anonymous answer and
redirects (POST/redirect/GET) to a never-cached page with the optional comment form,
which is CSRF-protected. A signed, short-lived token in that page's address ties
the comment to the vote without cookies or sessions.
"""

from django import forms
from django.core import signing
from django.db.models import Count, Max, Q
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy

from .forms import validate_multi_line
from .models import PageFeedback
from .protection import HoneypotFormMixin, honeypot_tripped, is_rate_limited

COMMENT_MAX_LENGTH = 500
# Per client address and hour: plenty for a person reading several pages.
VOTES_PER_HOUR = 20
COMMENTS_PER_HOUR = 10
TOKEN_SALT = "home.feedback.comment"
TOKEN_MAX_AGE = 60 * 60
RECENT_COMMENTS_SHOWN = 3


class FeedbackCommentForm(HoneypotFormMixin, forms.Form):
    comment = forms.CharField(
        label="Anything to add?",
        help_text=(
            f"Up to {COMMENT_MAX_LENGTH} characters. Tell us what was missing or unclear. "
            "Do not include your name, contact details or anything about your own health: "
            "comments are anonymous and we cannot reply to them."
        ),
        required=False,
        max_length=COMMENT_MAX_LENGTH,
        validators=[validate_multi_line],
        widget=forms.Textarea(attrs={"rows": 5}),
    )


def comment_token(feedback: PageFeedback) -> str:
    return signing.dumps(feedback.pk, salt=TOKEN_SALT)


def feedback_for_token(token: str) -> PageFeedback | None:
    """The vote a comment link belongs to, or None if the link is wrong or too old."""
    try:
        pk = signing.loads(token, salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE)
    except signing.BadSignature:
        return None
    return PageFeedback.objects.select_related("page").filter(pk=pk).first()


def live_page(page_id: str) -> Page | None:
    """The live, public page with this id, or None for anything else.

    isascii: "²".isdigit() is True but int("²") fails; and an id past the
    database's integer range is refused before it reaches the query.
    """
    if not (page_id.isascii() and page_id.isdigit() and len(page_id) < 10):
        return None
    return Page.objects.live().public().filter(pk=int(page_id)).first()


def _problem(request, message: str, status: int) -> HttpResponse:
    return render(
        request, "home/feedback_problem.html", {"message": message}, status=status
    )


@csrf_exempt
@never_cache
@require_POST
def feedback_vote(request):
    """Record a Yes/No vote and go on to the optional comment."""
    if honeypot_tripped(request.POST):
        return redirect("page_feedback_thanks")
    helpful = {"yes": True, "no": False}.get(request.POST.get("helpful", ""))
    page_id = request.POST.get("page", "")
    page = live_page(page_id)
    if page is None or helpful is None:
        return _problem(
            request,
            "We could not record your answer because the form was incomplete. "
            "Please go back to the page and choose Yes or No.",
            400,
        )
    if is_rate_limited(request, "feedback-vote", VOTES_PER_HOUR, 60 * 60):
        return _problem(
            request,
            "We have had a lot of answers from your connection in the last hour, so this one "
            "was not recorded. Please try again later.",
            429,
        )
    feedback = PageFeedback.objects.create(page=page, helpful=helpful)
    return redirect("page_feedback_comment", token=comment_token(feedback))


@never_cache
@csrf_protect
@require_http_methods(["GET", "POST"])
def feedback_comment(request, token: str):
    """The optional comment after a vote, on a page that is never cached."""
    feedback = feedback_for_token(token)
    if feedback is None:
        return _problem(
            request,
            "This comment link has expired or is not complete. Your Yes or No answer "
            "was still recorded. Thank you.",
            400,
        )
    thanks = f"{reverse('page_feedback_thanks')}?page={feedback.page_id}"
    if feedback.comment:
        return redirect(thanks)
    form = FeedbackCommentForm(request.POST or None)
    if request.method == "POST":
        if form.honeypot_tripped:
            return redirect(thanks)
        if is_rate_limited(request, "feedback-comment", COMMENTS_PER_HOUR, 60 * 60):
            return _problem(
                request,
                "We have had a lot of comments from your connection in the last hour, so this "
                "one was not saved. Your Yes or No answer was recorded. Thank you.",
                429,
            )
        if form.is_valid():
            comment = form.cleaned_data["comment"].strip()
            if comment:
                feedback.comment = comment
                feedback.save(update_fields=["comment"])
            return redirect(thanks)
    return render(
        request,
        "home/feedback_comment.html",
        {"form": form, "feedback": feedback, "feedback_page": feedback.page},
    )


@never_cache
@require_GET
def feedback_thanks(request):
    page_id = request.GET.get("page", "")
    page = live_page(page_id)
    return render(request, "home/feedback_thanks.html", {"feedback_page": page})


# The admin report


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
