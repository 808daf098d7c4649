"""FAQ pages as JSON-LD: a schema.org FAQPage with every question and answer."""

import pytest

from conftest import json_ld_graph

pytestmark = pytest.mark.django_db


def test_faq_page_lists_every_question_and_answer(client, clinic, faq_page):
    nodes = json_ld_graph(client.get(faq_page.url))
    [page] = nodes["FAQPage"]
    assert page["name"] == "Frequently asked questions"
    assert [q["name"] for q in page["mainEntity"]] == [
        "Can I drive home afterwards?",
        "Will I feel strange?",
    ]
    assert page["mainEntity"][0]["acceptedAnswer"]["text"] == (
        "No. Arrange for someone to take you home."
    )
    assert "MedicalClinic" not in nodes
    assert len(nodes["BreadcrumbList"][0]["itemListElement"]) == 2
