"""Clinical review: the clinicians who check health pages, and the review fields,
stamp and history entries every health page carries."""

import calendar
import datetime
from functools import cached_property

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language, get_language_info
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import TranslatableMixin
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import BaseTranslatableField

from contactrules.models import ContactRuleMixin


def add_months(day: datetime.date, months: int) -> datetime.date:
    """The same day `months` later, or the month's last day (31 January + 1 = 28/29 February)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def default_next_review(last_reviewed: datetime.date) -> datetime.date:
    return add_months(last_reviewed, settings.CLINIC_REVIEW_INTERVAL_MONTHS)


def default_language() -> str:
    """The site's default language: originals are written in it, translations made from it."""
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def language_name(code: str) -> str:
    """`code`'s name in the active language, as used inside a sentence ("inglés")."""
    # The language, not its variety: "the English version", not "the British English".
    try:
        info = get_language_info(code.split("-")[0])
    except KeyError:
        info = get_language_info(code)
    name = str(info["name_translated"])
    # English and German capitalise language names inside a sentence; most others do not.
    return name if (get_language() or "en")[:2] in ("en", "de") else name.lower()


def behind_original(translated_from: datetime.date | None, original_reviewed) -> bool:
    """Whether the original had a clinical review after the translation was made from it."""
    if original_reviewed is None:
        return False
    return translated_from is None or original_reviewed > translated_from


@register_snippet
class Reviewer(ContactRuleMixin, models.Model):
    """A clinician who checks health pages, named in each page's review stamp."""

    name = models.CharField(
        max_length=120,
        help_text="The reviewer's name as patients should see it, for example 'Dr Sam Example'.",
    )
    credentials = models.CharField(
        max_length=120,
        blank=True,
        help_text="Qualifications shown after the name, for example 'MB ChB, FRCA'.",
    )
    role = models.CharField(
        max_length=120,
        blank=True,
        help_text="Their job at the clinic, for example 'Consultant anaesthetist'.",
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Optional: a photo for the reviewer's profile.",
    )
    profile_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Optional: a page about the reviewer. Their name in the review stamp links to it.",
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="clinical_reviewer",
        help_text=(
            "The reviewer's admin account. When this person approves a page in the "
            "'Clinical review' workflow, they are recorded as its reviewer."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("credentials"), FieldPanel("role")]),
        FieldPanel("photo"),
        PageChooserPanel("profile_page"),
        FieldPanel("user"),
    ]

    class Meta:
        ordering = ["name"]
        permissions = [
            ("record_review", "Can set a page's reviewer and review date by hand")
        ]

    def __str__(self):
        return f"{self.name}, {self.credentials}" if self.credentials else self.name


# Fields of a review stamp: never copied from an original into its translation.
REVIEW_FIELDS = (
    "reviewer",
    "last_reviewed",
    "next_review_due",
    "minor_edit",
    "translated_from_revision",
    "translated_from_reviewed",
)


