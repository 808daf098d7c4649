"""Rich text that does not come from the editor: cleaning it, and its plain text.

Demo content, imports and data migrations write rich text straight into the
database, past the editor that would normally clean it. `clean_rich_text` puts
such HTML through the same conversion the editor uses when a page is saved
(Wagtail's Draftail contentstate converter), limited to the field's features:
anything else (scripts, styles, attributes, iframes, javascript: links, headings
the field does not allow) is dropped. `clean_rich_text_fields` does this for every
rich text field and StreamField rich text block of a page or snippet.
"""

import json
import re

from bs4 import BeautifulSoup
from django.utils.html import escape
from wagtail import blocks
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.fields import RichTextField, StreamField
from wagtail.rich_text import RichText, get_text_for_indexing
from wagtail.rich_text import features as features_registry
from wagtail.whitelist import check_url

# Dropped with everything inside them: their content is code, not text.
_CODE_ELEMENTS = [
    "script",
    "style",
    "template",
    "iframe",
    "object",
    "embed",
    "noscript",
]
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean_rich_text(html: str, features: list[str] | None) -> str:
    """`html` as the editor would have saved it for a field with `features`."""
    if not (html or "").strip():
        return ""
    soup = BeautifulSoup(_CONTROL.sub("", html or ""), "html.parser")
    for element in soup.find_all(_CODE_ELEMENTS):
        element.decompose()
    if features is None:  # a field without its own list uses the default features
        features = features_registry.get_default_features()
    converter = ContentstateConverter(features=list(features))
    try:
        # str(soup) closes every element, which the converter needs.
        contentstate = converter.from_database_format(str(soup))
        return converter.to_database_format(_without_bad_links(contentstate))
    except AssertionError:  # markup the converter cannot follow: keep the words only
        paragraphs = [line.strip() for line in soup.get_text("\n").splitlines()]
        return "".join(f"<p>{escape(line)}</p>" for line in paragraphs if line)


def _without_bad_links(contentstate: str) -> str:
    """The converter's contentstate without links that are empty or refused.

    Written out as they are, a link around no text gives its address to the text
    before it (`<a href="a">X</a><a href="b"> </a>` becomes `<a href="b">X</a>`),
    and a refused address (javascript:) becomes an `<a>` without one.
    """
    content = json.loads(contentstate)
    entities = content["entityMap"]
    for block in content["blocks"]:
        block["entityRanges"] = [
            entity_range
            for entity_range in block["entityRanges"]
            if entity_range["length"] > 0
            and _is_kept(entities[str(entity_range["key"])])
        ]
    return json.dumps(content)


def _is_kept(entity: dict) -> bool:
    if entity["type"] != "LINK" or entity["data"].get("id") is not None:
        return True  # a page link is kept even if its page is gone, as the editor does
    url = entity["data"].get("url")
    return bool(url and check_url(url))


def clean_rich_text_fields(instance) -> None:
    """Clean, in place, every rich text value of a page or snippet before saving it."""
    for field in instance._meta.get_fields():
        if isinstance(field, RichTextField):
            value = getattr(instance, field.attname)
            if value:
                setattr(instance, field.attname, clean_rich_text(value, field.features))
        elif isinstance(field, StreamField):
            stream = getattr(instance, field.attname)
            setattr(
                instance,
                field.attname,
                [
                    (child.block_type, _clean_block_value(child.block, child.value))
                    for child in stream
                ],
            )


def _clean_block_value(block, value):
    if isinstance(block, blocks.RichTextBlock):
        html = value.source if isinstance(value, RichText) else str(value or "")
        return RichText(clean_rich_text(html, block.features))
    if isinstance(block, blocks.StructBlock):
        return block.to_python(
            block.get_prep_value(
                {
                    name: _clean_block_value(child, value.get(name))
                    for name, child in block.child_blocks.items()
                }
            )
        )
    if isinstance(block, blocks.ListBlock):
        return [_clean_block_value(block.child_block, item) for item in value]
    if isinstance(block, blocks.StreamBlock):
        return [
            (child.block_type, _clean_block_value(child.block, child.value))
            for child in value
        ]
    return value


def plain_text(html: str) -> str:
    """Text of a rich text value without tags, for summaries and word counts."""
    return re.sub(r"\s+", " ", get_text_for_indexing(html or "")).strip()
