"""The editor's Checks panel: contact details the rule finds, and reading age advice.

The server applies the same rule as on save to the page being previewed and
hands the exact texts it found to a custom axe rule; the browser only locates
those texts in the preview (`static/contactrules/js/content_checks.js`), it
never looks for phone numbers itself. Reading age is worked out here too and
shown as advice ("minor"), which never blocks anything.
"""

from dataclasses import dataclass

import textstat
from django.forms import Media
from wagtail.admin.userbar import ContentCheckerItem

from .checking import Place, reading_text

CONTACT_RULE = "clinic-contact-details"
READING_RULE = "clinic-reading-age"
# NHS content guidance: write for a reading age of 9 to 11.
TARGET_READING_AGE = (9, 11)
# Fewer words than this give no meaningful reading age.
MIN_WORDS = 30


@dataclass(frozen=True)
class ReadingLevel:
    grade: float
    words: int

    @property
    def age(self) -> int:
        """Reading age: the US school grade plus five years."""
        return max(round(self.grade + 5), 5)

    def advice(self) -> tuple[str, str]:
        low, high = TARGET_READING_AGE
        name = f"Reading age about {self.age} (NHS target: {low} to {high})"
        detail = f"Flesch-Kincaid grade {self.grade:.1f}, {self.words} words. "
        if self.age > high:
            return name, detail + (
                "Advice only: shorter sentences and everyday words make the page "
                "easier to read."
            )
        return name, detail + "Advice only: this is within the NHS target."


def reading_level(obj) -> ReadingLevel | None:
    text = reading_text(obj)
    words = textstat.lexicon_count(text)
    if words < MIN_WORDS:
        return None
    return ReadingLevel(grade=textstat.flesch_kincaid_grade(text), words=words)


class ClinicContentChecks(ContentCheckerItem):
    """Wagtail's checks plus the contact details rule and reading age advice."""

    def __init__(self, places: list[Place], reading: ReadingLevel | None, **kwargs):
        super().__init__(**kwargs)
        self.places = places
        self.reading = reading

    @property
    def media(self):
        return Media(js=["contactrules/js/content_checks.js"])

    # The editor's Checks panel builds its configuration once, from the saved
    # page, and runs axe inside the preview, whose own userbar configures the
    # rules from what is being typed. So both rules are always listed, and what
    # they say travels in the rules' metadata, which comes from the preview.
    def get_axe_run_only(self, request):
        return [*super().get_axe_run_only(request), CONTACT_RULE, READING_RULE]

    def get_axe_custom_rules(self, request):
        if self.reading:
            reading_help, reading_description = self.reading.advice()
        else:
            reading_help, reading_description = "", ""
        return [
            *super().get_axe_custom_rules(request),
            {
                "id": CONTACT_RULE,
                "impact": "serious",
                "selector": "body *:not(script):not(style):not(template):not(noscript)",
                "tags": ["clinic"],
                "any": [CONTACT_RULE],
                # FAQ answers in closed <details> count too.
                "excludeHidden": False,
                "enabled": True,
                "metadata": {
                    "help": "Contact details that are not the clinic's",
                    "description": self.contact_help(),
                },
            },
            {
                "id": READING_RULE,
                "impact": "minor",
                "selector": "main h1",
                "tags": ["clinic"],
                "any": [READING_RULE],
                "enabled": True,
                "metadata": {"help": reading_help, "description": reading_description},
            },
        ]

    def get_axe_custom_checks(self, request):
        texts = list(dict.fromkeys(place.finding.text for place in self.places))
        return [
            *super().get_axe_custom_checks(request),
            {"id": CONTACT_RULE, "options": {"texts": texts}},
            {"id": READING_RULE, "options": {"show": bool(self.reading)}},
        ]

    def contact_help(self) -> str:
        found = "; ".join(
            dict.fromkeys(
                f"{place.where}: {place.finding.describe()}" for place in self.places
            )
        )
        return (
            f"{found + '. ' if found else ''}Saving will be refused: patients may "
            "only be given the clinic's own phone numbers and email, and links to "
            "trusted sources. Link the clinic's contact page instead, or ask a "
            "clinical reviewer to add a trustworthy website under Settings › "
            "Trusted sources."
        )
