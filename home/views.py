"""The brand colour's stylesheet, /brand.css."""

from django.http import HttpRequest, HttpResponse

from .models import ClinicSettings


def brand_stylesheet(request: HttpRequest) -> HttpResponse:
    """The brand colour's accessible shades as CSS custom properties.

    A stylesheet rather than an inline <style>, which the Content Security Policy
    forbids. Its address carries the colour's version, so browsers may keep it
    for a year: a new colour gives pages a new address.
    """
    clinic = ClinicSettings.for_request(request)
    palette = clinic.brand_palette
    response = HttpResponse(
        palette.css() if palette else "", content_type="text/css; charset=utf-8"
    )
    if request.GET.get("v") == clinic.brand_version:
        response["Cache-Control"] = "public, max-age=31536000, immutable"
    else:
        response["Cache-Control"] = "no-cache"
    return response
