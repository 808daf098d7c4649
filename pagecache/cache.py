"""Full-page cache for anonymous visitors, made fresh at once by a generation number.

Every stored page records the *generation* it was made in, a value kept in the
"pages" cache itself and read in the same round trip as the page. Publishing,
unpublishing, moving or deleting a page, or saving anything pages show (a
snippet, a site setting, an image, a document), stores a new generation: from
the next request on, every older copy counts as missing, is rendered afresh and
overwritten. A page rendered while the generation changed is stored under the
generation it began in, so it is never served. That is one cache write
however many pages show the changed FAQ, and it works across several app
servers when the "pages" cache is Redis. It never clears a whole cache, so the
rate-limit counters in the default cache are left alone.

Only Wagtail pages are cached (the `before_serve_page` hook marks them), and only
when nobody could be shown something personal: GET or HEAD, no session or
messages cookie, a 200 response that sets no cookie and does not vary by
cookie, and a page type that has not opted out with `page_cache = False`. A
page type with a form sets `page_cache_csrf = True` instead: its empty form is
kept with a placeholder for the CSRF token, and each visitor gets their own
token and cookie (pagecache/tokens.py). A query string is allowed only when the page type names every
parameter in it in `page_cache_query_params` (the search page: "q" and "page");
the copy is then kept per normalised query (`normalise_query_value`: spaces
collapsed, Unicode in one form, control characters dropped), so "ketamine" and
" ketamine " share one copy. Any other query string is rendered afresh.

While the shared cache is unreachable (Redis down), no stored copy can be known
to be current, so none is served; instead each process keeps what it renders
then in its own memory for PAGE_CACHE_OUTAGE_SECONDS (`_OutageCopies`), so
pages do not all fall to rendering speed. Nothing from before the outage is
served, a change saved in this process empties that memory at once, and a
change saved in another process reaches this one within those seconds.
"""

import hashlib
import logging
import threading
import time
import unicodedata
import uuid
from collections import OrderedDict
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.utils.cache import cc_delim_re, patch_cache_control
from django.utils.translation import get_language
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import BaseViewRestriction, Page, Site
from wagtail.signals import (
    page_published,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)
from wagtail.snippets.models import get_snippet_models

from .routes import remember_route, restore_route
from .tokens import blank_tokens, fill_tokens, make_private

logger = logging.getLogger(__name__)

GENERATION_KEY = "generation"
# Headers a copy must never carry to the next visitor.
UNCACHED_HEADERS = {"set-cookie", "x-cache"}


def _cache():
    return caches[settings.PAGE_CACHE_ALIAS]


# The generation read at the start of the request this thread serves for an
# anonymous visitor (PageCacheMiddleware): every part the page then reads from
# the cache uses it, without asking the cache again for each part.
_request_generation = threading.local()


def current_generation() -> str:
    """The generation in every page key; a new one if it was evicted or never set."""
    generation = getattr(_request_generation, "value", None)
    if generation is not None or getattr(_request_generation, "unavailable", False):
        return generation
    cache = _cache()
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
        generation = cache.get(GENERATION_KEY)
    return generation


def bump_generation(**kwargs) -> None:
    """Make every cached page stale: now, and again once the transaction commits.

    The second bump stops a visitor who asks for a page between the first bump
    and the commit from caching what the database still showed then.
    """
    _bump()
    transaction.on_commit(_bump)
    if settings.WAGTAILFRONTENDCACHE:
        transaction.on_commit(purge_front_end_cache)


def purge_front_end_cache() -> None:
    """Ask the front-end cache (nginx, Varnish, a CDN) to drop every live page.

    A change can show on any page (a menu, a setting, an FAQ), and a clinic
    site has tens of pages, so every page is purged, as the generation does.
    """

    batch = PurgeBatch()
    batch.add_pages(Page.objects.live().public().filter(depth__gt=1))
    try:
        batch.purge()
    except Exception:
        logger.exception("Could not purge the front-end cache")


def start_new_generation() -> None:
    """Outside any editor's change (a restore): every stored page is stale now."""
    _bump()
    if settings.WAGTAILFRONTENDCACHE:
        purge_front_end_cache()


