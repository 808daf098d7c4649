"""The clinic as JSON-LD: a MedicalClinic from Clinic settings, on the home and
contact pages, with placeholders left out and opening hours as schema.org ranges."""

import pytest

from conftest import json_ld_graph, json_ld_strings
from home.structured_data import opening_hours

pytestmark = pytest.mark.django_db


def test_home_and_contact_describe_the_clinic(client, clinic, home_page, contact_page):
    for url in ("/", contact_page.url):
        nodes = json_ld_graph(client.get(url))
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
    assert "BreadcrumbList" not in json_ld_graph(client.get("/"))
    assert json_ld_graph(client.get(contact_page.url))["ContactPage"][0]["name"] == (
        "Contact the clinic"
    )


def test_blank_and_placeholder_settings_are_left_out(
    client, clinic_settings, contact_page
):
    nodes = json_ld_graph(client.get(contact_page.url))
    assert "MedicalClinic" not in nodes
    assert "publisher" not in nodes["ContactPage"][0]

    clinic_settings.clinic_name = "Riverside Clinic"
    clinic_settings.phone = "[to be confirmed]"
    clinic_settings.address = "TBC"
    clinic_settings.save()
    response = client.get(contact_page.url)
    [medical_clinic] = json_ld_graph(response)["MedicalClinic"]
    assert set(medical_clinic) == {"@type", "@id", "name", "url"}
    assert not any("[" in text for text in json_ld_strings(json_ld_graph(response)))


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
