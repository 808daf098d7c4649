"""The sign-in code page of wagtail-2fa, made to work with django-otp 1.7.5+.

django-otp no longer tries every device against a code: the form must say which
device the code comes from (otp_device), and wagtail-2fa's page does not send it.
"""

from django import template
from django_otp import devices_for_user

register = template.Library()


@register.simple_tag
def confirmed_otp_devices(user) -> list:
    """The user's confirmed devices, for the otp_device choice."""
    if not user.is_authenticated:
        return []
    return list(devices_for_user(user, confirmed=True))
