from wagtail import blocks


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
