from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from reviews.models import note_originals_updated


def live_items(items, locale_id: int | None = None) -> list:
    """The chosen snippets patients may see, in the page's language: live ones only
    (drafts wait for clinical review).

    A page chooses FAQs and myth cards in its original language; on a translation
    each one is replaced by its live translation into the page's locale (matched
    by translation_key, one query for the lot). One not translated yet, or whose
    translation is not yet approved, is left out rather than shown in another
    language: a reader of the translation would get an unexpected language in
    the middle of the page (read aloud with the wrong pronunciation by screen
    readers), and every answer patients read in a language has been clinically
    reviewed in that language.
    """
    items = [item for item in items if item is not None]
    if locale_id is None or all(item.locale_id == locale_id for item in items):
        return [item for item in items if item.live]
    model = type(items[0])
    translated = {
        translation.translation_key: translation
        for translation in model.objects.filter(
            translation_key__in=[item.translation_key for item in items],
            locale_id=locale_id,
            live=True,
        )
    }
    return [
        translated[item.translation_key]
        for item in items
        if item.translation_key in translated
    ]


def page_locale_id(parent_context) -> int | None:
    page = (parent_context or {}).get("page")
    return getattr(page, "locale_id", None)


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
        context["faqs"] = live_items(value["faqs"], page_locale_id(parent_context))
        # A translation whose original has changed since says so (reviews.models).
        note_originals_updated(context["faqs"])
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
        context["myths"] = live_items(value["myths"], page_locale_id(parent_context))
        note_originals_updated(context["myths"])
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
