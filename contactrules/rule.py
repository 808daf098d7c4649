"""The one rule: which phone numbers, email addresses and web addresses patients may read.

Allowed are the clinic's own phone numbers and the emergency and advice numbers
in Clinic settings, email addresses in the clinic's own domains, and links to the
clinic's own sites and to trusted sources (Settings › Trusted sources), their
subdomains included. Everything else is a finding. The importer, the save check,
the editor's Checks panel and `audit_contact_details` all call `find_in_text`,
`find_in_href` and `find_in_html` with the same `Allowed`.

Phone numbers are found by libphonenumber (the `phonenumbers` port), never by a
pattern of our own, and compared as E.164 numbers, so "020 7946 0000" and
"+44 (0)20 7946 0000" are the same number.
"""

import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

import phonenumbers
from bs4 import BeautifulSoup, NavigableString
from django.conf import settings
from phonenumbers import Leniency, PhoneNumberFormat, PhoneNumberMatcher

PHONE = "phone number"
EMAIL = "email address"
WEBSITE = "website"

# Numbers written without a country code are read as the clinic's country's
# (CLINIC_PHONE_REGION). North American numbers are the commonest foreign
# format in adverts ("1-800-555-0100"), so a second pass reads text as US
# numbers, keeping only numbers that are valid there.
SECOND_REGION = "US"

EMAIL_RE = re.compile(r"(?<![\w.+\-])[\w.+\-]+@([\w\-]+(?:\.[\w\-]+)+)", re.UNICODE)
URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"”’]+", re.IGNORECASE)
# Bare addresses such as "pharma-shop.example" or "example.co.uk/offers": a
# dotted name ending in a known top-level domain (so "e.g." or "3.2" never match).
TLDS = (
    "com|org|net|info|biz|io|co|uk|us|ca|au|nz|ie|de|fr|es|it|nl|eu|in|me|ai|app|"
    "health|care|clinic|pharmacy|shop|store|online|site|xyz|test|example|invalid|"
    "gov|edu|tv|ly|int|nhs|ch|be|at|se|no|dk|fi|pl|pt|ru|cn|jp|br|mx|za|sg|hk|"
    "pro|life|live|world|today|club|top|buy|sale|deals|med|doctor|vip|cc|ws|to|"
    "link|click"
)
DOMAIN_RE = re.compile(
    rf"(?<![@\w.\-/])(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+(?:{TLDS})(?![\w\-])(?:/[^\s<>\"”’]*)?",
    re.IGNORECASE,
)
TRAILING_PUNCTUATION = ".,;:!?)]}'\"”’"


@dataclass(frozen=True)
class Finding:
    """One piece of text patients must not be given: its kind, the text and where."""

    kind: str
    text: str
    start: int = 0
    end: int = 0

    def describe(self) -> str:
        return f"the {self.kind} “{self.text}”"


@dataclass
class Allowed:
    """What the rule lets through for one site."""

    phones: set[str] = field(default_factory=set)  # E.164
    email_domains: set[str] = field(default_factory=set)
    web_domains: set[str] = field(default_factory=set)
    region: str = ""

    def __post_init__(self):
        self.region = self.region or settings.CLINIC_PHONE_REGION
        self.email_domains = {clean_domain(d) for d in self.email_domains if d}
        self.web_domains = {clean_domain(d) for d in self.web_domains if d}

    def add_phone_numbers(self, text: str) -> None:
        """Allow every number written in `text`, including short ones like 999."""
        self.phones.update(numbers_in(text, self.region))

    def allows_host(self, host: str) -> bool:
        return in_domains(host, self.web_domains)

    def allows_email_domain(self, domain: str) -> bool:
        return in_domains(domain, self.email_domains)

    def allows_phone(self, number: str) -> bool:
        return number in self.phones


def clean_domain(domain: str) -> str:
    domain = domain.strip().lower()
    if "://" in domain:
        domain = urlsplit(domain).hostname or ""
    return domain.split("/")[0].strip(".").removeprefix("www.")


def in_domains(host: str, domains: set[str]) -> bool:
    """Whether host is one of the domains or a subdomain of one."""
    host = clean_domain(host or "")
    return any(host == domain or host.endswith(f".{domain}") for domain in domains)


