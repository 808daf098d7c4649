"""Property tests: whatever text is imported, nothing crashes and nothing is published."""

import io
import re

import docx
import pytest
from django.db import transaction
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from articles.importer import DocumentError, import_document
from articles.models import ArticlePage
from faq.models import FAQ, MythCard

# Lines in the shapes the importer looks for, mixed with arbitrary text.
SHAPES = [
    "Table of contents",
    "Contents",
    "1. Introduction",
    "2. How it works",
    "3.1 Details",
    "Frequently asked questions",
    "Call to action",
    "Myth: it is only a party drug.",
    "Fact: it is an anaesthetic.",
    "Myth:",
    "Fact:",
    "Is it safe?",
    "Q: When can I eat?",
    "A: Later.",
    "- a bullet",
    "• another bullet",
    "* a star bullet",
    "Call +44 20 7946 0000 today.",
    "Email someone@example.test now.",
    "Visit www.example.test or https://example.com/x.",
    "Summary",
    "**Is it safe?**",
    "### Will I remember?",
    "Q: Is it safe? A: Yes.",
    "2.1 Is it legal?",
    "- Is it safe?",
    "❌ Myth: it is only for animals.",
    "✅ Fact: it is a medicine.",
    "Our partner pharmacy",
    "Order today at www.pharma-shop.example.",
    "Only $49.99 with free delivery!",
    "",
    "   ",
]
line = st.one_of(
    st.sampled_from(SHAPES),
    st.text(max_size=300),
    st.text(alphabet="abcdefghij KLMNOP.,:?-•*0123456789+()@/", max_size=120),
)
documents = st.lists(line, max_size=40).map("\n".join)
LABELS = {"myth", "fact", "truth", "reality", "question", "answer"}


def import_and_roll_back(parent, name: str, data: bytes):
    """Import for real, check the result inside the transaction, then undo it."""
    with transaction.atomic():
        try:
            report = import_document(name, data, parent)
        except DocumentError as error:
            message = str(error)
            event(f"refused: {message[:30]}")
            assert message and "\n" not in message
            assert not ArticlePage.objects.exists()
            return None, None
        event("imported")
        page = ArticlePage.objects.get(pk=report.page_id)
        assert not page.live
        assert not ArticlePage.objects.live().exists()
        assert report.unaccounted_lines == []
        text = " ".join(
            [
                page.title,
                page.summary,
                *page.body.stream_block.get_searchable_content(page.body),
                *(f"{f.question} {f.answer}" for f in FAQ.objects.all()),
                *(f"{m.myth} {m.fact} {m.explanation}" for m in MythCard.objects.all()),
                *(f"{r.text} {r.context}" for r in report.removals),
            ]
        )
        transaction.set_rollback(True)
        return report, text


@pytest.mark.django_db
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=documents)
# Found by hypothesis: a question with no answer, then a myth with no fact.
@example(text="Q: When can I eat?\nMyth: it is only a party drug.")
def test_arbitrary_text_never_crashes_and_never_publishes(article_index, text):
    report, saved = import_and_roll_back(article_index, "any.txt", text.encode())
    if report is None:
        return
    # No word is lost: each is in the draft, its snippets or the report.
    saved = saved.lower()
    for word in set(re.findall(r"[a-z]{3,}", text.lower())) - LABELS:
        assert word in saved


@pytest.mark.django_db
@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=documents)
def test_arbitrary_markdown_never_crashes_and_never_publishes(article_index, text):
    import_and_roll_back(article_index, "any.md", text.encode())


@pytest.mark.django_db
@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.binary(max_size=2000), name=st.sampled_from(["a.txt", "a.md", "a.docx"]))
def test_arbitrary_bytes_never_crash(article_index, data, name):
    import_and_roll_back(article_index, name, data)


STYLES = ["Normal", "Title", "Heading 1", "Heading 2", "List Bullet", "List Number"]
word_text = st.one_of(
    st.sampled_from(SHAPES),
    st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=200),
)


def word_document(paragraphs: list[tuple[str, str, bool]]) -> bytes:

    document = docx.Document()
    for style, text, bold in paragraphs:
        paragraph = document.add_paragraph(style=style)
        paragraph.add_run(text).bold = bold
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.django_db
@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    paragraphs=st.lists(
        st.tuples(st.sampled_from(STYLES), word_text, st.booleans()), max_size=25
    )
)
def test_arbitrary_word_documents_never_crash_and_never_publish(
    article_index, paragraphs
):
    import_and_roll_back(article_index, "any.docx", word_document(paragraphs))
