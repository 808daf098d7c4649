"""Recognise an article's parts in numbered lines: the title, the summary and the
body (body.py), and the table of contents and sales text to drop.

parse() strips contact details (stripping.py), drops a table of contents, takes
the title, has body.py build the blocks, has sales.py drop adverts and calls to
action wherever they are (the clinic's contact page is linked instead) and lifts
the opening paragraph into the summary. Everything dropped is added to the
removals for the report.
"""

import re
from collections import Counter
from dataclasses import dataclass

from contactrules.rule import Allowed

from .body import Block, build_body
from .lines import (
    BULLET_RE,
    MYTH_RE,
    NUMBERED_RE,
    QUESTION_RE,
    heading_like,
    plain,
    split_sentence,
)
from .reader import Line, Source
from .report import DocumentError, Removal
from .sales import CONTACT_KINDS, drop_sales
from .stripping import _delete_spans, strip_contacts

TOC_RE = re.compile(
    r"^(?:table of contents|contents|in this (?:article|guide|document)|on this page)\s*:?$",
    re.IGNORECASE,
)
TOC_REMOVAL = "table of contents (the page makes its own)"
SUMMARY_MAX = 400  # ArticlePage.summary
TITLE_MAX = 150


@dataclass
class ParsedDocument:
    title: str
    title_lines: list[int]
    summary: str
    summary_lines: list[int]
    blocks: list[Block]
    removals: list[Removal]
    notes: list[str]
    source_lines: list[int]
    unit: str
    needs_contact_link: bool


def parse(source: Source, allowed: Allowed, title: str = "") -> ParsedDocument:
    """The article recognised in the source's lines; DocumentError if it has no title."""
    source_lines = sorted({line.number for line in source.lines})
    removals = list(source.removals)
    notes: list[str] = []
    lines, stripped = strip_contacts(source.lines, allowed)
    removals += stripped
    lines = _drop_table_of_contents(lines, removals)

    title_line = _find_title(lines)
    title_lines = []
    if title_line is not None:
        lines.remove(title_line)
        if title.strip():
            removals.append(
                Removal(
                    "title replaced by the one typed",
                    title_line.text,
                    title_line.number,
                )
            )
        else:
            title, title_lines = title_line.text.strip(), [title_line.number]

    blocks = build_body(lines, notes)
    needs_contact_link = any(r.kind in CONTACT_KINDS for r in removals)
    if drop_sales(blocks, removals):
        needs_contact_link = True
    if not title.strip():
        heading = next((block for block in blocks if block.kind == "heading"), None)
        if heading is None:
            raise DocumentError(
                "No title found: start the document with a short title line without "
                "a full stop, or type a title."
            )
        title = heading.text
        notes.append(
            f"The document does not start with a title, so the first heading "
            f"(“{title}”) is used: change the title in the editor if needed."
        )
    title = title.strip()[:255]
    summary, summary_lines = _take_summary(blocks, title, notes)
    notes = [note.replace("{unit}", source.unit) for note in notes]
    return ParsedDocument(
        title=title,
        title_lines=title_lines,
        summary=summary,
        summary_lines=summary_lines,
        blocks=blocks,
        removals=removals,
        notes=notes,
        source_lines=source_lines,
        unit=source.unit,
        needs_contact_link=needs_contact_link,
    )


# Table of contents --------------------------------------------------------------


def _normal(text: str) -> str:
    text = NUMBERED_RE.sub("", BULLET_RE.sub("", text))
    return re.sub(r"\W+", " ", text).strip().lower()


def _drop_table_of_contents(lines: list[Line], removals: list[Removal]) -> list[Line]:
    """Lines without a 'Table of contents' and its entries: the page makes its own."""
    kept = []
    for line in lines:
        if line.style == "toc":
            removals.append(Removal(TOC_REMOVAL, line.text, line.number))
        else:
            kept.append(line)
    lines = kept
    for index, line in enumerate(lines[: max(4, len(lines) // 3)]):
        if not TOC_RE.match(line.text.strip()):
            continue
        later = Counter(_normal(other.text) for other in lines[index + 1 :])
        seen: set[str] = set()
        end = index + 1
        while end < len(lines):
            entry = lines[end]
            normal = _normal(entry.text)
            if normal in seen:
                break  # the first section itself, after the list of entries
            marked = (
                entry.style in ("bullet", "numbered")
                or BULLET_RE.match(entry.text)
                or (
                    NUMBERED_RE.match(entry.text)
                    and heading_like(NUMBERED_RE.sub("", entry.text))
                )
            )
            # An unmarked entry is a short line repeated later as a heading.
            if not (marked or (heading_like(entry.text) and later[normal] >= 2)):
                break
            seen.add(normal)
            end += 1
        if end == index + 1:
            continue  # a heading called "Contents" with no list after it
        for line in lines[index:end]:
            removals.append(Removal(TOC_REMOVAL, line.text, line.number))
        return lines[:index] + lines[end:]
    return lines


# Title ------------------------------------------------------------------------------


def _find_title(lines: list[Line]) -> Line | None:
    for line in lines[:3]:
        if line.style == "title" and line.text.strip():
            return line
    if not lines:
        return None
    first = lines[0]
    text = first.text.strip()
    if first.style == "heading" and first.level == 1 and len(text) <= 255:
        return first
    if (
        first.style == ""
        and heading_like(text, TITLE_MAX)
        and len(text.split()) <= 20
        and not NUMBERED_RE.match(text)
        and not BULLET_RE.match(text)
        and not MYTH_RE.match(text)
        and not QUESTION_RE.match(text)
    ):
        return first
    return None


# Summary ------------------------------------------------------------------------------


def _take_summary(
    blocks: list[Block], title: str, notes: list[str]
) -> tuple[str, list[int]]:
    """The summary: the opening paragraph, or its first sentences.

    Text moved into the summary leaves the body, so nothing is shown twice.
    """
    if blocks and blocks[0].kind == "paragraph":
        block = blocks[0]
        runs, lines = block.parts[0], block.part_lines[0]
        text = plain(runs)
        if any(run.href for run in runs):
            notes.append(
                "The opening paragraph has links and the summary is plain text, so the "
                "summary repeats its first sentences and the paragraph stays in the body."
            )
            return split_sentence(text, SUMMARY_MAX)[0], []
        if len(text) <= SUMMARY_MAX:
            block.parts.pop(0)
            block.part_lines.pop(0)
            block.source = [line for line in block.source if line.number not in lines]
            if not block.parts:
                blocks.pop(0)
            return text, lines
        summary, _ = split_sentence(text, SUMMARY_MAX)
        if summary.endswith("…"):
            notes.append(
                "The opening sentence is longer than the summary allows, so the summary "
                "is cut short and the paragraph stays in the body: rewrite the summary."
            )
            return summary, []
        block.parts[0] = _delete_spans(runs, [(0, len(summary) + 1)])
        return summary, lines
    for block in blocks:
        if block.kind == "paragraph":
            notes.append(
                "The document has no opening paragraph, so the summary repeats the first "
                "sentences of the article: rewrite it in the editor."
            )
            return split_sentence(plain(block.parts[0]), SUMMARY_MAX)[0], []
    notes.append(
        "The document has no paragraph to use as a summary, so the summary is the "
        "title: write one in the editor."
    )
    return title[:SUMMARY_MAX], []
