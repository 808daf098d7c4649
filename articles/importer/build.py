"""Save a recognised document as a draft ArticlePage with its FAQ and myth snippets."""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.html import escape
from django.utils.text import slugify
from wagtail.log_actions import log
from wagtail.models import Locale, Page

from articles.blocks import BODY_FEATURES, LIST_ITEM_FEATURES
from articles.models import ArticlePage
from faq.models import ANSWER_FEATURES, FAQ, MythCard
from home.models import ContactPage
from richtext.text import clean_rich_text, plain_text

from .body import Block
from .lines import plain
from .reader import Run, read_document
from .report import (
    BlockSummary,
    DocumentError,
    ImportReport,
    Removal,
    SnippetSummary,
)
from .stripping import allowed_contacts
from .structure import ParsedDocument, parse


def max_upload_bytes() -> int:
    return settings.CLINIC_IMPORT_MAX_BYTES


def import_document(
    filename: str,
    data: bytes,
    parent: Page,
    user=None,
    title: str = "",
    dry_run: bool = False,
    language: str = "",
) -> ImportReport:
    """Create a draft article from the file under parent and report what happened.

    Raises DocumentError, with nothing saved, if the file cannot be imported.
    With dry_run everything is done and then rolled back, so the report shows
    exactly what a real import would create. `language` is the document's
    language (a code of CLINIC_LANGUAGES; default: the parent's): the draft, and
    any new FAQs and myth cards, are made in it, under the parent's version in
    that language.
    """

    parent = parent_in_language(parent, language).specific
    if not ArticlePage.can_create_at(parent):
        raise DocumentError(
            f"Articles cannot be added under “{parent.title}”: choose the article index."
        )
    source = read_document(filename, data, max_upload_bytes())
    document = parse(source, allowed_contacts(), title)
    report = ImportReport(
        filename=filename,
        unit=document.unit,
        title=document.title,
        summary=document.summary,
        parent_title=parent.title,
        removals=document.removals,
        notes=document.notes,
        source_lines=document.source_lines,
        dry_run=dry_run,
    )
    report.draft_lines |= set(document.title_lines) | set(document.summary_lines)
    with transaction.atomic():
        page = _save_page(document, parent, user, report)
        if report.unaccounted_lines:
            raise DocumentError(
                f"The importer could not place {report.unit}s "
                f"{report.unaccounted_lines} in the draft or the report, so nothing "
                "was imported."
            )
        if dry_run:
            transaction.set_rollback(True)
        else:
            report.page_id = page.pk
    return report


def parent_in_language(parent: Page, language: str) -> Page:
    """The parent's version in `language` (the parent itself if it is in it)."""
    if not language or parent.locale.language_code == language:
        return parent
    locale = Locale.objects.filter(language_code=language).first()
    translation = parent.get_translation_or_none(locale) if locale else None
    if translation is None:
        raise DocumentError(
            f"“{parent.title}” has no version in {language} yet: translate that "
            "section first, or choose the section in that language."
        )
    return translation


def _save_page(document: ParsedDocument, parent: Page, user, report: ImportReport):

    locale = parent.locale
    body = [_stream_data(block, report, locale) for block in document.blocks]
    if document.needs_contact_link:
        body.append(_contact_paragraph(report, locale))
    if not body:
        # The body is required: an article of one paragraph keeps it in both places.
        summary = f"<p>{escape(document.summary)}</p>"
        body.append(
            {"type": "paragraph", "value": clean_rich_text(summary, BODY_FEATURES)}
        )
        report.blocks.append(
            BlockSummary("paragraph", "the summary, repeated", document.summary_lines)
        )
    stream_block = ArticlePage.body.field.stream_block
    value = stream_block.to_python(body)
    try:
        stream_block.clean(value)
    except ValidationError as error:
        raise DocumentError(
            "The draft would not pass the editor's checks, so nothing was imported: "
            f"{'; '.join(error.messages)}"
        ) from error

    report.slug = _free_slug(parent, document.title)
    page = ArticlePage(
        title=document.title,
        slug=report.slug,
        summary=document.summary,
        body=value,
        live=False,
        owner=user,
        locale=parent.locale,
    )
    parent.add_child(instance=page)
    revision = page.save_revision(user=user, log_action=False)
    log(
        instance=page,
        action="wagtail.create",
        user=user,
        revision=revision,
        content_changed=True,
    )
    return page


def _free_slug(parent: Page, title: str) -> str:
    base = slugify(title, allow_unicode=True)[:70].strip("-") or "imported-article"
    slug, n = base, 2
    while Page.objects.child_of(parent).filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


# Blocks -------------------------------------------------------------------------


