import pytest
from django.core.exceptions import ValidationError
from pytest_django.asserts import assertInHTML

from home.blocks import SignpostBlock

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
