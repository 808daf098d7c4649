from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.rich_text import get_text_for_indexing


class SignpostBlock(blocks.StructBlock):
    """A teaser card linking to another page of the site."""

    page = blocks.PageChooserBlock(help_text="The page this card links to.")
    title = blocks.CharBlock(
        required=False,
        max_length=80,
        help_text="Card heading. Leave blank to use the page's title.",
    )
    text = blocks.TextBlock(
        max_length=240,
        help_text="One or two sentences saying what the reader will find there.",
    )

    class Meta:
        icon = "link"
        label = "Signpost card"
        template = "blocks/signpost_block.html"


class SignpostStreamBlock(blocks.StreamBlock):
    signpost = SignpostBlock()


# Short editor-written passages inside care cards.
CARE_CARD_FEATURES = ["bold", "italic", "ul", "link"]


class CareCardsBlock(blocks.StructBlock):
    """'When to get help': when to contact the clinic, get urgent advice or call the emergency number."""

    heading = blocks.CharBlock(
        default="When to get help",
        max_length=80,
        help_text="The heading above the cards, usually 'When to get help'.",
    )
    emergency = blocks.RichTextBlock(
        required=False,
        features=CARE_CARD_FEATURES,
        help_text=(
            "When to call the emergency number now, as a short list of signs. "
            "The emergency number from Clinic settings is added for you."
        ),
    )
    urgent = blocks.RichTextBlock(
        required=False,
        features=CARE_CARD_FEATURES,
        help_text=(
            "When to get urgent advice the same day. "
            "The urgent advice line from Clinic settings is added for you."
        ),
    )
    non_urgent = blocks.RichTextBlock(
        required=False,
        features=CARE_CARD_FEATURES,
        help_text=(
            "When to contact the clinic in its opening hours. "
            "The clinic's phone number from Clinic settings is added for you."
        ),
    )

    class Meta:
        icon = "warning"
        label = "When to get help"
        template = "blocks/care_cards_block.html"
        help_text = "Up to three cards, from most to least urgent. Leave out any level you do not need."
        preview_value = {
            "heading": "When to get help",
            "emergency": "<ul><li>you have chest pain or cannot breathe</li></ul>",
            "urgent": "<ul><li>you feel much worse than usual</li></ul>",
            "non_urgent": "<ul><li>you have a question about your next appointment</li></ul>",
        }

    levels = ("emergency", "urgent", "non_urgent")

    def contents_entry(self, value) -> dict | None:
        """Its heading's line in 'On this page' (articles.contents)."""
        if not value["heading"]:
            return None
        return {"text": value["heading"], "level": "h2", "anchor": ""}

    def clean(self, value):
        value = super().clean(value)
        if not any(_has_text(value[level]) for level in self.levels):
            message = "Fill in at least one of the three levels."
            raise StructBlockValidationError(
                block_errors={level: ValidationError(message) for level in self.levels}
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["cards"] = [
            {"level": level, "text": value[level]}
            for level in self.levels
            if _has_text(value[level])
        ]
        return context


def _has_text(rich_text) -> bool:
    return bool(rich_text and get_text_for_indexing(rich_text.source).strip())