def _bump() -> None:
    _request_generation.value = None
    # Pages kept during an outage show the old content: this process drops them.
    _outage_copies.clear()
    try:
        _cache().set(GENERATION_KEY, uuid.uuid4().hex, None)
    except Exception:
        # An unreachable cache cannot serve stale pages either; say so and go on.
        logger.exception("Could not start a new page cache generation")


def cached_for_generation(name: str, build):
    """`build()`, kept in the page cache until the next change an editor makes.

    For the parts every page repeats (menus, clinic settings): a page rendered on
    a miss then reads them without touching the database. If the cache is
    unreachable, it is simply built each time. Each part is kept per language
    (the active one), so a Spanish page never shows the English menu; whole
    pages need no such key, as each language's pages have their own addresses.
    """
    if getattr(_request_generation, "unavailable", False):
        # This request already found the cache unreachable: no more attempts
        # (each would fail and be logged) until the next request.
        return build()
    try:
        generation = current_generation()
        # Per language: the same menu or setting reads differently in each.
        key = f"part:{generation}:{get_language()}:{name}"
        value = _recent_parts.get(key)
        if value is not None:
            return value
        value = _cache().get(key)
    except Exception:
        logger.exception("Page cache unavailable; building %s afresh", name)
        return build()
    if value is None:
        value = build()
        try:
            _cache().set(key, value, settings.PAGE_CACHE_SECONDS or None)
        except Exception:
            logger.exception("Could not store %s in the page cache", name)
    if generation is not None and isinstance(value, str):
        _recent_parts.put(key, value)
    return value


class _Bounded:
    """Values by key in this process's memory, at most `size` of them: storing
    one more drops the one least recently stored (or, where `get` says so, used)."""

    def __init__(self, size: int):
        self.size = size
        self.items: OrderedDict[str, object] = OrderedDict()
        self.lock = threading.Lock()

    def put(self, key: str, value) -> None:
        with self.lock:
            self.items[key] = value
            self.items.move_to_end(key)
            while len(self.items) > self.size:
                self.items.popitem(last=False)


class _RecentParts(_Bounded):
    """Rendered parts ({% cached_part %}) this process used lately, by key.

    A key holds the generation, so a part never changes under its key: keeping
    it in memory saves a Redis round trip for each part of each page rendered
    (about five on a search page). Only strings are kept, which nobody can
    change in place; other values are read from the cache each time.
    """

    def get(self, key: str) -> str | None:
        with self.lock:
            value = self.items.get(key)
            if value is not None:
                self.items.move_to_end(key)
            return value


_recent_parts = _RecentParts(500)


# Longest query value kept in a key; the search page reads no more than this.
MAX_QUERY_VALUE = 200


def normalise_query_value(value: str) -> str:
    """A query parameter as pages read it: one Unicode form, no control
    characters, single spaces, at most MAX_QUERY_VALUE characters."""
    value = unicodedata.normalize("NFKC", value)
    value = "".join(c for c in value if c.isprintable() or c.isspace())
    return " ".join(value.split())[:MAX_QUERY_VALUE]


def _normalised_query(request) -> list[tuple[str, str]]:
    pairs = parse_qsl(request.META.get("QUERY_STRING", ""), keep_blank_values=True)
    return sorted((name, normalise_query_value(value)) for name, value in pairs)


def page_key(request) -> str:
    url = f"{request.scheme}://{request.get_host()}{request.path}"
    query = _normalised_query(request)
    if query:
        url = f"{url}?{urlencode(query)}"
    return f"page:{hashlib.sha256(url.encode()).hexdigest()}"


class _LocalCopies(_Bounded):
    """The pages this process served lately, so a hit need not fetch the page
    itself from Redis: only the (small) generation is read each time."""

    def get(self, key: str, generation: str) -> dict | None:
        with self.lock:
            stored = self.items.get(key)
            if stored is None or stored["generation"] != generation:
                return None
            self.items.move_to_end(key)
            return stored


_local_copies = _LocalCopies(200)


