"""The FAQ and myths pages render in a bounded number of queries."""

import pytest

from conftest import publish
from faq.models import FAQPage, MythsPage

pytestmark = pytest.mark.django_db

FAQ_PAGE = "faq/faq_page.html"
MYTHS_PAGE = "faq/myths_page.html"


def faq_page_with(home_page, make_faq, groups, per_group):
    body = [
        (
            "faq_group",
            {
                "heading": f"Group {g}",
                "faqs": [
                    make_faq(f"Group {g} question {n}?") for n in range(per_group)
                ],
            },
        )
        for g in range(groups)
    ]
    return publish(home_page, FAQPage(title="FAQs", slug="faqs", body=body))


def test_faq_page_queries_do_not_grow_with_questions_or_groups(
    home_page, make_faq, count_queries
):
    page = faq_page_with(home_page, make_faq, groups=1, per_group=1)
    few = count_queries(page.url, FAQ_PAGE, contains=["Group 0 question 0?"])
    page.delete()
    page = faq_page_with(home_page, make_faq, groups=5, per_group=8)
    assert count_queries(page.url, FAQ_PAGE, contains=["Group 4 question 7?"]) == few
    assert few <= 8


def test_myths_page_queries_do_not_grow_with_cards(home_page, make_myth, count_queries):
    def myths_page_with(n):
        cards = [make_myth(f"Myth number {n} {i}") for i in range(n)]
        return publish(
            home_page,
            MythsPage(
                title="Myths",
                slug=f"myths-{n}",
                body=[("myth_cards", {"heading": "Common", "myths": cards})],
            ),
        )

    page = myths_page_with(1)
    few = count_queries(page.url, MYTHS_PAGE, contains=["Myth number 1 0"])
    page.delete()
    assert (
        count_queries(
            myths_page_with(12).url, MYTHS_PAGE, contains=["Myth number 12 11"]
        )
        == few
    )
    assert few <= 8
