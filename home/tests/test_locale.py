"""The public pages' own wording in Spanish (home/locale/es), kept compiled."""

import gettext
import re
from pathlib import Path

import polib
import pytest
from django.template.loader import render_to_string
from django.utils import translation

from demo import content_es

LOCALE = Path(__file__).parents[1] / "locale" / "es" / "LC_MESSAGES"


def test_the_committed_mo_file_is_built_from_the_po_file():
    with open(LOCALE / "django.mo", "rb") as mo:
        compiled = gettext.GNUTranslations(mo)._catalog
    compiled.pop("", None)  # the header
    written = {}
    for entry in polib.pofile(str(LOCALE / "django.po")):
        key = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
        if entry.msgid_plural:
            for form, text in entry.msgstr_plural.items():
                written[(key, int(form))] = text
        elif entry.msgstr:
            written[key] = entry.msgstr
    assert compiled == written, (
        "home/locale/es/LC_MESSAGES/django.mo is out of date: run "
        "'cd home && ../.venv/bin/python ../manage.py compilemessages -l es'"
    )


def placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"%\(\w+\)s|\{\w+\}", text))


def test_every_string_is_translated_and_keeps_its_placeholders():
    for entry in polib.pofile(str(LOCALE / "django.po")):
        if entry.msgid_plural:
            translations = list(entry.msgstr_plural.values())
            assert len(translations) == 2, entry.msgid
        else:
            translations = [entry.msgstr]
        for translation_text in translations:
            assert translation_text, entry.msgid
            assert placeholders(translation_text) == placeholders(entry.msgid), (
                entry.msgid
            )


def test_the_site_wording_matches_the_spanish_demo_texts():
    """demo.content_es.SITE_CHROME was written with the demo's medical care."""
    catalog = polib.pofile(str(LOCALE / "django.po"))
    for english, spanish in content_es.SITE_CHROME.items():
        assert catalog.find(english).msgstr == spanish


@pytest.mark.django_db
def test_the_footer_and_urgent_notice_speak_the_visitors_language(clinic, rf):
    request = rf.get("/")
    context = {"settings": {"home": {"ClinicSettings": clinic}}}
    with translation.override("es"):
        footer = render_to_string("includes/footer.html", context, request=request)
        notice = render_to_string("includes/urgent_notice.html", {"clinic": clinic})
    assert "Aviso médico:" in footer
    assert "la información de este sitio web tiene solo fines educativos" in footer
    assert "¿Necesita ayuda urgente?" in notice
    with translation.override("en-gb"):
        footer = render_to_string("includes/footer.html", context, request=request)
    assert "Medical disclaimer:" in footer
