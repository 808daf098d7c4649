"""Admin additions: how clinical reviews read in a page's history, and who reads
form submissions."""

from wagtail import hooks
from wagtail.contrib.forms.models import FormMixin
from wagtail.log_actions import LogFormatter

from .models import CLINICAL_REVIEW_ACTION, MINOR_EDIT_ACTION
from .permissions import RECEPTION_GROUP, can_read_submissions, grant_form_page


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
