import pytest
from django.core.exceptions import ValidationError
from pytest_django.asserts import assertInHTML

from conftest import trust
from faq.blocks import FAQGroupBlock, MythCardsBlock

pytestmark = pytest.mark.django_db


def test_faq_group_renders_each_question_as_a_linkable_disclosure(make_faq):
    faq = make_faq("How long will I stay?", "<p>Usually two hours.</p>")
    block = FAQGroupBlock()
    value = block.to_python({"heading": "On the day", "faqs": [faq.pk]})

    html = block.render(value)

    assertInHTML('<h2 class="faq-group__heading">On the day</h2>', html)
    assert '<details class="faq" id="faq-how-long-will-i-stay">' in html
    assertInHTML(
        '<summary><span class="faq__question">How long will I stay?</span></summary>',
        html,
    )
    assertInHTML("<p>Usually two hours.</p>", html)
    assert 'href="#faq-how-long-will-i-stay"' in html


def test_faq_group_needs_a_question():
    block = FAQGroupBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"heading": "Empty", "faqs": []}))


def test_myth_cards_render_myth_fact_explanation_and_source(make_myth):
    trust("health.example.org")
    card = make_myth(
        "It always causes hallucinations.",
        "Many people have mild, short-lived effects.",
        source_title="National guidance",
        source_url="https://health.example.org/guidance",
    )
    block = MythCardsBlock()
    value = block.to_python({"heading": "", "myths": [card.pk]})

    html = block.render(value)

    assert f'id="{card.anchor}"' in html
    assertInHTML(
        '<p class="myth-card__myth"><span class="myth-card__label">Myth</span> It always causes hallucinations.</p>',
        html,
    )
    assertInHTML(
        '<p class="myth-card__fact"><span class="myth-card__label">Fact</span> Many people have mild, short-lived effects.</p>',
        html,
    )
    assertInHTML(
        '<a href="https://health.example.org/guidance">National guidance</a>', html
    )
    assert "<h2" not in html
