"""Help › How to use this admin: the clinic's own short guide."""

from django.template.response import TemplateResponse


def guide(request):
    return TemplateResponse(request, "guide/guide.html", {})
