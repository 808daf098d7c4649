"""Protection for the public forms: the real client address, a per-address rate
limit on the shared cache, and a honeypot field that only bots fill in.

Used by the contact form, the per-page feedback form and the admin login lockout
(django-axes reads `client_ip`).
"""

import ipaddress
import logging
import time

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger(__name__)

# The honeypot's form field name: something a form-filling bot wants to fill in,
# and not a name Wagtail's form builder makes from a field label an editor types.
HONEYPOT_FIELD = "hp_website"


def client_ip(request) -> str:
    """The address of the client that sent this request.

    Behind TRUSTED_PROXY_COUNT = N reverse proxies (nginx: N = 1), each proxy appends
    the address it received the request from to X-Forwarded-For, so the Nth address
    from the right is the one our outermost proxy saw. Anything to the left of it was
    written by the client and is ignored: a client cannot choose its own address by
    sending X-Forwarded-For. With no trusted proxy, REMOTE_ADDR is used.
    """
    remote_addr = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return remote_addr
    forwarded = [
        address.strip()
        for address in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if address.strip()
    ]
    if len(forwarded) < proxies:
        # The request did not come through all our proxies; the proxy's own
        # address is the only one we can trust.
        return remote_addr
    candidate = forwarded[-proxies]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote_addr


def _rate_limit_bucket(address: str) -> str:
    """IPv6 clients usually hold a whole /64, so they are counted per /64."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address or "unknown"
    if ip.version == 6:
        if ip.ipv4_mapped:
            return str(ip.ipv4_mapped)
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


def is_rate_limited(request, scope: str, limit: int, window_seconds: int) -> bool:
    """Count one more request from this client in `scope`; True once over `limit`.

    A fixed window: at most `limit` requests per client per `window_seconds`, counted
    on the default cache (shared between server processes when it is Redis). If the
    cache is unreachable the request is allowed: a broken cache must not stop
    patients contacting the clinic.
    """
    window = int(time.time() // window_seconds)
    key = f"ratelimit:{scope}:{_rate_limit_bucket(client_ip(request))}:{window}"
    try:
        # add() is atomic and does nothing if the key exists, so concurrent
        # requests never reset each other's count.
        cache.add(key, 0, timeout=window_seconds + 1)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add() and incr()
            cache.set(key, 1, timeout=window_seconds + 1)
            count = 1
    except Exception:
        count = None
    if count is None:
        # Raised, or (django-redis with IGNORE_EXCEPTIONS) answered nothing.
        logger.warning("Rate limit for %s not checked: the cache is unavailable", scope)
        return False
    return count > limit


def too_many_requests(request, *, retry_after: int, message: str, status: int = 429):
    """The site's friendly "please wait" page, with Retry-After and never cached.

    Rendered from templates/429.html (the site's own header and footer, no
    page-specific parts), so it costs little even when a client floods a form
    or the search page.
    """
    response = TemplateResponse(
        request,
        "429.html",
        {"message": message, "retry_after": retry_after},
        status=status,
    )
    response["Retry-After"] = str(retry_after)
    add_never_cache_headers(response)
    # Django would log each one as a warning: a flood would fill the log (the
    # access log still lists them).
    response._has_been_logged = True
    return response


class HoneypotField(forms.CharField):
    """A text field hidden from people (CSS and aria-hidden) that bots fill in."""

    is_honeypot = True

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("label", "Leave this field empty")
        kwargs.setdefault("max_length", 200)
        kwargs.setdefault(
            "widget",
            forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
        )
        super().__init__(**kwargs)


class HoneypotFormMixin:
    """Adds the honeypot field to a form; `honeypot_tripped` says a bot filled it.

    Render the form through templates/includes/form.html (or include
    templates/includes/honeypot.html for the field yourself). When the honeypot is
    tripped, answer as if all went well but store and send nothing; the honeypot
    value never reaches cleaned_data.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT_FIELD] = HoneypotField()

    @property
    def honeypot_tripped(self) -> bool:
        return honeypot_tripped(self.data)

    def clean(self):
        cleaned_data = super().clean()
        cleaned_data.pop(HONEYPOT_FIELD, None)
        return cleaned_data


def honeypot_tripped(data) -> bool:
    """True if the submitted data (request.POST) has the honeypot filled in.

    For views without a Django form, render templates/includes/honeypot.html with
    `name` = HONEYPOT_FIELD (see the include) and check request.POST with this.
    """
    return bool(data.get(HONEYPOT_FIELD, ""))
