"""Recognise an article's parts in numbered lines: title, summary, sections, lists,
myth-versus-fact pairs, FAQs, and the table of contents and closing sales pitch to drop.

Formats that say what a line is (a Word heading style, a Markdown list item) are
believed; plain text is read the way a person would: a short line without a full
stop before a paragraph is a heading, "3. How it works" is a numbered heading,
"•", "-" and "*" start list items, "Myth:" and "Fact:" pair up, and in a
"Frequently asked questions" section a line ending in "?" is a question.
"""

import re
from collections import Counter
from dataclasses import dataclass, field

from .reader import Line, Run, Source
from .report import DocumentError, Removal
from .stripping import _delete_spans, strip_contacts

BULLET_RE = re.compile(r"^\s*[•\-*–·▪◦●‣]\s+(?=\S)")
NUMBERED_RE = re.compile(r"^\s*(?:(\d{1,2})[.)]|(\d{1,2}(?:\.\d{1,2})+)[.)]?)\s+(?=\S)")
MYTH_RE = re.compile(r"^\s*myth\s*(?:\d+\s*)?[:\-–—]\s*", re.IGNORECASE)
FACT_RE = re.compile(r"^\s*(?:fact|truth|reality)\s*[:\-–—]\s*", re.IGNORECASE)
INLINE_FACT_RE = re.compile(r"\s+(?:fact|truth|reality)\s*[:\-–—]\s*", re.IGNORECASE)
QUESTION_RE = re.compile(r"^\s*(?:q|question)\s*[:.]\s+", re.IGNORECASE)
ANSWER_RE = re.compile(r"^\s*(?:a|answer)\s*[:.]\s+", re.IGNORECASE)
TOC_RE = re.compile(
    r"^(?:table of contents|contents|in this (?:article|guide|document)|on this page)\s*:?$",
    re.IGNORECASE,
)
FAQ_RE = re.compile(
    r"\b(?:frequently asked questions|faqs?|questions and answers|q\s*&\s*a|"
    r"common questions)\b",
    re.IGNORECASE,
)
CTA_RE = re.compile(
    r"\b(?:call to action|get in touch|contact us|take the next step|order now|"
    r"buy now|shop now|where to buy|our products|book now)\b",
    re.IGNORECASE,
)
SALES_RE = re.compile(
    r"\b(?:buy|order|purchase|shop|products?|partner|campaigns?|offers?|discount|"
    r"contact|call|visit|learn more|next step)\b",
    re.IGNORECASE,
)
TOC_REMOVAL = "table of contents (the page makes its own)"
CONTACT_KINDS = {"phone number", "email address", "website", "contact line"}
SENTENCE_END = '.!?:;"”’)…'

HEADING_MAX = 120  # HeadingBlock.text
QUESTION_MAX = 200  # FAQ.question
MYTH_MAX = 200  # MythCard.myth
FACT_MAX = 240  # MythCard.fact
SUMMARY_MAX = 400  # ArticlePage.summary
TITLE_MAX = 150


@dataclass
class MythItem:
    myth: str
    fact: str
    explanation: str
    lines: list[int]


@dataclass
class FAQItem:
    question: str
    answer: list[tuple[str, list[Run]]]  # ("p" or "li", runs)
    lines: list[int]


@dataclass
class Block:
    """A block of the draft body, before it becomes StreamField data."""

    kind: str  # heading, paragraph, list, myth_cards, faq_group, contact
    source: list[Line] = field(default_factory=list)
    text: str = ""  # heading
    level: str = "h2"  # heading
    style: str = "bulleted"  # list
    parts: list[list[Run]] = field(default_factory=list)  # paragraphs or list items
    part_lines: list[list[int]] = field(default_factory=list)  # paragraphs
    myths: list[MythItem] = field(default_factory=list)
    faqs: list[FAQItem] = field(default_factory=list)

    @property
    def lines(self) -> list[int]:
        return sorted({line.number for line in self.source})


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


def parse(source: Source, allowed: set[str], title: str = "") -> ParsedDocument:
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

    blocks = _Builder(lines, notes).build()
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

    needs_contact_link = any(r.kind in CONTACT_KINDS for r in removals)
    if _drop_call_to_action(blocks, removals):
        needs_contact_link = True
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


def plain(runs: list[Run]) -> str:
    return "".join(run.text for run in runs).strip()


def _drop_prefix(runs: list[Run], length: int) -> list[Run]:
    return _delete_spans(runs, [(0, length)]) if length else runs


