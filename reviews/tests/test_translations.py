"""Translations are health content: no route makes one live without a clinical
reviewer, each carries its own stamp, and a re-reviewed original is noticed.

The routes are exercised through the admin's real URLs (wagtail-localize's
translation editor, its "Update translations" page, Wagtail's workflow and bulk
publish) or, for code, Wagtail's own `revision.publish()`.
"""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.actions.publish_revision import PublishPermissionError
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator

from articles.models import ArticlePage
from conftest import messages_of
from home.models import StandardPage
from reviews.due import due_for_review
from reviews.models import Reviewer
from reviews.publishing import REFUSAL, UNREVIEWED_TRANSLATION
from reviews.translations import UNPUBLISHED_TRANSLATION_UPDATE
from reviews.wagtail_hooks import SUBMIT_TRANSLATION

from .test_workflow import (
    BODY,
    bulk_publish_url,
)

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate
ENGLISH_REVIEW = datetime.date(2026, 3, 2)
LANGUAGES = [("en-gb", "English"), ("es", "Spanish")]


@pytest.fixture
def spanish(settings, home_page):
    settings.LANGUAGES = LANGUAGES
    settings.WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
    return Locale.objects.get_or_create(language_code="es")[0]


@pytest.fixture
def english_article(article_page, spanish):
    reviewer = Reviewer.objects.create(name="Dr Jo Earlier")
    return article_page(
        body=BODY,
        summary="How the treatment is given.",
        reviewer=reviewer,
        last_reviewed=ENGLISH_REVIEW,
    )


@pytest.fixture
def superuser(clinical_review, django_user_model):
    """An administrator who is not a clinical reviewer."""
    return django_user_model.objects.create_superuser("ada", "ada@example.com", "pw")


def translate(page, locale, user=None):
    """Start a synced translation with wagtail-localize and fill in every string."""
    TranslationCreator(user, [locale]).create_translations(page)
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=locale
    )
    write_strings(translation)
    return translation, page.get_translation(locale).specific


def write_strings(translation, words="En español"):
    po = translation.export_po()
    for entry in po:
        entry.msgstr = f"{words}: {entry.msgid}"
    translation.import_po(po)


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def fresh(page):
    return type(page).objects.get(pk=page.pk)


def public_html(client, page) -> tuple[int, str]:
    client.logout()
    response = client.get(page.url)
    return response.status_code, " ".join(response.content.decode().split())


def test_a_new_translation_is_a_draft_without_its_originals_stamp(
    english_article, spanish
):
    translation, spanish_article = translate(english_article, spanish)

    assert not spanish_article.live
    assert (spanish_article.reviewer, spanish_article.last_reviewed) == (None, None)
    content = spanish_article.get_latest_revision().content
    assert content["reviewer"] is None and content["last_reviewed"] is None

    # Updating it from a changed original still copies no stamp.
    english_article.summary = "Changed."
    english_article.save_revision().publish()
    TranslationSource.update_or_create_from_instance(english_article)
    translation.save_target(publish=False)
    assert fresh(spanish_article).last_reviewed is None


@pytest.mark.parametrize("who", ["superuser", "editor"])
def test_publish_in_the_translation_editor_is_refused_to_a_non_reviewer(
    client, english_article, spanish, who, request
):
    user = request.getfixturevalue(who)
    _, spanish_article = translate(english_article, spanish)
    client.force_login(user)

    response = client.post(edit_url(spanish_article), {"action": "publish"})

    assert response.status_code == 302
    assert any(REFUSAL in message for message in messages_of(response))
    assert not fresh(spanish_article).live


def test_a_reviewer_publishing_in_the_translation_editor_records_a_translation_review(
    client,
    english_article,
    spanish,
    clinician,
):
    _, spanish_article = translate(english_article, spanish)
    client.force_login(clinician)

    response = client.post(edit_url(spanish_article), {"action": "publish"})

    assert response.status_code == 302
    page = fresh(spanish_article)
    assert page.live
    assert page.reviewer.name == "Dr Sam Example"
    assert page.last_reviewed == TODAY()
    assert page.translated_from_reviewed == ENGLISH_REVIEW
    assert page.translated_from_revision == english_article.live_revision_id
    assert fresh(english_article).last_reviewed == ENGLISH_REVIEW  # untouched
    status, html = public_html(client, page)
    assert status == 200
    assert "En español: How the treatment is given." in html
    assert "Traducción revisada por Dr Sam Example" in html
    assert f'el <time datetime="{TODAY().isoformat()}">' in html
    assert "Traducida de la versión en inglés revisada el" in html
    assert 'datetime="2026-03-02"' in html


