"""Searches get a share of each server process, never all of it.

A limit per client (SEARCH_RATE_LIMIT) does not stop a flood from many
addresses, and a search for a common phrase answered from the page cache costs
as much as a patient's page: a flood of them would take every thread's time.
So each server process admits at most SEARCH_SITE_RATE searches a second, from
everyone together (a token bucket in the process's memory, no cache round trip),
with a burst of as many. A search beyond that waits for a turn, idle, up to
SEARCH_WAIT_SECONDS, if fewer than SEARCH_WAITING searches already wait in the
process (a thread that sleeps holds no CPU, and the threads left serve pages);
otherwise, or if no turn comes, it gets a small, ready-made 503 page with
Retry-After. All of this happens before the page cache, the session or
Wagtail's routing are touched, so a flood costs the process little: a flooding
client waits instead of asking again at once, and every other page keeps its
threads and its share of the CPU.

The search page's addresses are learnt from the database once per process and
from every search page served (search.models.SearchPage.serve).
"""

import logging
import threading
import time

from django.apps import apps
from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger(__name__)

# The addresses (paths) of the site's search pages in this process.
search_paths: set[str] = set()
_paths_loaded = False
_paths_lock = threading.Lock()

# A strict policy of its own: the busy page is answered before the middleware
# that adds the site's policy, and it needs nothing but the site's stylesheet.
BUSY_PAGE_POLICY = (
    "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)


class TokenBucket:
    """`rate` admissions a second on average, at most `burst` at once."""

    def __init__(self, rate: float, burst: float):
        self.rate = rate
        self.burst = burst
        self.tokens = burst
        self.updated = time.monotonic()
        self.lock = threading.Lock()

    def take(self) -> bool:
        with self.lock:
            now = time.monotonic()
            self.tokens = min(
                self.burst, self.tokens + (now - self.updated) * self.rate
            )
            self.updated = now
            if self.tokens >= 1:
                self.tokens -= 1
                return True
            return False

    def wait(self, seconds: float, step: float = 0.05) -> bool:
        """Take a token within `seconds`, idle (no CPU, no GIL) in between."""
        deadline = time.monotonic() + seconds
        while True:
            if self.take():
                return True
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            time.sleep(min(step, left))


def _load_search_paths() -> None:
    """Once per process: where the live search pages are (a query, then memory)."""
    global _paths_loaded
    with _paths_lock:
        if _paths_loaded:
            return
        # search.models adds the paths it serves here, so it imports this module.
        for page in apps.get_model("search", "SearchPage").objects.live():
            parts = page.get_url_parts()
            if parts:
                search_paths.add(parts[2])
        _paths_loaded = True


# The busy page in each language, rendered once: {language code: page}.
_busy_pages: dict[str, bytes] = {}


def busy_response(language: str | None = None) -> HttpResponse:
    """The "many people are searching" page in `language` (the default when
    None): rendered once per language, then only sent."""
    language = language or settings.LANGUAGE_CODE
    page = _busy_pages.get(language)
    if page is None:
        with translation.override(language):
            page = _busy_pages[language] = render_to_string("search/busy.html").encode()
    response = HttpResponse(page, status=503)
    response["Retry-After"] = "1"
    response["Content-Security-Policy"] = BUSY_PAGE_POLICY
    if settings.PERMISSIONS_POLICY:
        response["Permissions-Policy"] = settings.PERMISSIONS_POLICY
    add_never_cache_headers(response)
    # Not one log line per refused search (Django logs every 5xx): a flood
    # would fill the log; _Refusals says how many, once a minute.
    response._has_been_logged = True
    return response


class _Refusals:
    """Counts refused searches and logs the count at most once a minute."""

    def __init__(self):
        self.count = 0
        self.since = time.monotonic()
        self.lock = threading.Lock()

    def add(self) -> None:
        with self.lock:
            self.count += 1
            now = time.monotonic()
            if now - self.since < 60:
                return
            count, self.count, self.since = self.count, 0, now
        logger.warning(
            "Searches over SEARCH_SITE_RATE: %d answered with the busy page", count
        )


_refusals = _Refusals()


class SearchAdmissionMiddleware:
    """Answer searches beyond this process's share at once with a 503 page.

    Placed before the page cache (settings.MIDDLEWARE), so that cached result
    pages count too: a flood of common phrases is a flood all the same.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        rate = settings.SEARCH_SITE_RATE
        self.bucket = TokenBucket(rate, rate) if rate else None
        self.waiting = threading.BoundedSemaphore(max(1, settings.SEARCH_WAITING))
        self.wait_seconds = settings.SEARCH_WAIT_SECONDS

    def __call__(self, request):
        if self.bucket is not None and self._is_search(request):
            if not self._admit():
                _refusals.add()
                # This runs before LocaleMiddleware: the language is the address's.
                return busy_response(
                    translation.get_language_from_path(request.path_info)
                )
        return self.get_response(request)

    def _admit(self) -> bool:
        """A turn now; else wait for one (idle) if few searches already wait."""
        if self.bucket.take():
            return True
        if not settings.SEARCH_WAITING or not self.waiting.acquire(blocking=False):
            return False
        try:
            return self.bucket.wait(self.wait_seconds)
        finally:
            self.waiting.release()

    @staticmethod
    def _is_search(request) -> bool:
        if "q=" not in request.META.get("QUERY_STRING", ""):
            return False
        if not _paths_loaded:
            try:
                _load_search_paths()
            except Exception:
                return False  # no database yet: let the page itself answer
        return request.path_info in search_paths and bool(
            request.GET.get("q", "").strip()
        )
