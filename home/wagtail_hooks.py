"""Admin additions: clinical review history entries, the review-due report and
dashboard panel, who reads form submissions, the page feedback report and the
two-factor code page."""

from django import forms
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.contrib.forms.models import FormMixin
from wagtail.log_actions import LogFormatter
from wagtail.permissions import page_permission_policy
from wagtail_2fa.forms import TokenForm
from wagtail_2fa.views import LoginView as TwoFactorLoginView

from .cache import mark_cacheable
from .feedback import FeedbackReportView
from .models import CLINICAL_REVIEW_ACTION, MINOR_EDIT_ACTION
from .permissions import RECEPTION_GROUP, can_read_submissions, grant_form_page
from .review_due import DUE_SOON_DAYS, ReviewDueReportView, pages_due_for_review

# Pages served by Wagtail may go into the page cache (home/cache.py).
hooks.register("before_serve_page", mark_cacheable)


@hooks.register("register_log_actions")
def register_review_actions(actions):
    @actions.register_action(CLINICAL_REVIEW_ACTION)
    class ClinicalReview(LogFormatter):
        label = "Clinical review"

        def format_message(self, log_entry):
            data = log_entry.data
            return (
                f"Clinically reviewed by {data.get('reviewer', 'a reviewer')}: "
                f"last reviewed {data.get('last_reviewed', '')}, "
                f"next review due {data.get('next_review_due', '')}"
            )

    @actions.register_action(MINOR_EDIT_ACTION)
    class MinorEdit(LogFormatter):
        label = "Minor non-clinical edit"

        def format_message(self, log_entry):
            return (
                "Published as a minor, non-clinical edit: review dates kept "
                f"(last reviewed {log_entry.data.get('last_reviewed') or 'never'})"
            )


@hooks.register("filter_form_submissions_for_user")
def only_reception_reads_form_submissions(user, form_pages):
    """Editors may edit form pages but not read what patients sent through them."""
    return form_pages if can_read_submissions(user) else form_pages.none()


@hooks.register("after_create_page")
def let_reception_read_new_form_pages(request, page):
    if isinstance(page.specific, FormMixin):
        from django.contrib.auth.models import Group

        group = Group.objects.filter(name=RECEPTION_GROUP).first()
        if group:
            grant_form_page(group, page)


@hooks.register("register_admin_urls")
def register_review_due_report_urls():
    view = ReviewDueReportView
    return [
        path("reports/review-due/", view.as_view(), name="review_due_report"),
        path(
            "reports/review-due/results/",
            view.as_view(results_only=True),
            name="review_due_report_results",
        ),
    ]


class ReviewDueReportMenuItem(MenuItem):
    def is_shown(self, request):
        return page_permission_policy.user_has_any_permission(
            request.user, ["add", "change", "publish"]
        )


@hooks.register("register_reports_menu_item")
def register_review_due_report_menu_item():
    return ReviewDueReportMenuItem(
        "Clinical reviews due",
        reverse("review_due_report"),
        icon_name="time",
        order=150,
    )


class ReviewDuePanel(Component):
    """Dashboard panel: the most urgent clinical reviews, linking to the full report."""

    name = "review_due"
    order = 90
    template_name = "home/admin/review_due_panel.html"
    shown = 8

    def get_context_data(self, parent_context):
        items = pages_due_for_review(DUE_SOON_DAYS)
        return {
            "items": items[: self.shown],
            "more": max(0, len(items) - self.shown),
            "report_url": reverse("review_due_report"),
            "days": DUE_SOON_DAYS,
        }


@hooks.register("construct_homepage_panels")
def add_review_due_panel(request, panels):
    if page_permission_policy.user_has_any_permission(
        request.user, ["add", "change", "publish"]
    ):
        panels.append(ReviewDuePanel())


@hooks.register("register_admin_urls")
def register_feedback_report_urls():
    view = FeedbackReportView
    return [
        path("reports/page-feedback/", view.as_view(), name="page_feedback_report"),
        path(
            "reports/page-feedback/results/",
            view.as_view(results_only=True),
            name="page_feedback_report_results",
        ),
    ]


class FeedbackReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("home.view_pagefeedback")


@hooks.register("register_reports_menu_item")
def register_feedback_report_menu_item():
    return FeedbackReportMenuItem(
        "Page feedback",
        reverse("page_feedback_report"),
        icon_name="help",
        order=160,
    )


@hooks.register("register_permissions")
def register_feedback_permissions():
    """Lets an administrator give a group 'Can view page feedback' in Settings › Groups."""
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(
        content_type__app_label="home", codename="view_pagefeedback"
    )


class DeviceTokenForm(TokenForm):
    """wagtail-2fa's code form, also saying which device the code is from.

    django-otp 1.7.1+ checks a code only against the chosen device (otp_device);
    wagtail-2fa 1.8 does not send one, so no code was ever accepted. The code page
    (templates/wagtail_2fa/otp_form_v6.html) now sends the user's device.
    """

    otp_device = forms.CharField(required=False, widget=forms.HiddenInput)


class DeviceTokenLoginView(TwoFactorLoginView):
    form_class = DeviceTokenForm


@hooks.register("register_admin_urls", order=-1)
def two_factor_code_page():
    # Same path and name as wagtail-2fa's page, listed first so it answers instead.
    return [path("2fa/auth", DeviceTokenLoginView.as_view(), name="wagtail_2fa_auth")]
