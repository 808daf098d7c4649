"""Where each language's version of a page is: for the switcher, hreflang and the sitemap.

A page's translations share its `translation_key` (Wagtail's i18n). Only live,
public translations count, in a language whose home page is live: a
translation waiting for clinical review is never linked, nor is a language
whose home page is not live yet (its addresses redirect: languages.wagtail_hooks). Where a language has no live version of the page, the switcher offers
that language's home page instead; hreflang and the sitemap list only real
translations.
"""

import logging
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils.text import capfirst
from django.utils.translation import get_language, get_language_info
from wagtail.models import Locale, Page, Site

from .locales import LOCALE_CODES_KEY

logger = logging.getLogger(__name__)


@dataclass
class LanguageVersion:
    code: str
    name: str  # the language's name in that language: "Español"
    url: str
    current: bool  # the language being read
    same_page: bool  # the same page, not that language's home page


def configured_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def is_multilingual() -> bool:
    """More than one language configured (CLINIC_LANGUAGES)."""
    return len(settings.LANGUAGES) > 1


def direction(code: str) -> str:
    """'rtl' for right-to-left languages (Arabic, Urdu, Farsi, Hebrew), else 'ltr'."""
    try:
        return "rtl" if get_language_info(code)["bidi"] else "ltr"
    except KeyError:
        return "ltr"


def locale_codes() -> dict[int, str]:
    """Each Locale's language code by id, kept in the default cache (as Wagtail
    keeps locales' display names) until a Locale is saved or deleted, so a page's
    language costs no query."""
    try:
        codes = cache.get(LOCALE_CODES_KEY)
    except Exception:  # the cache is down: pages are still served
        codes = None
    if codes is None:
        codes = dict(Locale.objects.values_list("pk", "language_code"))
        try:
            cache.set(LOCALE_CODES_KEY, codes)
        except Exception:
            logger.exception("Could not keep the locale codes in the cache")
    return codes


def page_language(page: Page | None) -> str:
    """The language a page is written in, else the language being served."""
    locale_id = getattr(page, "locale_id", None)
    if locale_id is not None:
        code = locale_codes().get(locale_id)
        return code if code is not None else page.locale.language_code
    return get_language() or settings.LANGUAGE_CODE


def live_translations(page: Page) -> dict[str, Page]:
    """The live, public versions of `page` (itself included) by language code."""
    if not page.live:
        return {page.locale.language_code: page}
    pages = (
        Page.objects.filter(translation_key=page.translation_key)
        .live()
        .public()
        .select_related("locale")
    )
    return {each.locale.language_code: each for each in pages}


def _home_pages(request: HttpRequest | None) -> dict[str, Page] | None:
    """The site's live home page in each language; None when the site is unknown."""
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    return live_translations(site.root_page)


def _with_live_home(translations: dict[str, Page], homes) -> dict[str, Page]:
    """Only the languages whose home page is live: under a language with none
    (just added, or its home awaiting review) no address works yet."""
    if homes is None:
        return translations
    return {code: page for code, page in translations.items() if code in homes}


def switcher_name(code: str) -> str:
    """The language's name in itself, without its variety ("English", not
    "British English") unless another configured language shares it."""
    base = code.split("-")[0]
    shared = sum(other.split("-")[0] == base for other in configured_codes()) > 1
    try:
        info = get_language_info(code if shared else base)
    except KeyError:
        info = get_language_info(code)
    return capfirst(info["name_local"])


def language_versions(
    page: Page | None, request: HttpRequest | None
) -> list[LanguageVersion]:
    """Every configured language with a live page to go to, in CLINIC_LANGUAGES's order."""
    current = page_language(page)
    homes = _home_pages(request)
    same = _with_live_home(
        live_translations(page) if isinstance(page, Page) else {}, homes
    )
    versions = []
    for code in configured_codes():
        target = same.get(code) or (homes or {}).get(code)
        if target is None:
            continue
        versions.append(
            LanguageVersion(
                code=code,
                name=switcher_name(code),
                url=target.get_url(request),
                current=code == current,
                same_page=code in same,
            )
        )
    return versions


def alternates(page: Page, request: HttpRequest | None) -> list[dict]:
    """hreflang alternates of a page with live translations: each language's full
    address, and x-default (the default language's); [] when it has none."""
    translations = _with_live_home(
        live_translations(page) if isinstance(page, Page) else {},
        _home_pages(request),
    )
    if len(translations) < 2:
        return []
    links = [
        {"lang_code": code, "location": translations[code].get_full_url(request)}
        for code in configured_codes()
        if code in translations
    ]
    default = translations.get(settings.LANGUAGE_CODE)
    if default is not None:
        links.append(
            {"lang_code": "x-default", "location": default.get_full_url(request)}
        )
    return links
