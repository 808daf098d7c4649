"""Turn the lines after the title into the draft body's blocks, in one pass.

Formats that say what a line is (a Word heading style, a Markdown list item) are
believed; plain text is read the way a person would: a short line without a full
stop before a paragraph is a heading, "3. How it works" is a numbered heading,
"•", "-" and "*" start list items, "Myth:" and "Fact:" pair up, and in a
"Frequently asked questions" section a line ending in "?" is a question. Anywhere,
"Q:" starts a question ("A:" its answer), and two or more questions in a row that
are written as whole bold lines or as sub-headings, each with an answer after it,
are FAQs rather than headings.
Consecutive lines of one kind gather into one Block (paragraphs, list, myth
cards, FAQ group).
"""

import re
from dataclasses import dataclass, field

from .lines import (
    ANSWER_RE,
    BULLET_RE,
    FACT_RE,
    INLINE_ANSWER_RE,
    INLINE_FACT_RE,
    MYTH_RE,
    NUMBERED_RE,
    QUESTION_RE,
    drop_prefix,
    heading_like,
    lead,
    plain,
    split_sentence,
)
from .reader import Line, Run
from .stripping import _delete_spans

FAQ_RE = re.compile(
    r"\b(?:frequently asked questions|faqs?|questions and answers|q\s*&\s*a|"
    r"(?:common|your|patients?'?|other) questions|questions (?:answered|people ask))\b",
    re.IGNORECASE,
)
SENTENCE_END = '.!?:;"”’)…'

HEADING_MAX = 120  # HeadingBlock.text
QUESTION_MAX = 200  # FAQ.question
MYTH_MAX = 200  # MythCard.myth
FACT_MAX = 240  # MythCard.fact


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


