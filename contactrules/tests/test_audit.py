"""manage.py audit_contact_details: every offending place, live and draft."""

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from faq.models import FAQ
from home.models import ClinicSettings, ContactFormField

ADVERT = "Call our partner on +1 555 010 2030 or visit www.pharma-shop.example to order today"


def audit(capsys) -> tuple[int, str]:
    try:
        call_command("audit_contact_details")
    except CommandError as error:
        return error.returncode, capsys.readouterr().out + str(error)
    return 0, capsys.readouterr().out


@pytest.mark.django_db
def test_the_demo_site_passes_the_rule_and_the_audit_says_so(capsys):
    call_command("load_demo_content", stdout=None)
    assert Page.objects.filter(depth__gte=3).count() > 10
    capsys.readouterr()

    code, out = audit(capsys)

    assert code == 0, out
    assert out.strip() == (
        "No page, snippet, setting, promoted search result or redirect gives "
        "patients contact details that are not the clinic's own."
    )


def test_live_content_drafts_snippets_and_settings_are_listed(
    article_page, make_faq, clinic_settings, capsys
):
    live = article_page(title="Live advert")
    # Saved before the rule existed (or by SQL): the guard never saw it.
    type(live).objects.filter(pk=live.pk).update(summary=ADVERT)
    drafted = article_page(title="Clean live, advert in draft")
    drafted.summary = "Order from orders@pharma-shop.example."
    drafted.save_revision(clean=False)
    faq = make_faq()
    FAQ.objects.filter(pk=faq.pk).update(answer="<p>Ring 0800 123 4567.</p>")
    ClinicSettings.objects.filter(pk=clinic_settings.pk).update(
        urgent_notice_text="Call +1 555 010 2030 now."
    )

    code, out = audit(capsys)

    assert code == 1
    lines = out.splitlines()
    assert (
        f"Article “Live advert” (id {live.pk}), live, Summary: the phone number "
        "“+1 555 010 2030”" in lines
    )
    assert (
        f"Article “Live advert” (id {live.pk}), live, Summary: the website "
        "“www.pharma-shop.example”" in lines
    )
    revision = drafted.get_latest_revision()
    assert (
        f"Article “Clean live, advert in draft” (id {drafted.pk}), latest draft "
        f"(revision {revision.pk}), Summary: the email address "
        "“orders@pharma-shop.example”" in lines
    )
    assert (
        f"FAQ “{faq.question}” (id {faq.pk}), live, Answer: the phone number "
        "“0800 123 4567”" in lines
    )
    assert any(
        line.startswith("Clinic settings")
        and "Urgent notice text: the phone number “+1 555 010 2030”" in line
        for line in lines
    ), lines
    assert "5 contact detail(s)" in out


def test_contact_form_fields_are_listed_by_row_and_field(contact_page, capsys):
    field = contact_page.form_fields.all()[1]
    # Saved before the rule existed (or by SQL): the guard never saw it.
    ContactFormField.objects.filter(pk=field.pk).update(
        help_text="Or ring 0800 123 4567."
    )

    code, out = audit(capsys)

    assert code == 1
    assert (
        f"Contact page “{contact_page.title}” (id {contact_page.pk}), live, "
        "Contact form field 2 (help text): the phone number “0800 123 4567”"
    ) in out.splitlines()
