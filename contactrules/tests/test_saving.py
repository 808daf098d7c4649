"""The rule holds on every save and publish route that does not go through a form."""

import pytest
from django.core.exceptions import ValidationError
from modelcluster.models import get_all_child_relations
from wagtail.contrib.settings.registry import registry
from wagtail.models import Page, get_page_models
from wagtail.rich_text import RichText
from wagtail.snippets.models import get_snippet_models

from articles.models import ArticlePage
from contactrules.checking import checked_fields
from contactrules.models import ContactRuleChildMixin, ContactRuleMixin, TrustedSources
from faq.models import FAQ, MythCard
from home.models import ContactFormField, ContactPage
from reviews.models import Reviewer

pytestmark = pytest.mark.django_db

ADVERT = "Call our partner on +1 555 010 2030 or visit www.pharma-shop.example to order today"


def test_every_page_snippet_and_setting_model_carries_the_rule():
    models = [m for m in get_page_models() if m is not Page]
    models += list(get_snippet_models()) + list(registry)
    project = [m for m in models if not m.__module__.startswith("wagtail.")]
    assert {m.__name__ for m in project} >= {
        "ArticlePage", "FAQ", "MythCard", "Reviewer", "ClinicSettings", "ContactPage"
    }  # fmt: skip
    assert [m for m in project if not issubclass(m, ContactRuleMixin)] == []


def test_an_article_summary_with_the_advert_is_refused_naming_field_and_text(
    article_page,
):
    with pytest.raises(ValidationError) as refused:
        article_page(summary=ADVERT)

    errors = refused.value.message_dict
    assert list(errors) == ["summary"]
    assert (
        "Summary contains contact details that are not the clinic's"
        in errors["summary"][0]
    )
    assert "“+1 555 010 2030”" in errors["summary"][0]
    assert "“www.pharma-shop.example”" in errors["summary"][0]
    assert "contact page" in errors["summary"][0]
    assert "Trusted sources" in errors["summary"][0]
    assert not ArticlePage.objects.exists()


def test_a_body_paragraph_with_the_advert_is_refused(article_page):
    body = [("paragraph", RichText(f"<p>Good to know. {ADVERT}.</p>"))]
    with pytest.raises(ValidationError) as refused:
        article_page(body=body)

    (message,) = refused.value.message_dict["body"]
    assert message.startswith("Body contains contact details")
    assert "the phone number “+1 555 010 2030” (in Body › Paragraph)" in message


def test_a_link_in_a_reference_or_rich_text_is_checked_by_its_target(article_page):
    references = [
        ("reference", {"title": "Offers", "publisher": "", "authors": "",
                       "year": None, "link": "https://pharma-shop.example/buy",
                       "accessed": None})
    ]  # fmt: skip
    with pytest.raises(ValidationError, match="pharma-shop.example/buy"):
        article_page(references=references)
    body = [("paragraph", RichText('<p><a href="tel:+15550102030">Ring us</a></p>'))]
    with pytest.raises(ValidationError, match="tel:"):
        article_page(body=body)


def test_an_faq_answer_or_a_myth_source_with_contact_details_is_refused():
    with pytest.raises(ValidationError) as refused:
        FAQ.objects.create(
            question="Where can I buy it?", answer=f"<p>{ADVERT}</p>", live=True
        )
    assert "Answer contains contact details" in refused.value.message_dict["answer"][0]
    assert not FAQ.objects.exists()

    with pytest.raises(ValidationError, match="Source url"):
        MythCard.objects.create(
            myth="It is sold online.",
            fact="It is not.",
            source_url="https://pharma-shop.example/",
            live=True,
        )
    with pytest.raises(ValidationError, match="Credentials"):
        Reviewer.objects.create(name="Dr X", credentials="call 0800 123 4567")


def test_a_draft_faq_saved_from_code_cannot_be_published_with_contact_details():
    # A draft is not shown to patients; publishing it is where the rule holds.
    faq = FAQ.objects.create(question="Where can I buy it?", answer=f"<p>{ADVERT}</p>")

    with pytest.raises(ValidationError, match="pharma-shop"):
        faq.save_revision().publish()

    faq.refresh_from_db()
    assert not faq.live
    assert not FAQ.objects.filter(live=True).exists()


def test_trusted_sources_added_in_settings_are_allowed(home_page):
    with pytest.raises(ValidationError):
        MythCard.objects.create(
            myth="A",
            fact="B",
            source_url="https://bnf.nice.org.uk/drugs/ketamine/",
            live=True,
        )
    trusted = TrustedSources.for_site(home_page.get_site())
    trusted.domains = "www.nice.org.uk\nwho.int"
    trusted.full_clean()
    trusted.save()

    MythCard.objects.create(
        myth="A",
        fact="B",
        source_url="https://bnf.nice.org.uk/drugs/ketamine/",
        live=True,
    )


def test_trusted_sources_must_be_web_addresses(home_page):
    trusted = TrustedSources.for_site(home_page.get_site())
    trusted.domains = "nhs.uk\ncall 0800 123 4567"
    with pytest.raises(ValidationError, match="Not understood: call 0800 123 4567"):
        trusted.full_clean()


