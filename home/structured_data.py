"""Schema.org structured data (JSON-LD) built from page fields and the clinic settings.

Editors never type JSON-LD: each page type describes itself with the builders
below (pages may define `structured_data(request, clinic) -> list[dict]`; other
pages are a plain WebPage), and `json_ld_script` prints one escaped
<script type="application/ld+json"> for the whole graph.
"""

import json
import re

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from wagtail.models import Page

from .models import ClinicSettings, plain_text
from .seo import breadcrumb_ancestors, meta_description, page_site, site_name

SCHEMA_ORG = "https://schema.org"
# The site is written for patients and the people who support them.
PATIENT_AUDIENCE = {"@type": "MedicalAudience", "audienceType": "Patient"}

# Like Django's json_script: "<", ">" and "&" can never close the script element.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld_script(data: dict) -> SafeString:
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(text.translate(JSON_SCRIPT_ESCAPES)),  # escaped by the translate()
    )


def is_placeholder(value) -> bool:
    """Blank, or text standing in for a real value ("[Clinic phone…]", "TBC")."""
    text = str(value or "").strip()
    return (
        not text
        or (text.startswith("[") and text.endswith("]"))
        or "set it in settings" in text.lower()
        or text.lower() in {"tbc", "tbd", "n/a", "todo", "xxx"}
    )


def compact(node: dict) -> dict:
    """The node without blank or placeholder properties."""
    return {
        key: value
        for key, value in node.items()
        if not (isinstance(value, str) and key != "@id" and is_placeholder(value))
        and value not in (None, [], {})
    }


def page_url(page: Page, request: HttpRequest | None) -> str:
    return page.get_full_url(request) or ""


def site_root_url(page: Page, request: HttpRequest | None) -> str:
    site = page_site(page, request)
    return (site.root_url if site else settings.WAGTAILADMIN_BASE_URL) + "/"


# Opening hours ------------------------------------------------------------

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


# Nodes --------------------------------------------------------------------


