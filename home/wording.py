"""Clinic settings' patient-facing wording in each further language (ClinicWording)."""

from django import forms
from django.conf import settings
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import TranslatableMixin
from wagtail.snippets.models import register_snippet

from contactrules.models import ContactRuleMixin
from pagecache.cache import cached_for_generation


@register_snippet
class ClinicWording(ContactRuleMixin, TranslatableMixin, models.Model):
    """The patient-facing wording of Clinic settings in another language.

    Site settings have no language: pages in the default language show the
    settings' own text; pages in another language show this snippet's text for
    their language, or the settings' text where a field is left blank. Phone
    numbers and addresses stay one per clinic, in Clinic settings.
    """

    urgent_notice_text = models.CharField(
        max_length=240,
        blank=True,
        help_text=(
            "The 'Need urgent help?' notice at the top of every page in this language. "
            "Leave blank to show Clinic settings' wording."
        ),
    )
    opening_hours = models.TextField(
        blank=True,
        help_text=(
            "Opening hours in this language, one line per row. Leave blank to show "
            "Clinic settings' wording."
        ),
    )

    panels = [
        FieldPanel("urgent_notice_text", widget=forms.Textarea(attrs={"rows": 3})),
        FieldPanel("opening_hours"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "clinic wording"
        verbose_name_plural = "clinic wording"

    def __str__(self):
        return f"Clinic wording ({self.locale.get_display_name()})"

    @classmethod
    def for_language(cls, language: str | None) -> dict[str, str]:
        """The filled-in fields for `language`, kept in the page cache; {} for the default one."""
        try:
            code = get_supported_content_language_variant(language)
        except LookupError:
            return {}
        if code == get_supported_content_language_variant(settings.LANGUAGE_CODE):
            return {}

        def build() -> dict[str, str]:
            row = cls.objects.filter(locale__language_code=code).values(
                "urgent_notice_text", "opening_hours"
            )
            return {key: value for key, value in (row.first() or {}).items() if value}

        return cached_for_generation(f"clinic-wording:{code}", build)