def build_body(lines: list[Line], notes: list[str]) -> list[Block]:
    """The blocks of the body; notes gets a line for each thing read differently."""
    return _Builder(lines, notes).build()


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
        self.faq_numbered = False  # that heading is numbered ("12. FAQs")
        self.open_faq: FAQItem | None = None
        self.closed = True  # the last block takes no more lines
        self.questions: set[int] = set()  # lines that are FAQ questions by their shape

    def build(self) -> list[Block]:
        self.questions = self._question_runs()
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
        if not heading_like(rest):
            return False
        if line.style == "heading":
            return True
        neighbours = [
            self.lines[i] for i in (index - 1, index + 1) if 0 <= i < len(self.lines)
        ]
        # "1. Rest" followed by "2. Sleep" is a numbered list, not two headings;
        # "2. Questions" followed by "2.1 Is it safe?" is a section and its first part.
        depth = bool(match.group(2))
        return not any(
            other.style == ""
            and (other_match := NUMBERED_RE.match(other.text))
            and bool(other_match.group(2)) == depth
            for other in neighbours
        )

    def _plain_heading(self, index: int) -> bool:
        line = self.lines[index]
        if line.style or index + 1 >= len(self.lines):
            return False
        text = line.text.strip()
        if not heading_like(text) or NUMBERED_RE.match(text) or BULLET_RE.match(text):
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
            and heading_like(follow_text)
            and not NUMBERED_RE.match(follow_text)
            and not follow_text.endswith("?")
        )

    def _question_shape(self, index: int) -> bool:
        """A question written as a whole bold line or as a sub-heading."""
        line = self.lines[index]
        text = line.text.strip()
        if not text.endswith("?") or len(text) > QUESTION_MAX:
            return False
        if NUMBERED_RE.match(text) or BULLET_RE.match(text):
            return False
        if line.style == "heading":
            return line.level > self.top_level
        return line.style == "" and all(
            run.bold for run in line.runs if run.text.strip()
        )

    def _question_runs(self) -> set[int]:
        """Lines of two or more shaped questions in a row, each with an answer."""
        found: set[int] = set()
        run: list[int] = []
        index = 0
        while index < len(self.lines):
            if not self._question_shape(index):
                if len(run) >= 2:
                    found.update(run)
                run = []
                index += 1
                continue
            end = index + 1
            while (
                end < len(self.lines)
                and not self._question_shape(end)
                and self.lines[end].style != "heading"
                and not self._numbered_heading(end)
                and not self._plain_heading(end)
            ):
                end += 1
            if end == index + 1:  # no answer: a heading, or a question left open
                if len(run) >= 2:
                    found.update(run)
                run = []
                index = end
                continue
            run.append(index)
            index = end
        if len(run) >= 2:
            found.update(run)
        return found

    def _has_fact(self, index: int) -> bool:
        text = BULLET_RE.sub("", self.lines[index].text.strip())
        myth = MYTH_RE.sub("", text, count=1)
        if len(INLINE_FACT_RE.split(myth, maxsplit=1)) == 2:
            return True
        return index + 1 < len(self.lines) and bool(
            FACT_RE.match(BULLET_RE.sub("", self.lines[index + 1].text.strip()))
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

        if (
            (in_faq and self._is_question(index))
            or index in self.questions
            or QUESTION_RE.match(text)
        ):
            self._question_line(line)
            return index + 1
        if self.open_faq is not None and ANSWER_RE.match(text):
            runs = drop_prefix(line.runs, ANSWER_RE.match(text).end() + lead(line))
            self._answer(line, "p", runs)
            return index + 1

        unbulleted = BULLET_RE.sub("", text)
        if MYTH_RE.match(unbulleted) and self._has_fact(index):
            return self._myth(index)  # even when written as a heading

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

        if MYTH_RE.match(unbulleted):
            return self._myth(index)
        if line.style in ("bullet", "numbered") or BULLET_RE.match(text):
            style = "numbered" if line.style == "numbered" else "bulleted"
            marker = BULLET_RE.match(text)
            runs = (
                drop_prefix(line.runs, marker.end() + lead(line))
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
            runs = drop_prefix(line.runs, marker.end() + lead(line))
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
        """A line ending in "?" in an FAQ section, unless it starts the next section.

        A numbered or bulleted question counts when an answer follows it rather
        than another item of the list; "3. Is it legal?" after "2. FAQs" is the
        next section, "2.1 Is it safe?" a question.
        """
        line = self.lines[index]
        text = line.text.strip()
        if not text.endswith("?") or len(text) > QUESTION_MAX:
            return False
        if line.style == "heading" and self._heading_level(line) == "h2":
            return False
        number = NUMBERED_RE.match(text) if line.style == "" else None
        if number and self.faq_numbered and not number.group(2):
            return False
        if line.style in ("bullet", "numbered") or BULLET_RE.match(text) or number:
            following = self.lines[index + 1] if index + 1 < len(self.lines) else None
            return following is not None and not (
                following.style in ("bullet", "numbered")
                or BULLET_RE.match(following.text)
                or NUMBERED_RE.match(following.text)
            )
        return True

    def _heading(self, line: Line, text: str, level: str):
        self._close_faq()
        if level == "h2" or not self.faq_level or self.faq_level == "h3":
            self.faq_level = level if FAQ_RE.search(text) else ""
            self.faq_numbered = bool(NUMBERED_RE.match(line.text))
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
            fact, explanation = split_sentence(fact, FACT_MAX)
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

    def _question_line(self, line: Line):
        """Start a question, without its "Q:" and with an answer on the same line."""
        runs = line.runs
        label = (
            QUESTION_RE.match(line.text)
            or BULLET_RE.match(line.text)
            or NUMBERED_RE.match(line.text)
        )
        if label:
            runs = drop_prefix(runs, label.end())
        text = "".join(run.text for run in runs)
        answer = INLINE_ANSWER_RE.search(text)
        question = runs
        if answer is not None:
            question = _delete_spans(runs, [(answer.start(), len(text))])
        if len(plain(question)) > QUESTION_MAX:
            self.notes.append(
                f"The question on {{unit}} {line.number} is longer than {QUESTION_MAX} "
                "characters, so it is imported as a paragraph."
            )
            self._close_faq()
            self._paragraph(line)
            return
        self._start_question(line, question)
        if answer is not None:
            self._answer(line, "p", drop_prefix(runs, answer.end()))

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
