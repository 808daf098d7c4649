import pytest
from wagtail.models import PageViewRestriction
from wagtail.rich_text import RichText

from articles.models import (
    ArticleIndexPage,
    ArticlePage,
    AToZPage,
    MedicinePage,
    first_letter,
)
from home.models import HomePage

pytestmark = pytest.mark.django_db


def test_article_tree_rules():
    assert set(ArticleIndexPage.allowed_parent_page_models()) == {HomePage}
    assert set(ArticleIndexPage.allowed_subpage_models()) == {ArticlePage, MedicinePage}
    assert ArticleIndexPage.max_count == 1
    assert set(ArticlePage.allowed_parent_page_models()) == {ArticleIndexPage}
    assert set(ArticlePage.allowed_subpage_models()) == set()
    assert set(MedicinePage.allowed_parent_page_models()) == {ArticleIndexPage}
    assert set(MedicinePage.allowed_subpage_models()) == set()


def anchors(page):
    return [entry["anchor"] for entry in page.table_of_contents]


def test_toc_lists_headings_with_readable_anchors_and_distinct_duplicates(article_page):
    page = article_page()
    assert page.table_of_contents == [
        {"text": "What it is", "anchor": "what-it-is", "level": "h2"},
        {"text": "How it is given", "anchor": "how-it-is-given", "level": "h2"},
        {
            "text": "What the evidence says",
            "anchor": "what-the-evidence-says",
            "level": "h3",
        },
        {"text": "Side effects", "anchor": "side-effects", "level": "h2"},
        {
            "text": "What the evidence says",
            "anchor": "what-the-evidence-says-2",
            "level": "h3",
        },
    ]


def test_anchors_survive_unrelated_edits(article_page):
    page = article_page()
    # Add a heading at the top, reword another and add a third duplicate.
    body = list(page.body.raw_data)
    body.insert(
        0,
        {
            "type": "heading",
            "value": {"text": "What the evidence says", "level": "h2", "anchor": ""},
        },
    )
    body[3]["value"]["text"] = "How you receive it"
    page.body = body
    page.save_revision().publish()
    page.refresh_from_db()

    assert anchors(page) == [
        "what-the-evidence-says-3",
        "what-it-is",
        "how-it-is-given",
        "what-the-evidence-says",
        "side-effects",
        "what-the-evidence-says-2",
    ]


def test_editor_chosen_anchor_is_kept_and_slugified(article_page):
    page = article_page(
        body=[
            ("heading", {"text": "Risks", "level": "h2", "anchor": "Risks and Safety"})
        ]
    )
    assert anchors(page) == ["risks-and-safety"]


def test_anchors_never_clash_with_page_landmarks(article_page):
    page = article_page(body=[("heading", {"text": "At a glance", "level": "h2"})])
    assert anchors(page) == ["at-a-glance-2"]


def test_reading_time_counts_words(article_page):
    short = article_page(
        title="Short", body=[("paragraph", RichText("<p>A few words.</p>"))]
    )
    long = article_page(
        title="Long", body=[("paragraph", RichText("<p>" + "word " * 1000 + "</p>"))]
    )
    assert short.reading_time == 1
    assert long.reading_time == 6  # ~1,020 words at 200 a minute


def test_related_articles_are_chosen_ones_first(article_page):
    first = article_page(title="First", tags=["Pain"])
    second = article_page(title="Second", tags=["Pain"])
    third = article_page(title="Third", tags=["Mental health"])

    assert first.get_related_articles() == [second]

    first.related_articles.create(page=third)
    first.save_revision().publish()
    assert first.get_related_articles() == [third]


def test_index_lists_newest_first_and_filters_by_topic(rf, article_index, article_page):
    older = article_page(title="Older", tags=["Pain"])
    newer = article_page(title="Newer", tags=["Mental health"])

    context = article_index.get_context(rf.get("/articles/"))
    assert list(context["articles"]) == [newer, older]
    assert [tag.name for tag in context["topics"]] == ["Mental health", "Pain"]

    context = article_index.get_context(rf.get("/articles/", {"topic": "pain"}))
    assert list(context["articles"]) == [older]
    assert context["current_topic"].name == "Pain"


