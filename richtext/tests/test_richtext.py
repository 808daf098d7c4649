"""Rich text written past the editor (demo content, imports) is cleaned as the
editor would have cleaned it, and rich text reads as plain text where it must."""

import io

import pytest
from django.core.management import call_command
from wagtail.rich_text import RichText

from articles.models import ArticlePage
from conftest import trust
from demo import content as demo
from faq.models import FAQ
from home.models import HomePage
from richtext.testing import blocks_without_key, without_block_keys
from richtext.text import clean_rich_text, clean_rich_text_fields, plain_text

FEATURES = ["h2", "bold", "italic", "link", "ul"]
HOSTILE = (
    '<h2 onclick="steal()">Side effects</h2>'
    "<script>alert(1)</script><style>body{display:none}</style>"
    '<p style="color:red">Most <b>pass</b> quickly. '
    '<a href="javascript:alert(1)">Click</a> '
    '<a href="https://example.com/leaflet" target="_blank" onmouseover="x()">Leaflet</a>'
    "<img src=x onerror=alert(1)></p>"
    '<iframe src="https://tracker.example.com"></iframe>'
    "<h5>Not a heading here</h5>"
)


def test_only_what_the_features_allow_is_kept():
    cleaned = without_block_keys(clean_rich_text(HOSTILE, FEATURES))
    assert cleaned == (
        "<h2>Side effects</h2>"
        "<p>Most <b>pass</b> quickly. Click "
        '<a href="https://example.com/leaflet">Leaflet</a></p>'
        "<p>Not a heading here</p>"
    )


def test_every_block_has_a_key_as_the_editor_gives_it():
    cleaned = clean_rich_text(HOSTILE, FEATURES)

    assert cleaned.count("data-block-key") == 3
    assert blocks_without_key(cleaned) == []


@pytest.mark.parametrize(
    "html",
    [
        '<p><a href="https://a.example/">X</a><a href="https://b.example/"> </a></p>',
        '<p><a href="https://a.example/">X</a><a href="https://b.example/"></a></p>',
        '<p><a href="https://a.example/">X</a><b><a href="https://b.example/"> </a></b></p>',
    ],
)
def test_a_link_around_no_text_is_dropped_and_takes_no_other_address(html):
    cleaned = without_block_keys(clean_rich_text(html, FEATURES))

    assert cleaned == '<p><a href="https://a.example/">X</a></p>'


def test_features_not_allowed_become_plain_text():
    cleaned = without_block_keys(
        clean_rich_text('<h2>Title</h2><p><a href="https://example.com">x</a></p>', [])
    )
    assert cleaned == "<p>Title</p><p>x</p>"


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   ",
        "<<<>>><p",
        "<p><b><i>crossed</b></i></p>",
        "<div><p>unclosed",
        "<svg><script>x</script><foreignObject>text</foreignObject></svg>",
        "<p>\u202eright-to-left override and \x00 a null</p>",
        "<table><tr><td>cell</td></tr></table>",
    ],
)
def test_broken_or_odd_markup_never_raises_and_carries_no_markup(html):
    cleaned = clean_rich_text(html, FEATURES)
    assert "<script" not in cleaned and "<svg" not in cleaned
    assert "\x00" not in cleaned and "\u202e" not in cleaned
    assert clean_rich_text(cleaned, FEATURES) == cleaned or cleaned == ""


def test_cleaning_twice_changes_nothing():
    once = clean_rich_text(HOSTILE, FEATURES)
    assert without_block_keys(clean_rich_text(once, FEATURES)) == without_block_keys(
        once
    )


def test_every_rich_text_of_a_page_is_cleaned_with_its_own_features(article_index):
    trust(
        "example.com"
    )  # its links are kept; only the contact details rule would refuse them
    page = ArticlePage(
        title="Imported article",
        summary="Imported.",
        key_points=[("point", "A point.")],
        body=[
            ("paragraph", RichText(HOSTILE)),
            (
                "list",
                {"style": "bulleted", "items": [RichText("<p onclick='x()'>One</p>")]},
            ),
            (
                "callout",
                {"kind": "warning", "title": "", "text": RichText(HOSTILE)},
            ),
        ],
    )
    clean_rich_text_fields(page)
    article_index.add_child(instance=page)

    stored = ArticlePage.objects.get(pk=page.pk)
    raw = str(stored.body.raw_data)
    for bad in ("script", "onclick", "style=", "javascript:", "iframe", "onerror"):
        assert bad not in raw
    assert "Leaflet" in raw and "One" in raw


def test_demo_content_is_cleaned_on_the_way_in(home_page, monkeypatch):
    monkeypatch.setitem(demo.HOME, "intro", "<p>Welcome<script>alert(1)</script></p>")
    faq = {**demo.FAQS[0], "answer": '<p onclick="x()">Answer<iframe></iframe></p>'}
    monkeypatch.setattr(demo, "FAQS", [faq, *demo.FAQS[1:]])
    article = demo.ARTICLES[0]
    body = [("paragraph", "<p>Body<img src=x onerror=alert(1)></p>"), *article["body"]]
    monkeypatch.setattr(
        demo, "ARTICLES", [{**article, "body": body}, *demo.ARTICLES[1:]]
    )

    call_command("load_demo_content", stdout=io.StringIO())

    home = HomePage.objects.get()
    assert without_block_keys(home.intro) == "<p>Welcome</p>"
    assert (
        without_block_keys(FAQ.objects.get(slug=faq["slug"]).answer) == "<p>Answer</p>"
    )
    first = ArticlePage.objects.get(slug=article["slug"]).body[0]
    assert without_block_keys(first.value.source) == "<p>Body</p>"


def test_plain_text_separates_blocks_and_unescapes():

    html = "<ul><li>Feeling dizzy</li><li>Nausea</li></ul><p>Tea &amp; toast</p>"
    assert plain_text(html) == "Feeling dizzy Nausea Tea & toast"
