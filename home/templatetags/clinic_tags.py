"""Site chrome: navigation, breadcrumbs and clinic details with visible placeholders."""

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from wagtail.admin.templatetags.wagtailuserbar import wagtailuserbar
from wagtail.images.models import Picture
from wagtail.images.shortcuts import get_renditions_or_not_found
from wagtail.models import Page, Site

from home.models import ClinicSettings, ContactPage, StandardPage
from pagecache.cache import cached_for_generation
from seo.meta import breadcrumb_ancestors

register = template.Library()


def _home_page(site: Site) -> Page:
    """The site's home page in the language being read (Wagtail's `localized`: the
    live translation, else the default language's), whose children the menus list."""
    return site.root_page.localized


def _menu_entries(site: Site, request) -> list[dict]:
    root = _home_page(site)
    pages = [root, *root.get_children().live().public().in_menu().order_by("path")]
    return [
        {
            "path": page.path,
            "depth": page.depth,
            "title": gettext("Home") if page.pk == root.pk else page.title,
            "url": page.get_url(request),
        }
        for page in pages
    ]


def _footer_entries(site: Site, request) -> list[dict]:
    pages = (
        _home_page(site)
        .get_children()
        .live()
        .public()
        .type(StandardPage, ContactPage)
        .order_by("path")
    )
    return [{"title": page.title, "url": page.get_url(request)} for page in pages]


@register.inclusion_tag("includes/header_nav.html", takes_context=True)
def main_menu(context) -> dict:
    """Home plus the pages directly under it with 'Show in menus' ticked.

    Each item says whether it is the current page ("page") or one of its
    ancestors ("true"), for aria-current. The entries are kept in the page cache
    until the next change, so a page rendered afresh does not query for them.
    """
    request = context["request"]
    site = Site.find_for_request(request)
    if not site:
        return {"items": []}
    entries = cached_for_generation(
        f"menu:{site.pk}", lambda: _menu_entries(site, request)
    )
    current = context.get("page")
    root_depth = entries[0]["depth"]
    items = []
    for entry in entries:
        state = ""
        if current and current.path == entry["path"]:
            state = "page"
        elif (
            current
            and entry["depth"] > root_depth
            and current.path.startswith(entry["path"])
        ):
            state = "true"
        items.append({**entry, "current": state})
    return {"items": items}


def _search_url(site: Site, request) -> str:
    """The address of the site's search page: a live, public page under the home
    page whose type says `site_search = True` (search.models.SearchPage)."""
    for page in _home_page(site).get_children().live().public().order_by("path"):
        if getattr(page.specific_class, "site_search", False):
            return page.get_url(request)
    return ""


@register.inclusion_tag("includes/header_search.html", takes_context=True)
def header_search(context) -> dict:
    """The search box in every page's header, sending its words to the search page.

    Left out on the search page itself, whose own box is the page's main form,
    and on sites without a live search page. It shows no query, so it is the
    same for every visitor and pages holding it can be cached.
    """
    request = context["request"]
    site = Site.find_for_request(request)
    page = context.get("page")
    if not site or getattr(page, "site_search", False):
        return {"url": ""}
    return {
        "url": cached_for_generation(
            f"search-url:{site.pk}", lambda: _search_url(site, request)
        )
    }


@register.inclusion_tag("includes/footer_links.html", takes_context=True)
def footer_links(context) -> dict:
    """The statement pages (About, Privacy, Accessibility) and the contact page."""
    request = context["request"]
    site = Site.find_for_request(request)
    if not site:
        return {"pages": []}
    return {
        "pages": cached_for_generation(
            f"footer:{site.pk}", lambda: _footer_entries(site, request)
        )
    }


@register.simple_tag(takes_context=True)
def brand_stylesheet(context) -> str:
    """A link to the brand colour's stylesheet, when the clinic has set one."""
    clinic = ClinicSettings.for_request(context["request"])
    if not clinic.brand_colour:
        return ""
    return format_html(
        '<link rel="stylesheet" href="{}?v={}">',
        reverse("brand_stylesheet"),
        clinic.brand_version,
    )


@register.simple_tag(takes_context=True)
def editor_userbar(context) -> str:
    """Wagtail's userbar for signed-in editors, without touching anyone else's session.

    Looking up the user reads the session, and a response that read the session
    says `Vary: Cookie`, which keeps it out of the page cache (pagecache/cache.py).
    Visitors without a session cookie cannot be signed in, so their pages skip it.
    """
    request = context.get("request")
    if request is None or settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return ""
    return wagtailuserbar(context)


@register.inclusion_tag("includes/breadcrumbs.html")
def breadcrumbs(page: Page) -> dict:
    """The trail from the home page down to (not including) the current page."""
    return {"ancestors": breadcrumb_ancestors(page) if page else [], "page": page}


PICTURE_WIDTHS = (400, 800, 1200)
CONTENT_SIZES = "(min-width: 50rem) 46rem, calc(100vw - 2rem)"


@register.simple_tag
def responsive_picture(
    image, alt: str, eager: bool = False, sizes: str = CONTENT_SIZES
) -> str:
    """A <picture> of renditions: AVIF, then WebP, then JPEG (PNG for images that
    may be transparent), each at a few widths for srcset, with width and height
    set so nothing moves as it loads. Lazy unless it is the first image.
    """
    if not image:
        return ""
    fallback = "png" if image.file.name.lower().endswith((".png", ".gif")) else "jpeg"
    widths = sorted({min(width, image.width) for width in PICTURE_WIDTHS})
    specs = [
        f"width-{width}|format-{fmt}"
        for fmt in ("avif", "webp", fallback)
        for width in widths
    ]
    attrs = {
        "alt": alt,
        "sizes": sizes,
        "loading": "eager" if eager else "lazy",
        "decoding": "async",
    }
    if eager:
        attrs["fetchpriority"] = "high"
    return Picture(get_renditions_or_not_found(image, specs), attrs).__html__()


@register.simple_tag
def clinic_value(value: str, label: str) -> str:
    """The setting's value, or a clearly marked placeholder while it is blank."""
    if value:
        return format_html("{}", value)
    return format_html(
        '<span class="placeholder">[{} — set it in Settings › Clinic settings]</span>',
        label,
    )


# Input purposes for the contact form's usual fields (WCAG 1.3.5), by the
# words in a field's name: "your_name", "email", "phone_number"...
AUTOCOMPLETE = [
    ("email", "email"),
    ("phone", "tel"),
    ("telephone", "tel"),
    ("name", "name"),
]


def autocomplete_for(field_name: str) -> str:
    words = field_name.lower().split("_")
    return next((purpose for word, purpose in AUTOCOMPLETE if word in words), "")


@register.simple_tag
def form_widget(field) -> str:
    """Render a form field's widget linked to its hint and error messages."""
    described_by = []
    if field.help_text:
        described_by.append(f"{field.id_for_label}-hint")
    if field.errors:
        described_by.append(f"{field.id_for_label}-error")
    attrs = {}
    if described_by:
        attrs["aria-describedby"] = " ".join(described_by)
    if field.errors:
        attrs["aria-invalid"] = "true"
    if purpose := autocomplete_for(field.name):
        attrs["autocomplete"] = purpose
    return field.as_widget(attrs=attrs)