def _stream_data(block: Block, report: ImportReport, locale: Locale) -> dict:

    report.draft_lines.update(block.lines)
    if block.kind == "heading":
        report.blocks.append(
            BlockSummary("heading", f"{block.level} “{block.text}”", block.lines)
        )
        return {
            "type": "heading",
            "value": {"text": block.text, "level": block.level, "anchor": ""},
        }
    if block.kind == "paragraph":
        html = "".join(f"<p>{runs_html(part)}</p>" for part in block.parts)
        report.blocks.append(
            BlockSummary(
                "paragraph",
                f"{_count(len(block.parts), 'paragraph')}: “{_clip(plain(block.parts[0]))}”",
                block.lines,
            )
        )
        return {"type": "paragraph", "value": clean_rich_text(html, BODY_FEATURES)}
    if block.kind == "list":
        items = [
            clean_rich_text(f"<p>{runs_html(item)}</p>", LIST_ITEM_FEATURES)
            for item in block.parts
        ]
        report.blocks.append(
            BlockSummary(
                "list",
                f"{block.style} list of {_count(len(items), 'item')}",
                block.lines,
            )
        )
        return {"type": "list", "value": {"style": block.style, "items": items}}
    if block.kind == "myth_cards":
        cards = [_myth_card(item, report, locale) for item in block.myths]
        report.blocks.append(
            BlockSummary("myth_cards", _count(len(cards), "myth card"), block.lines)
        )
        return {
            "type": "myth_cards",
            "value": {"heading": "", "myths": [card.pk for card in cards]},
        }
    if block.kind == "faq_group":
        faqs = [_faq(item, report, locale) for item in block.faqs]
        report.blocks.append(
            BlockSummary("faq_group", _count(len(faqs), "FAQ"), block.lines)
        )
        return {
            "type": "faq_group",
            "value": {"heading": "", "faqs": [faq.pk for faq in faqs]},
        }
    raise ValueError(f"unknown block kind {block.kind}")


def _contact_paragraph(report: ImportReport, locale: Locale) -> dict:

    pages = ContactPage.objects.filter(locale=locale)
    contact = pages.live().order_by("path").first() or pages.order_by("path").first()
    if contact is None:
        link = "contact the clinic"
        report.notes.append(
            "There is no contact page yet, so “contact the clinic” at the end is not "
            "a link: add the link once the contact page exists."
        )
    else:
        link = f'<a linktype="page" id="{contact.pk}">contact the clinic</a>'
    report.blocks.append(
        BlockSummary("paragraph", "link to the clinic's contact page (added)", [])
    )
    html = f"<p>If you have questions about anything in this article, {link}.</p>"
    return {"type": "paragraph", "value": clean_rich_text(html, BODY_FEATURES)}


def _myth_card(item, report: ImportReport, locale: Locale):

    existing = MythCard.objects.filter(myth__iexact=item.myth, locale=locale).first()
    if existing is not None:
        note = ""
        if _words(existing.fact) != _words(item.fact) or item.explanation:
            note = (
                "the library's card is used; the document's fact is listed as removed"
            )
            report.removals.append(
                Removal(
                    "fact not imported (the myth card library's fact is used)",
                    f"{item.fact} {item.explanation}".strip(),
                    item.lines[-1],
                )
            )
        report.snippets.append(SnippetSummary("myth card", item.myth, True, note))
        return existing
    explanation = f"<p>{escape(item.explanation)}</p>" if item.explanation else ""
    card = MythCard(
        myth=item.myth,
        fact=item.fact,
        explanation=clean_rich_text(explanation, ANSWER_FEATURES),
        live=False,  # a draft until a clinical reviewer publishes it
        locale=locale,
    )
    card.full_clean(exclude=["slug"])
    card.save()
    card.save_revision()
    report.snippets.append(SnippetSummary("myth card", item.myth, False))
    return card


def _faq(item, report: ImportReport, locale: Locale):

    existing = FAQ.objects.filter(question__iexact=item.question, locale=locale).first()
    if existing is not None:
        note = ""
        answer = " ".join(plain(runs) for _, runs in item.answer)
        if _words(answer) != _words(plain_text(existing.answer)):
            note = "the library's answer is used; the document's answer is listed as removed"
            for (_, runs), number in zip(item.answer, item.lines[1:], strict=True):
                report.removals.append(
                    Removal(
                        "answer not imported (the FAQ library's answer is used)",
                        plain(runs),
                        number,
                    )
                )
        report.snippets.append(SnippetSummary("FAQ", item.question, True, note))
        return existing
    html, items = [], []
    for kind, runs in item.answer:
        if kind == "li":
            items.append(f"<li>{runs_html(runs)}</li>")
            continue
        if items:
            html.append(f"<ul>{''.join(items)}</ul>")
            items = []
        html.append(f"<p>{runs_html(runs)}</p>")
    if items:
        html.append(f"<ul>{''.join(items)}</ul>")
    faq = FAQ(
        question=item.question,
        answer=clean_rich_text("".join(html), ANSWER_FEATURES),
        live=False,  # a draft until a clinical reviewer publishes it
        locale=locale,
    )
    faq.full_clean(exclude=["slug"])
    faq.save()
    faq.save_revision()
    report.snippets.append(SnippetSummary("FAQ", item.question, False))
    return faq


# Rich text ------------------------------------------------------------------------


def runs_html(runs: list[Run]) -> str:
    """Editor HTML for runs of text, keeping bold, italic and links."""
    html = []
    for run in runs:
        piece = escape(run.text)
        if run.bold:
            piece = f"<b>{piece}</b>"
        if run.italic:
            piece = f"<i>{piece}</i>"
        if run.href:
            piece = f'<a href="{escape(run.href)}">{piece}</a>'
        html.append(piece)
    return "".join(html)


def _clip(text: str, length: int = 60) -> str:
    return text if len(text) <= length else f"{text[: length - 1].rstrip()}…"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())
