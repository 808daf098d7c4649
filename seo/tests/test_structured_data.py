"""JSON-LD of every page type: valid JSON, the right schema.org types, no placeholders."""

import datetime
import io
import json
import re
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from wagtail.models import Page

from articles.models import MedicinePage
from conftest import publish
from faq.models import FAQPage
from home.models import StandardPage
from home.structured_data import opening_hours
from reviews.models import Reviewer
from reviews.structured_data import person, review_properties
from search.models import SearchPage
from seo.structured_data import is_placeholder

pytestmark = pytest.mark.django_db

SCRIPT = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)

# Properties each type must carry on this site.
REQUIRED = {
    "WebPage": {"name", "url", "isPartOf"},
    "MedicalWebPage": {
        "name",
        "url",
        "description",
        "datePublished",
        "dateModified",
        "audience",
    },
    "FAQPage": {"url", "mainEntity"},
    "CollectionPage": {"name", "url"},
    "ContactPage": {"name", "url"},
    "SearchResultsPage": {"name", "url"},
    "MedicalClinic": {"name", "url"},
    "BreadcrumbList": {"itemListElement"},
    "Drug": {"name", "url"},
}


def graph(response) -> dict[str, list[dict]]:
    """The page's JSON-LD nodes by @type; exactly one script, parsed as JSON."""
    assert response.status_code == 200
    scripts = SCRIPT.findall(response.content.decode())
    assert len(scripts) == 1
    document = json.loads(scripts[0])
    assert document["@context"] == "https://schema.org"
    nodes: dict[str, list[dict]] = {}
    for node in document["@graph"]:
        nodes.setdefault(node["@type"], []).append(node)
    return nodes


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


@pytest.fixture
def clinic(clinic_settings):
    clinic_settings.clinic_name = "Riverside Clinic"
    clinic_settings.phone = "0800 000 0000"
    clinic_settings.email = "hello@example.com"
    clinic_settings.address = "1 River Street\nTownsville\nAB1 2CD"
    clinic_settings.opening_hours = (
        "Monday to Friday: 9am to 5pm\nSaturday 10:00–13:00\nClosed on bank holidays"
    )
    clinic_settings.save()
    return clinic_settings


def test_article_is_a_medical_web_page_with_breadcrumbs(client, clinic, article_page):
    article = article_page(
        title="Ketamine for pain",
        summary="How ketamine relieves pain.",
        tags=["Pain", "Anaesthesia"],
    )

    nodes = graph(client.get(article.url))

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
    [faqs] = graph(client.get(article.url))["FAQPage"]
    assert faqs["mainEntity"] == [
        {
            "@type": "Question",
            "name": "Can I eat before?",
            "acceptedAnswer": {"@type": "Answer", "text": "Not for six hours before."},
        }
    ]


def test_faq_page_lists_every_question_and_answer(client, clinic, faq_page):
    nodes = graph(client.get(faq_page.url))
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


def test_home_and_contact_describe_the_clinic(client, clinic, home_page, contact_page):
    for url in ("/", contact_page.url):
        nodes = graph(client.get(url))
        [medical_clinic] = nodes["MedicalClinic"]
        assert medical_clinic == {
            "@type": "MedicalClinic",
            "@id": "http://localhost/#clinic",
            "name": "Riverside Clinic",
            "url": "http://localhost/",
            "telephone": "0800 000 0000",
            "email": "hello@example.com",
            "address": {
                "@type": "PostalAddress",
                "streetAddress": "1 River Street, Townsville, AB1 2CD",
            },
            "openingHours": ["Mo-Fr 09:00-17:00", "Sa 10:00-13:00"],
        }
    assert "BreadcrumbList" not in graph(client.get("/"))
    assert graph(client.get(contact_page.url))["ContactPage"][0]["name"] == (
        "Contact the clinic"
    )


def test_blank_and_placeholder_settings_are_left_out(
    client, clinic_settings, contact_page
):
    nodes = graph(client.get(contact_page.url))
    assert "MedicalClinic" not in nodes
    assert "publisher" not in nodes["ContactPage"][0]

    clinic_settings.clinic_name = "Riverside Clinic"
    clinic_settings.phone = "[to be confirmed]"
    clinic_settings.address = "TBC"
    clinic_settings.save()
    response = client.get(contact_page.url)
    [medical_clinic] = graph(response)["MedicalClinic"]
    assert set(medical_clinic) == {"@type", "@id", "name", "url"}
    assert not any("[" in text for text in strings(graph(response)))


