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
from reviews.due import due_for_review
from reviews.models import Reviewer
from reviews.publishing import REFUSAL

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
    clinician,
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


ORIGINAL_UPDATED = REVIEWED + datetime.timedelta(days=30)


@pytest.fixture
def spanish_faq_page(faq_page, myths_page, spanish):
    """The FAQ and myths pages in Spanish, each showing a reviewed translation of
    a reviewed original (made from its review of REVIEWED)."""
    drive = [item.value["faqs"] for item in faq_page.body][0][0]
    card = [item.value["myths"] for item in myths_page.body][0][0]
    reviewed_by_code(drive)
    reviewed_by_code(card)
    faq_es = spanish_faq(drive, spanish, "¿Puedo volver a casa conduciendo?")
    card_es = card.copy_for_translation(spanish)
    card_es.myth = "Solo se usa como droga recreativa."
    card_es.save()
    reviewed_by_code(card_es)
    pages = {}
    for page, title in ((faq_page, "Preguntas frecuentes"), (myths_page, "Mitos")):
        translation = page.copy_for_translation(spanish, copy_parents=True)
        translation.title = title
        reviewed_by_code(translation)
        pages[page.pk] = translation
    return {
        "faq": drive,
        "faq_es": FAQ.objects.get(pk=faq_es.pk),
        "card": card,
        "card_es": type(card).objects.get(pk=card_es.pk),
        "faq_page_es": pages[faq_page.pk],
        "myths_page_es": pages[myths_page.pk],
    }


NOTE = "La versión en inglés de esta información se actualizó el"


def test_a_translated_faq_says_when_its_original_changed_until_re_reviewed(
    client,
    faq_page,
    spanish_faq_page,
    clinician,
    no_page_cache,  # the original's review is changed in the database below
):
    faq_es = spanish_faq_page["faq_es"]
    assert faq_es.translated_from_reviewed == REVIEWED
    spanish_url = spanish_faq_page["faq_page_es"].url
    assert NOTE not in client.get(spanish_url).content.decode()

    # The English answer has a newer clinical review.
    FAQ.objects.filter(pk=spanish_faq_page["faq"].pk).update(
        last_reviewed=ORIGINAL_UPDATED
    )

    html = client.get(spanish_url).content.decode()
    assert f"{NOTE} 3 de junio de 2026; estamos revisando esta traducción." in html
    assert "¿Puedo volver a casa conduciendo?" in html  # still shown, with the note
    assert "updated on" not in client.get(faq_page.url).content.decode()

    # Checked again by a clinical reviewer: the note goes.
    faq_es.save_revision(user=clinician).publish(user=clinician)
    assert NOTE not in client.get(spanish_url).content.decode()


def test_a_translated_myth_card_says_when_its_original_changed(
    client, spanish_faq_page
):
    card = spanish_faq_page["card"]
    type(card).objects.filter(pk=card.pk).update(last_reviewed=ORIGINAL_UPDATED)

    html = client.get(spanish_faq_page["myths_page_es"].url).content.decode()

    assert "Solo se usa como droga recreativa." in html
    assert f"{NOTE} 3 de junio de 2026" in html


def test_the_review_due_report_lists_a_faq_translation_behind_its_original_first(
    admin_client, spanish_faq_page
):
    FAQ.objects.filter(pk=spanish_faq_page["faq"].pk).update(
        last_reviewed=ORIGINAL_UPDATED
    )
    faq_es = spanish_faq_page["faq_es"]

    first = due_for_review()[0]
    assert first.obj == faq_es
    assert first.status_text == "Original updated on 3 June 2026: check the translation"

    html = admin_client.get(reverse("review_due_report")).content.decode()
    edit_url = reverse("wagtailsnippets_faq_faq:edit", args=[faq_es.pk])
    assert f'href="{edit_url}"' in html
    assert "Original updated on 3 June 2026: check the translation" in html
    assert html.index("Original updated on") < html.index("Not yet reviewed")