def test_a_vendor_number_written_into_a_translation_is_named_and_not_published(
    client, english_article, spanish, clinician
):
    translation, spanish_article = translate(english_article, spanish)
    write_strings(translation, words="Llame al +1 555 010 2030")
    client.force_login(clinician)

    response = client.post(edit_url(spanish_article), {"action": "publish"})

    assert response.status_code == 302
    (message,) = messages_of(response)
    assert message.startswith("Not published. ")
    assert "Summary contains contact details that are not the clinic's" in message
    assert "the phone number “+1 555 010 2030”" in message
    assert "(in Body › Paragraph)" in message
    assert "link the clinic's contact page instead" in message
    assert not fresh(spanish_article).live

    # With the number taken out, the same button publishes it.
    write_strings(translation, words="Llame a la clínica")
    client.post(edit_url(spanish_article), {"action": "publish"})
    assert fresh(spanish_article).live


def test_a_refused_translation_keeps_wagtail_localizes_marks_on_its_strings(
    english_article, spanish, clinician
):
    """wagtail-localize marks the string at fault, for its editor to show."""
    translation, _ = translate(english_article, spanish)
    write_strings(translation, words="Llame al +1 555 010 2030")

    with pytest.raises(ValidationError):
        translation.save_target(user=clinician, publish=True)

    summary = StringTranslation.objects.get(locale=spanish, context__path="summary")
    assert summary.has_error
    assert "the phone number “+1 555 010 2030”" in summary.get_error()


@pytest.fixture
def live_spanish(client, english_article, spanish, clinician):
    translation, spanish_article = translate(english_article, spanish)
    client.force_login(clinician)
    client.post(edit_url(spanish_article), {"action": "publish"})
    client.logout()
    return translation, fresh(spanish_article)


def test_saving_a_draft_translation_leaves_what_patients_read(client, live_spanish):
    translation, page = live_spanish
    write_strings(translation, words="Sin revisar")

    translation.save_target(publish=False)

    stored = fresh(page)
    assert stored.live
    assert stored.summary.startswith("En español")
    assert stored.get_latest_revision().content["summary"].startswith("Sin revisar")
    status, html = public_html(client, stored)
    assert "Sin revisar" not in html


def test_update_translations_with_publish_ticked_by_a_non_reviewer_publishes_nothing(
    client, live_spanish, english_article, superuser
):
    translation, page = live_spanish
    write_strings(translation, words="Sin revisar")
    source = translation.source
    client.force_login(superuser)

    response = client.post(
        reverse("wagtail_localize:update_translations", args=[source.pk]),
        {"publish_translations": "on"},
    )

    assert response.status_code == 302
    assert UNPUBLISHED_TRANSLATION_UPDATE in messages_of(response)
    status, html = public_html(client, page)
    assert "Sin revisar" not in html
    assert fresh(page).reviewer.name == "Dr Sam Example"


def test_publishing_a_translation_from_code_needs_a_review_of_its_own(
    english_article, spanish
):
    _, spanish_article = translate(english_article, spanish)
    translation_source = TranslationSource.objects.get(
        object_id=english_article.translation_key
    )
    revision = spanish_article.get_latest_revision()

    with pytest.raises(PublishPermissionError, match=UNREVIEWED_TRANSLATION[:40]):
        revision.publish()
    with pytest.raises(PublishPermissionError):
        translation_source.create_or_update_translation(spanish, fallback=True)
    assert not fresh(spanish_article).live

    # Code that records the translation's own review (as load_demo_content does).
    reviewer = Reviewer.objects.create(name="Dr Ana Ejemplo")
    spanish_article.reviewer = reviewer
    spanish_article.last_reviewed = TODAY()
    spanish_article.save_revision().publish()
    page = fresh(spanish_article)
    assert page.live and page.reviewer == reviewer
    assert page.translated_from_reviewed == ENGLISH_REVIEW

    # Published again by code with the same stamp: refused, the text may have changed.
    with pytest.raises(PublishPermissionError):
        page.save_revision().publish()


