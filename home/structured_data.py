"""The clinic as schema.org structured data: a MedicalClinic from Clinic settings."""

import re

from seo.structured_data import compact, is_placeholder

DAYS = {
    "monday": "Mo",
    "mon": "Mo",
    "tuesday": "Tu",
    "tue": "Tu",
    "tues": "Tu",
    "wednesday": "We",
    "wed": "We",
    "thursday": "Th",
    "thu": "Th",
    "thur": "Th",
    "thurs": "Th",
    "friday": "Fr",
    "fri": "Fr",
    "saturday": "Sa",
    "sat": "Sa",
    "sunday": "Su",
    "sun": "Su",
}
_TIME = r"\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?"
_RANGE = r"\s*(?:to|until|till|-|–|—)\s*"
OPENING_LINE = re.compile(
    rf"^(?P<first>[a-z]+)(?:{_RANGE}(?P<last>[a-z]+))?\s*[:,]?\s*"
    rf"(?P<opens>{_TIME}){_RANGE}(?P<closes>{_TIME})\.?$",
    re.IGNORECASE,
)


def _clock(text: str) -> str | None:
    match = re.match(
        r"(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?", text.lower()
    )
    hours, minutes, half = int(match[1]), int(match[2] or 0), match[3] or ""
    if half.startswith("p") and hours < 12:
        hours += 12
    elif half.startswith("a") and hours == 12:
        hours = 0
    if hours > 24 or minutes > 59:
        return None
    return f"{hours:02d}:{minutes:02d}"


def opening_hours(lines: list[str]) -> list[str]:
    """Schema.org openingHours ("Mo-Fr 09:00-17:00") for the lines it can read.

    A line it cannot read ("Closed on bank holidays") is left out rather than
    guessed at; the page itself still shows every line.
    """
    found = []
    for line in lines:
        match = OPENING_LINE.match(line.strip())
        if not match:
            continue
        first = DAYS.get(match["first"].lower())
        last = DAYS.get((match["last"] or "").lower()) if match["last"] else first
        opens, closes = _clock(match["opens"]), _clock(match["closes"])
        if not (first and last and opens and closes):
            continue
        days = first if first == last else f"{first}-{last}"
        found.append(f"{days} {opens}-{closes}")
    return found


def medical_clinic(clinic, root_url: str) -> dict | None:
    """The clinic from its settings; fields still blank or placeholders are left out."""
    if is_placeholder(clinic.clinic_name):
        return None
    address = [line for line in clinic.address_lines if not is_placeholder(line)]
    return compact(
        {
            "@type": "MedicalClinic",
            "@id": f"{root_url}#clinic",
            "name": clinic.clinic_name,
            "url": root_url,
            "telephone": clinic.phone if clinic.phone_href else "",
            "email": clinic.email,
            "address": (
                {"@type": "PostalAddress", "streetAddress": ", ".join(address)}
                if address
                else None
            ),
            "openingHours": opening_hours(clinic.opening_hours_lines),
        }
    )
