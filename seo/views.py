"""robots.txt: where crawlers may go."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_GET
from wagtail.models import Page, Site, get_page_models

from .sitemap import site_pages


def crawler_free_page_types() -> list[type[Page]]:
    """Page types that say `robots_disallow = True` (search results)."""
    return [
        model for model in get_page_models() if getattr(model, "robots_disallow", False)
    ]


@require_GET
def robots_txt(request: HttpRequest) -> HttpResponse:
    """Where crawlers may go: never the admin or search results; nowhere on staging."""
    lines = ["User-agent: *"]
    if settings.CLINIC_ROBOTS_DISALLOW_ALL:
        lines.append("Disallow: /")
    else:
        site = Site.find_for_request(request)
        lines.append("Disallow: /admin/")
        hidden = crawler_free_page_types()
        pages = Page.objects.live().type(*hidden) if hidden else Page.objects.none()
        if site:
            pages = pages & site_pages(site)  # every language's tree
        lines += [f"Disallow: {page.get_url(request)}" for page in pages]
        root = site.root_url if site else request.build_absolute_uri("/").rstrip("/")
        lines += ["", f"Sitemap: {root}/sitemap.xml"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