def e164(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def numbers_in(text: str, region: str) -> set[str]:
    """Every phone number in a setting, as E.164: "NHS 111", "999", "020 7946 0000"."""
    numbers = {e164(match.number) for match in _phone_matches(text, region)}
    for candidate in re.findall(r"\+?[\d\s()\-.]*\d", text or ""):
        try:
            numbers.add(e164(phonenumbers.parse(candidate, region)))
        except phonenumbers.NumberParseException:
            continue
    return numbers


def _phone_matches(text: str, region: str):
    """libphonenumber's matches that are really phone numbers.

    POSSIBLE leniency catches fictional and oddly spaced numbers, but also years
    and reference numbers, so a match counts when it is a valid number of the
    clinic's country, is written in international form (+1 555 010 2030), or
    is a full-length national number with the trunk prefix (07700 900123, a
    number set aside for fiction). The second pass with North American numbers
    keeps valid numbers only.
    """
    seen = []
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    trunk = (metadata.national_prefix if metadata else None) or "+"
    for match in PhoneNumberMatcher(text, region, leniency=Leniency.POSSIBLE):
        digits = re.sub(r"\D", "", match.raw_string)
        if (
            phonenumbers.is_valid_number(match.number)
            or match.raw_string.startswith(("+", "00"))
            or (digits.startswith(trunk) and len(digits) >= 10)
        ):
            seen.append(match)
    for match in PhoneNumberMatcher(text, SECOND_REGION, leniency=Leniency.VALID):
        if not any(match.start < m.end and m.start < match.end for m in seen):
            seen.append(match)
    return sorted(seen, key=lambda match: match.start)


def find_in_text(text: str, allowed: Allowed) -> list[Finding]:
    """Phone numbers, email addresses and web addresses in plain text, in order."""
    if not text:
        return []
    found: list[Finding] = []

    def free(start: int, end: int) -> bool:
        return not any(start < f.end and end > f.start for f in found)

    for match in EMAIL_RE.finditer(text):
        if not allowed.allows_email_domain(match.group(1)):
            found.append(Finding(EMAIL, match.group(), match.start(), match.end()))
    # Addresses of allowed sites are kept as spans too, so that the digits in
    # "www.clinic.example/leaflet-2024" are never read as a phone number.
    kept: list[tuple[int, int]] = []
    for regex in (URL_RE, DOMAIN_RE):
        for match in regex.finditer(text):
            address = match.group().rstrip(TRAILING_PUNCTUATION)
            start, end = match.start(), match.start() + len(address)
            if not free(start, end) or any(s <= start < e for s, e in kept):
                continue
            host = urlsplit(address if "://" in address else f"http://{address}")
            if allowed.allows_host(host.hostname or ""):
                kept.append((start, end))
            else:
                found.append(Finding(WEBSITE, address, start, end))
    for match in _phone_matches(text, allowed.region):
        inside_address = any(s <= match.start < e for s, e in kept)
        if free(match.start, match.end) and not inside_address:
            if not allowed.allows_phone(e164(match.number)):
                found.append(Finding(PHONE, match.raw_string, match.start, match.end))
    return sorted(found, key=lambda finding: finding.start)


def find_in_href(href: str, allowed: Allowed) -> Finding | None:
    """A link target patients must not be sent to: tel:, mailto: or another site."""
    href = (href or "").strip()
    parts = urlsplit(href)
    scheme = parts.scheme.lower()
    if scheme == "tel":
        target = unquote(href[4:])
        try:
            number = e164(phonenumbers.parse(target, allowed.region))
        except phonenumbers.NumberParseException:
            number = ""
        return None if allowed.allows_phone(number) else Finding(PHONE, href)
    if scheme == "mailto":
        address = unquote(parts.path)
        domain = address.rpartition("@")[2]
        return None if allowed.allows_email_domain(domain) else Finding(EMAIL, href)
    if scheme in ("http", "https") or href.startswith("//"):
        return (
            None
            if allowed.allows_host(parts.hostname or "")
            else Finding(WEBSITE, href)
        )
    if not scheme and href.lower().startswith("www."):
        host = urlsplit(f"http://{href}").hostname or ""
        return None if allowed.allows_host(host) else Finding(WEBSITE, href)
    if scheme and scheme not in ("http", "https"):
        return Finding(WEBSITE, href)  # sms:, whatsapp:, ftp: and the like
    return None  # a link within the site: /contact/, #section


def find_in_html(html: str, allowed: Allowed) -> list[Finding]:
    """Findings in rich text: its words and every link target."""
    if not html:
        return []
    soup = BeautifulSoup(html, "html.parser")
    found = []
    for link in soup.find_all("a", href=True):
        if finding := find_in_href(link["href"], allowed):
            found.append(finding)
    found += find_in_text(html_text(soup), allowed)
    return found


def html_text(soup_or_html) -> str:
    """The words of rich text, with a line break between blocks so none run together."""
    soup = (
        soup_or_html
        if isinstance(soup_or_html, BeautifulSoup)
        else BeautifulSoup(soup_or_html or "", "html.parser")
    )
    block_tags = {
        "p",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "br",
        "div",
        "blockquote",
    }
    pieces = []
    for node in soup.descendants:
        if isinstance(node, NavigableString):
            pieces.append(str(node))
        elif node.name in block_tags:
            pieces.append("\n")
    return "".join(pieces)
