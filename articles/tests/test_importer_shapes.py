"""The importer on the shapes FAQs, myths and adverts take, in .txt, .md and .docx.

questions.txt and questions.md are the project's own documents; the Word version
of the same leaflet is built here with python-docx. Each has a made-up vendor
("PharmaShop", +1 555 010 2030, www.pharma-shop.example) in the middle and at the
end, and health sections that mention 999, the clinic and online buying.
"""

import io

import docx
import pytest

from articles.importer import import_document
from articles.models import ArticlePage

from .test_importer import CONTACT_SENTENCE, DOCUMENTS, everything_saved, outline

SALES = "advert or call to action (the clinic's contact page is linked instead)"
VENDOR_TRACES = ["PharmaShop", "555", "pharma-shop", "partner", "order today"]

HEALTH_SECTIONS = [
    ("heading", "h2", "When to get help"),
    (
        "paragraph",
        [
            "If you feel very unwell after you leave, call 999 or go to the nearest "
            "emergency department.",
            "For anything else, contact the clinic during opening hours.",
        ],
    ),
    ("heading", "h2", "Buying medicines online"),
    (
        "paragraph",
        [
            "Do not buy ketamine online. Websites that sell it without a prescription "
            "may send fake medicines."
        ],
    ),
]
MYTHS = [
    ("heading", "h2", "Myths"),
    (
        "myth_cards",
        [
            (
                "Ketamine is only used on animals.",
                "It is a licensed anaesthetic for people too.",
            ),
            ("You will be asleep for hours.", "Most people wake within an hour."),
        ],
    ),
]
BEFORE = [
    (
        "Can I eat before my appointment?",
        "The team will tell you when to stop eating.",
    ),
    ("Can I bring someone with me?", "Yes, and someone must take you home."),
]
AFTER = [
    ("Will I remember anything?", "Some people remember very little."),
    (
        "Is it normal to feel low afterwards?",
        "Some people do for a day or two. Tell the team if it lasts.",
    ),
]
LATER = [
    ("When can I drive again?", "Not until the next day."),
    ("When can I go back to work?", "Most people can the next day."),
]


@pytest.fixture(autouse=True)
def clinic_domain(settings):
    settings.CLINIC_IMPORT_ALLOWED_DOMAINS = ["clinic.example.org"]


def bold_paragraph(document, text: str):
    document.add_paragraph().add_run(text).bold = True


def questions_docx() -> bytes:
    """The Word version of questions.md: Word styles, bold runs and Q:/A: lines."""
    document = docx.Document()
    document.add_paragraph("Ketamine sedation: your questions", style="Title")
    document.add_paragraph(
        "This leaflet answers the questions patients ask most often about sedation "
        "with ketamine."
    )
    document.add_heading("When to get help", level=1)
    document.add_paragraph(
        "If you feel very unwell after you leave, call 999 or go to the nearest "
        "emergency department."
    )
    document.add_paragraph(
        "For anything else, contact the clinic during opening hours."
    )
    document.add_heading("Buying medicines online", level=1)
    document.add_paragraph(
        "Do not buy ketamine online. Websites that sell it without a prescription may "
        "send fake medicines."
    )
    document.add_heading("Our trusted partner", level=1)
    document.add_paragraph(
        "PharmaShop has supplied ketamine products to clinics for twenty years."
    )
    document.add_paragraph("Call +1 555 010 2030 or visit www.pharma-shop.example.")
    document.add_heading("Myths", level=1)
    for label, text in [
        ("Myth:", " Ketamine is only used on animals."),
        ("Fact:", " It is a licensed anaesthetic for people too."),
    ]:
        paragraph = document.add_paragraph()
        paragraph.add_run(label).bold = True
        paragraph.add_run(text)
    document.add_heading("Myth: You will be asleep for hours.", level=2)
    document.add_paragraph("Fact: Most people wake within an hour.")
    document.add_heading("Before your appointment", level=1)
    for question, answer in BEFORE:
        bold_paragraph(document, question)
        document.add_paragraph(answer)
    document.add_heading("After your appointment", level=1)
    for question, answer in AFTER:
        document.add_heading(question, level=2)
        document.add_paragraph(answer)
    document.add_heading("Questions and answers", level=1)
    document.add_paragraph(f"Q: {LATER[0][0]}")
    document.add_paragraph(f"A: {LATER[0][1]}")
    document.add_paragraph(f"Q: {LATER[1][0]} A: {LATER[1][1]}")
    bold_paragraph(document, "Our partner pharmacy")
    document.add_paragraph("Call +1 555 010 2030 to order today.")
    data = io.BytesIO()
    document.save(data)
    return data.getvalue()


