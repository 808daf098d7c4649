"""Django's LocaleMiddleware, without `Vary: Accept-Language` on public pages."""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware


class ClinicLocaleMiddleware(LocaleMiddleware):
    """The language of a public address comes from its prefix alone (none: the
    default language; i18n_patterns with prefix_default_language=False), never
    from the browser's Accept-Language. Django still adds `Vary: Accept-Language`
    to addresses without a prefix, which would make nginx's cache keep a copy per
    browser language of every default-language page; it is taken off again here,
    except in the admin, whose language follows the browser or the user.
    """

    def process_response(self, request, response):
        response = super().process_response(request, response)
        if not request.path_info.startswith(settings.CLINIC_ADMIN_PATH_PREFIX):
            vary = [
                value.strip()
                for value in response.get("Vary", "").split(",")
                if value.strip() and value.strip().lower() != "accept-language"
            ]
            if vary:
                response["Vary"] = ", ".join(vary)
            elif "Vary" in response:
                del response["Vary"]
        return response
