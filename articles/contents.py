"""'On this page': every section heading a page renders, with the anchor it links to.

Each StreamField block that renders a section heading says so with a
`contents_entry(value)` method returning `{"text", "level", "anchor"}` (anchor ""
when the block stores none), or None when this value renders no heading: the
article heading block, FAQ groups, myth cards and "When to get help" care cards.
The page template gives each block the anchor chosen here (`heading_id`), so the
list and the headings always agree.
"""

from django.utils.text import slugify

# Ids the page templates use themselves; a section anchor never takes one.
RESERVED_ANCHORS = {
    "main-content",
    "on-this-page",
    "at-a-glance",
    "key-facts",
    "related",
    "site-search",
    "header-search",
    "references",
}


def unique_anchor(anchor: str, taken: set[str]) -> str:
    candidate, n = anchor, 2
    while candidate in taken:
        candidate = f"{anchor}-{n}"
        n += 1
    return candidate


def fill_heading_anchors(body) -> None:
    """Give every heading block in a body without an anchor a readable, unique one.

    Anchors are stored in the block, so a section keeps its link when other
    headings are added, removed or reworded.
    """
    headings = [block.value for block in body if block.block_type == "heading"]
    taken = set(RESERVED_ANCHORS)
    for value in headings:
        anchor = slugify(value.get("anchor") or "")
        if anchor and anchor not in taken:
            value["anchor"] = anchor
            taken.add(anchor)
        else:
            value["anchor"] = ""
    for value in headings:
        if not value.get("anchor"):
            value["anchor"] = unique_anchor(slugify(value["text"]) or "section", taken)
            taken.add(value["anchor"])


def stream_sections(stream, taken: set[str]) -> list[tuple[object, dict | None]]:
    """(block, contents entry or None) for each block of a StreamField value.

    Stored anchors are kept (and added to `taken`); a heading without one gets
    a readable anchor made from its text, distinct from every other on the page.
    """
    entries = []
    for block in stream:
        entry_for = getattr(block.block, "contents_entry", None)
        entry = entry_for(block.value) if entry_for else None
        if entry and entry["anchor"]:
            if entry["anchor"] in taken:
                entry = {**entry, "anchor": ""}
            else:
                taken.add(entry["anchor"])
        entries.append((block, entry))
    sections = []
    for block, entry in entries:
        if entry and not entry["anchor"]:
            anchor = unique_anchor(slugify(entry["text"]) or "section", taken)
            taken.add(anchor)
            entry = {**entry, "anchor": anchor}
        sections.append((block, entry))
    return sections
