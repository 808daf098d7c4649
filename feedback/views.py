"""'Was this page helpful?': an anonymous vote and an optional comment.

The Yes/No buttons sit on every health page, and those pages are cached whole for
anonymous readers, so the vote form carries no CSRF token: the vote view is
csrf_exempt, rate-limited and honeypotted, only records an anonymous answer and
redirects (POST/redirect/GET) to a never-cached page with the optional comment form,
which is CSRF-protected. A signed, short-lived token in that page's address ties
the comment to the vote without cookies or sessions.
"""

import contextlib

from django import forms
from django.core import signing
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from wagtail.models import Page

from security.protection import HoneypotFormMixin, honeypot_tripped, is_rate_limited
from security.validators import validate_multi_line

from .models import PageFeedback

COMMENT_MAX_LENGTH = 500
# Per client address and hour: plenty for a person reading several pages.
VOTES_PER_HOUR = 20
COMMENTS_PER_HOUR = 10
# Named when this lived in home; kept so comment links sent before an upgrade still work.
TOKEN_SALT = "home.feedback.comment"
TOKEN_MAX_AGE = 60 * 60


class FeedbackCommentForm(HoneypotFormMixin, forms.Form):
    comment = forms.CharField(
        label=gettext_lazy("Anything to add?"),
        help_text=format_lazy(
            gettext_lazy(
                "Up to {count} characters. Tell us what was missing or unclear. "
                "Do not include your name, contact details or anything about your own health: "
                "comments are anonymous and we cannot reply to them."
            ),
            count=COMMENT_MAX_LENGTH,
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


def language_of(page: Page | None):
    """The follow-up pages speak the language of the page the reader rated
    (their addresses have no language prefix)."""
    if page is None:
        return contextlib.nullcontext()
    return translation.override(page.locale.language_code)


def _problem(request, message: str, status: int) -> HttpResponse:
    return render(request, "feedback/problem.html", {"message": message}, status=status)


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
            _(
                "We could not record your answer because the form was incomplete. "
                "Please go back to the page and choose Yes or No."
            ),
            400,
        )
    if is_rate_limited(request, "feedback-vote", VOTES_PER_HOUR, 60 * 60):
        with language_of(page):
            return _problem(
                request,
                _(
                    "We have had a lot of answers from your connection in the last hour, "
                    "so this one was not recorded. Please try again later."
                ),
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
            _(
                "This comment link has expired or is not complete. Your Yes or No answer "
                "was still recorded. Thank you."
            ),
            400,
        )
    with language_of(feedback.page):
        return _comment(request, feedback)


def _comment(request, feedback: PageFeedback) -> HttpResponse:
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
                _(
                    "We have had a lot of comments from your connection in the last hour, so this "
                    "one was not saved. Your Yes or No answer was recorded. Thank you."
                ),
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
        "feedback/comment.html",
        {"form": form, "feedback": feedback, "feedback_page": feedback.page},
    )


@never_cache
@require_GET
def feedback_thanks(request):
    page_id = request.GET.get("page", "")
    page = live_page(page_id)
    with language_of(page):
        return render(request, "feedback/thanks.html", {"feedback_page": page})