class _OutageCopies(_Bounded):
    """What this process rendered while the shared cache was unreachable, each
    kept PAGE_CACHE_OUTAGE_SECONDS: with no generation to check a copy against,
    a short life is what bounds how stale it can be. Each item is the pair
    (when it was kept, the stored copy)."""

    clock = staticmethod(time.monotonic)

    def get(self, key: str) -> dict | None:
        with self.lock:
            kept = self.items.get(key)
            if kept is None:
                return None
            kept_at, stored = kept
            if self.clock() - kept_at >= settings.PAGE_CACHE_OUTAGE_SECONDS:
                del self.items[key]
                return None
            return stored

    def put(self, key: str, stored: dict) -> None:
        if settings.PAGE_CACHE_OUTAGE_SECONDS <= 0:
            return
        super().put(key, (self.clock(), stored))

    def clear(self) -> None:
        if self.items:  # read without the lock: most requests find it empty
            with self.lock:
                self.items.clear()


_outage_copies = _OutageCopies(200)


def _lookup(key: str) -> tuple[str, dict | None]:
    """The current generation and the stored copy if it belongs to it.

    A copy records the generation it was made in; one from an older generation
    counts as missing. The generation is always read from the shared cache, so
    a change made through another app server is seen at once.
    """
    generation = current_generation()
    if generation is None:
        return None, None
    stored = _local_copies.get(key, generation)
    if stored is None:
        stored = _cache().get(key)
        if stored is not None and stored["generation"] != generation:
            stored = None
        if stored is not None:
            _local_copies.put(key, stored)
    return generation, stored


def mark_cacheable(page, request, serve_args, serve_kwargs) -> None:
    """Wagtail's before_serve_page hook: this request renders a page that may be cached."""
    if not getattr(page, "page_cache", True) or getattr(request, "is_preview", False):
        return
    # Kept with a placeholder for each visitor's CSRF token (tokens.py).
    request.page_cache_csrf = getattr(page, "page_cache_csrf", False)
    allowed_params = set(getattr(page, "page_cache_query_params", ()))
    if set(request.GET) <= allowed_params and all(
        len(values) == 1 for _, values in request.GET.lists()
    ):
        request.page_cache_allowed = True


def _request_may_use_cache(request) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
    )


def _response_may_be_stored(request, response) -> bool:
    if not getattr(request, "page_cache_allowed", False) or request.method != "GET":
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    if response.status_code != 200 or response.streaming:
        return False
    # A form's page sets the visitor's CSRF cookie; the copy is kept without it
    # (and without their token), and every visitor served it gets their own.
    allowed_cookies = (
        {settings.CSRF_COOKIE_NAME}
        if getattr(request, "page_cache_csrf", False)
        else set()
    )
    if set(response.cookies) - allowed_cookies:
        return False
    vary = {v.lower() for v in cc_delim_re.split(response.get("Vary", "")) if v}
    cache_control = response.get("Cache-Control", "").lower()
    # Middleware that looks up the user on every request (wagtail-2fa) makes
    # every response say "Vary: Cookie". A response made for a request that
    # sent no cookie at all, and that sets none, is the one every visitor
    # without a session gets; from any other request it is not stored.
    return (
        ("cookie" not in vary or not request.COOKIES)
        and "*" not in vary
        and "private" not in cache_control
        and "no-store" not in cache_control
    )


