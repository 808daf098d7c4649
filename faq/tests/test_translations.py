"""FAQs and myth cards in a translated page: shown in the page's language, and
their own translations go through clinical review like any health content."""

import datetime

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation
from wagtail_localize.operations import TranslationCreator

from faq.blocks import live_items
from faq.models import FAQ
from home.models import ClinicWording
from reviews.models import Reviewer
from reviews.publishing import REFUSAL
from reviews.tests.test_workflow import (
    clinical_review,  # noqa: F401 (fixture)
    clinician,  # noqa: F401 (fixture)
)

pytestmark = pytest.mark.django_db

LANGUAGES = [("en-gb", "English"), ("es", "Spanish")]


@pytest.fixture
def spanish(settings, home_page):
    settings.LANGUAGES = LANGUAGES
    settings.WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
    return Locale.objects.get_or_create(language_code="es")[0]


REVIEWED = datetime.date(2026, 5, 4)


def reviewed_by_code(obj):
    """Publish `obj` with a review of its own, as code such as load_demo_content may."""
    obj.reviewer = Reviewer.objects.get_or_create(name="Dr Ana Ejemplo")[0]
    obj.last_reviewed = REVIEWED
    obj.save_revision().publish()


def spanish_faq(faq, locale, question, live=True):
    """A translation of `faq`, published with its own review if `live`."""
    translation = faq.copy_for_translation(locale)
    translation.question = question
    translation.answer = "<p>Respuesta revisada.</p>"
    translation.save()
    if live:
        reviewed_by_code(translation)
    return translation


def test_a_spanish_page_shows_each_chosen_faq_in_spanish_or_leaves_it_out(
    client, faq_page, spanish
):
    drive, strange = [item.value["faqs"] for item in faq_page.body][0]
    spanish_faq(drive, spanish, "¿Puedo volver a casa conduciendo?")
    spanish_faq(strange, spanish, "¿Me sentiré raro?", live=False)  # not approved
    spanish_page = faq_page.copy_for_translation(spanish, copy_parents=True)
    spanish_page.title = "Preguntas frecuentes"
    reviewed_by_code(spanish_page)

    html = client.get(spanish_page.url).content.decode()

    assert "¿Puedo volver a casa conduciendo?" in html
    assert "¿Me sentiré raro?" not in html  # its translation waits for review
    assert "Can I drive home afterwards?" not in html
    assert "Will I feel strange?" not in html  # no English in the Spanish page
    english = client.get(faq_page.url).content.decode()
    assert "Can I drive home afterwards?" in english
    assert "¿Puedo" not in english


def test_live_items_needs_no_query_when_the_page_and_its_faqs_share_a_language(
    faq_page, django_assert_num_queries
):
    faqs = [item.value["faqs"] for item in faq_page.body][0]
    with django_assert_num_queries(0):
        assert live_items(list(faqs), faq_page.locale_id) == list(faqs)


def test_publishing_a_faq_translation_in_the_translation_editor_needs_a_reviewer(
    client,
    make_faq,
    spanish,
    django_user_model,
    clinician,  # noqa: F811
):
    faq = make_faq()
    TranslationCreator(None, [spanish]).create_translations(faq)
    translation = Translation.objects.get(
        source__object_id=faq.translation_key, target_locale=spanish
    )
    po = translation.export_po()
    for entry in po:
        entry.msgstr = f"ES {entry.msgid}"
    translation.import_po(po)
    spanish_copy = FAQ.objects.get(translation_key=faq.translation_key, locale=spanish)
    assert not spanish_copy.live and spanish_copy.last_reviewed is None
    url = reverse("wagtailsnippets_faq_faq:edit", args=[spanish_copy.pk])
    admin = django_user_model.objects.create_superuser("ada", "a@example.com", "pw")

    client.force_login(admin)
    response = client.post(url, {"action": "publish"})
    assert response.status_code == 302
    assert any(REFUSAL in str(m) for m in response.wsgi_request._messages)
    assert not FAQ.objects.get(pk=spanish_copy.pk).live

    client.force_login(clinician)
    client.post(url, {"action": "publish"})
    published = FAQ.objects.get(pk=spanish_copy.pk)
    assert published.live and published.question.startswith("ES ")
    assert published.reviewer.name == "Dr Sam Example"
    assert published.translated_from_reviewed == faq.last_reviewed


def test_faq_page_structured_data_lists_the_pages_language(faq_page, spanish):
    drive, _ = [item.value["faqs"] for item in faq_page.body][0]
    spanish_faq(drive, spanish, "¿Puedo volver a casa conduciendo?")
    spanish_page = faq_page.copy_for_translation(spanish, copy_parents=True)
    names = [
        question["name"]
        for question in spanish_page.structured_data(None, None)[0]["mainEntity"]
    ]
    assert names == ["¿Puedo volver a casa conduciendo?"]


def test_clinic_wording_shows_in_its_language_and_falls_back_to_the_settings(
    client, clinic, faq_page, spanish
):
    spanish_page = faq_page.copy_for_translation(spanish, copy_parents=True)
    reviewed_by_code(spanish_page)
    ClinicWording.objects.create(
        locale=spanish, urgent_notice_text="Si está en peligro, pida ayuda ahora."
    )

    html = client.get(spanish_page.url).content.decode()
    assert "Si está en peligro, pida ayuda ahora." in html
    english = client.get(faq_page.url).content.decode()
    assert clinic.urgent_notice_text in english
    assert "Si está en peligro" not in english
