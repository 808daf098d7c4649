"""Contact details and foreign links removed from imported lines."""

import pytest

from articles.importer.reader import Line, Run
from articles.importer.stripping import strip_contacts
from contactrules.rule import Allowed

ALLOWED = Allowed(
    web_domains={"clinic.example.org"},
    email_domains={"clinic.example.org"},
    region="GB",
)


def strip(text: str, **run) -> tuple[str, list[tuple[str, str]]]:
    lines, removals = strip_contacts([Line(1, [Run(text, **run)])], ALLOWED)
    kept = lines[0].text if lines else ""
    return kept, [(removal.kind, removal.text) for removal in removals]


@pytest.mark.parametrize(
    "number",
    [
        "+44 20 7946 0000",
        "+44 (0)20 7946 0000",
        "(020) 7946 0000",
        "020 7946 0000",
        "0800 000 0000",
        "07700 900123",
        "1-800-555-0100",
        "(800) 555-0100",
        "800.555.0100",
        "+1 531 400 1000",
        "+33 1 23 45 67 89",
        "0044 20 7946 0000",
        "02079460000",
    ],
)
def test_phone_numbers_in_common_formats_are_removed_with_their_sentence(number):
    kept, removed = strip(f"Read the leaflet first. For offers call {number} today.")

    assert kept == "Read the leaflet first."
    assert removed == [("phone number", number)]


@pytest.mark.parametrize(
    "text",
    [
        "Hospitals have used it since the 1960s.",
        "Studies from 1990-2020 looked at this.",
        "A session lasts 40-60 minutes.",
        "In an emergency call 999 or 112, or NHS 111.",
        "About 1,000,000 people were surveyed in 2019.",
        "The 2.5 hour wait was the longest.",
        "See section 3.2 of the leaflet, dated 12.03.2024.",
    ],
)
def test_numbers_that_are_not_phone_numbers_stay(text):
    assert strip(text) == (text, [])


def test_email_addresses_are_removed():
    kept, removed = strip(
        "Ask us anything. Write to sales@example-pharma.test for a quote."
    )

    assert kept == "Ask us anything."
    assert removed == [("email address", "sales@example-pharma.test")]


@pytest.mark.parametrize(
    "address",
    [
        "www.example-pharma.test",
        "https://example.com/offer",
        "Acmepharma.com",
        "shop.example.co.uk/ketamine",
    ],
)
def test_other_websites_are_removed(address):
    kept, removed = strip(f"It is safe. Visit {address} to learn more.")

    assert kept == "It is safe."
    assert removed == [("website", address)]


@pytest.mark.parametrize(
    "address",
    [
        "https://clinic.example.org/visiting/",
        "www.clinic.example.org",
        "clinic.example.org",
    ],
)
def test_the_clinics_own_domains_stay(address):
    text = f"Directions are on {address} with a map."
    assert strip(text) == (text, [])


def test_a_link_on_ordinary_words_loses_only_the_link():
    lines, removals = strip_contacts(
        [
            Line(
                4,
                [
                    Run("Read the "),
                    Run("national guidance", href="https://example.com/guide"),
                    Run(" and the "),
                    Run("clinic's page", href="https://clinic.example.org/x/"),
                    Run("."),
                ],
            )
        ],
        ALLOWED,
    )

    assert [(run.text, run.href) for run in lines[0].runs] == [
        ("Read the ", ""),
        ("national guidance", ""),
        (" and the ", ""),
        ("clinic's page", "https://clinic.example.org/x/"),
        (".", ""),
    ]
    assert [(r.kind, r.text, r.line) for r in removals] == [
        (
            "link to another website (its words are kept)",
            "https://example.com/guide",
            4,
        )
    ]


def test_a_line_left_with_only_a_label_goes_entirely():
    lines, removals = strip_contacts(
        [Line(9, [Run("📞 Contact: +1 531 400 1000")])], ALLOWED
    )

    assert lines == []
    assert [(r.kind, r.text, r.context) for r in removals] == [
        ("phone number", "+1 531 400 1000", "📞 Contact: +1 531 400 1000")
    ]


def test_formatting_around_the_removed_sentence_is_kept():
    lines, _ = strip_contacts(
        [
            Line(
                1,
                [
                    Run("Rest ", bold=True),
                    Run("at home. "),
                    Run("Call 0800 000 0000 now.", italic=True),
                ],
            )
        ],
        ALLOWED,
    )

    assert [(r.text, r.bold, r.italic) for r in lines[0].runs] == [
        ("Rest ", True, False),
        ("at home.", False, False),
    ]
