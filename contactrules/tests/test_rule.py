"""The rule itself: which phone numbers, emails and web addresses it finds."""

import pytest

from contactrules.rule import (
    EMAIL,
    PHONE,
    WEBSITE,
    Allowed,
    find_in_href,
    find_in_html,
    find_in_text,
)

ADVERT = "Call our partner on +1 555 010 2030 or visit www.pharma-shop.example to order today"


@pytest.fixture
def allowed() -> Allowed:
    allowed = Allowed(
        email_domains={"riverside-clinic.example.org"},
        web_domains={"riverside-clinic.example.org", "nice.org.uk", "www.nhs.uk"},
        region="GB",
    )
    for number in ("020 7946 0000", "999", "NHS 111", "112"):
        allowed.add_phone_numbers(number)
    return allowed


def found(text, allowed) -> list[tuple[str, str]]:
    return [(finding.kind, finding.text) for finding in find_in_text(text, allowed)]


def test_the_advert_from_the_issue_gives_a_phone_number_and_a_website(allowed):
    assert found(ADVERT, allowed) == [
        (PHONE, "+1 555 010 2030"),
        (WEBSITE, "www.pharma-shop.example"),
    ]


@pytest.mark.parametrize(
    "number",
    [
        "+1 555 010 2030",
        "+1 (555) 010-2030",
        "0800 123 4567",
        "08001234567",
        "(020) 7946 0001",
        "+44 20 7946 0958",
        "+44 (0)20 7946 0958",
        "0044 20 7946 0958",
        "07700 900123",
        "+33 1 23 45 67 89",
        "+49 30 901820",
        "1-800-555-0100",
        "(800) 555-0100",
        "0161 496 0000",
    ],
)
def test_phone_numbers_in_many_formats_are_found(number, allowed):
    assert found(f"For offers ring {number} today.", allowed) == [(PHONE, number)]


@pytest.mark.parametrize(
    "number",
    ["020 7946 0000", "(020) 7946 0000", "+44 20 7946 0000", "+44 (0)20 7946 0000",
     "0044 20 7946 0000", "02079460000", "020-7946-0000"],
)  # fmt: skip
def test_the_clinics_own_number_is_allowed_however_it_is_written(number, allowed):
    assert found(f"Call the clinic on {number}.", allowed) == []


def test_configured_emergency_and_advice_numbers_are_allowed(allowed):
    text = "In an emergency call 999 or 112. For urgent advice call NHS 111."
    assert found(text, allowed) == []
    assert find_in_href("tel:999", allowed) is None
    assert find_in_href("tel:111", allowed) is None


@pytest.mark.parametrize(
    "text",
    [
        "Hospitals have used it since the 1960s.",
        "Studies from 1990-2020 looked at this; see NICE guideline NG222 (2022).",
        "A session lasts 40-60 minutes, about 2.5 hours in all.",
        "About 1,000,000 people were surveyed in 2019.",
        "See section 3.2 of the leaflet, dated 12.03.2024 or 12/03/2024.",
        "JAMA. 2019;321(4):123-130. doi:10.1001/jama.2019.1234",
        "WHO-MHP-HPS-EML-2023.02, Misuse of Drugs Act 1971 c. 38",
        "ISBN 978-0-19-953556-9, pages 123-456",
        "e.g. this, i.e. that, etc. and Fig. 3.",
    ],
)
def test_dates_years_and_reference_numbers_are_not_phone_numbers(text, allowed):
    assert found(text, allowed) == []


def test_emails_in_the_clinics_domain_are_allowed_others_are_found(allowed):
    assert found("Write to hello@riverside-clinic.example.org.", allowed) == []
    assert found("Write to team@mail.riverside-clinic.example.org.", allowed) == []
    assert found("Write to orders@pharma-shop.example for a quote.", allowed) == [
        (EMAIL, "orders@pharma-shop.example")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "https://www.nice.org.uk/guidance/ng222",
        "https://bnf.nice.org.uk/drugs/ketamine/",
        "www.nhs.uk/conditions/depression",
        "nhs.uk",
        "riverside-clinic.example.org/contact",
    ],
)
def test_trusted_sources_and_their_subdomains_are_allowed(text, allowed):
    assert found(f"Read more at {text}.", allowed) == []


@pytest.mark.parametrize(
    "text",
    [
        "www.pharma-shop.example",
        "pharma-shop.example",
        "pharma-shop.example/buy-now",
        "https://pharma-shop.example/offer?id=2030",
        "http://nice.org.uk.pharma-shop.example/",
        "cheap-meds.co.uk",
    ],
)
def test_other_websites_are_found_with_or_without_www_or_scheme(text, allowed):
    assert found(f"Order at {text}.", allowed) == [(WEBSITE, text)]


def test_digits_in_an_allowed_address_are_not_read_as_a_phone_number(allowed):
    assert found("See www.nhs.uk/leaflets/0800123456789.", allowed) == []


@pytest.mark.parametrize(
    ("href", "kind"),
    [
        ("tel:+15550102030", PHONE),
        ("tel:0800-123-4567", PHONE),
        ("mailto:orders@pharma-shop.example", EMAIL),
        ("https://pharma-shop.example/buy", WEBSITE),
        ("//pharma-shop.example/buy", WEBSITE),
        ("www.pharma-shop.example", WEBSITE),
        ("sms:+15550102030", WEBSITE),
    ],
)
def test_link_targets_are_checked(href, kind, allowed):
    finding = find_in_href(href, allowed)
    assert finding is not None and finding.kind == kind and finding.text == href


@pytest.mark.parametrize(
    "href",
    [
        "tel:+442079460000",
        "tel:020 7946 0000",
        "mailto:hello@riverside-clinic.example.org",
        "https://www.nice.org.uk/guidance/ng222",
        "/contact/",
        "#side-effects",
    ],
)
def test_allowed_link_targets_pass(href, allowed):
    assert find_in_href(href, allowed) is None


def test_rich_text_is_checked_in_its_words_and_its_links(allowed):
    html = (
        '<p>Ask <a href="tel:+15550102030">our partner</a> or '
        '<a href="https://www.nice.org.uk/x">NICE</a>.</p>'
        "<ul><li>Ring 0800 123 4567</li><li>2024</li></ul>"
    )
    assert [(f.kind, f.text) for f in find_in_html(html, allowed)] == [
        (PHONE, "tel:+15550102030"),
        (PHONE, "0800 123 4567"),
    ]


def test_blocks_of_rich_text_do_not_run_together_into_a_number(allowed):
    assert find_in_html("<p>Room 020</p><p>7946 0001 visitors</p>", allowed) == []
