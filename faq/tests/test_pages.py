import pytest
from pytest_django.asserts import assertContains, assertTemplateUsed

from conftest import publish
from faq.models import FAQPage

pytestmark = pytest.mark.django_db


def test_faq_page_groups_questions_under_headings(client, faq_page):
    response = client.get(faq_page.url)
    assert response.status_code == 200
    assertTemplateUsed(response, "faq/faq_page.html")
    assertContains(
        response, '<h2 class="faq-group__heading">After treatment</h2>', html=True
    )
    assertContains(response, 'id="faq-can-i-drive-home-afterwards"')
    assertContains(response, "Arrange for someone to take you home.")
    assert "None" not in response.content.decode()


def test_myths_page_shows_cards(client, myths_page):
    response = client.get(myths_page.url)
    assert response.status_code == 200
    assertTemplateUsed(response, "faq/myths_page.html")
    assertContains(response, "It is only used recreationally.")
    assertContains(response, "It is a licensed anaesthetic.")


def test_faq_page_query_count_does_not_grow_with_questions(
    client, home_page, make_faq, no_page_cache, django_assert_max_num_queries
):

    faqs = [make_faq(f"Question number {n}?") for n in range(20)]
    page = publish(
        home_page,
        FAQPage(
            title="FAQs",
            slug="faqs",
            body=[("faq_group", {"heading": "All", "faqs": faqs})],
        ),
    )
    client.get(page.url)
    with django_assert_max_num_queries(13):
        response = client.get(page.url)
    assert response.status_code == 200
    assertTemplateUsed(response, "faq/faq_page.html")
    assertContains(response, "Question number 19?")
