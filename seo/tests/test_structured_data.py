"""JSON-LD of every page type: valid JSON, the right schema.org types, no
placeholders, and no way for content to close the script element.

What each content type says about itself is tested with its app: the clinic in
home, reviewed pages in reviews, FAQ pages in faq, articles and medicines in articles.
"""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page

from conftest import JSON_LD_SCRIPT, json_ld_graph, json_ld_strings, publish
from faq.models import FAQPage
from home.models import StandardPage
from search.models import SearchPage
from seo.structured_data import is_placeholder

pytestmark = pytest.mark.django_db

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


def test_content_cannot_close_the_script_element(client, clinic, home_page, make_faq):

    evil = "Is </script><script>alert(1)</script> & <!-- safe?"
    faq = make_faq(evil, "<p>Yes: &lt;/script&gt; stays text.</p>")
    page = publish(
        home_page,
        FAQPage(title="FAQs", slug="faqs", body=[("faq_group", {"faqs": [faq]})]),
    )
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    script = JSON_LD_SCRIPT.search(html).group(1)
    assert "<" not in script and ">" not in script
    assert "\\u003C/script\\u003E" in script
    [faqs] = json_ld_graph(response)["FAQPage"]
    assert faqs["mainEntity"][0]["name"] == evil
    assert (
        faqs["mainEntity"][0]["acceptedAnswer"]["text"] == "Yes: </script> stays text."
    )


def test_placeholders_are_recognised():
    for text in (
        "",
        "  ",
        "[Clinic phone number — set it in Settings › Clinic settings]",
        "TBC",
    ):
        assert is_placeholder(text)
    assert not is_placeholder("0800 000 0000")


def test_every_demo_page_has_valid_structured_data(client, clinic, home_page):
    call_command("load_demo_content", stdout=io.StringIO())
    pages = Page.objects.live().public().filter(depth__gt=1).specific()
    seen_types = set()
    for page in pages:
        nodes = json_ld_graph(client.get(page.url))
        for schema_type, found in nodes.items():
            seen_types.add(schema_type)
            assert schema_type in REQUIRED, f"{page.url}: unexpected {schema_type}"
            for node in found:
                missing = REQUIRED[schema_type] - set(node)
                assert not missing, f"{page.url}: {schema_type} lacks {missing}"
        assert not [t for t in json_ld_strings(nodes) if "[" in t], page.url
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
    nodes = json_ld_graph(client.get(page.url))
    assert nodes["WebPage"][0]["name"] == "About us"
    assert "description" not in nodes["WebPage"][0]
    search = publish(home_page, SearchPage(title="Search", slug="search"))
    assert json_ld_graph(client.get(search.url, {"q": "x"}))["SearchResultsPage"]
