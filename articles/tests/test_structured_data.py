"""Articles and medicine pages as JSON-LD: MedicalWebPage with breadcrumbs, the
questions of embedded FAQ groups, and a medicine page's Drug."""

import pytest

from articles.models import MedicinePage
from conftest import json_ld_graph, publish

pytestmark = pytest.mark.django_db


def test_article_is_a_medical_web_page_with_breadcrumbs(client, clinic, article_page):
    article = article_page(
        title="Ketamine for pain",
        summary="How ketamine relieves pain.",
        tags=["Pain", "Anaesthesia"],
    )

    nodes = json_ld_graph(client.get(article.url))

    [page] = nodes["MedicalWebPage"]
    assert page["name"] == "Ketamine for pain"
    assert page["description"] == "How ketamine relieves pain."
    assert page["url"] == "http://localhost/articles/ketamine-for-pain/"
    assert page["datePublished"].startswith(str(article.first_published_at.date()))
    assert page["dateModified"].startswith(str(article.last_published_at.date()))
    assert page["audience"] == {"@type": "MedicalAudience", "audienceType": "Patient"}
    assert sorted(topic["name"] for topic in page["about"]) == ["Anaesthesia", "Pain"]
    assert page["publisher"]["@type"] == "MedicalClinic"
    assert page["publisher"]["name"] == "Riverside Clinic"
    [crumbs] = nodes["BreadcrumbList"]
    assert [
        (item["position"], item["name"], item["item"])
        for item in crumbs["itemListElement"]
    ] == [
        (1, "Home", "http://localhost/"),
        (2, "Health information", "http://localhost/articles/"),
        (3, "Ketamine for pain", "http://localhost/articles/ketamine-for-pain/"),
    ]


def test_article_with_faq_group_also_describes_its_questions(
    client, clinic, article_page, make_faq
):
    faq = make_faq("Can I eat before?", "<p>Not for <b>six</b> hours before.</p>")
    article = article_page(
        title="Preparing",
        body=[("faq_group", {"heading": "Questions", "faqs": [faq]})],
    )
    [faqs] = json_ld_graph(client.get(article.url))["FAQPage"]
    assert faqs["mainEntity"] == [
        {
            "@type": "Question",
            "name": "Can I eat before?",
            "acceptedAnswer": {"@type": "Answer", "text": "Not for six hours before."},
        }
    ]


def test_medicine_page_is_a_drug_with_legal_and_prescription_status(
    client, clinic, article_index
):

    page = publish(
        article_index,
        MedicinePage(
            title="Ketamine",
            slug="ketamine-medicine",
            summary="A medicine used for anaesthesia and pain relief.",
            medicine_type="Anaesthetic and painkiller",
            given_as="Injection or drip, in hospital",
            legal_status_summary="Controlled drug",
            prescription_status="prescription_only",
        ),
    )
    nodes = json_ld_graph(client.get(page.url))
    [drug] = nodes["Drug"]
    assert drug == {
        "@type": "Drug",
        "@id": "http://localhost/articles/ketamine-medicine/#drug",
        "name": "Ketamine",
        "description": "A medicine used for anaesthesia and pain relief.",
        "url": "http://localhost/articles/ketamine-medicine/",
        "drugClass": {"@type": "DrugClass", "name": "Anaesthetic and painkiller"},
        "administrationRoute": "Injection or drip, in hospital",
        "legalStatus": {"@type": "DrugLegalStatus", "name": "Controlled drug"},
        "prescriptionStatus": "https://schema.org/PrescriptionOnly",
    }
    [web_page] = nodes["MedicalWebPage"]
    assert web_page["about"]["@id"] == drug["@id"]
    assert len(nodes["BreadcrumbList"][0]["itemListElement"]) == 3

    page.prescription_status = "pharmacy"
    page.legal_status_summary = ""
    page.save_revision().publish()
    [drug] = json_ld_graph(client.get(page.url))["Drug"]
    assert drug["prescriptionStatus"] == "https://schema.org/OTC"
    assert "legalStatus" not in drug
