"""Head metadata and structured data for the current page."""

from django import template
from wagtail.models import Page

from home.models import ClinicSettings
from seo.meta import PageMeta, page_meta
from seo.structured_data import json_ld_script, page_graph

register = template.Library()


def clinic_for(context) -> ClinicSettings | None:
    request = context.get("request")
    return ClinicSettings.for_request(request) if request else None


@register.simple_tag(takes_context=True)
def seo_meta(context) -> PageMeta:
    """Title, description, canonical URL and share image: `{% seo_meta as seo %}`."""
    return page_meta(context.get("page"), context.get("request"), clinic_for(context))


@register.simple_tag(takes_context=True)
def structured_data(context) -> str:
    """The page's schema.org JSON-LD in one safely escaped script element."""
    page = context.get("page")
    if not isinstance(page, Page):
        return ""
    request = context.get("request")
    return json_ld_script(page_graph(page, request, clinic_for(context)))
