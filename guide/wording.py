"""Buttons and messages that say what a clinical reviewer's action records.

Most of Wagtail's wording is replaced in locale/en (clinical review rather than
moderation); what depends on who is acting and on which page is set here.
"""

import copy
from html import unescape

from django.contrib import messages
from django.utils.html import format_html
from django.utils.translation import gettext

from reviews.models import ReviewedPageMixin, ReviewStampMixin
from reviews.publishing import reviewer_for


def stamp_words(page, user) -> str | None:
    """What publishing `page` now does to its review stamp, as a button's end.

    Follows reviews.publishing: only a user linked to a Reviewer may publish
    health content (None: the button is not offered); a minor edit keeps the
    review dates; otherwise they are recorded as reviewing it today.
    """
    reviewer = reviewer_for(user)
    if reviewer is None:
        return None
    if getattr(page, "minor_edit", False):
        return "as a minor edit (review dates kept)"
    return f"as reviewed by {reviewer.name} today"


def relabel_publishing(menu_items, request, context):
    """The editor's menu (pages, FAQs, myth cards) says what publishing records."""
    # A page's editor passes "page", a snippet's "instance" (none yet for a new one).
    page = context.get("page") or context.get("instance")
    if page is None and (model := context.get("model")) is not None:
        page = model()
    if not isinstance(page, ReviewStampMixin):
        return
    words = stamp_words(page, request.user)
    for index, item in reversed(list(enumerate(menu_items))):
        publishes = item.name == "action-publish" or (
            item.name == "approve" and str(item.label).endswith("and publish")
        )
        if not publishes:
            continue
        if words is None:
            # Publishing would be refused: only clinical reviewers publish health pages.
            del menu_items[index]
            continue
        if item.name == "action-publish":
            label = f"Publish {words}"
        else:
            label = f"{item.label} {words}"
        # Wagtail shares one instance of each base menu item between requests.
        menu_items[index] = copy.copy(item)
        menu_items[index].label = label


def say_what_the_review_did(request, page):
    """After "Approve" or "Request changes", say so instead of "has been saved"."""
    if not request.POST.get("action-workflow-action"):
        return
    action = request.POST.get("workflow-action-name")
    page = page.specific
    if action == "approve":
        page.refresh_from_db()
        if page.live and not page.has_unpublished_changes:
            text = "Page '{}' approved and published."
            if isinstance(page, ReviewedPageMixin) and page.reviewer_id:
                text = "Page '{}' approved and published. Review stamp: {}, last reviewed {}."
        else:
            text = "Page '{}' approved; it goes to the next step of its review."
    elif action == "reject":
        text = "Page '{}' sent back to its author for changes; it stays as it was on the site."
    else:
        return
    stamp = [str(getattr(page, "reviewer", "") or ""), ""]
    if getattr(page, "last_reviewed", None):
        stamp[1] = page.last_reviewed.strftime("%-d %B %Y")
    saved = gettext("Page '%(page_title)s' has been updated.") % {
        "page_title": page.get_admin_display_title()
    }
    storage = messages.get_messages(request)
    kept = [m for m in storage if saved not in unescape(str(m.message))]
    for message in kept:  # iterating marked them all read: keep the others
        messages.add_message(
            request, message.level, message.message, extra_tags=message.extra_tags
        )
    messages.success(request, format_html(text, page.get_admin_display_title(), *stamp))
