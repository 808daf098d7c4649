"""The document importer, on the project's own sample documents in each format."""

import io
import json
import re
from html import unescape
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.parser import OxmlElement
from PIL import Image

from articles.importer import DocumentError, import_document
from articles.importer import build as import_build
from articles.models import ArticlePage
from faq.models import FAQ, MythCard
from richtext.testing import blocks_without_key, without_block_keys
from richtext.text import clean_rich_text

DOCUMENTS = Path(__file__).parent / "documents"
# Every trace of the made-up vendor in the sample documents.
VENDOR_TRACES = [
    "7946",
    "0800",
    "555",
    "example-pharma",
    "example.com",
    "@",
    "Acme",
    "sedation products",
]


@pytest.fixture(autouse=True)
def clinic_domain(settings):
    settings.CLINIC_IMPORT_ALLOWED_DOMAINS = ["clinic.example.org"]


def run_import(parent, name, **options):
    return import_document(name, (DOCUMENTS / name).read_bytes(), parent, **options)


def text_of(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", html)).strip()


def paragraphs(html: str) -> list[str]:
    return [text_of(p) for p in re.findall(r"<p>(.*?)</p>", without_block_keys(html))]


def outline(page: ArticlePage) -> list[tuple]:
    """The draft body as (block, level/style, texts) tuples, easy to compare."""
    result = []
    for block in page.body:
        value = block.value
        if block.block_type == "heading":
            result.append(("heading", value["level"], value["text"]))
        elif block.block_type == "paragraph":
            result.append(("paragraph", paragraphs(value.source)))
        elif block.block_type == "list":
            items = [text_of(item.source) for item in value["items"]]
            result.append(("list", value["style"], items))
        elif block.block_type == "myth_cards":
            result.append(("myth_cards", [(m.myth, m.fact) for m in value["myths"]]))
        elif block.block_type == "faq_group":
            faqs = [(f.question, text_of(f.answer)) for f in value["faqs"]]
            result.append(("faq_group", faqs))
        else:
            result.append((block.block_type,))
    return result


def everything_saved(page: ArticlePage) -> str:
    """All text of the draft and of the snippets it uses, as stored."""
    snippets = [f"{faq.question} {faq.answer}" for faq in FAQ.objects.all()] + [
        f"{card.myth} {card.fact} {card.explanation}" for card in MythCard.objects.all()
    ]
    body = json.dumps(page.body.get_prep_value()).replace('\\"', '"')
    text = " ".join([page.title, page.summary, re.sub(UUID, "", body), *snippets])
    # Like the block ids, random block keys could spell a trace ("x555q").
    return without_block_keys(text)


UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
CONTACT_SENTENCE = (
    "If you have questions about anything in this article, contact the clinic."
)


@pytest.mark.django_db
class TestSampleDocuments:
    def test_numbered_text_with_contents_myths_faqs_and_a_sales_pitch(
        self, article_index, contact_page
    ):
        report = run_import(article_index, "sedation_guide.txt")

        page = ArticlePage.objects.get(pk=report.page_id)
        assert page.title == "Ketamine for sedation: a guide for patients"
        assert page.summary.startswith("This guide explains why a hospital team")
        assert outline(page) == [
            ("heading", "h2", "What ketamine is"),
            (
                "paragraph",
                [
                    "Ketamine is an anaesthetic medicine. Hospital teams have used it "
                    "for many years because it keeps breathing steady.",
                    "It is given only by trained staff who watch you the whole time.",
                ],
            ),
            ("heading", "h2", "Before the procedure"),
            (
                "paragraph",
                [
                    "The team will ask about your health and any medicines you take.",
                    "Directions to the clinic are on https://clinic.example.org/visiting/ "
                    "with a map.",
                ],
            ),
            ("heading", "h3", "What to bring"),
            (
                "paragraph",
                [
                    "Bring a list of your medicines and someone who can take you home.",
                    "Things to avoid on the day:",
                ],
            ),
            (
                "list",
                "bulleted",
                [
                    "Driving yourself to hospital",
                    "Eating in the hours before, unless the team says you can",
                    "Drinking alcohol",
                ],
            ),
            ("paragraph", ["Ask the team if anything is unclear."]),
            ("heading", "h2", "Common myths"),
            (
                "myth_cards",
                [
                    (
                        "Ketamine is only a party drug.",
                        "It is a licensed anaesthetic used in hospitals every day.",
                    ),
                    (
                        "You will be unconscious for hours.",
                        "Most people wake within an hour of a short procedure.",
                    ),
                ],
            ),
            ("heading", "h2", "Frequently asked questions"),
            (
                "faq_group",
                [
                    (
                        "Can I eat before the procedure?",
                        "The team will tell you when to stop eating and drinking.",
                    ),
                    (
                        "Will I remember anything?",
                        "Some people remember very little. This is expected.",
                    ),
                ],
            ),
            ("paragraph", [CONTACT_SENTENCE]),
        ]
        # The clinic's own contact page replaces the vendor's details.
        assert (
            f'<a linktype="page" id="{contact_page.pk}">'
            in page.body.raw_data[-1]["value"]
        )
        removed = [(r.line, r.kind, r.text) for r in report.sorted_removals]
        assert [(line, kind) for line, kind, _ in removed[:7]] == [
            (3, "table of contents (the page makes its own)"),
            (4, "table of contents (the page makes its own)"),
            (5, "table of contents (the page makes its own)"),
            (6, "table of contents (the page makes its own)"),
            (7, "table of contents (the page makes its own)"),
            (8, "table of contents (the page makes its own)"),
            (14, "email address"),
        ]
        assert {text for _, kind, text in removed if kind == "phone number"} == {
            "+44 20 7946 0000",
            "(020) 7946 0000",
            "0800 000 0000",
            "1-800-555-0100",
        }
        assert {text for _, kind, text in removed if kind == "website"} == {
            "www.example-pharma.test",
            "https://example.com/offer",
        }
        assert (
            33,
            "advert or call to action (the clinic's contact page is linked instead)",
            "5. Call to action",
        ) in removed

    def test_unnumbered_text_without_contents(self, article_index):
        report = run_import(article_index, "ketamine_pain.txt")

        page = ArticlePage.objects.get(pk=report.page_id)
        assert page.title == "How Ketamine Helps With Pain"
        assert page.summary == (
            "Ketamine is a medicine that hospitals use for anaesthesia and for some "
            "kinds of severe pain. It works differently from most painkillers."
        )
        assert outline(page) == [
            (
                "paragraph",
                [
                    "Doctors may suggest it when other treatments have not helped enough."
                ],
            ),
            ("heading", "h2", "How It Works"),
            (
                "paragraph",
                [
                    "Ketamine changes how nerve cells pass pain signals to the brain. "
                    "This can ease pain that other medicines do not reach."
                ],
            ),
            ("heading", "h2", "When It May Be Used"),
            ("paragraph", ["Teams may consider it for:"]),
            (
                "list",
                "bulleted",
                [
                    "Pain after major surgery",
                    "Nerve pain that has not improved",
                    "Injuries treated in emergency departments",
                ],
            ),
            (
                "paragraph",
                ["The choice always depends on the person and their other medicines."],
            ),
            ("heading", "h2", "Summary"),
            (
                "paragraph",
                [
                    "Ketamine is one option among many for difficult pain, given and "
                    "monitored by trained staff."
                ],
            ),
        ]
        assert report.removals == []  # nothing to strip, so no contact link either

    def test_markdown_keeps_formatting_and_the_clinics_own_links(
        self, article_index, contact_page
    ):
        report = run_import(article_index, "recovery.md")

        page = ArticlePage.objects.get(pk=report.page_id)
        assert page.title == "Recovering after ketamine sedation"
        assert page.summary == (
            "What to expect in the hours after a procedure with ketamine, and when to "
            "get help."
        )
        assert outline(page) == [
            ("heading", "h2", "The first hour"),
            (
                "paragraph",
                [
                    "You will rest in a recovery area while a nurse checks on you. You "
                    "may feel dreamy or detached for a short while."
                ],
            ),
            ("heading", "h3", "Feelings you may notice"),
            ("list", "bulleted", ["Blurred vision", "Feeling sick", "Vivid dreams"]),
            ("heading", "h2", "Going home"),
            (
                "paragraph",
                [
                    "Read the aftercare advice before you leave.",
                    "The national guidance on sedation has more detail.",
                    "For the rest of the day:",
                ],
            ),
            (
                "list",
                "numbered",
                [
                    "Rest at home",
                    "Do not drive or use machines",
                    "Do not sign important documents",
                ],
            ),
            ("heading", "h2", "Myths and facts"),
            (
                "myth_cards",
                [
                    (
                        "You can drive once you feel normal.",
                        "Your reactions can be slower for the rest of the day, even if "
                        "you feel fine.",
                    )
                ],
            ),
            ("heading", "h2", "FAQs"),
            (
                "faq_group",
                [
                    (
                        "When can I eat?",
                        "Start with a light snack once you feel ready.",
                    ),
                    (
                        "Who should I contact if I feel unwell?",
                        "Contact the clinic, or the emergency number in an emergency.",
                    ),
                ],
            ),
            ("paragraph", [CONTACT_SENTENCE]),
        ]
        first_hour, going_home = page.body[1].value.source, page.body[5].value.source
        assert "<b>dreamy</b>" in first_hour and "<i>detached</i>" in first_hour
        assert (
            '<a href="https://clinic.example.org/aftercare/">aftercare advice</a>'
            in going_home
        )
        assert "example.com" not in going_home
        link_removal = next(r for r in report.removals if r.line == 25)
        assert link_removal.text == "https://example.com/sedation"

    def test_word_document_with_styles_lists_and_hyperlinks(
        self, article_index, contact_page
    ):
        report = run_import(article_index, "aftercare.docx")

        page = ArticlePage.objects.get(pk=report.page_id)
        assert report.unit == "paragraph"
        assert page.title == "Looking after yourself after sedation"
        assert outline(page) == [
            ("heading", "h2", "At home"),
            (
                "paragraph",
                [
                    "Rest for the whole day and keep someone with you. Effects can come "
                    "back in waves.",
                    "The clinic's aftercare page lists what to watch for. A supplier's "
                    "brochure is not advice.",
                ],
            ),
            ("heading", "h3", "The first evening"),
            (
                "list",
                "bulleted",
                ["Eat something light", "Drink water", "Go to bed early"],
            ),
            (
                "list",
                "numbered",
                [
                    "Call the clinic if you are worried",
                    "Call the emergency number in an emergency",
                ],
            ),
            ("heading", "h2", "Common myths"),
            (
                "myth_cards",
                [
                    (
                        "The effects are always over by the time you leave.",
                        "Some people feel unsteady until the next morning.",
                    )
                ],
            ),
            ("heading", "h2", "Frequently asked questions"),
            (
                "faq_group",
                [
                    (
                        "Can I go back to work the next day?",
                        "Most people can, but ask the team about your own job.",
                    ),
                    (
                        "Is it normal to feel low afterwards?",
                        "Some people do for a day or two. Tell the team if it lasts.",
                    ),
                ],
            ),
            ("paragraph", [CONTACT_SENTENCE]),
        ]
        at_home = page.body[1].value.source
        assert "<b>whole day</b>" in at_home
        assert "<i>Effects can come back in waves.</i>" in at_home
        assert (
            '<a href="https://clinic.example.org/aftercare/">aftercare page</a>'
            in at_home
        )

    @pytest.mark.parametrize(
        "name", ["sedation_guide.txt", "recovery.md", "aftercare.docx"]
    )
    def test_no_phone_number_email_or_foreign_link_survives(
        self, article_index, contact_page, name
    ):
        report = run_import(article_index, name)

        saved = everything_saved(ArticlePage.objects.get(pk=report.page_id))
        for trace in VENDOR_TRACES:
            assert trace not in saved
        assert "phone number" in {removal.kind for removal in report.removals}

    @pytest.mark.parametrize(
        "name", ["sedation_guide.txt", "ketamine_pain.txt", "recovery.md"]
    )
    def test_every_line_with_text_is_in_the_draft_or_the_report(
        self, article_index, name
    ):
        report = run_import(article_index, name)

        source = (DOCUMENTS / name).read_text().splitlines()
        with_text = [n for n, line in enumerate(source, start=1) if line.strip()]
        assert report.source_lines == with_text
        assert report.unaccounted_lines == []
        assert report.accounting.startswith(f"All {len(with_text)} lines with text")
        # Text that is only in the report is listed word for word.
        reported = {r.line: r for r in report.removals}
        for number in set(with_text) - report.draft_lines:
            assert reported[number].text.strip("- ") in source[number - 1]

    def test_every_paragraph_and_list_item_has_a_block_key_as_the_editor_gives(
        self, article_index, contact_page
    ):
        report = run_import(article_index, "sedation_guide.txt")

        body = ArticlePage.objects.get(pk=report.page_id).body
        stored = {
            "paragraph": [b.value.source for b in body if b.block_type == "paragraph"],
            "list item": [
                item.source
                for b in body
                if b.block_type == "list"
                for item in b.value["items"]
            ],
            "FAQ answer": [faq.answer for faq in FAQ.objects.all()],
        }
        for kind, values in stored.items():
            assert values, kind
            for html in values:
                assert "data-block-key" in html, (kind, html)
                assert blocks_without_key(html) == [], (kind, html)

    def test_the_result_is_a_draft_that_the_public_cannot_see(
        self, article_index, client
    ):
        report = run_import(article_index, "sedation_guide.txt")

        page = ArticlePage.objects.get(pk=report.page_id)
        assert not page.live
        assert page.has_unpublished_changes
        assert page.first_published_at is None
        assert page.get_latest_revision() is not None
        assert client.get(page.url or f"/articles/{page.slug}/").status_code == 404


@pytest.mark.django_db
class TestSnippets:
    def test_existing_myth_cards_and_faqs_are_reused_not_duplicated(
        self, article_index, make_myth, make_faq
    ):
        myth = make_myth(
            "Ketamine is only a party drug.",
            "It is a licensed anaesthetic used in hospitals every day.",
        )
        faq = make_faq(
            "Can I eat before the procedure?",
            "<p>The team will tell you when to stop eating and drinking.</p>",
        )

        report = run_import(article_index, "sedation_guide.txt")

        page = ArticlePage.objects.get(pk=report.page_id)
        cards = next(
            b.value["myths"] for b in page.body if b.block_type == "myth_cards"
        )
        faqs = next(b.value["faqs"] for b in page.body if b.block_type == "faq_group")
        assert cards[0].pk == myth.pk
        assert faqs[0].pk == faq.pk
        assert MythCard.objects.filter(myth__iexact=myth.myth).count() == 1
        assert FAQ.objects.filter(question=faq.question).count() == 1
        assert [(s.kind, s.reused) for s in report.snippets] == [
            ("myth card", True),
            ("myth card", False),
            ("FAQ", True),
            ("FAQ", False),
        ]

    def test_a_reused_faq_with_a_different_answer_lists_the_documents_answer(
        self, article_index, make_faq
    ):
        make_faq("Will I remember anything?", "<p>Ask the team.</p>")

        report = run_import(article_index, "sedation_guide.txt")

        removal = next(r for r in report.removals if r.line == 32)
        assert removal.kind == "answer not imported (the FAQ library's answer is used)"
        assert removal.text == "Some people remember very little. This is expected."

    def test_importing_twice_makes_a_second_draft_and_no_duplicate_snippets(
        self, article_index
    ):
        first = run_import(article_index, "recovery.md")
        counts = (FAQ.objects.count(), MythCard.objects.count())

        second = run_import(article_index, "recovery.md")

        assert second.slug == f"{first.slug}-2"
        assert (FAQ.objects.count(), MythCard.objects.count()) == counts
        assert all(snippet.reused for snippet in second.snippets)


def test_words_automatic_table_of_contents_is_dropped_and_reported(article_index):

    document = docx.Document()
    document.styles.add_style("TOC 1", WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("Sleep after sedation", style="Title")
    document.add_paragraph("How to rest well on the first night.")
    # Word wraps its automatic table of contents in a content control (w:sdt).
    sdt, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    sdt.append(content)
    for entry in ("Before bed", "During the night"):
        content.append(document.add_paragraph(entry, style="TOC 1")._p)
    document.element.body.insert(2, sdt)
    document.add_paragraph("Before bed", style="Heading 1")
    document.add_paragraph("Keep the room dark and quiet.")
    document.add_paragraph("During the night", style="Heading 1")
    document.add_paragraph("Ask someone to check on you.")
    data = io.BytesIO()
    document.save(data)

    report = import_document("sleep.docx", data.getvalue(), article_index)

    page = ArticlePage.objects.get(pk=report.page_id)
    assert [b.value["text"] for b in page.body if b.block_type == "heading"] == [
        "Before bed",
        "During the night",
    ]
    assert [(r.kind, r.text) for r in report.sorted_removals] == [
        ("table of contents (the page makes its own)", "Before bed"),
        ("table of contents (the page makes its own)", "During the night"),
    ]
    assert report.unaccounted_lines == []


def test_images_in_word_and_markdown_are_reported_not_lost(article_index):

    picture = io.BytesIO()
    Image.new("RGB", (4, 4), "white").save(picture, "PNG")
    document = docx.Document()
    document.add_paragraph("Sleep after sedation", style="Title")
    document.add_paragraph("How to rest well on the first night.")
    document.add_paragraph("Before bed", style="Heading 1")
    document.add_picture(picture)
    document.add_paragraph("Keep the room dark and quiet.")
    data = io.BytesIO()
    document.save(data)

    word = import_document("sleep.docx", data.getvalue(), article_index)
    markdown = import_document(
        "sleep.md",
        b"# Sleep\n\nRest well.\n\n## Before bed\n\n![A dark bedroom](room.png)\n\nKeep it dark.\n",
        article_index,
    )

    assert [(r.kind, r.text, r.line) for r in word.removals] == [
        ("image (add images in the editor, with alt text)", "1 image", 4)
    ]
    assert [(r.kind, r.text, r.line) for r in markdown.removals] == [
        ("image (add images in the editor, with alt text)", "A dark bedroom", 7)
    ]


class TestRichText:
    def test_html_in_the_document_is_text_not_markup(self):
        html = clean_rich_text(
            import_build.runs_html(
                [
                    import_build.Run("<script>alert(1)</script> "),
                    import_build.Run("bold", bold=True),
                    import_build.Run(" link", href="javascript:alert(1)"),
                ]
            ),
            ["bold", "italic", "link"],
        )

        assert without_block_keys(html) == (
            "<p>&lt;script&gt;alert(1)&lt;/script&gt; <b>bold</b> link</p>"
        )

    def test_features_not_allowed_in_the_field_are_dropped(self):
        html = clean_rich_text("<p><b>x</b> <i>y</i></p>", ["italic"])

        assert without_block_keys(html) == "<p>x <i>y</i></p>"

    @pytest.mark.django_db
    def test_direction_overrides_in_the_document_are_dropped(self, article_index):
        report = import_document(
            "sleep.txt",
            "Sleep after sedation\n\nRest well today.\n\nBefore bed\n\n"
            "Keep the \u202eroom\u202c dark.\n".encode(),
            article_index,
        )

        body = ArticlePage.objects.get(pk=report.page_id).body
        assert without_block_keys(body[1].value.source) == "<p>Keep the room dark.</p>"


BAD_INPUT = [
    ("empty.txt", b"", "The file is empty."),
    ("blank.md", b"  \n\n \t\n", "The file is empty."),
    ("binary.txt", bytes(range(256)) * 4, "The file is not a text file"),
    ("picture.txt", b"\x89PNG\r\n\x1a\n" + b"x" * 100, "The file is not a text file"),
    ("notes.pdf", b"%PDF-1.4 hello", "Only .txt, .md and .docx files can be imported"),
    ("notes", b"Title\nText.", "Only .txt, .md and .docx files can be imported"),
    (
        "broken.docx",
        b"PK\x03\x04 this is not really a zip",
        "The .docx file is damaged or is not a Word document",
    ),
    (
        "text.docx",
        b"Plain text with a Word name",
        "The .docx file is damaged or is not a Word document",
    ),
    (
        "no_title.txt",
        b"This document starts straight away with a long sentence that ends properly.\n"
        b"And then another sentence follows it, also ending with a full stop.\n",
        "No title found",
    ),
    (
        "latin1.txt",
        "Caf\u00e9 opening hours\nWe open early.".encode("cp1252"),
        "The file is not UTF-8 text",
    ),
    (
        "utf16.txt",
        "Title\nText.".encode("utf-16"),
        "The file is saved as UTF-16, not UTF-8",
    ),
]


@pytest.mark.django_db
class TestBadInput:
    @pytest.mark.parametrize(
        "name,data,message", BAD_INPUT, ids=[case[0] for case in BAD_INPUT]
    )
    def test_each_gives_one_clear_message_and_creates_nothing(
        self, article_index, name, data, message
    ):
        with pytest.raises(DocumentError) as error:
            import_document(name, data, article_index)

        assert str(error.value).startswith(message)
        assert "\n" not in str(error.value)
        assert not ArticlePage.objects.exists()
        assert not FAQ.objects.exists() and not MythCard.objects.exists()

    def test_a_file_over_the_size_limit(self, article_index, settings):
        settings.CLINIC_IMPORT_MAX_BYTES = 1024 * 1024
        data = b"Title\n" + b"Some text. " * 100_000

        with pytest.raises(DocumentError, match=r"^The file is 1\.0 MB; the largest"):
            import_document("big.txt", data, article_index)

        assert not ArticlePage.objects.exists()

    def test_a_parent_that_cannot_hold_articles(self, home_page):
        with pytest.raises(DocumentError, match="Articles cannot be added under"):
            run_import(home_page, "recovery.md")

    def test_a_failure_half_way_leaves_no_snippets_behind(
        self, article_index, monkeypatch
    ):
        def fail(*args):
            raise DocumentError("The disk is full.")

        monkeypatch.setattr(import_build, "_free_slug", fail)

        with pytest.raises(DocumentError, match="The disk is full."):
            run_import(article_index, "sedation_guide.txt")

        assert not FAQ.objects.exists() and not MythCard.objects.exists()
        assert not ArticlePage.objects.exists()
