"""Clinical review in the admin: history entries, the review-due report and
the dashboard panel."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from modelcluster.contrib.taggit import ClusterTaggableManager
from wagtail import hooks
from wagtail.actions.publish_revision import PublishPermissionError
from wagtail.admin.compare import register_comparison_class
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.log_actions import LogFormatter
from wagtail.permissions import page_permission_policy

from .bulk_publish import PublishEachBulkAction
from .compare import TopicsComparison
from .due import DUE_SOON_DAYS, ReviewDueReportView, due_for_review
from .publishing import (
    CLINICAL_REVIEW_ACTION,
    MINOR_EDIT_ACTION,
    REFUSAL,
    SCHEDULE_REFUSED_ACTION,
    may_publish,
    needs_review,
)
from .translations import (
    contact_details_refusal,
    submit_for_review,
    synced_translation,
)

# The button added to wagtail-localize's translation editor
# (templates/wagtail_localize/admin/edit_translation.html).
SUBMIT_TRANSLATION = "clinic-submit-translation"


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

    @actions.register_action(SCHEDULE_REFUSED_ACTION)
    class ScheduleRefused(LogFormatter):
        label = "Publication refused: clinical review"

        def format_message(self, log_entry):
            return log_entry.data.get("message", "")

    @actions.register_action(MINOR_EDIT_ACTION)
    class MinorEdit(LogFormatter):
        label = "Minor non-clinical edit"

        def format_message(self, log_entry):
            return (
                "Published as a minor, non-clinical edit: review dates kept "
                f"(last reviewed {log_entry.data.get('last_reviewed') or 'never'})"
            )


def refuse_unreviewed_publication(request, obj, edit_url):
    """Keep the saved draft and say why, instead of publishing health content unreviewed."""
    if may_publish(request.user, obj):
        return None
    messages.error(request, f"Saved as a draft but not published. {REFUSAL}")
    return redirect(edit_url)


@hooks.register("before_publish_page")
def refuse_page_publication(request, page):
    return refuse_unreviewed_publication(
        request, page, reverse("wagtailadmin_pages:edit", args=[page.pk])
    )


@hooks.register("before_publish")
def refuse_snippet_publication(request, obj):
    return refuse_unreviewed_publication(
        request, obj, reverse(obj.snippet_viewset.get_url_name("edit"), args=[obj.pk])
    )


def translation_editor_action(request, obj):
    """Publish or submit from wagtail-localize's editor, which takes over a translation's edit view.

    Registered before wagtail-localize's own hook: a refused "Publish" gets the
    review rule's sentence instead of an error page, or the contact details
    rule's fields and texts instead of wagtail-localize's "New validation errors
    were found", and "Submit for clinical review" starts the workflow
    wagtail-localize's editor has no button for.
    """
    if request.method != "POST":
        return None
    translation = synced_translation(obj)
    if translation is None:
        return None
    if request.POST.get("action") == "publish":
        if not may_publish(request.user, obj):
            messages.error(request, f"Not published. {REFUSAL}")
            return redirect(request.path)
        # wagtail-localize would only say "New validation errors were found".
        if refused := contact_details_refusal(translation):
            messages.error(request, f"Not published. {refused.details()}")
            return redirect(request.path)
    if needs_review(obj) and SUBMIT_TRANSLATION in request.POST:
        try:
            messages.success(request, submit_for_review(translation, request.user))
        except PublishPermissionError as error:
            messages.error(request, str(error))
        return redirect(request.path)
    return None


hooks.register("before_edit_page", translation_editor_action, order=-1)
hooks.register("before_edit_snippet", translation_editor_action, order=-1)


register_comparison_class(ClusterTaggableManager, comparison_class=TopicsComparison)

# After Wagtail's own (order 0), so that this one takes its place.
hooks.register("register_bulk_action", PublishEachBulkAction, order=1)


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


def can_see_reviews_due(user) -> bool:
    return page_permission_policy.user_has_any_permission(
        user, ["add", "change", "publish"]
    )


class ReviewDueReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_reviews_due(request.user)


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
    template_name = "reviews/admin/review_due_panel.html"
    shown = 8

    def get_context_data(self, parent_context):
        items = due_for_review(DUE_SOON_DAYS)
        return {
            "items": items[: self.shown],
            "more": max(0, len(items) - self.shown),
            "report_url": reverse("review_due_report"),
            "days": DUE_SOON_DAYS,
        }


@hooks.register("construct_homepage_panels")
def add_review_due_panel(request, panels):
    if can_see_reviews_due(request.user):
        panels.append(ReviewDuePanel())


class ReviewAgainstLivePanel(WorkflowObjectsToModeratePanel):
    """ "Awaiting your review", comparing each submission with what patients see now.

    Wagtail also offers "Compare with previous version": the editor's last
    draft, often identical, which told reviewers there were no differences.
    Where something is live, the reviewer compares with the live version only.
    """

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        for state in context["states"]:
            if state["obj"].live:
                # "live" is the compare view's name for the live version.
                state["live_revision_id"] = state["live_revision_id"] or "live"
                state["previous_revision_id"] = None
        return context


@hooks.register("construct_homepage_panels")
def compare_submissions_with_live(request, panels):
    panels[:] = [
        ReviewAgainstLivePanel()
        if panel.name == WorkflowObjectsToModeratePanel.name
        else panel
        for panel in panels
    ]
