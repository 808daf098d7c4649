"""What one line looks like, and small helpers on a line's text and runs.

The patterns for list markers ("•", "-", "*", "2.", "3.1"), "Myth:" / "Fact:" and
"Q:" / "A:" labels, the test for a line short and plain enough to be a heading,
and the sentence splitter that fits text into a field. body.py and structure.py
both read lines with these.
"""

import re

from .reader import Line, Run
from .stripping import _delete_spans

BULLET_RE = re.compile(r"^\s*[•\-*–·▪◦●‣]\s+(?=\S)")
NUMBERED_RE = re.compile(r"^\s*(?:(\d{1,2})[.)]|(\d{1,2}(?:\.\d{1,2})+)[.)]?)\s+(?=\S)")
# A symbol may come first ("❌ Myth:", "✅ Fact:") and a number after ("Myth #2:").
SYMBOL = r"(?:[^\w\s]{1,3}\s*)?"
MYTH_RE = re.compile(rf"^\s*{SYMBOL}myth\s*(?:#?\d+\s*)?[:\-–—]\s*", re.IGNORECASE)
FACT_RE = re.compile(rf"^\s*{SYMBOL}(?:fact|truth|reality)\s*[:\-–—]\s*", re.IGNORECASE)
INLINE_FACT_RE = re.compile(
    rf"\s+{SYMBOL}(?:fact|truth|reality)\s*[:\-–—]\s*", re.IGNORECASE
)
QUESTION_RE = re.compile(r"^\s*(?:q|question)\s*[:.]\s+", re.IGNORECASE)
ANSWER_RE = re.compile(r"^\s*(?:a|answer)\s*[:.]\s+", re.IGNORECASE)
INLINE_ANSWER_RE = re.compile(r"(?<=\?)\s+(?:a|answer)\s*:\s*(?=\S)", re.IGNORECASE)


def plain(runs: list[Run]) -> str:
    return "".join(run.text for run in runs).strip()


def drop_prefix(runs: list[Run], length: int) -> list[Run]:
    return _delete_spans(runs, [(0, length)]) if length else runs


def heading_like(text: str, max_length: int = 100) -> bool:
    text = text.strip()
    return (
        0 < len(text) <= max_length
        and len(text.split()) <= 14
        and text[-1] not in ".,;:!"
        and bool(re.match(r"[\"“‘']?[A-Z0-9À-Þ]", text))
        and bool(re.search(r"[^\W\d_]", text))
    )


def lead(line: Line) -> int:
    """Characters before the text proper (spaces the runs still hold)."""
    return len(line.text) - len(line.text.lstrip())


def split_sentence(text: str, limit: int) -> tuple[str, str]:
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
