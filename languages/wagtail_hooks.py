"""wagtail-localize's Reports › Translations only where there is something to
translate, and each page served under its own language's address."""

from django.shortcuts import redirect
from django.utils.translation import get_language
from wagtail import hooks
from wagtail.coreutils import get_supported_content_language_variant

from .links import is_multilingual, page_language


@hooks.register("construct_reports_menu")
def show_translations_report_to_translators(request, menu_items):
    """Hidden with one language, and from staff who may not translate (Reception)."""
    if is_multilingual() and request.user.has_perm(
        "wagtail_localize.submit_translation"
    ):
        return
    menu_items[:] = [item for item in menu_items if item.name != "translations"]


def _content_language(code: str | None) -> str | None:
    try:
        return get_supported_content_language_variant(code)
    except LookupError:
        return None


@hooks.register("before_serve_page")
def redirect_to_the_pages_own_language(page, request, serve_args, serve_kwargs):
    """A language without a live home page (just added, or its home awaiting
    clinical review) has no tree of its own yet: Wagtail then routes /es/… through
    the default language's pages, which would show English pages with Spanish
    menus and labels. Send the reader to the page's own address instead (302:
    the language's address works once its home page is published)."""
    if not is_multilingual():
        return None
    if _content_language(page_language(page)) == _content_language(get_language()):
        return None
    url = page.get_url(request)
    if not url:
        return None
    query = request.META.get("QUERY_STRING", "")
    return redirect(f"{url}?{query}" if query else url)
