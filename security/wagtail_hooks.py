from django.urls import path
from wagtail import hooks

from .two_factor import DeviceTokenLoginView


@hooks.register("register_admin_urls", order=-1)
def two_factor_code_page():
    # Same path and name as wagtail-2fa's page, listed first so it answers instead.
    return [path("2fa/auth", DeviceTokenLoginView.as_view(), name="wagtail_2fa_auth")]