def test_translator_submits_from_the_translation_editor_and_a_reviewer_approves(
    client,
    english_article,
    spanish,
    editor,
    clinician,
):
    _, spanish_article = translate(english_article, spanish, user=editor)
    client.force_login(editor)
    editor_page = client.get(edit_url(spanish_article))
    assert editor_page.status_code == 200
    assert SUBMIT_TRANSLATION in editor_page.content.decode()

    response = client.post(edit_url(spanish_article), {SUBMIT_TRANSLATION: "1"})

    assert response.status_code == 302
    assert any("Submitted to Clinical review" in m for m in messages_of(response))
    page = fresh(spanish_article)
    assert not page.live
    task_state = page.current_workflow_state.current_task_state
    client.force_login(clinician)
    response = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, "approve", task_state.pk],
        ),
        {"comment": "Checked against the English."},
    )
    assert response.status_code == 302
    page = fresh(page)
    assert page.live
    assert (page.reviewer.name, page.last_reviewed) == ("Dr Sam Example", TODAY())
    assert page.translated_from_reviewed == ENGLISH_REVIEW


def test_bulk_publish_of_a_translation_by_a_non_reviewer_is_refused(
    client, english_article, spanish, superuser
):
    _, spanish_article = translate(english_article, spanish)
    client.force_login(superuser)

    response = client.post(bulk_publish_url(spanish_article), {})

    assert response.status_code == 302
    assert any(REFUSAL in message for message in messages_of(response))
    assert not fresh(spanish_article).live


def test_a_newer_review_of_the_original_puts_the_translation_in_the_due_report(
    client,
    live_spanish,
    english_article,
    clinician,
    superuser,
):
    _, page = live_spanish
    assert not [item for item in due_for_review() if item.obj.pk == page.pk]
    status, html = public_html(client, page)
    assert "estamos revisando esta traducción" not in html

    # Reviewed in English later: a clinical review recorded on a later day.
    english = fresh(english_article)
    english.summary = "New guidance."
    english.save_revision().publish(user=clinician)
    ArticlePage.objects.filter(pk=english.pk).update(
        last_reviewed=TODAY() + datetime.timedelta(days=1)
    )

    due = [item for item in due_for_review() if item.obj.pk == page.pk]
    assert [item.status for item in due] == ["original_updated"]
    assert due[0].status_text.startswith("Original updated on")
    assert "(Spanish)" in due[0].title or "(español)" in due[0].title.lower()
    client.force_login(superuser)
    report = client.get(reverse("review_due_report"))
    assert "Original updated on" in report.content.decode()
    status, html = public_html(client, page)
    assert "La versión en inglés de esta página se actualizó el" in html
    assert "estamos revisando esta traducción" in html

    # Reviewed again as a translation: the notice and the report entry go.
    page.save_revision().publish(user=clinician)
    assert not [item for item in due_for_review() if item.obj.pk == page.pk]


def test_review_reminders_list_a_translation_whose_original_changed(
    live_spanish,
    english_article,
    editor,
    mailoutbox,
):
    _, page = live_spanish
    type(page).objects.filter(pk=page.pk).update(owner=editor)
    ArticlePage.objects.filter(pk=english_article.pk).update(
        last_reviewed=TODAY() + datetime.timedelta(days=1)
    )

    call_command("send_review_reminders", stdout=None)

    assert any(page.title in message.body for message in mailoutbox)


def test_setup_gives_each_languages_home_page_the_workflow_and_permissions(
    live_spanish,
    spanish,
    editor,
):
    _, page = live_spanish
    spanish_home = page.get_parent().get_parent()
    assert spanish_home.locale == spanish
    call_command("setup_clinical_review", stdout=None)
    assert spanish_home.get_workflow().name == "Clinical review"
    assert page.permissions_for_user(editor).can_edit()
    assert not page.permissions_for_user(editor).can_publish()
    assert editor.has_perm("wagtail_localize.submit_translation")
    assert (
        Group.objects.get(name="Editors")
        .page_permissions.filter(page=spanish_home)
        .exists()
    )


def test_saving_a_draft_of_a_translated_standard_page_leaves_what_patients_read(
    client, home_page, spanish
):
    """Not health content, but still only what is published reaches patients."""
    page = home_page.add_child(
        instance=StandardPage(title="About us", slug="about-us", intro="Who we are.")
    )
    page.save_revision().publish()
    translation, spanish_page = translate(page, spanish)
    translation.save_target(publish=True)
    assert "En español: Who we are." in public_html(client, fresh(spanish_page))[1]
    write_strings(translation, words="Sin publicar")

    translation.save_target(publish=False)

    stored = fresh(spanish_page)
    assert stored.live
    assert stored.get_latest_revision().content["intro"].startswith("Sin publicar")
    status, html = public_html(client, stored)
    assert status == 200
    assert "En español: Who we are." in html
    assert "Sin publicar" not in html
