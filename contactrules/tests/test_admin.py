"""In the admin: the error names the field and the text, and what was typed stays."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from pytest_django.asserts import assertContains
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from contactrules.models import TrustedSources
from faq.models import FAQ

pytestmark = pytest.mark.django_db

ADVERT = "Call our partner on +1 555 010 2030 or visit www.pharma-shop.example to order today"


def edit_data(page, **changes):
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "summary": page.summary,
            "key_points": streamfield([("point", "It is given by trained staff.")]),
            "body": streamfield([("paragraph", rich_text("<p>Plain words.</p>"))]),
            "references": streamfield([]),
            "tags": "",
            "related_articles": inline_formset([]),
            "next_review_due": "",
            **changes,
        }
    )


def test_an_advert_in_the_summary_is_refused_on_the_field_and_kept(
    admin_client, article_page
):
    page = article_page(summary="A plain summary.")

    response = admin_client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        {**edit_data(page, summary=ADVERT), "action-publish": "action-publish"},
    )

    assert response.status_code == 200
    form = response.context["form"]
    (message,) = form.errors["summary"]
    assert "Summary contains contact details that are not the clinic's" in message
    assert "“+1 555 010 2030”" in message
    assertContains(response, "www.pharma-shop.example to order today</textarea>")
    page.refresh_from_db()
    assert page.summary == "A plain summary."
    assert page.get_latest_revision().as_object().summary == "A plain summary."


def test_a_vendor_address_or_number_typed_as_a_topic_is_refused_on_the_field_and_kept(
    admin_client, article_page
):
    """Topics are listed on the article page, so they are read like any text."""
    page = article_page(summary="A plain summary.")
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    typed = '"Mental health", "www.pharma-shop.example", "+1 555 010 2030"'

    response = admin_client.post(
        url, edit_data(page, summary="A new summary.", tags=typed)
    )

    assert response.status_code == 200
    (message,) = response.context["form"].errors["tags"]
    assert message.startswith(
        "Topics contains contact details that are not the clinic's: "
    )
    assert "the website “www.pharma-shop.example”" in message
    assert "the phone number “+1 555 010 2030”" in message
    assert "contact page" in message
    assertContains(response, "A new summary.")  # what was typed stays
    assertContains(response, "pharma-shop.example")
    assert page.get_latest_revision().as_object().summary == "A plain summary."
    assert not page.tags.exists()

    response = admin_client.post(
        url, edit_data(page, summary="A new summary.", tags='"Mental health", Pain')
    )
    assert response.status_code == 302
    page.refresh_from_db()
    draft = page.get_latest_revision().as_object()
    assert sorted(tag.name for tag in draft.tags.all()) == ["Mental health", "Pain"]


def test_an_advert_in_a_body_paragraph_is_refused_on_the_block(
    admin_client, article_page
):
    page = article_page(summary="A plain summary.")
    body = streamfield([("paragraph", rich_text(f"<p>{ADVERT}</p>"))])

    response = admin_client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        {**edit_data(page, body=body), "action-publish": "action-publish"},
    )

    assert response.status_code == 200
    (error,) = response.context["form"].errors.as_data()["body"]
    assert "the phone number “+1 555 010 2030” (in Body › Paragraph)" in " ".join(
        error.non_block_errors
    )
    assert list(error.block_errors) == [0]
    page.refresh_from_db()
    assert "partner" not in str(page.body.raw_data)


def test_an_advert_in_an_faq_answer_is_refused_and_kept(admin_client):
    response = admin_client.post(
        reverse("wagtailsnippets_faq_faq:add"),
        nested_form_data(
            {
                "question": "Where can I get it?",
                "answer": rich_text(f"<p>{ADVERT}</p>"),
                "slug": "",
            }
        ),
    )

    assert response.status_code == 200
    (message,) = response.context["form"].errors["answer"]
    assert "Answer contains contact details" in message
    assert "“www.pharma-shop.example”" in message
    assertContains(response, "pharma-shop.example to order today")
    assert not FAQ.objects.exists()


def test_a_vendor_number_in_the_urgent_notice_is_refused_in_settings(
    admin_client, clinic_settings
):
    url = reverse(
        "wagtailsettings:edit", args=["home", "clinicsettings", clinic_settings.site_id]
    )
    response = admin_client.post(
        url,
        {
            "clinic_name": "Riverside",
            "phone": "020 7946 0000",
            "emergency_number": "999",
            "urgent_advice_line": "NHS 111",
            "urgent_notice_enabled": "on",
            "urgent_notice_text": "Call 999, NHS 111, us on 020 7946 0000, or +1 555 010 2030.",
        },
    )

    assert response.status_code == 200
    (message,) = response.context["form"].errors["urgent_notice_text"]
    assert "“+1 555 010 2030”" in message and "999" not in message.split("“")[1]


def test_clinical_reviewers_edit_trusted_sources_editors_cannot(
    client, home_page, django_user_model
):
    call_command("setup_clinical_review", stdout=None)
    reviewer = django_user_model.objects.create_user("sam", "", "pw")
    reviewer.groups.add(Group.objects.get(name="Clinical reviewers"))
    editor = django_user_model.objects.create_user("robin", "", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    url = reverse(
        "wagtailsettings:edit",
        args=["contactrules", "trustedsources", home_page.get_site().pk],
    )

    client.force_login(reviewer)
    response = client.post(url, {"domains": "www.nhs.uk\nnice.org.uk"})
    assert response.status_code == 302
    assert TrustedSources.for_site(home_page.get_site()).domains.split() == [
        "www.nhs.uk",
        "nice.org.uk",
    ]

    client.force_login(editor)
    assert client.get(url).status_code in (302, 403)


def contact_edit_data(page, rows):
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": rich_text("<p>We reply within two working days.</p>"),
            "privacy_notice": rich_text("<p>Do not send medical details.</p>"),
            "thank_you_text": rich_text("<p>Thank you.</p>"),
            "form_fields": inline_formset(rows, initial=len(rows)),
            "to_address": "",
            "from_address": "",
            "subject": "",
        }
    )


def form_field_rows(page) -> list[dict]:
    return [
        {
            "id": field.pk,
            "label": field.label,
            "field_type": field.field_type,
            "required": "on" if field.required else "",
            "help_text": field.help_text,
            "choices": field.choices,
            "default_value": field.default_value,
        }
        for field in page.form_fields.all()
    ]


def test_an_advert_in_a_contact_form_field_is_refused_on_that_row_and_kept(
    admin_client, contact_page
):
    rows = form_field_rows(contact_page)
    rows[1]["help_text"] = f"Or write to us: {ADVERT}"

    response = admin_client.post(
        reverse("wagtailadmin_pages:edit", args=[contact_page.pk]),
        {**contact_edit_data(contact_page, rows), "action-publish": "action-publish"},
    )

    assert response.status_code == 200
    row_forms = response.context["form"].formsets["form_fields"].forms
    assert [bool(form.errors) for form in row_forms] == [
        False,
        True,
        False,
        False,
        False,
    ]
    (message,) = row_forms[1].errors["help_text"]
    assert "Help text contains contact details that are not the clinic's" in message
    assert "“+1 555 010 2030”" in message
    assert "“www.pharma-shop.example”" in message
    assertContains(response, "www.pharma-shop.example to order today")
    contact_page.refresh_from_db()
    assert [field.help_text for field in contact_page.form_fields.all()] == [""] * 5
    assert not contact_page.has_unpublished_changes


def test_the_clinics_own_number_in_a_contact_form_field_is_published(
    admin_client, clinic, contact_page
):
    rows = form_field_rows(contact_page)
    rows[1]["help_text"] = "We reply to this address, or phone 0800 000 0000."

    response = admin_client.post(
        reverse("wagtailadmin_pages:edit", args=[contact_page.pk]),
        {**contact_edit_data(contact_page, rows), "action-publish": "action-publish"},
    )

    assert response.status_code == 302
    assert contact_page.form_fields.all()[1].help_text == rows[1]["help_text"]