def medical_clinic(
    clinic: ClinicSettings | None, page: Page, request: HttpRequest | None
) -> dict | None:
    """The clinic from its settings; fields still blank or placeholders are left out."""
    if not clinic or is_placeholder(clinic.clinic_name):
        return None
    root = site_root_url(page, request)
    address = [line for line in clinic.address_lines if not is_placeholder(line)]
    return compact(
        {
            "@type": "MedicalClinic",
            "@id": f"{root}#clinic",
            "name": clinic.clinic_name,
            "url": root,
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


def person(reviewer, request: HttpRequest | None) -> dict:
    """A clinical reviewer (home.Reviewer) as a schema.org Person."""
    profile = getattr(reviewer, "profile_page", None)
    return compact(
        {
            "@type": "Person",
            "name": getattr(reviewer, "name", "") or str(reviewer),
            "jobTitle": getattr(reviewer, "role", ""),
            "honorificSuffix": getattr(reviewer, "credentials", ""),
            "url": profile.get_full_url(request) if profile and profile.live else "",
        }
    )


def review_properties(page: Page, request: HttpRequest | None) -> dict:
    """lastReviewed and reviewedBy, for pages with the clinical review fields."""
    properties = {}
    last_reviewed = getattr(page, "last_reviewed", None)
    if last_reviewed:
        properties["lastReviewed"] = last_reviewed.isoformat()
    reviewer = getattr(page, "reviewer", None)
    if reviewer:
        properties["reviewedBy"] = person(reviewer, request)
    return properties


def web_page(
    page: Page,
    request: HttpRequest | None,
    clinic: ClinicSettings | None,
    schema_type: str = "WebPage",
    **properties,
) -> dict:
    """The page itself: its type, name, address, description and publisher."""
    url = page_url(page, request)
    root = site_root_url(page, request)
    return compact(
        {
            "@type": schema_type,
            "@id": url,
            "url": url,
            "name": page.seo_title or page.title,
            "description": meta_description(page),
            "inLanguage": settings.LANGUAGE_CODE,
            "isPartOf": {
                "@type": "WebSite",
                "@id": f"{root}#website",
                "url": root,
                "name": site_name(clinic),
            },
            "publisher": medical_clinic(clinic, page, request),
            **properties,
        }
    )


def health_page(
    page: Page,
    request: HttpRequest | None,
    clinic: ClinicSettings | None,
    schema_type: str = "MedicalWebPage",
    **properties,
) -> dict:
    """A page of health information: dates, clinical review and audience as well."""
    return web_page(
        page,
        request,
        clinic,
        schema_type,
        datePublished=page.first_published_at,
        dateModified=page.last_published_at,
        audience=PATIENT_AUDIENCE,
        **review_properties(page, request),
        **properties,
    )


def question(faq) -> dict:
    """An FAQ snippet as a schema.org Question with its accepted Answer."""
    return {
        "@type": "Question",
        "name": faq.question,
        "acceptedAnswer": {"@type": "Answer", "text": plain_text(faq.answer)},
    }


def faqs_in(stream) -> list:
    """The FAQ snippets chosen in a StreamField's FAQ groups, first appearance only."""
    seen, faqs = set(), []
    for block in stream or []:
        if block.block_type != "faq_group":
            continue
        for faq in block.value["faqs"]:
            if faq and faq.pk not in seen:
                seen.add(faq.pk)
                faqs.append(faq)
    return faqs


def faq_page(url: str, faqs: list, **properties) -> dict:
    return {
        "@type": "FAQPage",
        "@id": f"{url}#faqs" if properties.get("@id") is None else properties["@id"],
        "url": url,
        **properties,
        "mainEntity": [question(faq) for faq in faqs],
    }


# Schema.org's DrugPrescriptionStatus values for MedicinePage.prescription_status.
PRESCRIPTION_STATUS = {
    "prescription_only": f"{SCHEMA_ORG}/PrescriptionOnly",
    "pharmacy": f"{SCHEMA_ORG}/OTC",
    "general_sale": f"{SCHEMA_ORG}/OTC",
}


def drug(page: Page, request: HttpRequest | None) -> dict:
    """A medicine page's subject as a schema.org Drug, from its key facts."""
    url = page_url(page, request)
    legal = getattr(page, "legal_status_summary", "")
    kind = getattr(page, "medicine_type", "")
    return compact(
        {
            "@type": "Drug",
            "@id": f"{url}#drug",
            "name": page.title,
            "description": meta_description(page),
            "url": url,
            "drugClass": (
                {"@type": "DrugClass", "name": kind}
                if not is_placeholder(kind)
                else None
            ),
            "administrationRoute": getattr(page, "given_as", ""),
            "legalStatus": (
                {"@type": "DrugLegalStatus", "name": legal}
                if not is_placeholder(legal)
                else None
            ),
            "prescriptionStatus": PRESCRIPTION_STATUS.get(
                getattr(page, "prescription_status", ""), ""
            ),
        }
    )


def breadcrumb_list(page: Page, request: HttpRequest | None) -> dict | None:
    """The trail from the home page to this page; none on the home page itself."""
    if page.depth <= 2:
        return None
    trail = [*breadcrumb_ancestors(page), page]
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": "Home" if crumb.depth == 2 else crumb.title,
                "item": page_url(crumb, request),
            }
            for position, crumb in enumerate(trail, start=1)
        ],
    }


def page_graph(
    page: Page, request: HttpRequest | None, clinic: ClinicSettings | None
) -> dict:
    """The whole JSON-LD document for a page."""
    describe = getattr(page, "structured_data", None)
    nodes = describe(request, clinic) if describe else [web_page(page, request, clinic)]
    nodes.append(breadcrumb_list(page, request))
    return {"@context": SCHEMA_ORG, "@graph": [node for node in nodes if node]}
