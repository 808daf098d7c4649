"""Each role starts where its work is and sees only the menus it uses."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import roles, views, wording
from .panels import StartPanel

# Reports only administrators need: how Wagtail itself is set up and used.
ADMIN_ONLY_REPORTS = {
    "workflows",
    "workflow-tasks",
    "site-history",
    "aging-pages",
    "page-types-usage",
    "locked-pages",
}


@hooks.register("register_admin_urls")
def register_guide_urls():
    return [path("guide/", views.guide, name="guide")]


@hooks.register("register_help_menu_item")
def register_guide_menu_item():
    return MenuItem(
        "How to use this admin",
        reverse("guide"),
        name="clinic-guide",
        icon_name="help",
        order=10,
    )


@hooks.register("construct_main_menu")
def show_each_role_its_menu(request, menu_items):
    if roles.reception_only(request.user):
        # Reception reads messages under Forms; the page tree is not their work.
        menu_items[:] = [item for item in menu_items if item.name != "explorer"]


@hooks.register("construct_reports_menu")
def hide_wagtail_reports_from_staff(request, menu_items):
    user = request.user
    if roles.is_admin(user):
        return
    hidden = set(ADMIN_ONLY_REPORTS)
    if not (roles.writes_pages(user) or roles.reviews_pages(user)):
        hidden.add("clinical-reviews-due")
    menu_items[:] = [item for item in menu_items if item.name not in hidden]


@hooks.register("construct_help_menu")
def hide_wagtail_news_from_staff(request, menu_items):
    if not roles.is_admin(request.user):
        menu_items[:] = [
            item for item in menu_items if not item.name.startswith("whats-new")
        ]


# After every app has added its panels (reviews adds "Clinical reviews due").
@hooks.register("construct_homepage_panels", order=100)
def start_each_role_at_its_work(request, panels):
    user = request.user
    panels.insert(0, StartPanel(user))
    if roles.reception_only(user):
        panels[:] = panels[:1]
        return
    for panel in panels:
        if panel.name == "workflow_objects_to_moderate":
            panel.order = 20  # what waits for this reviewer, right after "Start here"
    if not roles.is_admin(user):
        # "Your drafts" in "Start here" lists the pages still to be submitted.
        panels[:] = [panel for panel in panels if panel.name != "recent_edits"]


@hooks.register("construct_homepage_summary_items", order=100)
def no_site_summary_for_reception(request, summary_items):
    if roles.reception_only(request.user):
        summary_items.clear()


hooks.register("construct_page_action_menu", wording.relabel_publishing)
hooks.register("construct_snippet_action_menu", wording.relabel_publishing)
hooks.register("after_edit_page", wording.say_what_the_review_did)
