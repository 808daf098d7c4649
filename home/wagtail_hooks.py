"""Admin additions: how clinical reviews read in a page's history."""

from wagtail import hooks
from wagtail.log_actions import LogFormatter

from .models import CLINICAL_REVIEW_ACTION, MINOR_EDIT_ACTION


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
