"""The site's languages as Wagtail locales: one Locale row for each configured language."""

import logging

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)

# Each Locale's language code by id (languages.links.locale_codes), in the default cache.
LOCALE_CODES_KEY = "clinic-locale-codes"


LANGUAGE_SETTINGS = {"LANGUAGES", "LANGUAGE_CODE", "WAGTAIL_CONTENT_LANGUAGES"}


def forget_locale_codes(setting: str | None = None, **kwargs) -> None:
    """On a Locale's save or delete, or a change of the language settings."""
    if setting is not None and setting not in LANGUAGE_SETTINGS:
        return
    try:
        cache.delete(LOCALE_CODES_KEY)
    except Exception:
        # A cache that is down keeps no stale copy either.
        logger.exception("Could not clear the locale codes from the cache")


def configured_codes() -> list[str]:
    """The language codes of CLINIC_LANGUAGES, the default first."""
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def sync_locales(locale_model, using: str = "default") -> None:
    """Make a Locale for every configured language; run on every migrate, harmless twice.

    A site that used one language under another code (en-gb, now set as en) keeps
    its pages: when the default language has no Locale and the site has exactly
    one Locale, for a language no longer configured, that Locale takes the new
    code. Locales of languages taken off the list are left alone, with their pages.
    `locale_model` is Wagtail's Locale, or its historical model in a migration.
    """
    codes = configured_codes()
    locales = locale_model.objects.using(using)
    existing = set(locales.values_list("language_code", flat=True))
    if codes[0] not in existing and len(existing) == 1:
        (only,) = existing
        if only not in codes:
            locales.filter(language_code=only).update(language_code=codes[0])
    for code in codes:
        locales.get_or_create(language_code=code)
    forget_locale_codes()  # update() above sends no signal
