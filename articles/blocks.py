from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

from faq.blocks import FAQGroupBlock, MythCardsBlock
from home.blocks import CareCardsBlock

# Rich text inside article bodies. Headings are their own block, so the
# "On this page" list can be built from them.
BODY_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]
LIST_ITEM_FEATURES = ["bold", "italic", "link"]


class HeadingBlock(blocks.StructBlock):
    """A section heading; level-2 headings and their sub-headings form the 'On this page' list."""

    text = blocks.CharBlock(
        max_length=120, help_text="The heading, in a few plain words."
    )
    level = blocks.ChoiceBlock(
        choices=[("h2", "Section (h2)"), ("h3", "Sub-section (h3)")],
        default="h2",
        help_text="Use 'Section' for main parts and 'Sub-section' inside them.",
    )
    anchor = blocks.CharBlock(
        required=False,
        max_length=80,
        help_text=(
            "The link name of this section (#…). Filled in from the heading when you save; "
            "changing it breaks existing links to the section."
        ),
    )

    class Meta:
        icon = "title"
        label = "Heading"
        template = "blocks/heading_block.html"
        preview_value = {"text": "How the treatment works", "level": "h2"}

    def contents_entry(self, value) -> dict:
        """Its line in 'On this page' (articles.contents)."""
        return {
            "text": value["text"],
            "level": value["level"],
            "anchor": value.get("anchor") or "",
        }


class ListBlock(blocks.StructBlock):
    """A bulleted or numbered list, for steps or short points."""

    style = blocks.ChoiceBlock(
        choices=[("bulleted", "Bulleted"), ("numbered", "Numbered (steps in order)")],
        default="bulleted",
        help_text="Use numbered only when the order matters.",
    )
    items = blocks.ListBlock(
        blocks.RichTextBlock(features=LIST_ITEM_FEATURES),
        min_num=1,
        help_text="One point per item.",
    )

    class Meta:
        icon = "list-ul"
        label = "List"
        template = "blocks/list_block.html"


class CalloutBlock(blocks.StructBlock):
    """A highlighted box: information, a warning, or where to get help now."""

    kind = blocks.ChoiceBlock(
        choices=[
            ("info", "Information"),
            ("warning", "Warning"),
            ("urgent", "Get help now"),
        ],
        default="info",
        help_text="'Get help now' also shows the clinic's emergency number from Clinic settings.",
    )
    title = blocks.CharBlock(
        required=False,
        max_length=120,
        help_text="Optional. 'Get help now' boxes are titled 'Get help now' if left blank.",
    )
    text = blocks.RichTextBlock(
        features=BODY_FEATURES, help_text="What the reader needs to know."
    )

    class Meta:
        icon = "warning"
        label = "Callout"
        template = "blocks/callout_block.html"


class ImageBlock(blocks.StructBlock):
    """An image with the text a screen reader reads out, and an optional caption."""

    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        max_length=250,
        help_text=(
            "Describe what the image shows for people who cannot see it. "
            "Write 'decorative' only if it adds nothing to the text."
        ),
    )
    caption = blocks.CharBlock(
        required=False, max_length=250, help_text="Optional caption shown below."
    )

    class Meta:
        icon = "image"
        label = "Image"
        template = "blocks/image_block.html"

    def get_context(self, value, parent_context=None):
        """Alt text ("" for decorative images), and whether this is the page's
        first image, which loads at once rather than lazily."""
        context = super().get_context(value, parent_context=parent_context)
        alt = value["alt_text"].strip()
        context["alt"] = "" if alt.lower() == "decorative" else alt
        image = value["image"]
        context["eager"] = bool(
            image and (parent_context or {}).get("first_image_id") == image.pk
        )
        return context

    def clean(self, value):
        value = super().clean(value)
        if value["alt_text"].strip().lower() in {"image", "photo", "picture", "img"}:
            raise StructBlockValidationError(
                block_errors={
                    "alt_text": ValidationError(
                        "Say what the image shows, not just that it is an image."
                    )
                }
            )
        return value


class QuoteBlock(blocks.StructBlock):
    """A short quotation, for example from a patient or a clinician."""

    quote = blocks.TextBlock(
        max_length=600, help_text="The quotation, without quote marks."
    )
    attribution = blocks.CharBlock(
        required=False,
        max_length=120,
        help_text="Who said it, for example 'A patient at the clinic'. Optional.",
    )

    class Meta:
        icon = "openquote"
        label = "Quote"
        template = "blocks/quote_block.html"


class ArticleBodyStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=BODY_FEATURES,
        icon="pilcrow",
        template="blocks/paragraph_block.html",
    )
    list = ListBlock()
    callout = CalloutBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    faq_group = FAQGroupBlock()
    myth_cards = MythCardsBlock()
    care_cards = CareCardsBlock()


class KeyPointsStreamBlock(blocks.StreamBlock):
    point = blocks.CharBlock(
        max_length=200,
        icon="tick",
        help_text="One key fact, in a short sentence.",
    )


class ReferenceBlock(blocks.StructBlock):
    """One source the page is based on, cited in the text as [1], [2]…"""

    authors = blocks.CharBlock(
        required=False,
        max_length=300,
        help_text="Authors or organisation, for example 'World Health Organization'. Leave blank if unsure.",
    )
    title = blocks.CharBlock(
        max_length=300,
        help_text="The title of the guideline, article, web page or book.",
    )
    publisher = blocks.CharBlock(
        required=False,
        max_length=200,
        help_text="The journal or publisher, for example 'NHS website' or 'The Lancet'.",
    )
    year = blocks.IntegerBlock(
        required=False,
        min_value=1800,
        max_value=2100,
        help_text="Year of publication. Leave blank if unsure.",
    )
    link = blocks.URLBlock(
        required=False,
        help_text="Web address of the source, if it is online.",
    )
    accessed = blocks.DateBlock(
        required=False,
        help_text="When you last checked the web page.",
    )

    class Meta:
        icon = "doc-full"
        label = "Reference"
        template = "blocks/reference_block.html"
        help_text = (
            "Cite it in the text by typing its number in square brackets, such as [1]: "
            "references are numbered in the order listed here."
        )

    def clean(self, value):
        value = super().clean(value)
        if not (value["publisher"] or value["link"]):
            message = "Give the publisher or journal, or a link, so readers can find the source."
            raise StructBlockValidationError(
                block_errors={
                    "publisher": ValidationError(message),
                    "link": ValidationError(message),
                }
            )
        return value


class ReferencesStreamBlock(blocks.StreamBlock):
    reference = ReferenceBlock()


class CareCardsStreamBlock(blocks.StreamBlock):
    care_cards = CareCardsBlock()

    class Meta:
        max_num = 1
