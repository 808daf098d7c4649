"""Reports › Page feedback, and its permission in Settings › Groups."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .report import FeedbackReportView


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
        return request.user.has_perm("feedback.view_pagefeedback")


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
    return Permission.objects.filter(
        content_type__app_label="feedback", codename="view_pagefeedback"
    )
