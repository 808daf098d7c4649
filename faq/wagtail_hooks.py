"""FAQs and myth cards in the admin: their history entries."""

from wagtail import hooks
from wagtail.log_actions import LogFormatter

# The data migration faq 0010 logs this when it gives an FAQ or myth card made
# before they had drafts its first revision.
INITIAL_REVISION_ACTION = "clinic.faq.initial_revision"


@hooks.register("register_log_actions")
def register_initial_revision_action(actions):
    @actions.register_action(INITIAL_REVISION_ACTION)
    class InitialRevision(LogFormatter):
        label = "Version recorded on upgrade"

        def format_message(self, log_entry):
            return (
                "Version recorded on upgrade: the version patients saw before FAQs "
                "and myth cards had drafts, to compare with and revert to"
            )
