"""'On this page' lists every section heading the page shows, FAQ groups, myth
cards and "When to get help" included, and each entry leads to its heading."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.rich_text import RichText

from articles.models import ArticlePage, MedicinePage

pytestmark = pytest.mark.django_db

# The h2s around the content rather than in it, on every article and medicine
# page: the contents list's own heading, the summary box above it ("At a
# glance", or "Key facts" for a medicine), and after the content "Was this page
# helpful?" and "Related articles". Every other h2 is a section of the page.
FURNITURE = {
    "toc-heading",
    "at-a-glance-heading",
    "key-facts-heading",
    "page-feedback-heading",
    "related-heading",
}

CARE_CARDS = {
    "heading": "When to get help",
    "emergency": RichText("<p>You cannot breathe.</p>"),
    "urgent": RichText(""),
    "non_urgent": RichText("<p>You have a question.</p>"),
}


def contents_problems(html: str) -> list[str]:
    """Every h2 without an id, every section h2 that "On this page" leaves out or
    links elsewhere, and every entry that leads nowhere."""
    main = BeautifulSoup(html, "html.parser").find("main")
    contents = main.find("nav", id="on-this-page")
    assert contents, "the page has no 'On this page' list"
    links = {
        a["href"].removeprefix("#"): a.get_text(strip=True)
        for a in contents.find_all("a")
    }
    problems = []
    for h2 in main.find_all("h2"):
        text = h2.get_text(" ", strip=True)
        if not h2.get("id"):
            problems.append(f"h2 without an id: {text!r}")
        elif h2["id"] in FURNITURE:
            continue
        # An entry leads to the heading itself or to the section it labels.
        targets = [h2["id"]]
        section = h2.find_parent("section")
        if section and section.get("aria-labelledby") == h2["id"]:
            targets.append(section.get("id"))
        if not any(links.get(target) == text for target in targets):
            problems.append(f"not in 'On this page': {text!r} (#{h2.get('id')})")
    for anchor, text in links.items():
        if not main.find(id=anchor):
            problems.append(f"entry {text!r} leads to #{anchor}, which is not there")
    return problems


def test_every_h2_of_the_demo_articles_and_medicines_is_in_on_this_page(
    client, home_page
):
    call_command("load_demo_content", stdout=io.StringIO())
    articles = list(ArticlePage.objects.live().order_by("path"))
    medicines = list(MedicinePage.objects.live().order_by("path"))
    # The demo pages hold each kind of block that has a heading.
    blocks = {block.block_type for page in articles for block in page.body}
    assert {"heading", "faq_group", "myth_cards", "care_cards"} <= blocks
    assert all(page.care_cards for page in medicines)

    problems = {}
    for page in articles + medicines:
        response = client.get(page.url)
        assert response.status_code == 200
        if found := contents_problems(response.content.decode()):
            problems[page.url] = found
    assert not problems, problems


def test_faq_group_myth_card_and_care_card_headings_get_entries_and_distinct_anchors(
    client, article_page, make_faq, make_myth
):
    page = article_page(
        body=[
            ("heading", {"text": "Questions", "level": "h2"}),
            ("faq_group", {"heading": "Questions", "faqs": [make_faq()]}),
            ("faq_group", {"heading": "", "faqs": [make_faq("Is it safe?")]}),
            ("myth_cards", {"heading": "Common myths", "myths": [make_myth()]}),
            ("care_cards", CARE_CARDS),
        ],
        references=[],
    )

    assert page.table_of_contents == [
        {"text": "Questions", "anchor": "questions", "level": "h2"},
        {"text": "Questions", "anchor": "questions-2", "level": "h2"},
        {"text": "Common myths", "anchor": "common-myths", "level": "h2"},
        {"text": "When to get help", "anchor": "when-to-get-help", "level": "h2"},
    ]
    html = client.get(page.url).content.decode()
    assert contents_problems(html) == []
    assert '<h2 class="faq-group__heading" id="questions-2">Questions</h2>' in html


def test_a_heading_keeps_its_stored_anchor_and_other_headings_make_way(
    article_page, make_myth
):
    page = article_page(
        body=[
            ("myth_cards", {"heading": "Myths", "myths": [make_myth()]}),
            ("heading", {"text": "Myths and facts", "level": "h2", "anchor": "myths"}),
        ]
    )
    assert [entry["anchor"] for entry in page.table_of_contents] == [
        "myths-2",
        "myths",
    ]


def test_medicine_care_cards_follow_the_sections_in_on_this_page(client, medicine_page):
    page = medicine_page(care_cards=[("care_cards", CARE_CARDS)])
    assert [entry["text"] for entry in page.table_of_contents] == [
        "What it is",
        "Side effects",
        "When to get help",
    ]
    assert contents_problems(client.get(page.url).content.decode()) == []
