"""Printing: a health page prints with its review stamp and link addresses, without site chrome."""

import datetime
import io
import re

import pytest
from pypdf import PdfReader
from wagtail.models import Page
from wagtail.rich_text import RichText

from conftest import SAMPLE_BODY, trust
from reviews.models import Reviewer

pytestmark = [
    pytest.mark.browser,
    # live_server needs committed data; see conftest.browser_database.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("browser_database"),
]


def pdf_text(page) -> str:
    reader = PdfReader(io.BytesIO(page.pdf(format="A4")))
    text = "\n".join(p.extract_text() for p in reader.pages)
    return re.sub(r"\s+", " ", text)


def test_article_prints_with_review_stamp_and_link_addresses_but_no_navigation(
    live_server, page, home_page, article_page, make_faq
):

    trust("example.com")  # the contact details rule allows links to trusted sources
    reviewer = Reviewer.objects.create(name="Dr Sam Example", credentials="MB ChB")
    faq = make_faq(
        "Can I drive home afterwards?", "<p>No, arrange a lift home instead.</p>"
    )
    article = article_page(
        title="Understanding the treatment",
        reviewer=reviewer,
        last_reviewed=datetime.date(2026, 3, 4),
        body=[
            *SAMPLE_BODY,
            (
                "paragraph",
                RichText(
                    '<p>Read <a href="https://example.com/guide">the guide</a>.</p>'
                ),
            ),
            ("faq_group", {"heading": "Questions", "faqs": [faq]}),
        ],
    )
    Page.objects.filter(pk=article.get_parent().pk).update(show_in_menus=True)

    page.goto(live_server.url + article.url)
    # On screen the FAQ answer is folded away and the menu is visible.
    assert not page.get_by_text("arrange a lift home").is_visible()
    assert page.locator(".site-header nav").is_visible()

    text = pdf_text(page)

    assert "Understanding the treatment" in text
    assert (
        "Medically reviewed by Dr Sam Example, MB ChB · Last reviewed 4 March 2026"
        in text
    )
    assert "the guide (https://example.com/guide)" in text
    # FAQs print open, the question before its answer.
    assert "Can I drive home afterwards? No, arrange a lift home instead." in text
    assert "Link to this question" not in text
    assert "Skip to main content" not in text
    assert "Health information" not in text  # the header menu entry
    assert "On this page" not in text
    assert "Was this page helpful?" not in text  # forms do not print


def test_faq_page_prints_every_answer_and_the_not_yet_reviewed_note(
    live_server, page, faq_page
):
    page.goto(live_server.url + faq_page.url)
    text = pdf_text(page)
    assert (
        "Can I drive home afterwards? No. Arrange for someone to take you home." in text
    )
    assert "Will I feel strange? You may feel detached for a short while." in text
    assert "This page has not been clinically reviewed yet." in text
