"""Bulk publish in the page listing, one page at a time.

Wagtail's own action publishes the selection in one transaction, so a single
page the review rule or the contact details rule refuses stopped the whole
batch, and only that page was named. This one (registered in wagtail_hooks.py
with Wagtail's action type, so it takes the place of Wagtail's) publishes each
selected page, and each draft descendant if asked, on its own: pages nothing
refuses go live, and the messages name every page that did not with its reason.
"""

from django.contrib import messages
from django.db import transaction
from wagtail.actions.publish_revision import PublishPermissionError
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction

from contactrules.checking import ContactDetailsRefused


def quoted(titles) -> str:
    return ", ".join(f"“{title}”" for title in titles)


def publish_one(page, user) -> str:
    """Publish `page`'s latest draft as `user`; the reason it was refused, or ""."""
    try:
        with transaction.atomic():  # a refusal leaves nothing of this page half done
            revision = page.get_latest_revision() or page.specific.save_revision(
                user=user
            )
            revision.publish(user=user)
    except ContactDetailsRefused as refused:
        return refused.details()
    except PublishPermissionError as refused:
        return str(refused)
    return ""


class PublishEachBulkAction(PublishBulkAction):
    """Wagtail's bulk Publish, except that a refused page no longer stops the rest."""

    @classmethod
    def execute_action(cls, objects, include_descendants=False, user=None, **kwargs):
        published, refused = [], {}  # refused: reason -> titles

        def publish(page):
            if reason := publish_one(page, user):
                refused.setdefault(reason, []).append(page.get_admin_display_title())
            else:
                published.append(page.get_admin_display_title())

        for page in objects:
            publish(page)
            if include_descendants:
                drafts = page.get_descendants().not_live().specific().iterator()
                for descendant in drafts:
                    if (
                        user is None
                        or descendant.permissions_for_user(user).can_publish()
                    ):
                        publish(descendant)
        # Wagtail passes what this returns to get_success_message.
        return published, refused

    def get_success_message(self, published, refused):
        if published:
            messages.success(self.request, f"Published: {quoted(published)}.")
        for reason, titles in refused.items():
            messages.error(self.request, f"Not published: {quoted(titles)}. {reason}")
        return None
