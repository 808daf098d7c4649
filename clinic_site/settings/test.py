import atexit
import shutil
import tempfile

from .base import *  # noqa: F403

SECRET_KEY = "test-only-secret-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "test-pages",
    },
}
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)
MEDIA_ROOT = tempfile.mkdtemp(prefix="clinic-test-media-")
# Each test process removes its own media folder, so runs leave nothing in /tmp.
atexit.register(shutil.rmtree, MEDIA_ROOT, ignore_errors=True)
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
# WhiteNoise looks files up per request instead of scanning a collected STATIC_ROOT.
WHITENOISE_AUTOREFRESH = True
# Django's test client signs in without a request, which django-axes refuses;
# the lockout tests put axes's backend back (security/tests/test_admin_login.py).
AUTHENTICATION_BACKENDS = ["django.contrib.auth.backends.ModelBackend"]
# The axes backend is left out on purpose, above.
SILENCED_SYSTEM_CHECKS = [*SILENCED_SYSTEM_CHECKS, "axes.W003"]  # noqa: F405
# Tests search from one address far more often than a visitor would; the tests
# of the search limit set their own (search/tests/test_flood.py).
SEARCH_RATE_LIMIT = (100_000, 60)
# Tests search often and fast; search/tests/test_flood.py turns the share on.
SEARCH_SITE_RATE = 0
# The popular searches report is written at once, not a minute later.
SEARCH_HITS_WRITE_SECONDS = 0
