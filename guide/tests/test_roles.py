"""Each role starts where its work is, and its menus list only what it uses."""

import json
import re

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from wagtail.contrib.forms.models import FormSubmission

from home.permissions import ensure_reception_group

pytestmark = pytest.mark.django_db

WAGTAIL_REPORTS = {
    "workflows",
    "workflow-tasks",
    "site-history",
    "aging-pages",
    "page-types-usage",
}


@pytest.fixture
def staff(home_page, article_index, contact_page, django_user_model):
    """make(role): a user in the Editors, Clinical reviewers or Reception group."""
    call_command("setup_clinical_review", stdout=None)
    ensure_reception_group()

    def make(group_name):
        user = django_user_model.objects.create_user(
            group_name.split()[-1].lower(), f"{group_name[:3]}@example.com", "pw"
        )
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


def menu(client, user) -> dict[str, str]:
    """The sidebar's items as {name: url}, submenus' items included."""
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    props = re.search(
        r'id="wagtail-sidebar-props"[^>]*>(.*?)</script>',
        response.content.decode(),
        re.S,
    )
    items = {}

    def walk(node):
        if isinstance(node, dict):
            args = node.get("_args") or [None]
            if isinstance(args[0], dict) and isinstance(args[0].get("name"), str):
                items[args[0]["name"]] = args[0].get("url", "")
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(props.group(1)))
    return items


def panel_ids(response) -> list[str]:
    """The dashboard's panels, in order."""
    return re.findall(
        r'<section class="w-panel[^"]*" id="([\w-]+)-section"',
        response.content.decode(),
    )


def dashboard(client, user):
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response


def test_editor_starts_at_home_with_add_import_and_their_drafts(
    client, staff, home_page, article_index, article_page
):
    editor = staff("Editors")
    draft = article_page(title="Sleep after treatment")
    draft.title = "Sleep after treatment (new wording)"
    draft.save_revision(user=editor)

    items = menu(client, editor)
    assert items["explorer"] == reverse("wagtailadmin_explore_root")
    assert "import-a-document" in items
    assert "clinical-reviews-due" in items
    assert not WAGTAIL_REPORTS & items.keys()
    # The page explorer opens at Home, not at the root that no URL reaches.
    response = client.get(reverse("wagtailadmin_explore_root"))
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_explore", args=[home_page.pk])
    response = client.get(response.url)
    assert "Pages created here will not be accessible" not in response.content.decode()

    response = dashboard(client, editor)
    html = response.content.decode()
    assert panel_ids(response)[0] == "start-here"
    add_url = reverse(
        "wagtailadmin_pages:add", args=["articles", "articlepage", article_index.pk]
    )
    assert f'href="{add_url}">Add article</a>' in html
    assert f'href="{reverse("articles_import")}">Import a document</a>' in html
    assert "Sleep after treatment (new wording)" in html
    assert reverse("wagtailadmin_pages:edit", args=[draft.pk]) in html


def test_reviewer_starts_with_what_waits_for_their_review(client, staff, article_page):
    editor, reviewer = staff("Editors"), staff("Clinical reviewers")
    page = article_page(title="Ketamine and sleep")
    page.save_revision(user=editor)
    page.get_workflow().start(page, editor)

    items = menu(client, reviewer)
    assert "clinical-reviews-due" in items
    assert not WAGTAIL_REPORTS & items.keys()
    assert "locked-pages" not in items
    response = dashboard(client, reviewer)
    assert panel_ids(response)[:2] == ["start-here", "awaiting-review"]
    html = " ".join(response.content.decode().split())
    assert "1 item waiting for your clinical review" in html
    assert "Ketamine and sleep" in html


def test_reception_starts_with_the_messages_and_sees_no_page_tree(
    client, staff, contact_page
):
    reception = staff("Reception")
    FormSubmission.objects.create(
        page=contact_page, form_data={"your_message": "Open on Saturdays?"}
    )

    items = menu(client, reception)
    assert "forms" in items
    assert not {"explorer", "reports", "clinical-reviews-due"} & items.keys()
    response = dashboard(client, reception)
    assert panel_ids(response) == ["start-here"]
    html = response.content.decode()
    assert "Messages from the contact form" in html
    assert reverse("wagtailforms:list_submissions", args=[contact_page.pk]) in html
    assert "Clinical reviews due" not in html


def test_administrator_keeps_every_report_and_the_clinic_settings(
    client, staff, admin_user
):
    items = menu(client, admin_user)
    assert WAGTAIL_REPORTS <= items.keys()
    html = dashboard(client, admin_user).content.decode()
    settings_url = reverse("wagtailsettings:edit", args=["home", "clinicsettings"])
    assert f'href="{settings_url}">Change the clinic\'s details</a>' in html
