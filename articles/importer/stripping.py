"""Remove phone numbers, email addresses and other websites from imported lines.

What counts is the site's one contact details rule (contactrules): a sentence
that gives a phone number, an email address or a website that is not the
clinic's own or a trusted source exists to send readers elsewhere, so the whole sentence goes;
a link on ordinary words to another website loses only the link. Every removal
is recorded with its line number for the report.
"""

import re

from contactrules.models import allowed_for
from contactrules.rule import EMAIL, PHONE, Allowed, find_in_href, find_in_text

from .reader import Line, Run
from .report import Removal

# Words that mean nothing once the number or address after them has gone.
LABEL_WORDS = {
    "and", "at", "call", "contact", "e-mail", "email", "fax", "here", "link", "mail",
    "mobile", "on", "online", "or", "our", "phone", "site", "sms", "tel", "telephone",
    "text", "url", "us", "visit", "web", "website", "whatsapp",
}  # fmt: skip
SENTENCE_END_RE = re.compile(r"(?<=[.!?])[\"”’)\]]*\s+")
LINK_KINDS = {PHONE: "phone number", EMAIL: "email address"}


def allowed_contacts() -> Allowed:
    """What the site's contact details rule allows (contactrules): the clinic's
    own numbers, email domain and sites, and Settings › Trusted sources."""
    return allowed_for()


def strip_contacts(
    lines: list[Line], allowed: Allowed
) -> tuple[list[Line], list[Removal]]:
    """Lines without contact details or foreign links, and what was removed."""
    kept, removals = [], []
    for line in lines:
        removals += _strip_links(line, allowed)
        spans, found = _contact_spans(line, allowed)
        removals += found
        if spans:
            line.runs = _delete_spans(line.runs, spans)
        if spans and _only_labels(line.text):
            if line.text.strip():
                removals.append(Removal("contact line", line.text.strip(), line.number))
            continue
        kept.append(line)
    return kept, removals


def _strip_links(line: Line, allowed: Allowed) -> list[Removal]:
    removals = []
    for run in line.runs:
        if not run.href or not (finding := find_in_href(run.href, allowed)):
            continue
        kind = LINK_KINDS.get(
            finding.kind, "link to another website (its words are kept)"
        )
        removals.append(
            Removal(kind, run.href.strip(), line.number, context=run.text.strip())
        )
        run.href = ""
    return removals


def _contact_spans(line: Line, allowed: Allowed) -> tuple[list[tuple], list[Removal]]:
    """Sentences to delete from the line, and a Removal for each item found in them."""
    text = line.text
    found = [(f.start, f.end, f.kind) for f in find_in_text(text, allowed)]

    spans, removals = [], []
    for start, end, kind in sorted(found):
        sentence_start, sentence_end = _sentence_around(text, start, end)
        spans.append((sentence_start, sentence_end))
        removals.append(
            Removal(
                kind,
                text[start:end],
                line.number,
                context=text[sentence_start:sentence_end].strip(),
            )
        )
    return spans, removals


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence holding text[start:end], with its trailing space."""
    sentence_start = 0
    for boundary in SENTENCE_END_RE.finditer(text):
        if boundary.end() <= start:
            sentence_start = boundary.end()
        elif boundary.start() >= end:
            return sentence_start, boundary.end()
    return sentence_start, len(text)


def _only_labels(text: str) -> bool:
    words = re.findall(r"[\w\-]+", text.lower())
    return all(word in LABEL_WORDS for word in words)


def _delete_spans(runs: list[Run], spans: list[tuple[int, int]]) -> list[Run]:
    """The runs with the characters in spans removed, spaces tidied."""
    result, offset = [], 0
    for run in runs:
        kept = "".join(
            char
            for index, char in enumerate(run.text, start=offset)
            if not any(start <= index < end for start, end in spans)
        )
        offset += len(run.text)
        if kept:
            result.append(Run(kept, run.bold, run.italic, run.href))
    for index, run in enumerate(result):
        run.text = re.sub(r" {2,}", " ", run.text)
        if index and result[index - 1].text.endswith(" "):
            run.text = run.text.lstrip(" ")
    if result:
        result[0].text = result[0].text.lstrip()
        result[-1].text = result[-1].text.rstrip()
    return [run for run in result if run.text]
