import pytest
from django.core.exceptions import ValidationError
from pytest_django.asserts import assertInHTML

from home.blocks import CareCardsBlock, SignpostBlock

pytestmark = pytest.mark.django_db


def test_signpost_uses_the_page_title_unless_given_one(faq_page):
    block = SignpostBlock()
    value = block.to_python(
        {"page": faq_page.pk, "title": "", "text": "Quick answers."}
    )
    html = block.render(value)
    assertInHTML(f'<a href="{faq_page.url}">Frequently asked questions</a>', html)
    assert "Quick answers." in html

    value = block.to_python(
        {"page": faq_page.pk, "title": "Your questions", "text": "Quick answers."}
    )
    assertInHTML(f'<a href="{faq_page.url}">Your questions</a>', block.render(value))


def test_signpost_needs_a_page_and_text():
    block = SignpostBlock()
    with pytest.raises(ValidationError) as error:
        block.clean(block.to_python({"page": None, "title": "", "text": ""}))
    assert set(error.value.block_errors) == {"page", "text"}


CARE_CARDS = {
    "heading": "When to get help",
    "emergency": "<ul><li>you have chest pain</li></ul>",
    "urgent": "<ul><li>you feel much worse than usual</li></ul>",
    "non_urgent": "<ul><li>you have a question about your next session</li></ul>",
}


def render_care_cards(value, clinic):
    block = CareCardsBlock()
    return block.render(
        block.to_python(value), {"settings": {"home": {"ClinicSettings": clinic}}}
    )


def test_care_cards_show_each_level_with_its_own_heading_and_number(clinic_settings):
    clinic_settings.emergency_number = "999"
    clinic_settings.urgent_advice_line = "NHS 111"
    clinic_settings.phone = "020 7946 0000"

    html = render_care_cards(CARE_CARDS, clinic_settings)

    assert (
        html.index("Emergency: call now")
        < html.index("Urgent: get advice today")
        < html.index("Not urgent: contact the clinic")
    )
    assertInHTML("<li>you have chest pain</li>", html)
    assertInHTML(
        '<p class="care-card__action">Call <a href="tel:999">999</a> now, '
        "or go to the nearest emergency department.</p>",
        html,
    )
    assert "Contact NHS 111 for advice today." in html
    assertInHTML('<a href="tel:02079460000">020 7946 0000</a>', html)
    for level in ("emergency", "urgent", "non_urgent"):
        assert f'class="care-card care-card--{level}"' in html


def test_care_cards_show_placeholders_until_the_numbers_are_set(clinic_settings):
    html = render_care_cards(CARE_CARDS, clinic_settings)

    for label in ("Emergency number", "Urgent advice line", "Clinic phone number"):
        assert f"[{label} — set it in Settings › Clinic settings]" in html
    assert "tel:" not in html


def test_care_cards_leave_out_empty_levels(clinic_settings):
    html = render_care_cards(
        {**CARE_CARDS, "urgent": "<p></p>", "non_urgent": ""}, clinic_settings
    )
    assert "Emergency: call now" in html
    assert "Urgent: get advice today" not in html
    assert "Not urgent" not in html


def test_care_cards_need_at_least_one_level():
    block = CareCardsBlock()
    value = block.to_python(
        {
            "heading": "When to get help",
            "emergency": "",
            "urgent": "<p> </p>",
            "non_urgent": "",
        }
    )
    with pytest.raises(ValidationError) as error:
        block.clean(value)
    assert set(error.value.block_errors) == {"emergency", "urgent", "non_urgent"}

    value = block.to_python({**CARE_CARDS, "emergency": "", "urgent": ""})
    assert block.clean(value)["non_urgent"].source.startswith("<ul>")
