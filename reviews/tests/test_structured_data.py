"""Reviewed pages as JSON-LD: the review date and the reviewer as a Person."""

import datetime
from types import SimpleNamespace

import pytest

from conftest import json_ld_graph
from reviews.models import Reviewer
from reviews.structured_data import person, review_properties

pytestmark = pytest.mark.django_db


def test_reviewer_becomes_a_person_with_the_review_date():
    profile = SimpleNamespace(
        live=True, get_full_url=lambda request: "http://localhost/about/"
    )
    reviewer = SimpleNamespace(
        name="Dr A. Example",
        role="Consultant anaesthetist",
        credentials="MBBS FRCA",
        profile_page=profile,
    )
    page = SimpleNamespace(last_reviewed=datetime.date(2026, 3, 1), reviewer=reviewer)
    assert review_properties(page, None) == {
        "lastReviewed": "2026-03-01",
        "reviewedBy": {
            "@type": "Person",
            "name": "Dr A. Example",
            "jobTitle": "Consultant anaesthetist",
            "honorificSuffix": "MBBS FRCA",
            "url": "http://localhost/about/",
        },
    }
    assert person(Reviewer(name="Sam Nurse"), None) == {
        "@type": "Person",
        "name": "Sam Nurse",
    }


def test_reviewed_pages_carry_the_review_date_and_reviewer(
    client, clinic, article_page, faq_page
):

    reviewer = Reviewer.objects.create(
        name="Dr Sam Example",
        credentials="MB ChB, FRCA",
        role="Consultant anaesthetist",
    )
    article = article_page(
        title="Reviewed article",
        reviewer=reviewer,
        last_reviewed=datetime.date(2026, 3, 1),
    )
    faq_page.reviewer = reviewer
    faq_page.last_reviewed = datetime.date(2026, 2, 1)
    faq_page.save_revision().publish()

    [page] = json_ld_graph(client.get(article.url))["MedicalWebPage"]
    assert page["lastReviewed"] == "2026-03-01"
    assert page["reviewedBy"] == {
        "@type": "Person",
        "name": "Dr Sam Example",
        "jobTitle": "Consultant anaesthetist",
        "honorificSuffix": "MB ChB, FRCA",
    }
    [faqs] = json_ld_graph(client.get(faq_page.url))["FAQPage"]
    assert faqs["lastReviewed"] == "2026-02-01"
    assert faqs["reviewedBy"]["name"] == "Dr Sam Example"
