"""What health content needs its clinical review: the admin report, dashboard and reminders.

Health pages, and the health snippets of Wagtail's snippet registry (FAQs and
myth cards: any registered snippet model with a review stamp and drafts, so
this app never imports them). Each is listed when its review is overdue, due
soon or has never happened; a translation also as soon as its original has had
a clinical review newer than the version it was made from ("Original updated
on …: check the translation"), and those come first.
"""

import datetime
from dataclasses import dataclass
from functools import cached_property

from django.db.models import Q
from django.utils import timezone
from django.utils.text import capfirst
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import DraftStateMixin, Page, get_page_models
from wagtail.permissions import page_permission_policy
from wagtail.snippets.models import get_snippet_models

from .models import (
    ReviewedPageMixin,
    ReviewStampMixin,
    behind_original,
    default_language,
)

DUE_SOON_DAYS = 30


@dataclass
class DueItem:
    """Live health content (a page, FAQ or myth card) whose clinical review is
    overdue, due soon, has never happened, or whose original has changed since."""

    obj: ReviewStampMixin
    status: str
    original_updated: datetime.date | None = None

    @property
    def is_page(self) -> bool:
        return isinstance(self.obj, Page)

    @property
    def title(self) -> str:
        name = str(self.obj.title if self.is_page else self.obj)
        if not self.is_page:
            name = f"{capfirst(self.obj._meta.verbose_name)}: {name}"
        if self.obj.locale.language_code == default_language():
            return name
        return f"{name} ({self.obj.locale.get_display_name()})"

    @cached_property
    def edit_url(self) -> str:
        """The page editor, or the snippet's edit view."""
        return AdminURLFinder().get_edit_url(self.obj)

    @property
    def next_review_due(self) -> datetime.date | None:
        return self.obj.next_review_due

    @property
    def owner(self):
        """The page's owner; for a snippet (which has none), whoever last edited it."""
        if self.is_page:
            return self.obj.owner
        revision = self.obj.latest_revision
        return revision.user if revision is not None else None

    @property
    def reviewer(self):
        return self.obj.reviewer

    @property
    def status_text(self) -> str:
        if self.status == "not_reviewed":
            return "Not yet reviewed"
        if self.status == "original_updated":
            when = self.original_updated.strftime("%-d %B %Y")
            return f"Original updated on {when}: check the translation"
        when = self.next_review_due.strftime("%-d %B %Y")
        return f"Overdue since {when}" if self.status == "overdue" else f"Due {when}"


def reviewed_page_models() -> list[type[Page]]:
    return [
        model
        for model in get_page_models()
        if issubclass(model, ReviewedPageMixin) and not model._meta.abstract
    ]


def reviewed_snippet_models() -> list[type]:
    """Registered snippets that are health content with drafts (FAQs, myth cards)."""
    return [
        model
        for model in get_snippet_models()
        if issubclass(model, ReviewStampMixin) and issubclass(model, DraftStateMixin)
    ]


def _live(model):
    """What patients may see of `model`, with what the report shows of each."""
    if issubclass(model, Page):
        return model.objects.live().select_related("owner", "reviewer", "locale")
    return model.objects.filter(live=True).select_related(
        "reviewer", "locale", "latest_revision__user"
    )


def due_for_review(
    days: int = DUE_SOON_DAYS, today: datetime.date | None = None
) -> list[DueItem]:
    """Live health pages, FAQs and myth cards never reviewed, overdue, due within
    `days` or behind their original; translations behind first, then most urgent."""
    today = today or timezone.localdate()
    horizon = today + datetime.timedelta(days=days)
    found = []
    for model in [*reviewed_page_models(), *reviewed_snippet_models()]:
        behind = translations_behind(model)
        items = _live(model).filter(
            Q(next_review_due__isnull=True)
            | Q(next_review_due__lte=horizon)
            | Q(pk__in=behind)
        )
        for obj in items:
            if obj.pk in behind:
                found.append(DueItem(obj, "original_updated", behind[obj.pk]))
                continue
            if obj.next_review_due is None:
                status = "not_reviewed"
            elif obj.next_review_due < today:
                status = "overdue"
            else:
                status = "due_soon"
            found.append(DueItem(obj, status))
    return sorted(
        found,
        key=lambda item: (
            item.status != "original_updated",
            item.next_review_due or datetime.date.min,
            item.title,
        ),
    )


def translations_behind(model) -> dict[int, datetime.date]:
    """Live translations of `model` whose original was reviewed after they were made from it.

    (One never reviewed as a translation is listed as "Not yet reviewed" instead.)

    {translation's pk: the original's last review}.
    """
    originals = dict(
        model.objects.filter(
            locale__language_code=default_language(), last_reviewed__isnull=False
        ).values_list("translation_key", "last_reviewed")
    )
    translations = _live(model).exclude(locale__language_code=default_language())
    if issubclass(model, Page):
        translations = translations.filter(alias_of__isnull=True)
    rows = translations.filter(translation_key__in=originals).values_list(
        "pk", "translation_key", "translated_from_reviewed"
    )
    return {
        pk: originals[key]
        for pk, key, made_from in rows
        if made_from is not None and behind_original(made_from, originals[key])
    }


def _person(user) -> str:
    if user is None:
        return "—"
    return user.get_full_name() or user.get_username()


class ReviewDueReportView(ReportView):
    """Health content that is overdue for clinical review or due within 30 days."""

    page_title = "Clinical reviews due"
    header_icon = "time"
    index_url_name = "review_due_report"
    index_results_url_name = "review_due_report_results"
    permission_policy = page_permission_policy
    any_permission_required = ["add", "change", "publish"]
    paginate_by = 100
    columns = [
        TitleColumn(
            "title",
            label="Page, FAQ or myth card",
            get_url=lambda item: item.edit_url,
        ),
        Column("status_text", label="Review"),
        Column("owner_name", label="Owner"),
        Column("reviewer_name", label="Last reviewed by"),
    ]
    list_export = [
        "title",
        "status_text",
        "next_review_due",
        "owner_name",
        "reviewer_name",
    ]
    export_headings = {
        "title": "Page, FAQ or myth card",
        "status_text": "Review",
        "next_review_due": "Next review due",
        "owner_name": "Owner",
        "reviewer_name": "Last reviewed by",
    }

    def get_queryset(self):
        items = due_for_review(DUE_SOON_DAYS)
        for item in items:
            item.owner_name = _person(item.owner)
            item.reviewer_name = str(item.reviewer) if item.reviewer else "—"
        return items