def read(name: str) -> bytes:
    if name == "questions.docx":
        return questions_docx()
    return (DOCUMENTS / name).read_bytes()


def sales_removals(report) -> list[tuple[int, str]]:
    return [(r.line, r.text) for r in report.sorted_removals if r.kind == SALES]


@pytest.mark.django_db
class TestQuestionsLeaflet:
    @pytest.mark.parametrize("name", ["questions.md", "questions.docx"])
    def test_bold_questions_sub_headings_and_q_a_become_faqs(
        self, article_index, contact_page, name
    ):
        report = import_document(name, read(name), article_index)

        page = ArticlePage.objects.get(pk=report.page_id)
        assert page.title == "Ketamine sedation: your questions"
        assert outline(page) == [
            *HEALTH_SECTIONS,
            *MYTHS,
            ("heading", "h2", "Before your appointment"),
            ("faq_group", BEFORE),
            ("heading", "h2", "After your appointment"),
            ("faq_group", AFTER),
            ("heading", "h2", "Questions and answers"),
            ("faq_group", LATER),
            ("paragraph", [CONTACT_SENTENCE]),
        ]
        assert [text for _, text in sales_removals(report)] == [
            "Our trusted partner",
            "PharmaShop has supplied ketamine products to clinics for twenty years.",
            "Our partner pharmacy",
        ]
        assert report.unaccounted_lines == []

    def test_plain_text_q_a_and_questions_under_an_faq_heading(
        self, article_index, contact_page
    ):
        report = import_document("questions.txt", read("questions.txt"), article_index)

        page = ArticlePage.objects.get(pk=report.page_id)
        assert outline(page) == [
            *HEALTH_SECTIONS,
            *MYTHS,
            ("heading", "h2", "Before your appointment"),
            ("faq_group", BEFORE),
            ("heading", "h2", "Frequently asked questions"),
            ("faq_group", AFTER),
            ("paragraph", [CONTACT_SENTENCE]),
        ]
        # The sales section in the middle goes whole: heading, slogan and contacts.
        assert sales_removals(report) == [
            (10, "3. Our trusted partner"),
            (
                11,
                "PharmaShop has supplied ketamine products to clinics for twenty years.",
            ),
            (26, "Our partner pharmacy"),
        ]
        removed = {(r.line, r.kind, r.text) for r in report.removals}
        assert (12, "phone number", "+1 555 010 2030") in removed
        assert (12, "website", "www.pharma-shop.example") in removed
        assert (27, "phone number", "+1 555 010 2030") in removed
        assert report.unaccounted_lines == []
        assert f"line 26: {SALES}: “Our partner pharmacy”" in report.as_text()

    @pytest.mark.parametrize(
        "name", ["questions.txt", "questions.md", "questions.docx"]
    )
    def test_nothing_of_the_vendor_is_saved(self, article_index, contact_page, name):
        report = import_document(name, read(name), article_index)

        saved = everything_saved(ArticlePage.objects.get(pk=report.page_id))
        for trace in VENDOR_TRACES:
            assert trace not in saved
        assert "call 999" in saved and "Do not buy ketamine online" in saved


def as_text(parts: list[tuple[str, str]]) -> str:
    lines = []
    for kind, text in parts:
        lines.append(f"- {text}" if kind == "item" else text)
    return "\n".join(lines)


def as_markdown(parts: list[tuple[str, str]]) -> str:
    marks = {"title": "# ", "heading": "## ", "item": "- "}
    blocks = []
    for kind, text in parts:
        text = f"**{text}**" if kind == "bold" else f"{marks.get(kind, '')}{text}"
        blocks.append(text)
    return "\n\n".join(blocks)


def as_word(parts: list[tuple[str, str]]) -> bytes:
    document = docx.Document()
    for kind, text in parts:
        if kind == "title":
            document.add_paragraph(text, style="Title")
        elif kind == "heading":
            document.add_heading(text, level=1)
        elif kind == "bold":
            bold_paragraph(document, text)
        elif kind == "item":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    data = io.BytesIO()
    document.save(data)
    return data.getvalue()


