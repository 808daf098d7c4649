"""/healthz/: whether the database, the cache and media storage work, for monitoring."""

import json
import logging
import secrets

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.views.decorators.cache import never_cache

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
