"""The editor's Checks panel gets the contact details rule and reading age advice."""

from wagtail import hooks
from wagtail.admin.userbar import ContentCheckerItem
from wagtail.log_actions import LogFormatter

from .checking import REFUSED_ACTION
from .content_checks import ClinicContentChecks, reading_level
from .models import ContactRuleMixin


@hooks.register("construct_wagtail_userbar")
def add_clinic_content_checks(request, items, page):
    if not isinstance(page, ContactRuleMixin):
        return
    for index, item in enumerate(items):
        if isinstance(item, ContentCheckerItem):
            items[index] = ClinicContentChecks(
                page.contact_rule_places(),
                reading_level(page),
                in_editor=item.in_editor,
            )


@hooks.register("register_log_actions")
def register_refusal_action(actions):
    @actions.register_action(REFUSED_ACTION)
    class PublicationRefused(LogFormatter):
        label = "Publication refused: contact details"

        def format_message(self, log_entry):
            return log_entry.data.get("message", "")
