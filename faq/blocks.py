from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


def live_items(items) -> list:
    """The chosen snippets patients may see: live ones (drafts wait for clinical review)."""
    return [item for item in items if item is not None and item.live]


class FAQGroupBlock(blocks.StructBlock):
    """A group of reusable FAQs under one heading, shown as open/close questions."""

    heading = blocks.CharBlock(
        required=False,
        max_length=120,
        help_text="The group's heading, for example 'Before your appointment'. Optional inside an article.",
    )
    faqs = blocks.ListBlock(
        SnippetChooserBlock("faq.FAQ"),
        min_num=1,
        label="Questions",
        help_text="Choose questions from the FAQ library. Editing a question there changes it everywhere.",
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["faqs"] = live_items(value["faqs"])
        return context

    class Meta:
        icon = "help"
        label = "FAQ group"
        template = "blocks/faq_group_block.html"

    def contents_entry(self, value) -> dict | None:
        """Its heading's line in 'On this page' (articles.contents), if it has one."""
        if not value["heading"]:
            return None
        return {"text": value["heading"], "level": "h2", "anchor": ""}


class MythCardsBlock(blocks.StructBlock):
    """A set of reusable myth-versus-fact cards under one heading."""

    heading = blocks.CharBlock(
        required=False,
        max_length=120,
        help_text="The heading above the cards, for example 'Common myths'. Optional.",
    )
    myths = blocks.ListBlock(
        SnippetChooserBlock("faq.MythCard"),
        min_num=1,
        label="Myth cards",
        help_text="Choose cards from the myth card library. Editing a card there changes it everywhere.",
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["myths"] = live_items(value["myths"])
        return context

    class Meta:
        icon = "tick-inverse"
        label = "Myth cards"
        template = "blocks/myth_cards_block.html"

    def contents_entry(self, value) -> dict | None:
        """Its heading's line in 'On this page' (articles.contents), if it has one."""
        if not value["heading"]:
            return None
        return {"text": value["heading"], "level": "h2", "anchor": ""}


class FAQPageStreamBlock(blocks.StreamBlock):
    faq_group = FAQGroupBlock()


class MythsPageStreamBlock(blocks.StreamBlock):
    myth_cards = MythCardsBlock()