def _heading_like(text: str, max_length: int = 100) -> bool:
    text = text.strip()
    return (
        0 < len(text) <= max_length
        and len(text.split()) <= 14
        and text[-1] not in ".,;:!"
        and bool(re.match(r"[\"“‘']?[A-Z0-9À-Þ]", text))
        and bool(re.search(r"[^\W\d_]", text))
    )


def _normal(text: str) -> str:
    text = NUMBERED_RE.sub("", BULLET_RE.sub("", text))
    return re.sub(r"\W+", " ", text).strip().lower()


# Table of contents --------------------------------------------------------------


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
                    and _heading_like(NUMBERED_RE.sub("", entry.text))
                )
            )
            # An unmarked entry is a short line repeated later as a heading.
            if not (marked or (_heading_like(entry.text) and later[normal] >= 2)):
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
        and _heading_like(text, TITLE_MAX)
        and len(text.split()) <= 20
        and not NUMBERED_RE.match(text)
        and not BULLET_RE.match(text)
        and not MYTH_RE.match(text)
        and not QUESTION_RE.match(text)
    ):
        return first
    return None


# Body -------------------------------------------------------------------------------


class _Builder:
    """Turns the lines after the title into blocks, in one pass."""

    def __init__(self, lines: list[Line], notes: list[str]):
        self.lines = lines
        self.notes = notes
        self.blocks: list[Block] = []
        self.hinted = any(line.style == "heading" for line in lines)
        levels = sorted({line.level for line in lines if line.style == "heading"})
        self.top_level = levels[0] if levels else 0
        self.numbered = any(self._numbered_heading(i) for i in range(len(lines)))
        self.seen_section = False
        self.faq_level = ""  # the level of the open FAQ section's heading, or ""
        self.open_faq: FAQItem | None = None
        self.closed = True  # the last block takes no more lines

    def build(self) -> list[Block]:
        index = 0
        while index < len(self.lines):
            index = self._take(index)
        self._close_faq()
        return self.blocks

    # Recognising one line

    def _numbered_heading(self, index: int) -> bool:
        line = self.lines[index]
        match = NUMBERED_RE.match(line.text)
        if not match or line.style not in ("", "heading"):
            return False
        rest = line.text[match.end() :]
        if not _heading_like(rest):
            return False
        if line.style == "heading":
            return True
        neighbours = [
            self.lines[i] for i in (index - 1, index + 1) if 0 <= i < len(self.lines)
        ]
        # "1. Rest" followed by "2. Sleep" is a numbered list, not two headings.
        return not any(
            NUMBERED_RE.match(other.text) and other.style == "" for other in neighbours
        )

    def _plain_heading(self, index: int) -> bool:
        line = self.lines[index]
        if line.style or index + 1 >= len(self.lines):
            return False
        text = line.text.strip()
        if not _heading_like(text) or NUMBERED_RE.match(text) or BULLET_RE.match(text):
            return False
        if MYTH_RE.match(text) or FACT_RE.match(text) or QUESTION_RE.match(text):
            return False
        if self.hinted and not all(run.bold for run in line.runs if run.text.strip()):
            return False
        following = self.lines[index + 1]
        follow_text = following.text.strip()
        # Two short lines in a row are more likely a list without bullets.
        return not (
            not following.style
            and _heading_like(follow_text)
            and not NUMBERED_RE.match(follow_text)
            and not follow_text.endswith("?")
        )

    def _heading_level(self, line: Line, numbered_match=None) -> str:
        if line.style == "heading":
            return "h2" if line.level <= self.top_level else "h3"
        if numbered_match:
            return "h3" if numbered_match.group(2) else "h2"
        if (self.numbered or self.hinted) and self.seen_section:
            return "h3"
        return "h2"

    # Emitting blocks

    def _take(self, index: int) -> int:
        line = self.lines[index]
        text = line.text.strip()
        in_faq = bool(self.faq_level)

        if in_faq and self._is_question(index):
            self._start_question(line, line.runs)
            return index + 1
        if QUESTION_RE.match(text):
            runs = _drop_prefix(line.runs, QUESTION_RE.match(text).end() + _lead(line))
            self._start_question(line, runs)
            return index + 1
        if self.open_faq is not None and ANSWER_RE.match(text):
            runs = _drop_prefix(line.runs, ANSWER_RE.match(text).end() + _lead(line))
            self._answer(line, "p", runs)
            return index + 1

        heading = None
        if line.style == "heading":
            heading = (NUMBERED_RE.match(text), line)
        elif self._numbered_heading(index):
            heading = (NUMBERED_RE.match(text), line)
        elif self._plain_heading(index):
            heading = (None, line)
        if heading is not None:
            match, line = heading
            words = text[match.end() :] if match else text
            if len(words) <= HEADING_MAX:
                self._heading(line, words.strip(), self._heading_level(line, match))
                return index + 1
            self.notes.append(
                f"The heading on {{unit}} {line.number} is longer than {HEADING_MAX} "
                "characters, so it is imported as a paragraph."
            )

        unbulleted = BULLET_RE.sub("", text)
        if MYTH_RE.match(unbulleted):
            return self._myth(index)
        if line.style in ("bullet", "numbered") or BULLET_RE.match(text):
            style = "numbered" if line.style == "numbered" else "bulleted"
            marker = BULLET_RE.match(text)
            runs = (
                _drop_prefix(line.runs, marker.end() + _lead(line))
                if marker
                else line.runs
            )
            if self.open_faq is not None:
                self._answer(line, "li", runs)
            else:
                self._list_item(line, style, runs)
            return index + 1
        if NUMBERED_RE.match(text) and line.style == "":
            marker = NUMBERED_RE.match(text)
            runs = _drop_prefix(line.runs, marker.end() + _lead(line))
            if self.open_faq is not None:
                self._answer(line, "li", runs)
            else:
                self._list_item(line, "numbered", runs)
            return index + 1
        if self.open_faq is not None:
            self._answer(line, "p", line.runs)
            return index + 1
        self._paragraph(line)
        return index + 1

    def _is_question(self, index: int) -> bool:
        line = self.lines[index]
        text = line.text.strip()
        if self._numbered_heading(index) or (
            line.style == "heading" and self._heading_level(line) == "h2"
        ):
            return False
        return (
            text.endswith("?")
            and len(text) <= QUESTION_MAX
            and line.style not in ("bullet", "numbered")
            and not BULLET_RE.match(text)
        )

    def _heading(self, line: Line, text: str, level: str):
        self._close_faq()
        if level == "h2" or not self.faq_level or self.faq_level == "h3":
            self.faq_level = level if FAQ_RE.search(text) else ""
        self.blocks.append(Block("heading", [line], text=text, level=level))
        self.seen_section = True
        self.closed = True

    def _paragraph(self, line: Line):
        last = self.blocks[-1] if self.blocks and not self.closed else None
        if last is not None and last.kind == "paragraph":
            previous = plain(last.parts[-1])
            first_char = line.text.strip()[:1]
            if (
                not line.blank_before
                and previous
                and previous[-1] not in SENTENCE_END
                and first_char.islower()
            ):
                # A hard-wrapped line continues the paragraph before it.
                last.parts[-1] = last.parts[-1] + [Run(" ")] + list(line.runs)
                last.part_lines[-1].append(line.number)
            else:
                last.parts.append(list(line.runs))
                last.part_lines.append([line.number])
            last.source.append(line)
            return
        self.blocks.append(
            Block(
                "paragraph",
                [line],
                parts=[list(line.runs)],
                part_lines=[[line.number]],
            )
        )
        self.closed = False

    def _list_item(self, line: Line, style: str, runs: list[Run]):
        last = self.blocks[-1] if self.blocks and not self.closed else None
        if last is not None and last.kind == "list" and last.style == style:
            last.parts.append(runs)
            last.source.append(line)
            return
        self.blocks.append(Block("list", [line], style=style, parts=[runs]))
        self.closed = False

    def _myth(self, index: int) -> int:
        # A question still waiting for its answer ends here, whatever this line becomes.
        self._close_faq()
        line = self.lines[index]
        text = BULLET_RE.sub("", line.text.strip())
        myth = MYTH_RE.sub("", text, count=1).strip()
        fact_line = None
        inline = INLINE_FACT_RE.split(myth, maxsplit=1)
        if len(inline) == 2:
            myth, fact = inline[0].strip(), inline[1].strip()
        elif index + 1 < len(self.lines) and FACT_RE.match(
            BULLET_RE.sub("", self.lines[index + 1].text.strip())
        ):
            fact_line = self.lines[index + 1]
            fact = FACT_RE.sub("", BULLET_RE.sub("", fact_line.text.strip()), count=1)
            fact = fact.strip()
        else:
            self.notes.append(
                f"“Myth:” on {{unit}} {line.number} has no “Fact:” after it, so it is "
                "imported as a paragraph."
            )
            self._paragraph(line)
            return index + 1
        if not myth or not fact or len(myth) > MYTH_MAX:
            self.notes.append(
                f"The myth on {{unit}} {line.number} is empty or longer than {MYTH_MAX} "
                "characters, so it is imported as paragraphs."
            )
            self._paragraph(line)
            if fact_line is not None:
                self._paragraph(fact_line)
            return index + (2 if fact_line is not None else 1)
        explanation = ""
        if len(fact) > FACT_MAX:
            fact, explanation = _split_sentence(fact, FACT_MAX)
        sources = [line] + ([fact_line] if fact_line is not None else [])
        item = MythItem(myth, fact, explanation, [s.number for s in sources])
        self._close_faq()
        last = self.blocks[-1] if self.blocks and not self.closed else None
        if last is not None and last.kind == "myth_cards":
            last.myths.append(item)
            last.source += sources
        else:
            self.blocks.append(Block("myth_cards", sources, myths=[item]))
            self.closed = False
        return index + len(sources)

    def _start_question(self, line: Line, runs: list[Run]):
        self._close_faq()
        item = FAQItem(plain(runs), [], [line.number])
        last = self.blocks[-1] if self.blocks and not self.closed else None
        if last is not None and last.kind == "faq_group":
            last.faqs.append(item)
            last.source.append(line)
        else:
            self.blocks.append(Block("faq_group", [line], faqs=[item]))
        self.open_faq = item
        self.closed = False

    def _answer(self, line: Line, kind: str, runs: list[Run]):
        self.open_faq.answer.append((kind, runs))
        self.open_faq.lines.append(line.number)
        self.blocks[-1].source.append(line)

    def _close_faq(self):
        """End the open question; one without an answer becomes a paragraph."""
        item, self.open_faq = self.open_faq, None
        if item is None or item.answer:
            return
        group = next(block for block in reversed(self.blocks) if item in block.faqs)
        group.faqs.remove(item)
        question_line = next(s for s in group.source if s.number == item.lines[0])
        group.source.remove(question_line)
        if not group.faqs:
            self.blocks.remove(group)
        self.notes.append(
            f"The question on {{unit}} {item.lines[0]} has no answer after it, so it "
            "is imported as a paragraph."
        )
        self.closed = True
        self._paragraph(question_line)


