"""Head metadata and structured data for the current page."""

from django import template

from home.models import ClinicSettings
from home.seo import PageMeta, page_meta

register = template.Library()


def clinic_for(context) -> ClinicSettings | None:
    request = context.get("request")
    return ClinicSettings.for_request(request) if request else None


@register.simple_tag(takes_context=True)
def seo_meta(context) -> PageMeta:
    """Title, description, canonical URL and share image: `{% seo_meta as seo %}`."""
    return page_meta(context.get("page"), context.get("request"), clinic_for(context))
