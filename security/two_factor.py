"""The sign-in code page of wagtail-2fa, made to work with django-otp 1.7.1+.

django-otp 1.7.1+ checks a code only against the chosen device (otp_device);
wagtail-2fa 1.8 does not send one, so no code was ever accepted. The code page
(templates/wagtail_2fa/otp_form_v6.html) now sends the user's device.
"""

from django import forms
from wagtail_2fa.forms import TokenForm
from wagtail_2fa.views import LoginView as TwoFactorLoginView


class DeviceTokenForm(TokenForm):
    """wagtail-2fa's code form, also saying which device the code is from."""

    otp_device = forms.CharField(required=False, widget=forms.HiddenInput)


class DeviceTokenLoginView(TwoFactorLoginView):
    form_class = DeviceTokenForm