def _lead(line: Line) -> int:
    """Characters before the text proper (spaces the runs still hold)."""
    return len(line.text) - len(line.text.lstrip())


def _split_sentence(text: str, limit: int) -> tuple[str, str]:
    """The first whole sentences of text that fit in limit, and the rest.

    If even the first sentence is too long, it is cut at a word and ends in "…",
    and the rest is the whole text.
    """
    if len(text) <= limit:
        return text, ""
    head = ""
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        candidate = f"{head} {sentence}".strip()
        if len(candidate) > limit:
            break
        head = candidate
    if head:
        return head, text[len(head) :].strip()
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return f"{cut}…", text


# Call to action and summary -----------------------------------------------------


def _drop_call_to_action(blocks: list[Block], removals: list[Removal]) -> bool:
    """Remove a closing section that exists to sell or send readers elsewhere."""
    starts = [i for i, block in enumerate(blocks) if block.kind == "heading"]
    if not starts:
        return False
    start = starts[-1]
    section = blocks[start:]
    first_line = blocks[start].lines[0]
    section_text = " ".join(line.text for block in section for line in block.source)
    contact_removed = any(
        removal.kind in CONTACT_KINDS and removal.line >= first_line
        for removal in removals
    )
    section_lines = sum(len(block.source) for block in section)
    is_pitch = CTA_RE.search(blocks[start].text) or (
        contact_removed and section_lines <= 6 and SALES_RE.search(section_text)
    )
    if not is_pitch:
        return False
    for block in section:
        for line in block.source:
            removals.append(
                Removal(
                    "call to action (the clinic's contact page is linked instead)",
                    line.text.strip(),
                    line.number,
                )
            )
    del blocks[start:]
    return True


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
            return _split_sentence(text, SUMMARY_MAX)[0], []
        if len(text) <= SUMMARY_MAX:
            block.parts.pop(0)
            block.part_lines.pop(0)
            block.source = [line for line in block.source if line.number not in lines]
            if not block.parts:
                blocks.pop(0)
            return text, lines
        summary, _ = _split_sentence(text, SUMMARY_MAX)
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
            return _split_sentence(plain(block.parts[0]), SUMMARY_MAX)[0], []
    notes.append(
        "The document has no paragraph to use as a summary, so the summary is the "
        "title: write one in the editor."
    )
    return title[:SUMMARY_MAX], []