FORMATS = {
    "txt": lambda parts: as_text(parts).encode(),
    "md": lambda parts: as_markdown(parts).encode(),
    "docx": as_word,
}


def import_parts(parent, parts, extension):
    data = FORMATS[extension](parts)
    report = import_document(f"leaflet.{extension}", data, parent)
    return report, ArticlePage.objects.get(pk=report.page_id)


@pytest.mark.django_db
@pytest.mark.parametrize("extension", FORMATS)
class TestSalesByContent:
    def test_a_closing_advert_after_the_faqs_takes_no_faq_with_it(
        self, article_index, extension
    ):
        report, page = import_parts(
            article_index,
            [
                ("title", "Sedation questions"),
                ("paragraph", "Answers to common questions about sedation."),
                ("heading", "Frequently asked questions"),
                ("paragraph", "Is ketamine safe?"),
                ("paragraph", "Yes, when trained staff give it and watch you."),
                ("paragraph", "Will I feel sick?"),
                ("paragraph", "Some people do for a short while."),
                ("bold", "Our partner pharmacy"),
                ("paragraph", "Call +1 555 010 2030 to order today."),
            ],
            extension,
        )

        assert outline(page)[:2] == [
            ("heading", "h2", "Frequently asked questions"),
            (
                "faq_group",
                [
                    (
                        "Is ketamine safe?",
                        "Yes, when trained staff give it and watch you.",
                    ),
                    ("Will I feel sick?", "Some people do for a short while."),
                ],
            ),
        ]
        assert [text for _, text in sales_removals(report)] == ["Our partner pharmacy"]
        assert report.unaccounted_lines == []

    def test_an_advert_added_to_a_section_without_a_heading_goes_alone(
        self, article_index, extension
    ):
        report, page = import_parts(
            article_index,
            [
                ("title", "Choosing a treatment"),
                ("paragraph", "How to weigh up the options."),
                ("heading", "Conclusion"),
                ("paragraph", "Ketamine is one option among many."),
                ("paragraph", "Your care team will help you decide."),
                ("paragraph", "Speak with experts about ketamine-based solutions."),
                ("paragraph", "Phone +1 555 010 2030."),
                ("paragraph", "Take the next step with a reliable partner."),
            ],
            extension,
        )

        assert outline(page)[:2] == [
            ("heading", "h2", "Conclusion"),
            (
                "paragraph",
                [
                    "Ketamine is one option among many.",
                    "Your care team will help you decide.",
                ],
            ),
        ]
        assert [text for _, text in sales_removals(report)] == [
            "Speak with experts about ketamine-based solutions.",
            "Take the next step with a reliable partner.",
        ]
        assert report.unaccounted_lines == []

    def test_health_sections_that_mention_999_the_clinic_or_a_helpline_stay(
        self, article_index, extension
    ):
        report, page = import_parts(
            article_index,
            [
                ("title", "After your sedation"),
                ("paragraph", "What to do if you feel unwell at home."),
                ("heading", "When to get help"),
                ("paragraph", "If you have chest pain, call 999 now."),
                ("paragraph", "For other worries, call the clinic today."),
                ("heading", "Support"),
                (
                    "paragraph",
                    "Talk to your GP. You can also call a helpline on 0300 123 6600 "
                    "for free, confidential advice.",
                ),
                ("heading", "Buying medicines online"),
                ("paragraph", "Never buy ketamine online: it may be fake."),
            ],
            extension,
        )

        assert outline(page) == [
            ("heading", "h2", "When to get help"),
            (
                "paragraph",
                [
                    "If you have chest pain, call 999 now.",
                    "For other worries, call the clinic today.",
                ],
            ),
            ("heading", "h2", "Support"),
            ("paragraph", ["Talk to your GP."]),
            ("heading", "h2", "Buying medicines online"),
            ("paragraph", ["Never buy ketamine online: it may be fake."]),
            ("paragraph", [CONTACT_SENTENCE]),
        ]
        assert [r.kind for r in report.removals] == ["phone number"]

    def test_a_price_list_goes_whole_and_a_price_that_informs_stays(
        self, article_index, extension
    ):
        report, page = import_parts(
            article_index,
            [
                ("title", "Nasal sprays"),
                ("paragraph", "How nasal sprays are used in clinics."),
                ("heading", "Prescription charges"),
                ("paragraph", "Each item costs £9.90 in England."),
                ("heading", "Special offer"),
                ("paragraph", "Ketamine nasal spray, now only $49.99 a bottle."),
                ("item", "Free delivery on every order"),
                ("item", "Discreet packaging"),
                ("heading", "Using a nasal spray"),
                ("paragraph", "A nurse shows you how to use it at the clinic."),
            ],
            extension,
        )

        assert outline(page)[:4] == [
            ("heading", "h2", "Prescription charges"),
            ("paragraph", ["Each item costs £9.90 in England."]),
            ("heading", "h2", "Using a nasal spray"),
            ("paragraph", ["A nurse shows you how to use it at the clinic."]),
        ]
        assert [text for _, text in sales_removals(report)] == [
            "Special offer",
            "Ketamine nasal spray, now only $49.99 a bottle.",
            *(
                ["- Free delivery on every order", "- Discreet packaging"]
                if extension == "txt"
                else ["Free delivery on every order", "Discreet packaging"]
            ),
        ]


