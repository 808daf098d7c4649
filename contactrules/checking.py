"""Apply the rule to a whole page, snippet or setting, field by field.

Every editable text field is read: plain text, rich text (its words and link
targets), URL and email fields, and every StreamField block down to the text,
rich text and URL values inside structs and lists, and the same fields of the
inline rows listed in `contact_rule_child_relations`. Only what is listed in a
model's `contact_rule_skip_fields` (or is not text: slugs, choices) is left out.
"""

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models
from django.utils.text import capfirst
from modelcluster.contrib.taggit import ClusterTaggableManager
from wagtail import blocks
from wagtail.blocks import StreamBlockValidationError
from wagtail.fields import RichTextField, StreamField

from .rule import Allowed, Finding, find_in_href, find_in_html, find_in_text, html_text

# A tag (an article's topic) is read like text, but is no sentence to read.
TEXT, HTML, URL, TAG = "text", "html", "url", "tag"
# Fields Wagtail fills in itself: never written by an editor.
SKIPPED_FIELDS = {"draft_title", "url_path", "path", "translation_key"}
HOW_TO_FIX = (
    "Patients may only be given the clinic's own phone numbers and email, and links "
    "to trusted sources: link the clinic's contact page instead, or ask a clinical "
    "reviewer to add a trustworthy website under Settings › Trusted sources."
)
# A scheduled publication the rule refused, in the item's history (wagtail_hooks.py).
REFUSED_ACTION = "clinic.contact_rule.refused"


class ContactDetailsRefused(ValidationError):
    """The rule refused to save or publish something: a ValidationError (forms show
    it on the fields) that says, outside a form, what to fix in which item."""

    def __init__(self, message, obj=None):
        super().__init__(message)
        self.obj = obj

    def details(self) -> str:
        """What to fix, for places without a form: each field and its text, then how."""
        texts = [text for messages in self.message_dict.values() for text in messages]
        return " ".join(text.replace(f" {HOW_TO_FIX}", "") for text in texts) + (
            f" {HOW_TO_FIX}"
        )


@dataclass(frozen=True)
class Piece:
    """A piece of text in a field, with where it sits."""

    field_name: str
    label: str
    kind: str
    value: str
    block_index: int | None = None


@dataclass(frozen=True)
class Place:
    """A finding and where it sits."""

    piece: Piece
    finding: Finding

    @property
    def where(self) -> str:
        return self.piece.label


def checked_fields(obj) -> list[models.Field]:
    skip = SKIPPED_FIELDS | set(getattr(obj, "contact_rule_skip_fields", ()))
    return [
        field
        for field in obj._meta.concrete_fields
        if field.name not in skip
        and field.editable
        and not field.choices
        and isinstance(field, models.CharField | models.TextField | StreamField)
        and not isinstance(field, models.SlugField)
    ]


def tag_fields(obj) -> list[ClusterTaggableManager]:
    """The page's tag fields (an article's topics, listed on the page)."""
    skip = set(getattr(obj, "contact_rule_skip_fields", ()))
    return [
        field
        for field in obj._meta.many_to_many
        if isinstance(field, ClusterTaggableManager) and field.name not in skip
    ]


def tag_pieces(field, names) -> Iterator[Piece]:
    label = capfirst(str(field.verbose_name))
    for name in names:
        yield Piece(field.name, label, TAG, name)


def pieces(
    obj, *, children: bool = True, fields: list[models.Field] | None = None
) -> Iterator[Piece]:
    """Every piece of editor-written text in obj, then in its inline rows.

    Rows are the children in the relations listed in `contact_rule_child_relations`
    (the contact page's form fields), named like "Contact form field 2 (help text)".
    `fields` (models we do not own: contrib.py) are the only fields read.
    """
    for field in checked_fields(obj) if fields is None else fields:
        label = capfirst(str(field.verbose_name))
        yield from _field_pieces(obj, field, field.name, label)
    if fields is not None:
        return
    for field in tag_fields(obj):
        yield from tag_pieces(
            field, [tag.name for tag in getattr(obj, field.name).all()]
        )
    if not children:
        return
    for relation in getattr(obj, "contact_rule_child_relations", ()):
        for index, child in enumerate(getattr(obj, relation).all()):
            row = f"{capfirst(str(child._meta.verbose_name))} {index + 1}"
            for field in checked_fields(child):
                yield from _field_pieces(
                    child,
                    field,
                    f"{relation}-{index}-{field.name}",
                    f"{row} ({field.verbose_name})",
                )


