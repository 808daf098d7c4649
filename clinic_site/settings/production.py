"""Production: gunicorn behind nginx (see deploy/ and docs/deploy.md).

Everything installation-specific comes from the environment (.env.example).
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_flag, env_int, env_list


def secret_key_from_environment() -> str:
    """DJANGO_SECRET_KEY, refusing to start with a missing or guessable key."""
    key = os.environ.get("DJANGO_SECRET_KEY", "")
    how = "generate one with: python3 -c 'import secrets; print(secrets.token_urlsafe(50))'"
    if not key:
        raise ImproperlyConfigured(f"DJANGO_SECRET_KEY is not set; {how}")
    # The same rules as Django's own deploy check (security.W009); dev.py's key
    # starts with django-insecure- too.
    if len(key) < 50 or len(set(key)) < 5 or key.startswith("django-insecure-"):
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is too weak (it needs at least 50 random characters); "
            + how
        )
    return key


SECRET_KEY = secret_key_from_environment()

# Every admin user signs in with a password and a code from an authenticator app.
WAGTAIL_2FA_REQUIRED = True

# Forms posted over HTTPS from these origins pass the CSRF check; by default the
# https:// address of every allowed host ("*.example.org" for ".example.org").
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS") or [
    "https://" + ("*" + host if host.startswith(".") else host)
    for host in ALLOWED_HOSTS  # noqa: F405
    if host != "*"
]

# Behind nginx (TRUSTED_PROXY_COUNT=1), HTTPS ends at the proxy, which says so in
# X-Forwarded-Proto. Trusting that header without a proxy would let anyone fake it.
if TRUSTED_PROXY_COUNT:  # noqa: F405
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = True
# Monitoring may ask gunicorn directly over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz/$"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("DJANGO_EMAIL_PORT", 25)
EMAIL_HOST_USER = os.environ.get("DJANGO_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("DJANGO_EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_flag("DJANGO_EMAIL_USE_TLS")
EMAIL_TIMEOUT = 10

# Errors go to the log (journalctl -u clinic-site), never to the browser.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # The same message at most once a minute (a Redis outage would otherwise
    # log every failed cache call with its traceback: pagecache/logging.py).
    "filters": {"once_per_minute": {"()": "pagecache.logging.OncePerMinute"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["once_per_minute"],
        }
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
}
