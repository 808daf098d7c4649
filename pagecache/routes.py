"""The page an address leads to, remembered until the next editor's change.

Wagtail finds the page for each request by looking up the Site, then walking
the page tree one level at a time, each level a query or two (and the specific
page type another). For anonymous GET requests (the ones the page cache serves),
the page cache middleware remembers where that walk ended, keyed by the
page-cache generation, host and path; on the next miss for the same address
(a query string, an evicted copy) the page is loaded in one query instead.
Publishing, unpublishing, moving or deleting any page starts a new generation,
so a remembered route never outlives the tree it was found in. Only plain routes
are remembered (no arguments, as a RoutablePage sub-route would have), and the
page must still be live when loaded, else Wagtail routes as usual.
"""

import logging

from django.apps import apps
from django.core.exceptions import ObjectDoesNotExist
from wagtail.url_routing import RouteResult

logger = logging.getLogger(__name__)


def route_key(generation: str, request) -> str:
    return f"route:{generation}:{request.get_host()}{request.path}"


def restore_route(cache, generation: str, request) -> None:
    """Give Wagtail the route remembered for this address, if there is one."""
    try:
        remembered = cache.get(route_key(generation, request))
        if remembered is None:
            return
        site, model_label, page_id = remembered
        page = apps.get_model(model_label).objects.live().get(pk=page_id)
    except (LookupError, ObjectDoesNotExist, ValueError, TypeError):
        return
    except Exception:
        logger.exception("Could not read a remembered page route")
        return
    # The attributes Wagtail itself caches the Site and the route in.
    request._wagtail_site = site
    request._wagtail_route_for_request = RouteResult(page)


def remember_route(cache, generation: str, request, timeout) -> None:
    """After Wagtail served a page: remember which page this address led to."""
    route = getattr(request, "_wagtail_route_for_request", None)
    site = getattr(request, "_wagtail_site", None)
    if route is None or site is None or route.args or route.kwargs:
        return
    page = route.page
    try:
        cache.set(
            route_key(generation, request),
            (site, page._meta.label, page.pk),
            timeout,
        )
    except Exception:
        logger.exception("Could not remember a page route")
