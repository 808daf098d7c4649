"""Settings shared by every environment. Safe for production as they stand.

Everything that differs between installations is read from environment variables,
listed in README.md and .env.example.

Sections: core, apps and middleware, templates, database, caches and page cache,
security, internationalisation, static files and media, email, Wagtail, clinic.
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent


# One parser per kind of value, so that every variable accepts the same spellings
# (production.py imports them too).
def env_flag(name: str) -> bool:
    """True when the environment variable is set to 1, true, yes or on."""
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    """A whole number from the environment; unset or empty means the default."""
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        # manage.py shows this as one sentence instead of a traceback.
        raise ImproperlyConfigured(
            f"{name} must be a whole number, not {value!r}"
        ) from None


def env_list(name: str) -> list[str]:
    """A comma-separated environment variable as a list, blank items left out."""
    return [
        item.strip() for item in os.environ.get(name, "").split(",") if item.strip()
    ]


# Core

DEBUG = False
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")
ROOT_URLCONF = "clinic_site.urls"
WSGI_APPLICATION = "clinic_site.wsgi.application"

# Apps and middleware

# The project's apps, one per concern (README: "How the code is organised").
INSTALLED_APPS = [
    "home",
    "articles",
    "faq",
    "reviews",
    "feedback",
    "search",
    "seo",
    "pagecache",
    "security",
    "operations",
    "richtext",
    "contactrules",
    "demo",
    "guide",
    "languages",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "axes",
    "wagtail_2fa",
    "django_otp",
    "django_otp.plugins.otp_totp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Serves compressed, cache-busted static files from gunicorn (nginx only proxies).
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Searches beyond each process's share (SEARCH_SITE_RATE) get a ready-made
    # 503 page before the page cache is asked: a flood of searches from many
    # addresses cannot take the threads patients' pages need.
    "search.admission.SearchAdmissionMiddleware",
    # Serves anonymous visitors stored pages: keep it before anything that reads
    # the session or sets cookies (see pagecache/cache.py).
    "pagecache.cache.PageCacheMiddleware",
    # Content-Security-Policy (strict on public pages, looser in the admin) and
    # Permissions-Policy on every page.
    "security.middleware.ClinicCSPMiddleware",
    "security.middleware.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The visitor's language from the address (/es/…); the default language has none.
    "languages.middleware.ClinicLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Two-factor authentication for the admin (required when WAGTAIL_2FA_REQUIRED).
    "wagtail_2fa.middleware.VerifyUserMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # The admin preview shows what the contact details rule would refuse, so that
    # the Checks panel can point at it (saving still refuses it).
    "contactrules.middleware.PreviewMiddleware",
    # What the rule refuses on an admin route without a form (workflow approval,
    # copy) is explained in a message instead of a server error.
    "contactrules.middleware.RefusalMiddleware",
    # Someone not linked to a Reviewer approving health content in the workflow is
    # told why, instead of Wagtail's generic "no permission".
    "reviews.middleware.ApprovalRefusalMiddleware",
    # Last, as django-axes asks: turns a locked-out login into its lockout response.
    "axes.middleware.AxesMiddleware",
]

# Templates

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.i18n",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: SQLite beside the project unless DATABASE_URL names another
# (for example postgres://user:password@host:5432/clinic).

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DJANGO_DB_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Caches and page cache: per process in memory, or shared by all gunicorn workers
# in Redis when REDIS_URL is set (for example redis://127.0.0.1:6379/0). If Redis
# goes down, reads miss and writes are dropped: pages are still served, only slower.


def redis_cache(url: str, key_prefix: str = "clinic") -> dict:
    """A cache on Redis that misses instead of failing while Redis is down."""
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": url,
        "KEY_PREFIX": key_prefix,
        "OPTIONS": {
            # Errors become cache misses (logged), so pages are still served.
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": 1,
            "SOCKET_TIMEOUT": 1,
        },
    }


REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": redis_cache(REDIS_URL),
        "pages": redis_cache(REDIS_URL, key_prefix="clinic-pages"),
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "clinic-site",
        },
        # Local memory belongs to one process: with several app server processes
        # or machines, set REDIS_URL so that an editor's change reaches every one
        # of them at once.
        "pages": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "clinic-site-pages",
            "OPTIONS": {"MAX_ENTRIES": 2000},
        },
    }
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
# Whole pages for anonymous visitors (pagecache/cache.py).
PAGE_CACHE_ALIAS = "pages"
# How long a stored page lives at most. Changes made in the admin refresh pages
# at once whatever this says; it only bounds how long unread copies take space.
PAGE_CACHE_SECONDS = env_int("DJANGO_PAGE_CACHE_SECONDS", 60 * 60)
# While the page cache (Redis) is unreachable, each process keeps the pages it
# renders this long in its own memory: an edit saved then reaches the other
# processes within these seconds. 0 renders every page afresh during an outage.
PAGE_CACHE_OUTAGE_SECONDS = env_int("DJANGO_PAGE_CACHE_OUTAGE_SECONDS", 10)
# Optional front-end cache (nginx, Varnish…) that accepts HTTP PURGE requests at
# this address: every change in the admin purges every live page there too.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("DJANGO_FRONTEND_CACHE_URL"):
    WAGTAILFRONTENDCACHE["default"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["DJANGO_FRONTEND_CACHE_URL"],
    }

# Security

# How many reverse proxies (nginx = 1) sit in front of gunicorn and append to
# X-Forwarded-For. 0 means clients connect directly: REMOTE_ADDR is the client.
# security.protection.client_ip() reads it; production.py trusts X-Forwarded-Proto
# only when it is above 0.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)

# Admin sign-in: django-axes locks a client address out for an hour after 5 failed
# sign-ins. The address is the real client's behind nginx (security.protection.client_ip),
# so sending a different X-Forwarded-For each time does not help.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_CLIENT_IP_CALLABLE = "security.protection.client_ip"
AXES_LOCKOUT_PARAMETERS = ["ip_address"]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1  # hours
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "security/admin_locked_out.html"
# Two-factor authentication (TOTP app) for everyone who can use the admin; turned
# on in production.py. Off here so a local `make run` signs straight in.
# Authenticator apps label the codes with WAGTAIL_SITE_NAME (wagtail_2fa's default).
WAGTAIL_2FA_REQUIRED = False

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"
    },
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Public forms: at most this many messages per client address per window (seconds),
# counted on the default cache (security.protection.is_rate_limited).
CONTACT_FORM_RATE_LIMIT = (5, 60 * 60)
# Site search: at most this many searches per client per window (seconds), and at
# most SEARCH_CONCURRENCY running at once in each server process (search.models).
SEARCH_RATE_LIMIT = (env_int("SEARCH_RATE_LIMIT", 30), 60)
SEARCH_CONCURRENCY = env_int("SEARCH_CONCURRENCY", 1)
# Searches each server process admits a second, from all clients together (cached
# result pages included), with a burst of as many; 0 turns this off. More wait
# for a turn, up to SEARCH_WAIT_SECONDS, if fewer than SEARCH_WAITING already wait
# in the process (keep it below gunicorn's threads: gunicorn.conf.py), else get
# a quick 503 page (search.admission).
SEARCH_SITE_RATE = env_int("SEARCH_SITE_RATE", 10)
SEARCH_WAITING = env_int("SEARCH_WAITING", 16)
SEARCH_WAIT_SECONDS = 1.0
# Searches are counted for Wagtail's popular searches report in memory and written
# at most this often (seconds), all in one go (search.hits.record_search).
SEARCH_HITS_WRITE_SECONDS = env_int("SEARCH_HITS_WRITE_SECONDS", 60)

# Public pages load only this site's own files and run no inline script or style:
# the full-page cache rules out per-request nonces, so templates use static files
# only (JSON-LD data blocks are not scripts and are allowed).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        # Wagtail's preview shows pages in a frame of the admin (same origin).
        "frame-ancestors": [SELF],
    },
}
# Wagtail's admin uses inline scripts and styles, and blob: and data: images for
# upload previews and icons; it gets this policy instead (security.middleware).
CLINIC_ADMIN_PATH_PREFIX = "/admin/"
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    },
}

# Other security headers; production.py adds HTTPS, HSTS and secure cookies.
X_FRAME_OPTIONS = "SAMEORIGIN"  # for browsers without frame-ancestors
# check --deploy would prefer DENY; same-origin framing is deliberate (above).
SILENCED_SYSTEM_CHECKS = ["security.W019"]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"  # no address leaves the site in Referer
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
PERMISSIONS_POLICY = (
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), "
    "gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()"
)

# Internationalisation


def clinic_languages(name: str, default: str) -> list[tuple[str, str]]:
    """The site's languages from a comma-separated list of codes, first the default.

    Each code must be one Django knows (for example en-gb, es, cy, ar), so that its
    dates, its name in its own language and its writing direction are known.
    """
    codes = [code.lower() for code in env_list(name)] or [default.lower()]
    unknown = [code for code in codes if code not in LANG_INFO]
    if unknown:
        raise ImproperlyConfigured(
            f"{name} lists {', '.join(unknown)}, which Django does not know as a "
            "language code: use codes such as en-gb, es, cy or ar, separated by commas."
        )
    if len(set(codes)) != len(codes):
        raise ImproperlyConfigured(
            f"{name} lists a language twice: {', '.join(codes)}."
        )
    return [(code, LANG_INFO[code]["name"]) for code in codes]


# The languages patients can read the site in (README: "More than one language").
# The first is the default: its pages keep addresses without a language prefix, so a
# clinic with one language sees no change; the others get /es/…, /ar/… and so on.
# DJANGO_LANGUAGE_CODE, the older name for a one-language site, is still read.
LANGUAGES = clinic_languages(
    "CLINIC_LANGUAGES", os.environ.get("DJANGO_LANGUAGE_CODE") or "en-gb"
)
LANGUAGE_CODE = LANGUAGES[0][0]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# wagtail-localize would make a translation live as soon as its source is: a
# translation is health content and waits for clinical review instead (reviews/).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
TIME_ZONE = os.environ.get("DJANGO_TIME_ZONE", "Europe/London")
USE_I18N = True
USE_TZ = True
# Dates in each language's own order and words (clinic_site/formats).
FORMAT_MODULE_PATH = ["clinic_site.formats"]

# Static files and media

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(
    os.environ.get("DJANGO_STATIC_ROOT") or BASE_DIR / "collected_static"
)
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT") or BASE_DIR / "media")
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        # gzip/brotli copies and content-hashed names (far-future caching), made by
        # collectstatic; dev.py and test.py use the plain storage instead.
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
    },
}

# Email: the SMTP server is set in production.py; dev.py prints messages instead.

DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Wagtail

WAGTAIL_SITE_NAME = os.environ.get("WAGTAIL_SITE_NAME", "Clinic information")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# On PostgreSQL, search.backends stems each page, FAQ and myth card in its own
# language (Spanish as Spanish…) and parses a search in the language searched;
# CLINIC_SEARCH_CONFIG, when set, is the default language's text search
# configuration (e.g. "english"). After upgrading or changing the languages or that
# setting, run `manage.py update_index` once. SQLite keeps Wagtail's own backend.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": (
            "search.backends"
            if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
            else "wagtail.search.backends.database"
        ),
        "SEARCH_CONFIG": os.environ.get("CLINIC_SEARCH_CONFIG") or None,
    }
}
WAGTAILDOCS_EXTENSIONS = ["pdf"]
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILREDIRECTS_AUTO_CREATE = (
    True  # moving a page or changing its slug keeps old links
)
WAGTAILEMBEDS_FINDERS = []  # no third-party embeds: nothing leaves the clinic's domain
# No avatars from gravatar.com in the admin: nothing leaves the clinic's domain.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Wagtail 7.4 saves the editor's form in the background after each pause in
# typing (autosave). Off unless set (milliseconds, e.g. 500): on a new page,
# pressing "Save draft" while a background save is under way made the page twice
# and showed "The slug … is already in use"; staff save with the Save draft button,
# and Wagtail warns before they leave a page with unsaved changes.
WAGTAIL_AUTOSAVE_INTERVAL = env_int("WAGTAIL_AUTOSAVE_INTERVAL", 0)
# The page editor posts several fields per StreamField block, so a long article
# passes Django's default limit of 1,000 (Wagtail's project template raises it too).
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# Uploads: one limit for images and documents, checked by Wagtail with a clear
# message. deploy/nginx lets admin requests through up to 20 MB (public ones 1 MB),
# above this limit, so the admin rather than nginx explains a file that is too big:
# raise both together.
CLINIC_MAX_UPLOAD_MB = env_int("CLINIC_MAX_UPLOAD_MB", 10)
WAGTAILIMAGES_MAX_UPLOAD_SIZE = CLINIC_MAX_UPLOAD_MB * 1024 * 1024
WAGTAILDOCS_MAX_UPLOAD_SIZE = CLINIC_MAX_UPLOAD_MB * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 50_000_000  # refuses decompression bombs

# Clinic

# Months from a page's clinical review to its next one (unless set by hand).
CLINIC_REVIEW_INTERVAL_MONTHS = env_int("CLINIC_REVIEW_INTERVAL_MONTHS", 12)

# A staging copy sets this so that search engines index nothing (robots.txt "Disallow: /").
CLINIC_ROBOTS_DISALLOW_ALL = env_flag("CLINIC_ROBOTS_DISALLOW_ALL")

# Document importer (Articles › Import a document, manage.py import_article)
CLINIC_IMPORT_MAX_BYTES = env_int("CLINIC_IMPORT_MAX_BYTES", 5 * 1024 * 1024)
# The clinic's own domains: links to them (and their subdomains) and email
# addresses in them are allowed everywhere by the contact details rule
# (contactrules), as are every Wagtail Site's hostname and the trusted sources
# listed in Settings › Trusted sources. The importer removes everything else.
CLINIC_IMPORT_ALLOWED_DOMAINS = env_list("CLINIC_IMPORT_ALLOWED_DOMAINS")

# Contact details rule (contactrules): the country whose phone numbers may be
# written without a country code (ISO 3166 code, e.g. GB, US, IE, AU).
CLINIC_PHONE_REGION = os.environ.get("CLINIC_PHONE_REGION", "").strip().upper() or "GB"
