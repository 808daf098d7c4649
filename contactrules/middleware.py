"""Let the editor's preview show what the rule would refuse, so the Checks panel can flag it.

Wagtail's preview only shows form data that validates. Inside the admin's
preview views (seen only by editors) the contact details rule is therefore
switched off; saving, publishing and everything else still apply it.
"""

from contextvars import ContextVar

from wagtail.admin.views.generic.preview import PreviewOnEdit

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
