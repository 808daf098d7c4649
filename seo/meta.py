"""What a page says about itself to search engines and link previews.

Titles, descriptions, canonical addresses and share images are worked out here
from the page and the site's identity (the clinic settings), so templates only
print them. Page types take part through a few class attributes and methods,
all optional:

- `description_fields`: names of the page's own text or rich text fields whose
  first non-empty value describes the page when no search description is set;
- `og_type`: "article" for health information, else "website";
- `first_body_image()`: (image, alt text) of the first image in the page's
  content, or None, used as the share image when the page has none of its own.
"""

from dataclasses import dataclass
from typing import Protocol
from urllib.parse import urljoin

from django.conf import settings
from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject
from django.utils.translation import to_locale
from wagtail.fields import RichTextField
from wagtail.images.models import AbstractImage
from wagtail.models import Page, Site

from languages.links import page_language
from richtext.text import plain_text

DESCRIPTION_LENGTH = 160
# Open Graph's recommended landscape size; smaller originals are not enlarged.
SHARE_IMAGE_SPEC = "fill-1200x630-c75"


@dataclass
class ShareImage:
    url: str
    width: int
    height: int
    alt: str


@dataclass
class PageMeta:
    title: str
    site_name: str
    description: str
    canonical_url: str = ""
    og_type: str = "website"
    image: ShareImage | None = None
    published: str = ""
    modified: str = ""
    locale: str = ""


class SiteIdentity(Protocol):
    """Who publishes the site, as SEO needs it (home.ClinicSettings provides it)."""

    default_share_image: AbstractImage | None

    @property
    def site_name(self) -> str: ...

    def organisation(self, root_url: str) -> dict | None:
        """The publisher as a schema.org node, or None while it is not set up."""


def site_name(clinic: SiteIdentity | None) -> str:
    return (clinic.site_name if clinic else "") or settings.WAGTAIL_SITE_NAME


def breadcrumb_ancestors(page: Page) -> list[Page]:
    """The pages above `page`, from the site's home page down; [] on the home page.

    Kept on the page object, so the visible breadcrumbs and the structured data
    share one query.
    """
    if "_breadcrumb_ancestors" not in page.__dict__:
        page._breadcrumb_ancestors = (
            list(page.get_ancestors().filter(depth__gt=1)) if page.depth > 2 else []
        )
    return page._breadcrumb_ancestors


def page_site(page: Page, request: HttpRequest | None) -> Site | None:
    """The request's Site (looked up once per request), else the page's own."""
    site = Site.find_for_request(request) if request else None
    return site or page.get_site()


def page_number(request: HttpRequest | None) -> int:
    """The ?page= of a paginated listing, 1 when absent or not a number."""
    value = request.GET.get("page", "") if request else ""
    # isascii: "²".isdigit() is True but int("²") fails (a 500 on ?page=²).
    digits = value.isascii() and value.isdigit()
    return int(value) if digits and 0 < int(value) < 10_000 else 1


def page_title(page: Page, request: HttpRequest | None = None) -> str:
    """The page's SEO title or title, with the listing page number after page 1."""
    title = page.seo_title or page.title
    number = page_number(request)
    return f"{title} (page {number})" if number > 1 else title


def trim(text: str, length: int = DESCRIPTION_LENGTH) -> str:
    """Text cut at a word boundary to fit `length` characters, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= length:
        return text
    cut = text[: length - 1].rsplit(" ", 1)[0].rstrip(" ,;:.–-")
    return f"{cut}…"


def meta_description(page: Page) -> str:
    """The editor's search description, else the summary, intro or opening text."""
    if page.search_description:
        return trim(page.search_description)
    for field in getattr(page, "description_fields", ()):
        value = getattr(page, field, None)
        if not isinstance(value, str):
            continue
        if isinstance(page._meta.get_field(field), RichTextField):
            value = plain_text(value)
        if value.strip():
            return trim(value)
    return ""


def canonical_url(page: Page, request: HttpRequest | None = None) -> str:
    """The page's absolute address on its Site; only a listing page number is kept."""
    url = page.get_full_url(request)
    if not url:
        return ""
    number = page_number(request)
    return f"{url}?page={number}" if number > 1 else url


def absolute_url(path: str, page: Page, request: HttpRequest | None = None) -> str:
    if "://" in path:
        return path
    site = page_site(page, request)
    root = site.root_url if site else settings.WAGTAILADMIN_BASE_URL
    return urljoin(root + "/", path)


def share_image(page: Page, clinic: SiteIdentity | None) -> tuple:
    """The page's share image, else the first image in its body, else the clinic's.

    Returns (image, alt text), or (None, "").
    """
    image = getattr(page, "share_image", None)
    if image:
        return image, image.default_alt_text
    first_body_image = getattr(page, "first_body_image", None)
    body_image = first_body_image() if first_body_image else None
    if body_image:
        return body_image
    default = clinic.default_share_image if clinic else None
    if default:
        return default, default.default_alt_text
    return None, ""


def share_image_meta(
    page: Page, clinic: SiteIdentity | None, request: HttpRequest | None
) -> ShareImage | None:
    image, alt = share_image(page, clinic)
    if not image:
        return None
    rendition = image.get_rendition(SHARE_IMAGE_SPEC)
    return ShareImage(
        url=absolute_url(rendition.url, page, request),
        width=rendition.width,
        height=rendition.height,
        alt=alt,
    )


def page_meta(
    page: Page | None,
    request: HttpRequest | None,
    clinic: SiteIdentity | None = None,
) -> PageMeta:
    """Everything the <head> says about `page` (or about a view without a page)."""
    if page is None or not isinstance(page, Page):
        return PageMeta(title="", site_name=site_name(clinic), description="")
    meta = PageMeta(
        title=page_title(page, request),
        site_name=site_name(clinic),
        description=meta_description(page),
        canonical_url=canonical_url(page, request),
        # Found only when the tags are rendered, which a cached part of the
        # template may skip (pagecache_tags.cached_part in base.html).
        image=SimpleLazyObject(lambda: share_image_meta(page, clinic, request)),
        locale=to_locale(page_language(page)),
    )
    meta.og_type = getattr(page, "og_type", "website")
    if meta.og_type == "article":
        if page.first_published_at:
            meta.published = page.first_published_at.isoformat(timespec="seconds")
        if page.last_published_at:
            meta.modified = page.last_published_at.isoformat(timespec="seconds")
    return meta