def _field_pieces(obj, field, field_name: str, label: str) -> Iterator[Piece]:
    value = field.value_from_object(obj)
    if isinstance(field, StreamField):
        for index, child in enumerate(value or []):
            yield from _stream_child_pieces(field_name, child, label, index)
    elif value:
        kind = (
            HTML
            if isinstance(field, RichTextField)
            else URL
            if isinstance(field, models.URLField)
            else TEXT
        )
        yield Piece(field_name, label, kind, str(value))


def _stream_child_pieces(field_name, child, label, index) -> Iterator[Piece]:
    """The pieces of one block in a stream, labelled with that block's label."""
    yield from _block_pieces(
        field_name, child.block, child.value, f"{label} › {child.block.label}", index
    )


def _block_pieces(field_name, block, value, label, index) -> Iterator[Piece]:
    if value is None or value == "":
        return
    if isinstance(block, blocks.StreamBlock):
        for child in value:
            yield from _stream_child_pieces(field_name, child, label, index)
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            yield from _block_pieces(field_name, block.child_block, item, label, index)
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            yield from _block_pieces(
                field_name, child, value.get(name), f"{label} › {child.label}", index
            )
    elif isinstance(block, blocks.RichTextBlock):
        yield Piece(field_name, label, HTML, value.source, index)
    elif isinstance(block, blocks.URLBlock):
        yield Piece(field_name, label, URL, value, index)
    elif isinstance(value, str) and not isinstance(block, blocks.ChoiceBlock):
        yield Piece(field_name, label, TEXT, value, index)


def find_in_piece(piece: Piece, allowed: Allowed) -> list[Finding]:
    if piece.kind == HTML:
        return find_in_html(piece.value, allowed)
    if piece.kind == URL:
        finding = find_in_href(piece.value, allowed)
        return [finding] if finding else []
    return find_in_text(piece.value, allowed)


def places(
    obj,
    allowed: Allowed,
    *,
    children: bool = True,
    fields: list[models.Field] | None = None,
) -> list[Place]:
    """Every finding in obj (and its inline rows, unless `children` is False), in field order."""
    return places_in_pieces(pieces(obj, children=children, fields=fields), allowed)


def places_in_pieces(found_pieces, allowed: Allowed) -> list[Place]:
    return [
        Place(piece, finding)
        for piece in found_pieces
        for finding in find_in_piece(piece, allowed)
    ]


def describe(found: list[Place], with_where: bool) -> str:
    items = []
    for place in found:
        text = place.finding.describe()
        items.append(f"{text} (in {place.where})" if with_where else text)
    return "; ".join(dict.fromkeys(items))


def validation_error(
    found: list[Place], exclude: set[str] | None = None, obj=None
) -> ContactDetailsRefused | None:
    """One error per field naming the field and the exact text, or None.

    Fields the form does not show (`exclude`) are reported at the top of the form.
    """
    if not found:
        return None
    by_field: dict[str, list[Place]] = defaultdict(list)
    for place in found:
        by_field[place.piece.field_name].append(place)
    errors: dict[str, list] = defaultdict(list)
    for field_name, field_places in by_field.items():
        field_label = field_places[0].where.split(" › ")[0]
        in_stream = field_places[0].piece.block_index is not None
        message = (
            f"{field_label} contains contact details that are not the clinic's: "
            f"{describe(field_places, with_where=in_stream)}. {HOW_TO_FIX}"
        )
        if exclude is not None and field_name in exclude:
            errors[NON_FIELD_ERRORS].append(message)
        elif in_stream and exclude is not None:
            # In a form: the StreamField shows the message above the blocks
            # and marks each block that holds a finding.
            block_errors = {
                place.piece.block_index: ValidationError(
                    f"Remove {describe([place], with_where=False)}. {HOW_TO_FIX}"
                )
                for place in field_places
            }
            errors[field_name].append(
                StreamBlockValidationError(
                    block_errors=block_errors, non_block_errors=[message]
                )
            )
        else:
            errors[field_name].append(message)
    return ContactDetailsRefused(dict(errors), obj)


def reading_text(obj) -> str:
    """The words patients read in obj's longer fields, one sentence per piece."""
    texts = []
    for piece in pieces(obj, children=False):
        if piece.kind in (URL, TAG) or piece.field_name in {
            "seo_title",
            "search_description",
        }:
            continue
        text = html_text(piece.value) if piece.kind == HTML else piece.value
        for line in text.splitlines():
            line = line.strip()
            if line:
                texts.append(line if line[-1] in ".!?:;" else f"{line}.")
    return "\n".join(texts)
