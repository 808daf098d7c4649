"""Remove phone numbers, email addresses and other websites from imported lines.

A sentence that gives a phone number, an email address or a website that is not
the clinic's own exists to send readers elsewhere, so the whole sentence goes;
a link on ordinary words to another website loses only the link. Every removal
is recorded with its line number for the report.
"""

import re
from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Site

from .reader import Line, Run
from .report import Removal

EMAIL_RE = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+", re.UNICODE)
URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"”’]+", re.IGNORECASE)
TLDS = (
    "com|org|net|info|biz|io|co|uk|us|ca|au|nz|ie|de|fr|es|it|nl|eu|in|me|ai|app|"
    "health|care|clinic|pharmacy|shop|store|online|site|xyz|test|example|invalid|gov|edu|tv|ly"
)
DOMAIN_RE = re.compile(
    rf"(?<![@\w.\-/])(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+(?:{TLDS})(?![\w\-])(?:/[^\s]*)?",
    re.IGNORECASE,
)
# Digits in groups of up to five, joined by single spaces, dots or dashes, with
# optional brackets and a leading + or 00: +44 20 7946 0000, (020) 7946 0000,
# 0800 000 0000, 1-800-555-0100, 800.555.0100, +44 (0)20 7946 0000.
PHONE_RE = re.compile(
    r"(?<![\w.+])(?:\+|\b00)?\(?\d{1,5}\)?(?:[ .\-–]?\(?\d{1,5}\)?){1,6}(?!\w)"
)
YEAR_RE = re.compile(r"(?:1[5-9]|20)\d\d")
TRAILING_PUNCTUATION = ".,;:!?)]}'\"”’"
# Words that mean nothing once the number or address after them has gone.
LABEL_WORDS = {
    "and", "at", "call", "contact", "e-mail", "email", "fax", "here", "link", "mail",
    "mobile", "on", "online", "or", "our", "phone", "site", "sms", "tel", "telephone",
    "text", "url", "us", "visit", "web", "website", "whatsapp",
}  # fmt: skip
SENTENCE_END_RE = re.compile(r"(?<=[.!?])[\"”’)\]]*\s+")


def allowed_domains() -> set[str]:
    """The clinic's own domains: the setting plus every Wagtail Site's hostname."""

    domains = {
        domain.strip().lower().removeprefix("www.")
        for domain in settings.CLINIC_IMPORT_ALLOWED_DOMAINS
        if domain.strip()
    }
    domains.update(
        hostname.lower().removeprefix("www.")
        for hostname in Site.objects.values_list("hostname", flat=True)
        if hostname
    )
    return domains


def is_allowed_host(host: str, allowed: set[str]) -> bool:
    host = (host or "").lower().strip(".").removeprefix("www.")
    return any(host == domain or host.endswith(f".{domain}") for domain in allowed)


def strip_contacts(
    lines: list[Line], allowed: set[str]
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


def _strip_links(line: Line, allowed: set[str]) -> list[Removal]:
    removals = []
    for run in line.runs:
        if not run.href:
            continue
        href = run.href.strip()
        scheme = urlsplit(href).scheme.lower()
        if scheme == "mailto":
            kind = "email address"
        elif scheme == "tel":
            kind = "phone number"
        elif scheme in ("http", "https") or href.lower().startswith("www."):
            host = urlsplit(href if scheme else f"http://{href}").hostname or ""
            if is_allowed_host(host, allowed):
                continue
            kind = "link to another website (its words are kept)"
        elif not scheme and not href.startswith("//"):
            continue  # a link within the clinic's own site: /contact/, #section
        else:
            kind = "link"
        removals.append(Removal(kind, href, line.number, context=run.text.strip()))
        run.href = ""
    return removals


def _contact_spans(line: Line, allowed: set[str]) -> tuple[list[tuple], list[Removal]]:
    """Sentences to delete from the line, and a Removal for each item found in them."""
    text = line.text
    found: list[tuple[int, int, str]] = []

    def overlaps(start, end):
        return any(start < f_end and end > f_start for f_start, f_end, _ in found)

    for match in EMAIL_RE.finditer(text):
        found.append((match.start(), match.end(), "email address"))
    for match in URL_RE.finditer(text):
        url = match.group().rstrip(TRAILING_PUNCTUATION)
        end = match.start() + len(url)
        host = urlsplit(url if "://" in url else f"http://{url}").hostname or ""
        if not overlaps(match.start(), end) and not is_allowed_host(host, allowed):
            found.append((match.start(), end, "website"))
    for match in DOMAIN_RE.finditer(text):
        domain = match.group().rstrip(TRAILING_PUNCTUATION)
        end = match.start() + len(domain)
        host = domain.split("/")[0]
        if not overlaps(match.start(), end) and not is_allowed_host(host, allowed):
            found.append((match.start(), end, "website"))
    for match in PHONE_RE.finditer(text):
        if not overlaps(match.start(), match.end()) and _is_phone(match.group()):
            found.append((match.start(), match.end(), "phone number"))

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


def _is_phone(candidate: str) -> bool:
    digits = re.sub(r"\D", "", candidate)
    groups = re.findall(r"\d+", candidate)
    if len(groups) > 1 and all(YEAR_RE.fullmatch(group) for group in groups):
        return False  # 1990-2020
    if re.fullmatch(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}", candidate.strip()):
        return False  # a date
    if "." in candidate and len(groups) < 3:
        return False  # a decimal number
    if len(groups) == 1:
        return candidate.startswith(("+", "0")) and 10 <= len(digits) <= 15
    if candidate.startswith("+"):
        return 7 <= len(digits) <= 15
    return 8 <= len(digits) <= 15


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
