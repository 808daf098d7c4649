"""Security headers for every response: the admin's looser Content-Security-Policy
and a Permissions-Policy (Django's SecurityMiddleware covers HSTS, nosniff,
Referrer-Policy and Cross-Origin-Opener-Policy; django-csp the public CSP)."""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings


class ClinicCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with CONTENT_SECURITY_POLICY_ADMIN under /admin/.

    Public pages get the strict CONTENT_SECURITY_POLICY. Wagtail's admin uses inline
    scripts and styles, so it gets its own policy instead of none at all.
    """

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if (
            not report_only
            and parts.config is None
            and request.path_info.startswith(settings.CLINIC_ADMIN_PATH_PREFIX)
        ):
            parts.config = settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
        return parts


class PermissionsPolicyMiddleware:
    """Turn off browser features the site never uses, for every page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if settings.PERMISSIONS_POLICY:
            response.headers.setdefault(
                "Permissions-Policy", settings.PERMISSIONS_POLICY
            )
        return response
