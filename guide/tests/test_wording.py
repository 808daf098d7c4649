"""The admin speaks of clinical review, and each action says what it records."""

import ast
import gettext
import re
from html import unescape
from pathlib import Path

import pytest
import wagtail
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Workflow
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from home.permissions import ensure_reception_group
from reviews.models import Reviewer

LOCALE = Path(__file__).parents[1] / "locale" / "en" / "LC_MESSAGES"
WAGTAIL = Path(wagtail.__file__).parent


def po_catalog(path: Path) -> dict[str, str]:
    """{msgid: msgstr} of a .po file (plain entries: no plurals or contexts)."""
    catalog, entry, key = {}, {}, None
    for line in [*path.read_text().splitlines(), ""]:
        if line.startswith(("msgid ", "msgstr ")):
            key, line = line.split(" ", 1)
            entry[key] = ""
        if line.startswith('"') and key:
            entry[key] += ast.literal_eval(line)
        elif not line.strip() and "msgstr" in entry:
            catalog[entry["msgid"]] = entry["msgstr"]
            entry, key = {}, None
    return catalog


def text(response_or_html) -> str:
    html = getattr(response_or_html, "content", response_or_html)
    html = html.decode() if isinstance(html, bytes) else str(html)
    html = re.sub(r"<script.*?</script>", "", html, flags=re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_the_committed_mo_file_is_built_from_the_po_file():
    wording = {k: v for k, v in po_catalog(LOCALE / "django.po").items() if k}
    with open(LOCALE / "django.mo", "rb") as mo:
        compiled = gettext.GNUTranslations(mo)._catalog
    compiled.pop("", None)  # the header
    assert compiled == wording, (
        "guide/locale/en/LC_MESSAGES/django.mo is out of date: run "
        "'cd guide && ../.venv/bin/python ../manage.py compilemessages -l en'"
    )


def test_every_replaced_wording_is_still_wagtails():
    """A Wagtail upgrade that rewords a message would silently bring it back."""
    wagtail_ids = set()
    for po in WAGTAIL.glob("**/locale/en/LC_MESSAGES/django.po"):
        wagtail_ids |= po_catalog(po).keys()
    missing = set(po_catalog(LOCALE / "django.po")) - wagtail_ids - {""}
    assert not missing, f"no longer in Wagtail, so no longer replaced: {missing}"


@pytest.fixture
def team(home_page, django_user_model):
    call_command("setup_clinical_review", stdout=None)
    editor = django_user_model.objects.create_user("robin", "robin@example.com", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    clinician = django_user_model.objects.create_user("sam", "sam@example.com", "pw")
    clinician.groups.add(Group.objects.get(name="Clinical reviewers"))
    Reviewer.objects.create(name="Dr Sam Example", credentials="MB ChB", user=clinician)
    return editor, clinician


def edit_data(page, **actions):
    return (
        nested_form_data(
            {
                "title": page.title,
                "slug": page.slug,
                "summary": page.summary,
                "key_points": streamfield([("point", "It is given by trained staff.")]),
                "body": streamfield(
                    [("paragraph", rich_text("<p>Only trained staff.</p>"))]
                ),
                "references": streamfield([]),
                "tags": "",
                "related_articles": inline_formset([]),
                "next_review_due": "",
            }
        )
        | actions
    )


@pytest.mark.django_db
def test_editor_submits_for_clinical_review_and_reviewer_sees_what_approval_records(
    client, team, article_page
):
    editor, clinician = team
    page = article_page(title="Ketamine and sleep")
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])

    client.force_login(editor)
    html = text(client.get(edit_url))
    assert "Submit for Clinical review" in html
    assert "moderation" not in html.lower()
    response = client.post(
        edit_url, edit_data(page, **{"action-submit": "1"}), follow=True
    )
    assert (
        "Page 'Ketamine and sleep' has been submitted for clinical review: "
        "it goes live when a clinical reviewer approves it."
    ) in text(response)

    client.force_login(clinician)
    dashboard = text(client.get(reverse("wagtailadmin_home")))
    assert "Waiting for your clinical review" in dashboard
    html = text(client.get(edit_url))
    assert "In clinical review" in html
    assert "Approve and publish as reviewed by Dr Sam Example today" in html
    assert "Publish as reviewed by Dr Sam Example today" in html
    assert "moderation" not in html.lower()

    response = client.post(
        edit_url,
        edit_data(
            page,
            **{"action-workflow-action": "1", "workflow-action-name": "approve"},
        ),
        follow=True,
    )
    html = text(response)
    assert (
        "Page 'Ketamine and sleep' approved and published. "
        "Review stamp: Dr Sam Example, MB ChB, last reviewed "
    ) in html
    assert "has been saved" not in html


@pytest.mark.django_db
def test_publishing_is_not_offered_without_a_reviewer_account(
    client, team, article_page, admin_user
):
    page = article_page()
    client.force_login(admin_user)
    raw = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content
    # A superuser who is not a clinical reviewer would be refused: no Publish button.
    assert b'name="action-submit"' in raw
    assert b'name="action-publish"' not in raw
    _, reviewer_user = team
    page.minor_edit = True
    page.save_revision()
    client.force_login(reviewer_user)
    html = text(client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])))
    assert "Publish as a minor edit (review dates kept)" in html


@pytest.mark.django_db
def test_reception_reads_yes_and_plain_page_types(
    client, contact_page, django_user_model
):
    ensure_reception_group()
    reception = django_user_model.objects.create_user("kim", "kim@example.com", "pw")
    reception.groups.add(Group.objects.get(name="Reception"))
    FormSubmission.objects.create(
        page=contact_page,
        form_data={
            "your_name": "Sam Patient",
            "i_agree_to_the_clinic_storing_this_message": True,
        },
    )
    client.force_login(reception)
    forms = text(client.get(reverse("wagtailforms:index")))
    assert "Contact page" in forms and "home.contactpage" not in forms
    listing = client.get(
        reverse("wagtailforms:list_submissions", args=[contact_page.pk])
    )
    cells = re.findall(r"<td[^>]*>\s*(.*?)\s*</td>", listing.content.decode(), re.S)
    assert "Yes" in cells and "True" not in cells


@pytest.mark.django_db
def test_faq_editor_offers_publishing_only_to_reviewers_and_says_what_it_records(
    client, team, make_faq, admin_user
):
    _, clinician = team
    faq = make_faq("Is it safe?", "<p>It is given by trained staff.</p>")
    edit_url = reverse("wagtailsnippets_faq_faq:edit", args=[faq.pk])
    add_url = reverse("wagtailsnippets_faq_faq:add")
    Workflow.objects.get(name="Clinical review").start(faq, admin_user)

    # A superuser who is not a clinical reviewer would be refused: not offered.
    client.force_login(admin_user)
    for url in (edit_url, add_url):
        raw = client.get(url).content
        assert b'name="action-publish"' not in raw
        assert b'data-workflow-action-name="approve"' not in raw
    assert b'name="action-submit"' in client.get(add_url).content

    client.force_login(clinician)
    html = text(client.get(edit_url))
    assert "Publish as reviewed by Dr Sam Example today" in html
    assert "Approve and publish as reviewed by Dr Sam Example today" in html
    assert "Publish as reviewed by Dr Sam Example today" in text(client.get(add_url))
