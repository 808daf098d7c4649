"""Clinic settings in the admin: room for the notice, a colour preview, and
nothing typed is lost when one field is refused."""

import re

import pytest
from django.utils.html import escape
from pytest_django.asserts import assertContains, assertNotContains

from home.models import ClinicSettings

pytestmark = pytest.mark.django_db


def settings_url(clinic_settings) -> str:
    return f"/admin/settings/home/clinicsettings/{clinic_settings.site_id}/"


def form_data(admin_client, url) -> dict:
    """What the settings form posts when nothing is changed."""
    form = admin_client.get(url).context["form"]
    data = {
        name: ("" if value is None else value)
        for name, value in form.initial.items()
        if not isinstance(value, list | dict)
    }
    return {key: value for key, value in data.items() if value is not False}


def test_notice_has_room_for_its_whole_wording_and_the_colour_a_preview(
    admin_client, clinic_settings
):
    clinic_settings.brand_colour = "#0b7a75"
    clinic_settings.save()
    response = admin_client.get(settings_url(clinic_settings))
    default = ClinicSettings._meta.get_field("urgent_notice_text").default
    html = response.content.decode()
    # A box of several lines showing the whole default wording, not a cut-off line.
    notice = re.search(
        r'<textarea[^>]*name="urgent_notice_text"[^>]*>(.*?)</textarea>', html, re.S
    )
    assert notice and notice.group(1).strip() == escape(default)
    # The saved colour is shown behind white text and as link text, without JavaScript.
    assertContains(response, "background-color: #0b7a75; color: #ffffff")
    assertContains(response, "White text on your colour, as in the header")
    assertContains(response, "Your colour as a link on the page")
    assertNotContains(response, "hexadecimal")
    assertNotContains(response, "contrast ratio")


def test_one_refused_field_keeps_everything_typed_in_the_others(
    admin_client, clinic_settings
):
    url = settings_url(clinic_settings)
    data = form_data(admin_client, url)
    data.update(
        clinic_name="Riverside Clinic",
        phone="0800 000 0000",
        email="not an address",  # the one mistake
        address="1 River Street\r\nTownsville",
        opening_hours="Monday to Friday: 9am to 5pm",
        urgent_notice_text="If you are in danger, call now.\r\nWe cannot help online.",
        brand_colour="#0b7a75",
        urgent_notice_enabled="on",
    )
    response = admin_client.post(url, data)

    assert response.status_code == 200
    assertContains(response, "Enter a valid email address.")
    for value in (
        'value="Riverside Clinic"',
        'value="0800 000 0000"',
        'value="not an address"',
        "1 River Street\r\nTownsville</textarea>",
        'value="#0b7a75"',
        "background-color: #0b7a75",
        "If you are in danger, call now.\r\nWe cannot help online.</textarea>",
    ):
        assert value in response.content.decode(), value
    clinic_settings.refresh_from_db()
    assert clinic_settings.clinic_name == ""  # nothing saved until it is all right
