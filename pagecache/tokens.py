"""Pages with a form kept in the page cache, each visitor's CSRF token filled in.

The contact page carries a CSRF token in its form, which belongs to one visitor
(it is made from the secret in their `csrftoken` cookie), so the page could not
be kept whole: it was rendered afresh for every visitor, and a flood of
visitors queued behind it. A page type that sets `page_cache_csrf = True` is
kept with a placeholder where each token was (`blank_tokens`); a visitor who is
served the copy gets their own token in its place (`fill_tokens`), from
Django's `get_token`, and Django's CsrfViewMiddleware then sets or refreshes
their cookie exactly as it does for a rendered page. The CSRF check itself is
untouched: a post still needs a token that matches the poster's own cookie.

Only what every visitor sees is kept: the empty form of a GET request (posts,
forms shown again with errors and the "sent" page are never stored, see
pagecache/cache.py). Such a page is always `Cache-Control: private`, so no
shared cache (nginx, a CDN) keeps one visitor's token for another.
"""

import re

from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.utils.cache import patch_cache_control

# What Django's {% csrf_token %} renders; a token is 64 letters and digits.
TOKEN_INPUT = re.compile(
    rb'<input type="hidden" name="csrfmiddlewaretoken" value="[A-Za-z0-9]{64}">'
)
# Stands in for each token in a stored copy. Rich text and templates escape
# "<" and quotes, so nothing an editor writes can turn into it.
PLACEHOLDER = (
    b'<input type="hidden" name="csrfmiddlewaretoken" value="{page-cache-csrf-token}">'
)


def blank_tokens(content: bytes) -> bytes | None:
    """The page with a placeholder for each CSRF token; None if it has none."""
    blanked, count = TOKEN_INPUT.subn(PLACEHOLDER, content)
    return blanked if count else None


def _no_view(request):
    raise AssertionError("the CSRF middleware only handles the request and response")


def fill_tokens(request, response) -> None:
    """Put this visitor's own CSRF token where the placeholders are, and let
    CsrfViewMiddleware set their cookie, as it would for a rendered page."""
    middleware = CsrfViewMiddleware(_no_view)
    # Reads the visitor's cookie (a new secret if it is missing or malformed).
    middleware.process_request(request)
    token = get_token(request).encode()
    response.content = response.content.replace(
        PLACEHOLDER,
        b'<input type="hidden" name="csrfmiddlewaretoken" value="' + token + b'">',
    )
    response["Content-Length"] = str(len(response.content))
    middleware.process_response(request, response)
    make_private(response)


def make_private(response) -> None:
    """No shared cache may keep a page that carries one visitor's token."""
    patch_cache_control(response, private=True)
