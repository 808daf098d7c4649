"""The clinic's logo and brand colour, and the accessible shades made from it."""

import re

import pytest
from django.core.exceptions import ValidationError
from pytest_django.asserts import assertContains, assertNotContains

from home.colours import (
    AA,
    AAA,
    DARK_BACKGROUND,
    LIGHT_BACKGROUND,
    WHITE,
    brand_palette,
    brand_problem,
    contrast_ratio,
)

BRAND_COLOURS = ["#005a9c", "#c2185b", "#0b7a75", "#5e2ca5", "#333333", "#6b5200"]


def test_contrast_ratio_matches_wcag_examples():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#595959", "#ffffff") == pytest.approx(7.0, abs=0.01)


@pytest.mark.parametrize("colour", BRAND_COLOURS)
def test_every_pair_made_from_an_accepted_colour_is_readable(colour):
    palette = brand_palette(colour)
    # Light mode: text on both backgrounds, white text on the brand and on the header.
    assert contrast_ratio(palette.brand, LIGHT_BACKGROUND) >= AAA
    assert contrast_ratio(WHITE, palette.brand) >= AA
    assert contrast_ratio(WHITE, palette.brand_dark) >= AAA
    # Dark mode: links and their hover colour on the dark backgrounds.
    assert contrast_ratio(palette.dark_mode_brand, DARK_BACKGROUND) >= AAA
    assert contrast_ratio(palette.dark_mode_brand_dark, DARK_BACKGROUND) >= 10


def test_shades_stay_close_to_the_brand_colour():
    assert brand_palette("#333333").brand == "#333333"  # already 7:1: unchanged
    palette = brand_palette("#0b7a75")
    assert contrast_ratio(palette.brand, LIGHT_BACKGROUND) < AAA + 0.5
    # Only as much black or white as the contrast target needs.
    assert contrast_ratio(palette.dark_mode_brand, DARK_BACKGROUND) < AAA + 0.5
    assert contrast_ratio(WHITE, palette.brand_dark) < AAA + 0.5


@pytest.mark.parametrize("colour", ["#ffcc00", "#ffffff", "#8fbc8f", "#e4007c"])
def test_a_colour_too_light_to_read_is_refused_with_its_ratio_and_a_darker_shade(
    colour,
):
    problem = brand_problem(colour)
    ratio = contrast_ratio(colour, LIGHT_BACKGROUND)
    assert f"{colour} is too light" in problem
    assert f"stands out from the page by {ratio:.1f} to 1" in problem
    assert "at least 4.5 to 1" in problem
    assert "hexadecimal" not in problem and "contrast ratio" not in problem
    suggested = re.search(r"such as (#[0-9a-f]{6})", problem).group(1)
    assert brand_problem(suggested) == ""
    with pytest.raises(ValueError):
        brand_palette(colour)


@pytest.mark.parametrize("value", ["blue", "#12345", "005a9c", "#gggggg"])
def test_a_colour_not_written_as_hex_is_refused(value):
    assert "as # and six letters (a to f) or digits" in brand_problem(value)


@pytest.mark.django_db
def test_model_validation_explains_the_refusal(clinic_settings):
    clinic_settings.brand_colour = "#ffcc00"
    with pytest.raises(ValidationError) as error:
        clinic_settings.full_clean()
    assert "by 1.4 to 1" in str(error.value.message_dict["brand_colour"])


@pytest.mark.django_db
def test_admin_refuses_a_light_colour_and_keeps_what_was_typed(
    admin_client, clinic_settings
):
    url = f"/admin/settings/home/clinicsettings/{clinic_settings.site_id}/"
    form = admin_client.get(url).context["form"]
    data = {
        name: ("" if value is None else value)
        for name, value in form.initial.items()
        if not isinstance(value, list | dict)
    }
    data.update(
        clinic_name="Riverside Clinic",
        brand_colour="#ffcc00",
        urgent_notice_enabled="on",
    )
    data = {key: value for key, value in data.items() if value is not False}
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assertContains(response, "#ffcc00 is too light")
    assertContains(response, 'value="Riverside Clinic"')
    clinic_settings.refresh_from_db()
    assert clinic_settings.brand_colour == ""

    data["brand_colour"] = "#0b7a75"
    response = admin_client.post(url, data)
    assert response.status_code == 302
    clinic_settings.refresh_from_db()
    assert clinic_settings.brand_colour == "#0b7a75"


@pytest.mark.django_db
def test_pages_link_the_brand_stylesheet_only_when_a_colour_is_set(
    client, clinic_settings
):
    assertNotContains(client.get("/"), "/brand.css")

    clinic_settings.brand_colour = "#0b7a75"
    clinic_settings.save()
    html = client.get("/").content.decode()
    href = re.search(r'<link rel="stylesheet" href="(/brand\.css\?v=\w+)">', html)
    assert href, "pages link the brand stylesheet"
    assert 'style="' not in html and "<style" not in html  # no inline CSS (CSP)

    css = client.get(href.group(1))
    assert css["Content-Type"].startswith("text/css")
    assert "immutable" in css["Cache-Control"]
    palette = brand_palette("#0b7a75")
    body = css.content.decode()
    assert f"--brand:{palette.brand}" in body
    assert f"--brand-dark:{palette.brand_dark}" in body
    assert "prefers-color-scheme:dark" in body
    assert f"--brand:{palette.dark_mode_brand}" in body

    # A new colour: cached pages get a new stylesheet address at once.
    clinic_settings.brand_colour = "#5e2ca5"
    clinic_settings.save()
    new_href = re.search(
        r'href="(/brand\.css\?v=\w+)"', client.get("/").content.decode()
    )
    assert new_href.group(1) != href.group(1)
    assert "no-cache" in client.get(href.group(1))["Cache-Control"]


@pytest.mark.django_db
def test_logo_replaces_the_name_with_the_name_as_alt_text(
    client, clinic_settings, image
):
    clinic_settings.clinic_name = "Riverside Clinic"
    clinic_settings.logo = image
    clinic_settings.save()
    html = client.get("/").content.decode()
    logo = re.search(r'<img class="site-header__logo"[^>]*>', html).group()
    assert 'alt="Riverside Clinic"' in logo
    assert re.search(r'width="\d+"', logo) and 'height="96"' in logo
