"""Each configured language has a Wagtail Locale; a one-language site keeps its pages."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ImproperlyConfigured
from wagtail.models import Locale, Page

from clinic_site.settings.base import clinic_languages
from languages.locales import sync_locales


def test_the_default_configuration_is_one_language_with_its_locale(db, settings):
    assert [code for code, _ in settings.LANGUAGES] == [settings.LANGUAGE_CODE]
    assert Locale.objects.filter(language_code=settings.LANGUAGE_CODE).exists()
    assert (
        Page.objects.filter(depth__gt=1).exclude(locale=Locale.get_default()).count()
        == 0
    )


def test_a_new_language_gets_its_locale_and_running_again_changes_nothing(db, settings):
    settings.WAGTAIL_CONTENT_LANGUAGES = [("en-gb", "English"), ("es", "Spanish")]
    sync_locales(Locale)
    sync_locales(Locale)
    assert sorted(Locale.objects.values_list("language_code", flat=True)) == [
        "en-gb",
        "es",
    ]


def test_a_lone_locale_under_an_old_code_takes_the_new_default_code(db, settings):
    home = Page.objects.get(depth=2)
    settings.WAGTAIL_CONTENT_LANGUAGES = [("en", "English")]
    sync_locales(Locale)
    assert list(Locale.objects.values_list("language_code", flat=True)) == ["en"]
    home.refresh_from_db()
    assert home.locale.language_code == "en"


def test_languages_come_from_the_variable_default_first(monkeypatch):
    monkeypatch.setenv("CLINIC_LANGUAGES", " EN-GB , es,ar ")
    assert [code for code, _ in clinic_languages("CLINIC_LANGUAGES", "en")] == [
        "en-gb",
        "es",
        "ar",
    ]
    monkeypatch.setenv("CLINIC_LANGUAGES", "")
    assert clinic_languages("CLINIC_LANGUAGES", "en-gb") == [
        ("en-gb", "British English")
    ]


@pytest.mark.parametrize("value", ["en-gb,spanish", "en-gb,es,es"])
def test_a_bad_language_list_stops_start_up_with_one_sentence(monkeypatch, value):
    monkeypatch.setenv("CLINIC_LANGUAGES", value)
    with pytest.raises(ImproperlyConfigured, match=r"^CLINIC_LANGUAGES lists .*\.$"):
        clinic_languages("CLINIC_LANGUAGES", "en-gb")


def test_the_translations_report_is_only_offered_to_translators(
    client, django_user_model, languages
):
    editor = django_user_model.objects.create_user("ed", password="pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    reception = django_user_model.objects.create_user("rec", password="pw")
    reception.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    assert (
        "/admin/localize/reports/translations/"
        not in client.get("/admin/").content.decode()
    )
    languages("es")
    assert (
        "/admin/localize/reports/translations/"
        in client.get("/admin/").content.decode()
    )
    client.force_login(reception)
    assert (
        "/admin/localize/reports/translations/"
        not in client.get("/admin/").content.decode()
    )
