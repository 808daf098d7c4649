"""Admin additions: the "Import a document" menu item and buttons."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button, ListingButton

from .importer import views as import_views


@hooks.register("register_admin_urls")
def register_import_urls():
    return [
        path("articles/import/", import_views.upload, name="articles_import"),
        path(
            "articles/import/confirm/",
            import_views.confirm,
            name="articles_import_confirm",
        ),
    ]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(import_views.import_parents(request.user))


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        "Import a document",
        reverse("articles_import"),
        icon_name="doc-full-inverse",
        order=250,
    )


def import_button(button_class, page, user, priority: int):
    """'Import a document' under `page`, for users who may add articles there."""
    if import_views.can_import_under(page, user):
        yield button_class(
            "Import a document",
            url=f"{reverse('articles_import')}?parent={page.pk}",
            icon_name="doc-full-inverse",
            priority=priority,
        )


@hooks.register("register_page_listing_buttons")
def import_listing_button(page, user, next_url=None):
    yield from import_button(ListingButton, page, user, priority=20)


@hooks.register("register_page_header_buttons")
def import_header_button(page, user, view_name, next_url=None):
    yield from import_button(Button, page, user, priority=16)