@pytest.mark.django_db
def test_an_article_whose_sections_are_questions_keeps_them_as_headings(
    article_index,
):
    markdown = (
        "# Ketamine\n\nAn introduction.\n\n## What is ketamine?\n\nAn anaesthetic.\n\n"
        "It has been used for decades.\n\n## How is it given?\n\nBy trained staff.\n"
    )
    report = import_document("ketamine.md", markdown.encode(), article_index)

    assert outline(ArticlePage.objects.get(pk=report.page_id)) == [
        ("heading", "h2", "What is ketamine?"),
        ("paragraph", ["An anaesthetic.", "It has been used for decades."]),
        ("heading", "h2", "How is it given?"),
        ("paragraph", ["By trained staff."]),
    ]


@pytest.mark.django_db
def test_a_question_too_long_for_an_faq_is_kept_as_a_paragraph_with_a_note(
    article_index,
):
    question = "Q: " + "Is this a very long question " * 8 + "?"
    text = f"Sedation\n\nA short guide.\n\n{question}\nA: Yes.\n"
    report = import_document("long.txt", text.encode(), article_index)

    assert outline(ArticlePage.objects.get(pk=report.page_id)) == [
        ("paragraph", [question.strip(), "A: Yes."])
    ]
    assert report.notes == [
        "The question on line 5 is longer than 200 characters, so it is imported as "
        "a paragraph."
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("extension", FORMATS)
def test_bulleted_questions_with_answers_under_an_faq_heading_are_faqs(
    article_index, extension
):
    _, page = import_parts(
        article_index,
        [
            ("title", "Sedation"),
            ("paragraph", "A short guide."),
            ("heading", "FAQs"),
            ("item", "Is it safe?"),
            ("paragraph", "Yes, when trained staff give it."),
            ("item", "Will I remember anything?"),
            ("paragraph", "Very little."),
            ("heading", "Questions to ask the team"),
            ("item", "Who will look after me?"),
            ("item", "When can I go home?"),
        ],
        extension,
    )

    assert outline(page) == [
        ("heading", "h2", "FAQs"),
        (
            "faq_group",
            [
                ("Is it safe?", "Yes, when trained staff give it."),
                ("Will I remember anything?", "Very little."),
            ],
        ),
        ("heading", "h2", "Questions to ask the team"),
        ("list", "bulleted", ["Who will look after me?", "When can I go home?"]),
    ]


@pytest.mark.django_db
def test_numbered_questions_in_a_numbered_faq_section(article_index):
    text = (
        "Sedation\n\nA short guide.\n\n1. About ketamine\nIt is a medicine.\n"
        "2. Frequently asked questions\n2.1 Is it safe?\nYes, with trained staff.\n"
        "2.2 Will I remember anything?\nVery little.\n"
        "3. Is it legal?\nYes, with a prescription.\n"
    )
    report = import_document("sedation.txt", text.encode(), article_index)

    assert outline(ArticlePage.objects.get(pk=report.page_id)) == [
        ("heading", "h2", "About ketamine"),
        ("paragraph", ["It is a medicine."]),
        ("heading", "h2", "Frequently asked questions"),
        (
            "faq_group",
            [
                ("Is it safe?", "Yes, with trained staff."),
                ("Will I remember anything?", "Very little."),
            ],
        ),
        ("heading", "h2", "Is it legal?"),
        ("paragraph", ["Yes, with a prescription."]),
    ]
