"""wagtail-localize's Reports › Translations only where there is something to translate."""

from wagtail import hooks

from .links import is_multilingual


@hooks.register("construct_reports_menu")
def show_translations_report_to_translators(request, menu_items):
    """Hidden with one language, and from staff who may not translate (Reception)."""
    if is_multilingual() and request.user.has_perm(
        "wagtail_localize.submit_translation"
    ):
        return
    menu_items[:] = [item for item in menu_items if item.name != "translations"]
