"""Help › How to use this admin: the clinic's own short guide.

Its screenshots are taken from the real admin by scripts/help_screenshots.py.
"""

from django.template.response import TemplateResponse
from django.urls import reverse


def guide(request):
    return TemplateResponse(
        request,
        "guide/guide.html",
        {
            "page_title": "How to use this admin",
            "header_title": "How to use this admin",
            "header_icon": "help",
            "settings_url": reverse(
                "wagtailsettings:edit", args=["home", "clinicsettings"]
            ),
            "import_url": reverse("articles_import"),
            "dashboard_url": reverse("wagtailadmin_home"),
        },
    )