class ReviewStampMixin(models.Model):
    """Review fields for every piece of health content (pages, FAQs, myth cards).

    They change only through publication (see reviews/publishing.py): a clinical
    reviewer publishing or approving records themselves and today's date, unless
    that publication is marked as a minor, non-clinical edit.
    """

    reviewer = models.ForeignKey(
        "reviews.Reviewer",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Filled in when a clinical reviewer approves the page.",
    )
    last_reviewed = models.DateField(
        null=True,
        blank=True,
        help_text="Filled in when a clinical reviewer approves the page.",
    )
    next_review_due = models.DateField(
        null=True,
        blank=True,
        help_text=(
            "Leave blank to set it to the standard interval after the last review. "
            "A date set by hand is kept when the page is next approved."
        ),
    )
    minor_edit = models.BooleanField(
        default=False,
        verbose_name="minor, non-clinical edit",
        help_text=(
            "Tick for a typo, link or layout fix that changes no health information: "
            "publishing it keeps the review dates. Cleared after publishing."
        ),
    )

    # A translation's own review: the version of the original it was checked against.
    translated_from_revision = models.PositiveIntegerField(
        null=True,
        blank=True,
        editable=False,
        help_text="For a translation: the original's live revision when the translation was reviewed.",
    )
    translated_from_reviewed = models.DateField(
        null=True,
        blank=True,
        editable=False,
        help_text="For a translation: the original's last clinical review when the translation was reviewed.",
    )

    # wagtail-localize would copy these from the original on every update (they
    # are neither text nor translatable): a translation carries its own stamp.
    override_translatable_fields = [
        BaseTranslatableField(name) for name in REVIEW_FIELDS
    ]

    review_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("reviewer", permission="reviews.record_review"),
                        FieldPanel("last_reviewed", permission="reviews.record_review"),
                        FieldPanel("next_review_due"),
                    ]
                ),
                FieldPanel("minor_edit"),
            ],
            heading="Clinical review",
        )
    ]

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.last_reviewed and not self.next_review_due:
            self.next_review_due = default_next_review(self.last_reviewed)
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.last_reviewed and not self.next_review_due:
            self.next_review_due = default_next_review(self.last_reviewed)

    @property
    def is_review_overdue(self) -> bool:
        return bool(
            self.next_review_due and self.next_review_due < timezone.localdate()
        )

    def original(self):
        """The original this translates (its version in the default language), or None.

        Content written in the default language, or only in another language, is
        no translation; nor is an alias, which shows its original's own content.
        """
        if not isinstance(self, TranslatableMixin) or getattr(
            self, "alias_of_id", None
        ):
            return None
        return (
            type(self)
            .objects.filter(
                translation_key=self.translation_key,
                locale__language_code=default_language(),
            )
            .exclude(pk=self.pk)
            .first()
        )


class ReviewedPageMixin(ReviewStampMixin):
    """Review fields and stamp for every health page: who checked it and when."""

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.reviewer_id:
            # One query for the reviewer and the profile page the stamp links to.
            self.reviewer = (
                Reviewer.objects.select_related("profile_page")
                .filter(pk=self.reviewer_id)
                .first()
            )
        return context

    @cached_property
    def translation_review(self) -> dict | None:
        """For a translation's stamp: the original's language, the version it was
        made from, and the original's newer review if it has had one since."""
        try:
            language = get_supported_content_language_variant(get_language())
        except LookupError:
            return None
        if language == default_language():
            return None  # pages in the default language are originals: no query
        original = self.original()
        if original is None:
            return None
        return {
            "original_language": language_name(default_language()),
            "made_from": self.translated_from_reviewed,
            "original_updated": original.last_reviewed
            if behind_original(self.translated_from_reviewed, original.last_reviewed)
            else None,
        }


def note_originals_updated(items) -> None:
    """For the notice in a translated FAQ or myth card: set `original_updated` on
    each of `items` (health content shown in the language being read) to its
    original's clinical review when that is newer than the version the item was
    translated from (as the review-due report counts it), else None; and
    `original_language`. No query in the default language (originals only).
    """
    for item in items:
        item.original_updated = None
    try:
        language = get_supported_content_language_variant(get_language())
    except LookupError:
        return
    translated = [
        item
        for item in items
        if isinstance(item, ReviewStampMixin)
        and isinstance(item, TranslatableMixin)
        and item.translated_from_reviewed is not None
    ]
    if language == default_language() or not translated:
        return
    reviewed = {}
    for model in {type(item) for item in translated}:
        reviewed[model] = dict(
            model.objects.filter(
                translation_key__in=[
                    item.translation_key for item in translated if type(item) is model
                ],
                locale__language_code=default_language(),
            ).values_list("translation_key", "last_reviewed")
        )
    original_language = language_name(default_language())
    for item in translated:
        last = reviewed[type(item)].get(item.translation_key)
        if behind_original(item.translated_from_reviewed, last):
            item.original_updated = last
            item.original_language = original_language