def test_content_cannot_close_the_script_element(client, clinic, home_page, make_faq):

    evil = "Is </script><script>alert(1)</script> & <!-- safe?"
    faq = make_faq(evil, "<p>Yes: &lt;/script&gt; stays text.</p>")
    page = publish(
        home_page,
        FAQPage(title="FAQs", slug="faqs", body=[("faq_group", {"faqs": [faq]})]),
    )
    response = client.get(page.url)
    html = response.content.decode()
    script = SCRIPT.search(html).group(1)
    assert "<" not in script and ">" not in script
    assert "\\u003C/script\\u003E" in script
    [faqs] = graph(response)["FAQPage"]
    assert faqs["mainEntity"][0]["name"] == evil
    assert (
        faqs["mainEntity"][0]["acceptedAnswer"]["text"] == "Yes: </script> stays text."
    )


def test_opening_hours_become_schema_org_ranges():
    assert opening_hours(
        [
            "Monday to Friday: 9am to 5pm",
            "Mon–Thu 08:30-18:00",
            "Saturday: 10am to 12.30pm",
            "Sunday: closed",
            "Late opening by appointment",
        ]
    ) == ["Mo-Fr 09:00-17:00", "Mo-Th 08:30-18:00", "Sa 10:00-12:30"]


def test_placeholders_are_recognised():
    for text in (
        "",
        "  ",
        "[Clinic phone number — set it in Settings › Clinic settings]",
        "TBC",
    ):
        assert is_placeholder(text)
    assert not is_placeholder("0800 000 0000")


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


def test_every_demo_page_has_valid_structured_data(client, clinic, home_page):
    call_command("load_demo_content", stdout=io.StringIO())
    pages = Page.objects.live().public().filter(depth__gt=1).specific()
    seen_types = set()
    for page in pages:
        nodes = graph(client.get(page.url))
        for schema_type, found in nodes.items():
            seen_types.add(schema_type)
            assert schema_type in REQUIRED, f"{page.url}: unexpected {schema_type}"
            for node in found:
                missing = REQUIRED[schema_type] - set(node)
                assert not missing, f"{page.url}: {schema_type} lacks {missing}"
        assert not [t for t in strings(nodes) if "[" in t], page.url
        if hasattr(page, "last_reviewed"):
            [node] = nodes.get("MedicalWebPage") or nodes["FAQPage"]
            assert node["lastReviewed"] == page.last_reviewed.isoformat(), page.url
            assert node["reviewedBy"]["name"] == page.reviewer.name, page.url
        assert ("BreadcrumbList" in nodes) == (page.depth > 2), page.url
    assert {
        "Drug",
        "WebPage",
        "MedicalWebPage",
        "FAQPage",
        "CollectionPage",
        "ContactPage",
        "MedicalClinic",
        "BreadcrumbList",
    } <= seen_types


def test_pages_without_own_description_still_parse(client, home_page):
    page = publish(home_page, StandardPage(title="About us", slug="about"))
    nodes = graph(client.get(page.url))
    assert nodes["WebPage"][0]["name"] == "About us"
    assert "description" not in nodes["WebPage"][0]
    search = publish(home_page, SearchPage(title="Search", slug="search"))
    assert graph(client.get(search.url, {"q": "x"}))["SearchResultsPage"]


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

    [page] = graph(client.get(article.url))["MedicalWebPage"]
    assert page["lastReviewed"] == "2026-03-01"
    assert page["reviewedBy"] == {
        "@type": "Person",
        "name": "Dr Sam Example",
        "jobTitle": "Consultant anaesthetist",
        "honorificSuffix": "MB ChB, FRCA",
    }
    [faqs] = graph(client.get(faq_page.url))["FAQPage"]
    assert faqs["lastReviewed"] == "2026-02-01"
    assert faqs["reviewedBy"]["name"] == "Dr Sam Example"


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
    nodes = graph(client.get(page.url))
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
    [drug] = graph(client.get(page.url))["Drug"]
    assert drug["prescriptionStatus"] == "https://schema.org/OTC"
    assert "legalStatus" not in drug
