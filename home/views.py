"""Site-wide views that are not Wagtail pages."""

import json
import logging
import secrets

from django.conf import settings
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.models import Site

from .models import SearchPage

logger = logging.getLogger(__name__)


def database_works() -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone() == (1,)


def cache_works() -> bool:
    # A Redis cache that is down does not raise (IGNORE_EXCEPTIONS): it misses.
    key, value = f"healthz:{secrets.token_hex(8)}", secrets.token_hex(8)
    cache.set(key, value, timeout=30)
    found = cache.get(key)
    cache.delete(key)
    return found == value


def storage_works() -> bool:
    content = secrets.token_bytes(16)
    name = default_storage.save(
        f"healthz/{secrets.token_hex(8)}.bin", ContentFile(content)
    )
    try:
        with default_storage.open(name) as stored:
            return stored.read() == content
    finally:
        default_storage.delete(name)


CHECKS = {"database": database_works, "cache": cache_works, "storage": storage_works}


@never_cache
def healthz(request: HttpRequest) -> HttpResponse:
    """For monitoring: 200 if the database, cache and media storage work, else 503."""
    status = {}
    for name, check in CHECKS.items():
        try:
            status[name] = "ok" if check() else "failed"
        except Exception:
            logger.exception("Health check of the %s failed", name)
            status[name] = "failed"
    failed = [name for name, result in status.items() if result != "ok"]
    status["status"] = "failed: " + ", ".join(failed) if failed else "ok"
    return HttpResponse(
        json.dumps(status),
        content_type="application/json",
        status=503 if failed else 200,
    )


@require_GET
def robots_txt(request: HttpRequest) -> HttpResponse:
    """Where crawlers may go: never the admin or search results; nowhere on staging."""
    lines = ["User-agent: *"]
    if settings.CLINIC_ROBOTS_DISALLOW_ALL:
        lines.append("Disallow: /")
    else:
        site = Site.find_for_request(request)
        lines.append("Disallow: /admin/")
        search_pages = SearchPage.objects.live()
        if site:
            search_pages = search_pages.descendant_of(site.root_page, inclusive=True)
        lines += [f"Disallow: {page.get_url(request)}" for page in search_pages]
        root = site.root_url if site else request.build_absolute_uri("/").rstrip("/")
        lines += ["", f"Sitemap: {root}/sitemap.xml"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def brand_stylesheet(request: HttpRequest) -> HttpResponse:
    """The brand colour's accessible shades as CSS custom properties.

    A stylesheet rather than an inline <style>, which the Content Security Policy
    forbids. Its address carries the colour's version, so browsers may keep it
    for a year: a new colour gives pages a new address.
    """
    from .models import ClinicSettings

    clinic = ClinicSettings.for_request(request)
    palette = clinic.brand_palette
    response = HttpResponse(
        palette.css() if palette else "", content_type="text/css; charset=utf-8"
    )
    if request.GET.get("v") == clinic.brand_version:
        response["Cache-Control"] = "public, max-age=31536000, immutable"
    else:
        response["Cache-Control"] = "no-cache"
    return response