def test_unknown_topic_shows_everything(rf, article_index, article_page):
    article_page(title="Only", tags=["Pain"])
    context = article_index.get_context(rf.get("/articles/", {"topic": "nope"}))
    assert context["current_topic"] is None
    assert len(context["articles"]) == 1


def test_index_paginates(rf, article_index, article_page):
    for n in range(12):
        article_page(title=f"Article {n}")
    context = article_index.get_context(rf.get("/articles/", {"page": "2"}))
    assert context["articles"].number == 2
    assert len(context["articles"]) == 2
    context = article_index.get_context(rf.get("/articles/", {"page": "banana"}))
    assert context["articles"].number == 1


def test_medicine_sections_keep_their_fixed_order_and_skip_empty_ones(medicine_page):
    page = medicine_page(
        legal_status="<p>A controlled drug.</p>",
        how_it_works="<p></p>",
        used_for="<p>Anaesthesia.</p>",
        serious_side_effects="",
    )
    assert [section["heading"] for section in page.sections] == [
        "What it is",
        "What it is used for",
        "Side effects",
        "Legal status and prescriptions",
    ]
    assert [entry["anchor"] for entry in page.table_of_contents] == [
        "what-it-is",
        "what-it-is-used-for",
        "side-effects",
        "legal-status-and-prescriptions",
    ]
    assert page.sections[2]["urgent"] is None


def test_serious_side_effects_alone_still_make_a_side_effects_section(medicine_page):
    page = medicine_page(side_effects="", serious_side_effects="<p>Chest pain.</p>")
    section = next(s for s in page.sections if s["anchor"] == "side-effects")
    assert section["text"] == ""
    assert section["urgent"]["kind"] == "urgent"
    assert section["urgent"]["text"] == "<p>Chest pain.</p>"


def test_medicine_key_facts_list_only_what_is_filled_in(medicine_page):
    page = medicine_page(given_as="", prescription_status="prescription_only")
    assert page.key_facts == [
        ("Type of medicine", "Anaesthetic"),
        ("Prescription status", "Prescription-only medicine"),
    ]


def test_a_to_z_tree_rules():
    assert set(AToZPage.allowed_parent_page_models()) == {HomePage}
    assert set(AToZPage.allowed_subpage_models()) == set()
    assert AToZPage.max_count == 1
    assert AToZPage in HomePage.allowed_subpage_models()


@pytest.mark.parametrize(
    ("title", "letter"),
    [
        ("ketamine", "K"),
        ("  Émile's guide", "E"),
        ("“Quoted” title", "Q"),
        ("5 things to know", "#"),
        ("Ωmega", "#"),
        ("", "#"),
    ],
)
def test_first_letter(title, letter):
    assert first_letter(title) == letter


def test_a_to_z_groups_live_public_articles_and_medicines(
    home_page, article_page, medicine_page
):

    article_page(title="Pain after surgery")
    medicine_page(title="ketamine")
    article_page(title="Ketamine in depression")
    article_page(title="24-hour care")
    draft = article_page(title="Draft article")
    draft.unpublish()
    private = article_page(title="Private article")
    PageViewRestriction.objects.create(
        page=private, restriction_type="password", password="secret"
    )
    page = AToZPage(title="A to Z", slug="a-to-z")
    home_page.add_child(instance=page)

    letters = page.get_letters()

    assert [group["letter"] for group in letters] == [
        *"ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "#",
    ]
    by_letter = {
        group["letter"]: [(e["page"].title, e["kind"]) for e in group["entries"]]
        for group in letters
    }
    assert by_letter["K"] == [
        ("ketamine", "Medicine"),
        ("Ketamine in depression", "Article"),
    ]
    assert by_letter["P"] == [("Pain after surgery", "Article")]
    assert by_letter["#"] == [("24-hour care", "Article")]
    assert by_letter["D"] == []
    assert letters[-1]["anchor"] == "letter-other"
