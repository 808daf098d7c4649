"""The contact details rule in the admin, outside its forms.

PreviewMiddleware lets the editor's preview show what the rule would refuse, so
the Checks panel can flag it: Wagtail's preview only shows form data that
validates, so inside the admin's preview views (seen only by editors) the rule
is switched off; saving, publishing and everything else still apply it.

RefusalMiddleware turns a refusal on a route without a form (approving a draft
saved before the rule existed in the Clinical review workflow, copying a page)
into a message on the page the user came from, instead of a server error.
Nothing is half done: the rule is asked before a publication writes anything
(reviews/publishing.py) or before the row is saved, and Wagtail runs workflow
approval in a transaction, so the submission still waits for review. (Bulk
publishing names the pages it refused itself: reviews/bulk_publish.py.)
"""

from contextvars import ContextVar

from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from wagtail.admin.views.generic.preview import PreviewOnEdit

from .checking import ContactDetailsRefused

_previewing: ContextVar[bool] = ContextVar("contactrules_previewing", default=False)


def previewing() -> bool:
    return _previewing.get()


class PreviewMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            return self.get_response(request)
        finally:
            if token := getattr(request, "_contactrules_preview", None):
                _previewing.reset(token)

    def process_view(self, request, view_func, view_args, view_kwargs):
        view_class = getattr(view_func, "view_class", None)
        if view_class and issubclass(view_class, PreviewOnEdit):
            request._contactrules_preview = _previewing.set(True)


class RefusalMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, ContactDetailsRefused):
            return None
        if not request.path.startswith(reverse("wagtailadmin_home")):
            return None
        item = f"“{exception.obj}”: " if exception.obj is not None else ""
        messages.error(request, f"Nothing was changed. {item}{exception.details()}")
        target = came_from(request)
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            # Wagtail's workflow modals follow "redirect" (the message shows there).
            return JsonResponse({"step": "success", "redirect": target})
        return redirect(target)


def came_from(request) -> str:
    """The admin page to go back to: ?next=, else the referring page, else the dashboard."""
    for url in (request.GET.get("next"), request.headers.get("referer")):
        if url and url_has_allowed_host_and_scheme(
            url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            return url
    return reverse("wagtailadmin_home")