class PageCacheMiddleware:
    """Serve anonymous visitors a stored copy of a page; store copies on a miss.

    Sits just inside SecurityMiddleware (and WhiteNoise), so a copy carries the
    headers every inner middleware added (CSP, frame options) and the session and
    CSRF middleware have already said whether the response sets a cookie.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def _without_cache(self, request):
        """Render the page without asking the unreachable cache for its parts."""
        _request_generation.unavailable = True
        try:
            return self.get_response(request)
        finally:
            _request_generation.unavailable = False

    def _during_outage(self, request, key: str):
        """Serve this process's copy rendered during the outage, or render one
        and keep it for PAGE_CACHE_OUTAGE_SECONDS."""
        stored = _outage_copies.get(key)
        if stored is not None:
            return _rebuild(request, stored)
        response = self._without_cache(request)
        if _may_be_stored_and_mark(request, response):
            stored = _freeze(request, response, None)
            if stored is not None:
                response["X-Cache"] = "MISS"
                _outage_copies.put(key, stored)
        return response

    def __call__(self, request):
        if not _request_may_use_cache(request):
            return self.get_response(request)
        key = page_key(request)
        try:
            generation, stored = _lookup(key)
        except Exception:
            logger.exception("Page cache unavailable; serving without it")
            generation = None
        if generation is None:
            # The cache answers nothing (a Redis that is down, with errors
            # ignored): no generation, so no stored copy can be known to be
            # current, not even this process's own from before the outage.
            return self._during_outage(request, key)
        # Reachable again: what was kept during an outage is not served again.
        _outage_copies.clear()
        if stored is not None:
            return _rebuild(request, stored)
        restore_route(_cache(), generation, request)
        _request_generation.value = generation
        try:
            response = self.get_response(request)
        finally:
            _request_generation.value = None
        if response.status_code == 200:
            remember_route(
                _cache(), generation, request, settings.PAGE_CACHE_SECONDS or None
            )
        if _may_be_stored_and_mark(request, response):
            response["X-Cache"] = "MISS"
            if settings.WAGTAILFRONTENDCACHE and not request.page_cache_csrf:
                # Shared caches may keep it (and are purged on change);
                # browsers ask again each time.
                patch_cache_control(
                    response,
                    public=True,
                    max_age=0,
                    s_maxage=settings.PAGE_CACHE_SECONDS,
                )
            stored = _freeze(request, response, generation)
            if stored is not None:
                try:
                    _cache().set(key, stored, settings.PAGE_CACHE_SECONDS)
                    if settings.PAGE_CACHE_SECONDS:
                        _local_copies.put(key, stored)
                except Exception:
                    logger.exception("Could not store a page in the page cache")
        return response


def _may_be_stored_and_mark(request, response) -> bool:
    """Whether a copy may be kept; a page with a CSRF token is made private,
    kept or not (it carries this visitor's token)."""
    may_be_stored = _response_may_be_stored(request, response)
    if getattr(request, "page_cache_csrf", False):
        make_private(response)
    return may_be_stored


def _freeze(request, response, generation: str | None) -> dict | None:
    """What is kept of a response; None if it cannot be kept."""
    headers = [
        (name, value)
        for name, value in response.headers.items()
        if name.lower() not in UNCACHED_HEADERS
    ]
    content = response.content
    csrf = getattr(request, "page_cache_csrf", False)
    if csrf:
        content = blank_tokens(content)
        if content is None:
            return None
    return {
        "generation": generation,
        "content": content,
        "headers": headers,
        "csrf": csrf,
    }


def _rebuild(request, stored: dict) -> HttpResponse:
    response = HttpResponse(stored["content"])
    for name, value in stored["headers"]:
        response[name] = value
    if stored.get("csrf"):
        fill_tokens(request, response)
    response["X-Cache"] = "HIT"
    return response


def shows_on_pages(instance) -> bool:
    """Whether saving or deleting this object can change what a page shows.

    Pages are covered by Wagtail's publish/unpublish/move signals and by delete;
    saving a draft changes nothing a visitor sees. Everything else a page can
    show is a snippet (FAQs, myth cards, reviewers…), a site setting, an image,
    a document or a view restriction.
    """

    if isinstance(instance, Page):
        return False
    shown = (
        *get_snippet_models(),
        *settings_registry,
        get_image_model(),
        get_document_model(),
        BaseViewRestriction,
        Site,
    )
    return isinstance(instance, shown)


def _on_save_or_delete(sender, instance, created=False, **kwargs) -> None:

    # A new object shows nowhere until a page that chooses it is published (which
    # starts a new generation itself); this also keeps Wagtail's creating of the
    # settings row on the first page view, and anonymous visitors' feedback, from
    # emptying the cache. A new view restriction hides pages at once.
    if created and not isinstance(instance, BaseViewRestriction):
        return
    if shows_on_pages(instance):
        bump_generation()


def _on_page_delete(sender, instance, **kwargs) -> None:

    if isinstance(instance, Page):
        bump_generation()


def connect_signals() -> None:
    """Start a new generation whenever something visitors see changes."""

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(bump_generation, dispatch_uid=f"page-cache-{id(signal)}")
    # Snippets with drafts: only publishing changes what visitors see, but their
    # post_save also fires; one extra new generation on a draft save is harmless.
    for signal in (published, unpublished):
        signal.connect(bump_generation, dispatch_uid=f"page-cache-{id(signal)}")
    post_save.connect(_on_save_or_delete, dispatch_uid="page-cache-save")
    post_delete.connect(_on_save_or_delete, dispatch_uid="page-cache-delete")
    post_delete.connect(_on_page_delete, dispatch_uid="page-cache-page-delete")
