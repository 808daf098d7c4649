"""The [n] citation links and the references list they point to."""

import pytest
from django.template import Context, Template, TemplateSyntaxError
from pytest_django.asserts import assertInHTML

from articles.blocks import ReferencesStreamBlock
from articles.templatetags.reference_tags import link_citations


def test_citations_link_to_their_reference_and_the_first_gets_the_back_target():
    html, cited = link_citations(
        "<p>It is an essential medicine [1]. It is a controlled drug [2][1].</p>", 2
    )

    assert cited == {1, 2}
    assert html.count('id="cite-1"') == 1
    assert html.count('href="#ref-1"') == 2
    assertInHTML(
        '<a class="citation" href="#ref-2" id="cite-2">'
        '<span class="visually-hidden">Reference </span>[2]</a>',
        html,
    )
    assert html.index('id="cite-1"') < html.index('id="cite-2"')


def test_numbers_without_a_reference_stay_plain_text():
    html, cited = link_citations("<p>See [0], [3] and [12].</p>", 2)
    assert html == "<p>See [0], [3] and [12].</p>"
    assert cited == set()


def test_links_attributes_and_comments_are_left_untouched():
    source = (
        '<p><a href="https://example.com/[1]" title="[1] > note">read [1] here</a> '
        "<!-- [1] --> then [1]</p>"
    )
    html, cited = link_citations(source, 1)
    assert html.startswith(
        '<p><a href="https://example.com/[1]" title="[1] > note">read [1] here</a> '
        "<!-- [1] --> then "
    )
    assert html.count('id="cite-1"') == 1
    assert cited == {1}


def test_entities_and_other_markup_survive_exactly():
    source = "<p>A&amp;E &mdash; <b>now</b> [1]<br/>next</p>"
    html, _ = link_citations(source, 0)
    assert html == source


REFERENCES = [
    {
        "authors": "World Health Organization",
        "title": "WHO Model List of Essential Medicines",
        "publisher": "World Health Organization",
        "year": 2023,
        "link": "https://www.who.int/example",
        "accessed": "2026-01-15",
    },
    {
        "authors": "",
        "title": "Ketamine",
        "publisher": "NHS website",
        "year": None,
        "link": "",
        "accessed": None,
    },
]


def render(body: str, references) -> str:
    stream = ReferencesStreamBlock().to_python(
        [{"type": "reference", "value": value} for value in references]
    )
    template = Template(
        "{% load reference_tags %}{% citations refs %}{{ body|safe }}{% endcitations %}"
    )
    return template.render(Context({"refs": stream, "body": body}))


def test_references_follow_the_body_as_a_numbered_list_with_back_links():
    html = render("<p>Listed as essential [1].</p>", REFERENCES)

    assert html.index("Listed as essential") < html.index("References")
    assertInHTML('<h2 id="references-heading">References</h2>', html)
    assert '<li id="ref-1">' in html and '<li id="ref-2">' in html
    assertInHTML(
        '<a href="https://www.who.int/example">WHO Model List of Essential Medicines</a>',
        html,
    )
    assert "World Health Organization, 2023." in html
    assertInHTML('<time datetime="2026-01-15">15 January 2026</time>', html)
    assertInHTML(
        '<a class="references__back" href="#cite-1">Back to text'
        '<span class="visually-hidden"> (reference 1)</span></a>',
        html,
    )
    # Reference 2 is never cited, so it has nowhere to link back to.
    assert 'href="#cite-2"' not in html
    assert "None" not in html


def test_no_references_means_no_list_and_no_links():
    html = render("<p>Nothing cited [1].</p>", [])
    assert html.strip() == "<p>Nothing cited [1].</p>"


def test_citations_tag_needs_the_references():
    with pytest.raises(TemplateSyntaxError):
        Template("{% load reference_tags %}{% citations %}{% endcitations %}")
