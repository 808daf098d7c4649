import pytest

from faq.models import FAQ, FAQPage, MythCard, MythsPage
from home.models import HomePage

pytestmark = pytest.mark.django_db


def test_faq_and_myths_pages_are_single_leaves_under_home():
    for model in (FAQPage, MythsPage):
        assert set(model.allowed_parent_page_models()) == {HomePage}
        assert set(model.allowed_subpage_models()) == set()
        assert model.max_count == 1


def test_faq_slug_comes_from_the_question_and_stays_unique(make_faq):
    first = make_faq("Can I drive home?")
    second = make_faq("Can I drive home?")
    assert (first.slug, second.slug) == ("can-i-drive-home", "can-i-drive-home-2")
    assert first.anchor == "faq-can-i-drive-home"
    assert str(first) == "Can I drive home?"


def test_faq_slug_is_stable_when_the_question_is_reworded(make_faq):
    faq = make_faq("Can I drive home?")
    faq.question = "Can I drive myself home after treatment?"
    faq.save()
    faq.refresh_from_db()
    assert faq.slug == "can-i-drive-home"


def test_myth_card_slug_and_anchor(make_myth):
    card = make_myth("It is only a party drug.")
    assert card.slug == "it-is-only-a-party-drug"
    assert card.anchor == "myth-it-is-only-a-party-drug"
    assert str(card) == "It is only a party drug."


def test_search_result_links_to_the_faq_on_the_faq_page(faq_page):
    faq = FAQ.objects.get(question="Will I feel strange?")
    result = faq.search_result(faq_page)
    assert result.url == f"{faq_page.url}#faq-will-i-feel-strange"
    assert result.summary == "You may feel detached for a short while."


def test_myth_search_result_links_to_the_card_where_it_is_shown(myths_page):
    card = MythCard.objects.get()
    result = card.search_result(myths_page)
    assert result.url == f"{myths_page.url}#{card.anchor}"
    assert result.title == f"Myth: {card.myth}"
    assert result.summary == f"Fact: {card.fact}"
