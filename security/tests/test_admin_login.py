"""Admin sign-in: lockout by real client address, two-factor authentication and
strong passwords."""

import re

import pytest
from django.conf import settings as django_settings
from django.contrib.auth.models import User
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import override_settings
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from clinic_site.tests.test_settings import production_settings

PASSWORD = "correct-horse-battery-staple"
REAL_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]


@pytest.fixture
def editor(db) -> User:
    return User.objects.create_superuser("editor", "editor@clinic.test", PASSWORD)


def sign_in(client, password, forwarded_for=None):
    extra = {"REMOTE_ADDR": "127.0.0.1"}  # nginx
    if forwarded_for:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": "editor", "password": password},
        **extra,
    )


# Lockout (django-axes, keyed on security.protection.client_ip)

lockout = override_settings(
    AUTHENTICATION_BACKENDS=REAL_BACKENDS, AXES_FAILURE_LIMIT=5, TRUSTED_PROXY_COUNT=1
)


@lockout
def test_five_failed_sign_ins_lock_the_address_out_even_with_the_right_password(
    client, editor
):
    statuses = [
        sign_in(client, f"guess-{n}", "198.51.100.7").status_code for n in range(5)
    ]
    assert statuses == [200, 200, 200, 200, 429]

    response = sign_in(client, PASSWORD, "198.51.100.7")
    assert response.status_code == 429
    assert "Sign-in is locked for now" in response.content.decode()
    assert "_auth_user_id" not in client.session


@lockout
def test_another_address_can_still_sign_in(client, editor):
    for n in range(5):
        sign_in(client, f"guess-{n}", "198.51.100.7")
    response = sign_in(client, PASSWORD, "198.51.100.8")
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)


@lockout
def test_rotating_x_forwarded_for_does_not_escape_the_lockout(client, editor):
    # The attacker writes a new address into X-Forwarded-For each time; nginx
    # appends the address it really sees.
    statuses = [
        sign_in(client, f"guess-{n}", f"10.0.{n}.1, 198.51.100.7").status_code
        for n in range(5)
    ]
    assert statuses[-1] == 429
    response = sign_in(client, PASSWORD, "203.0.113.99, 198.51.100.7")
    assert response.status_code == 429


@lockout
def test_a_successful_sign_in_clears_earlier_failures(client, editor):
    for n in range(4):
        sign_in(client, f"guess-{n}", "198.51.100.7")
    assert sign_in(client, PASSWORD, "198.51.100.7").status_code == 302
    client.logout()
    for n in range(4):
        assert sign_in(client, f"again-{n}", "198.51.100.7").status_code == 200


# Two-factor authentication (wagtail-2fa, TOTP)

two_factor = override_settings(WAGTAIL_2FA_REQUIRED=True)


def current_code(device: TOTPDevice) -> str:
    code = totp(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{code:0{device.digits}d}"


def form_fields(html: str) -> dict:
    """The hidden and select fields a browser would submit from the code page."""

    fields = dict(
        re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html)
    )
    for name, first in re.findall(
        r'<select name="([^"]+)"[^>]*>\s*<option value="([^"]*)"', html
    ):
        fields[name] = first
    return fields


@two_factor
def test_an_admin_without_a_device_is_sent_to_set_one_up(client, editor):
    client.force_login(editor)
    setup_url = reverse("wagtail_2fa_device_new")
    for url in ["/admin/", "/admin/pages/", "/admin/forms/", "/admin/users/"]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response.url.startswith(setup_url), url
    setup = client.get(setup_url)
    assert setup.status_code == 200
    assert "QR code" in setup.content.decode() or "qr-code" in setup.content.decode()


@two_factor
def test_setting_up_a_device_opens_the_admin(client, editor):
    client.force_login(editor)
    client.get(reverse("wagtail_2fa_device_new"))  # makes the unconfirmed device
    device = TOTPDevice.objects.get(user=editor, confirmed=False)

    response = client.post(
        reverse("wagtail_2fa_device_new"),
        {"name": "Phone", "otp_token": current_code(device), "password": PASSWORD},
    )

    assert response.status_code == 302
    assert TOTPDevice.objects.get(user=editor).confirmed
    assert client.get("/admin/").status_code == 200


@two_factor
def test_a_wrong_code_does_not_set_up_a_device(client, editor):
    client.force_login(editor)
    client.get(reverse("wagtail_2fa_device_new"))
    response = client.post(
        reverse("wagtail_2fa_device_new"),
        {"name": "Phone", "otp_token": "000000", "password": PASSWORD},
    )
    assert response.status_code == 200
    assert not TOTPDevice.objects.filter(user=editor, confirmed=True).exists()
    assert client.get("/admin/").status_code == 302


@two_factor
def test_an_admin_with_a_device_must_enter_a_code_after_the_password(client, editor):
    device = TOTPDevice.objects.create(user=editor, name="Phone", confirmed=True)
    client.force_login(editor)

    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtail_2fa_auth"))

    # What the browser sends: the page's own fields plus the code.
    fields = form_fields(client.get(response.url).content.decode())
    assert fields["otp_device"] == device.persistent_id
    client.post(
        reverse("wagtail_2fa_auth"), {**fields, "otp_token": current_code(device)}
    )
    assert client.get("/admin/pages/").status_code == 200


@two_factor
def test_a_wrong_code_keeps_the_admin_closed(client, editor):
    TOTPDevice.objects.create(user=editor, name="Phone", confirmed=True)
    client.force_login(editor)
    wrong = client.post(reverse("wagtail_2fa_auth"), {"otp_token": "000000"})
    assert wrong.status_code == 200
    assert client.get("/admin/pages/").status_code == 302


@two_factor
def test_two_factor_does_not_touch_readers(client, home_page):
    response = client.get(home_page.url)
    assert response.status_code == 200
    assert not response.cookies


def test_production_requires_two_factor_and_locks_out_by_real_address(tmp_path):
    values = production_settings(
        tmp_path,
        "WAGTAIL_2FA_REQUIRED",
        "AXES_CLIENT_IP_CALLABLE",
        "AXES_LOCKOUT_PARAMETERS",
        "AUTHENTICATION_BACKENDS",
    )
    assert values["WAGTAIL_2FA_REQUIRED"] is True
    assert values["AXES_CLIENT_IP_CALLABLE"] == "security.protection.client_ip"
    assert values["AXES_LOCKOUT_PARAMETERS"] == ["ip_address"]
    assert values["AUTHENTICATION_BACKENDS"] == REAL_BACKENDS


def test_password_validators_refuse_short_and_common_passwords(db):

    assert len(django_settings.AUTH_PASSWORD_VALIDATORS) == 4
    for weak in ["password", "admin12345", "Clinic2024", "123456789012"]:
        with pytest.raises(ValidationError):
            validate_password(weak, User(username="admin"))
    validate_password(PASSWORD, User(username="admin"))
