"""Schema.org structured data (JSON-LD): the generic builders every page uses.

Editors never type JSON-LD: each page type describes itself with the builders
below (pages may define `structured_data(request, clinic) -> list[dict]`; other
pages are a plain WebPage), and `json_ld_script` prints one escaped
<script type="application/ld+json"> for the whole graph. What is specific to a
content type lives with it: the clinic in `home`, reviewed health pages in
`reviews`, FAQs in `faq`, medicines in `articles`.
"""

import json

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from wagtail.models import Page

from languages.links import page_language

from .meta import (
    SiteIdentity,
    breadcrumb_ancestors,
    meta_description,
    page_site,
    site_name,
)

SCHEMA_ORG = "https://schema.org"

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


# Nodes --------------------------------------------------------------------


def web_page(
    page: Page,
    request: HttpRequest | None,
    clinic: SiteIdentity | None,
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
            "inLanguage": page_language(page),
            "isPartOf": {
                "@type": "WebSite",
                "@id": f"{root}#website",
                "url": root,
                "name": site_name(clinic),
            },
            "publisher": clinic.organisation(root) if clinic else None,
            **properties,
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
    page: Page, request: HttpRequest | None, clinic: SiteIdentity | None
) -> dict:
    """The whole JSON-LD document for a page."""
    describe = getattr(page, "structured_data", None)
    nodes = describe(request, clinic) if describe else [web_page(page, request, clinic)]
    nodes.append(breadcrumb_list(page, request))
    return {"@context": SCHEMA_ORG, "@graph": [node for node in nodes if node]}