def test_clinic_settings_allow_their_own_numbers_but_no_vendor_number(
    clinic_settings,
):
    clinic_settings.phone = "020 7946 0000"
    clinic_settings.emergency_number = "999"
    clinic_settings.urgent_advice_line = "NHS 111"
    clinic_settings.urgent_notice_text = (
        "In danger? Call 999. Worried? Call NHS 111 or us on (020) 7946 0000."
    )
    clinic_settings.full_clean()
    clinic_settings.save()

    clinic_settings.urgent_notice_text = "Or call our partner on +1 555 010 2030."
    with pytest.raises(ValidationError) as refused:
        clinic_settings.save()
    assert "Urgent notice text" in refused.value.message_dict["urgent_notice_text"][0]
    clinic_settings.refresh_from_db()
    assert "partner" not in clinic_settings.urgent_notice_text


def test_numbers_allowed_by_clinic_settings_are_allowed_in_pages(
    clinic_settings, article_page
):
    clinic_settings.phone = "020 7946 0000"
    clinic_settings.email = "hello@riverside.example.org"
    clinic_settings.save()

    page = article_page(
        summary="Call us on +44 20 7946 0000 or write to team@riverside.example.org."
    )
    assert page.live


def test_publishing_from_code_refuses_a_revision_with_contact_details(article_page):
    page = article_page(summary="A plain summary.")
    page.summary = ADVERT
    revision = page.save_revision(clean=False)

    with pytest.raises(ValidationError, match="Summary"):
        revision.publish()

    page.refresh_from_db()
    assert page.summary == "A plain summary."


def test_publishing_a_revision_whose_topics_hold_contact_details_is_refused(
    article_page,
):
    page = article_page(summary="A plain summary.")
    page.tags.add("Pain", "Call 0800 555 0199 to order")
    revision = page.save_revision(clean=False)  # saved before the rule read topics

    with pytest.raises(ValidationError) as refused:
        revision.publish()

    (message,) = refused.value.message_dict["tags"]
    assert "Topics contains contact details" in message
    assert "“0800 555 0199”" in message
    assert not ArticlePage.objects.get(pk=page.pk).tags.exists()  # nothing went live


def test_reverting_to_an_old_revision_with_contact_details_cannot_publish_it(
    article_page,
):
    page = article_page(summary="A plain summary.")
    # A revision saved before the rule existed.
    page.summary = ADVERT
    old = page.save_revision(clean=False)
    page.summary = "A better summary."
    page.save_revision().publish()

    # What the admin's "Revert" + Publish does: publish a copy of the old revision.
    reverted = old.as_object()
    with pytest.raises(ValidationError, match="pharma-shop"):
        reverted.save_revision(previous_revision=old).publish()

    page.refresh_from_db()
    assert page.summary == "A better summary."


def test_an_offending_page_or_snippet_can_still_be_unpublished(article_page):
    page = article_page(summary="A plain summary.")
    ArticlePage.objects.filter(pk=page.pk).update(summary=ADVERT)
    page.refresh_from_db()

    page.unpublish()

    page.refresh_from_db()
    assert not page.live


def test_inline_rows_patients_read_are_read_with_their_parent():
    """Every inline row model with text (a contact form field) carries the rule
    and is listed by its parent, so publishing, the guard and the audit read it."""
    models = [m for m in get_page_models() if m is not Page]
    models += list(get_snippet_models()) + list(registry)
    rows = {
        (parent, relation.get_accessor_name()): relation.related_model
        for parent in models
        if not parent.__module__.startswith("wagtail.")
        for relation in get_all_child_relations(parent)
        if not relation.related_model.__module__.startswith(("wagtail.", "taggit."))
    }
    with_text = {key: row for key, row in rows.items() if checked_fields(row())}
    assert (ContactPage, "form_fields") in with_text
    for (parent, relation), row in with_text.items():
        assert issubclass(row, ContactRuleChildMixin), row
        assert relation in parent.contact_rule_child_relations, (parent, relation)


def test_contact_form_fields_are_read_when_publishing_and_saving(contact_page):
    fields = list(contact_page.form_fields.all())
    fields[1].help_text = "Or ring +1 555 010 2030."
    contact_page.form_fields = fields
    revision = contact_page.save_revision(clean=False)  # saved before the rule

    with pytest.raises(ValidationError) as refused:
        revision.publish()

    (message,) = refused.value.messages
    assert message.startswith(
        "Contact form field 2 (help text) contains contact details that are not "
        "the clinic's: the phone number “+1 555 010 2030”."
    )
    assert not ContactFormField.objects.filter(help_text__contains="555").exists()

    # The save guard: a field saved on its own, on the live page.
    field = ContactFormField.objects.filter(page=contact_page).first()
    field.choices = "Post\nwww.pharma-shop.example"
    with pytest.raises(ValidationError, match="pharma-shop"):
        field.save()
    # A draft page's fields may be saved (unpublishing must always work).
    contact_page.unpublish()
    field = ContactFormField.objects.get(pk=field.pk)
    field.choices = "Post\nwww.pharma-shop.example"
    field.save()
