"""`{% html_language %}`, `{% language_switcher %}` and `{% hreflang_links %}` for
base.html, and `{% language_home_url %}` for pages that are not Wagtail pages."""

from django import template
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from languages.links import (
    alternates,
    direction,
    is_multilingual,
    language_versions,
    page_language,
)

register = template.Library()


@register.simple_tag(takes_context=True)
def html_language(context) -> str:
    """`lang` and `dir` for <html>, from the page's language (RTL for Arabic…)."""
    code = page_language(context.get("page"))
    return format_html('lang="{}" dir="{}"', code, direction(code))


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context) -> dict:
    """Links to this page in each other language (or that language's home page);
    nothing on a site with one language."""
    if not is_multilingual():
        return {"versions": []}
    versions = language_versions(context.get("page"), context.get("request"))
    return {"versions": versions if len(versions) > 1 else []}


@register.simple_tag(takes_context=True)
def hreflang_links(context) -> str:
    """<link rel="alternate" hreflang> for each live translation, and x-default."""
    page = context.get("page")
    if not is_multilingual() or page is None:
        return ""
    return format_html_join(
        "\n",
        '<link rel="alternate" hreflang="{}" href="{}">',
        (
            (link["lang_code"], link["location"])
            for link in alternates(page, context.get("request"))
        ),
    )


@register.simple_tag
def language_home_url() -> str:
    """The home page's address in the language being read: "/" or "/es/" (no query).

    For pages outside the page tree (not found, please wait, search busy), whose
    language is the address's: Django activates it from the /es/ prefix.
    """
    return reverse("wagtail_serve", args=("",))
