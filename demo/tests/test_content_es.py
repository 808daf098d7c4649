"""The Spanish demo content mirrors the English exactly, and only its words differ.

A translation that lost a FAQ, swapped a slug, dropped a list item or a bold
warning, renumbered a citation or left a sentence in English would show patients
something other than what the clinician reviewed in English.
"""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.db import models

from demo import content as en
from demo import content_es as es
from demo.management.commands.load_demo_content import CONTACT_FORM_FIELDS
from home.models import ClinicSettings

# Pages whose English is written inline in load_demo_content (demo.content's own
# constant of the same name takes over if the wording moves there).
INLINE_ENGLISH = {
    "ARTICLE_INDEX": {
        "title": "Health information",
        "intro": "<p>Plain-language articles about the treatments the clinic offers.</p>",
    },
    "A_TO_Z": {
        "title": "A to Z",
        "intro": "<p>Every article and medicine on this website, in alphabetical order.</p>",
    },
    "SEARCH": {
        "title": "Search",
        "intro": "Search the articles, questions and myth cards on this website.",
    },
}
# Translated as whole constants, in the same shape as demo.content's.
MIRRORED = [
    "HOME",
    "FAQS",
    "FAQ_PAGE",
    "MYTHS",
    "MYTHS_PAGE",
    "ARTICLES",
    "MEDICINES",
    "CONTACT_PAGE",
    "STANDARD_PAGES",
]
# Clinic settings' text fields that come with wording of their own.
CLINIC_DEFAULTS = {
    field.name: field.default
    for field in ClinicSettings._meta.get_fields()
    if isinstance(field, models.CharField | models.TextField)
    and isinstance(field.default, str)
    and field.default
}
FORM_TEXTS = [
    text
    for field in CONTACT_FORM_FIELDS
    for text in (field["label"], field.get("help_text", ""))
    if text
]
# Patient-facing wording in the templates, as it reads there (checked below).
SITE_CHROME_ENGLISH = list(getattr(es, "SITE_CHROME", {}))
# Every constant the Spanish module must provide, and the English it translates.
TRANSLATED = {
    **{name: getattr(en, name) for name in MIRRORED},
    **{name: getattr(en, name, english) for name, english in INLINE_ENGLISH.items()},
    "REVIEWER_ROLE_ES": en.REVIEWER["role"],
    "CONTACT_FORM_FIELDS": {text: text for text in FORM_TEXTS},
    "CLINIC_WORDING": CLINIC_DEFAULTS,
    "SITE_CHROME": {text: text for text in SITE_CHROME_ENGLISH},
}

# Values that identify things rather than being read: equal in both languages.
NON_TEXT_KEYS = {
    "slug",
    "level",
    "style",
    "kind",
    "prescription_status",
    "references",
    "faqs",
    "myths",
}
# Texts that are the same word in both languages (proper nouns and the like).
SAME_IN_BOTH: set[str] = set()

PHONE = re.compile(r"\+?\d[\d ()./-]{6,}\d")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
WEB = re.compile(
    r"https?://|www\.|\b[\w-]+\.(com|net|org|io|co|uk|us|es|info|biz)\b", re.I
)
DOSE = re.compile(
    r"\d\s*(mg|mcg|µg|ml|microgram|microgramo|miligramo|mililitro|gramo|g/kg|mg/kg)",
    re.I,
)
ENGLISH_WORDS = re.compile(r"\b(the|and|your|you|with|this|that|for|are)\b", re.I)
BAD_ENTITY = re.compile(r"&(?!(amp|lt|gt|quot|nbsp|#\d+);)")


def texts(english, spanish, path):
    """(path, English, Spanish) for every text, checking the structure on the way."""
    if isinstance(english, dict):
        assert isinstance(spanish, dict), path
        assert spanish.keys() == english.keys(), path
        for key in english:
            if key in NON_TEXT_KEYS:
                assert spanish[key] == english[key], f"{path}.{key}"
            else:
                yield from texts(english[key], spanish[key], f"{path}.{key}")
    elif isinstance(english, tuple):
        # A body block: (block type, value).
        assert isinstance(spanish, tuple) and len(spanish) == len(english) == 2, path
        assert spanish[0] == english[0], path
        yield from texts(english[1], spanish[1], f"{path}[{english[0]}]")
    elif isinstance(english, list):
        assert isinstance(spanish, list), path
        assert len(spanish) == len(english), path
        for index, (one, other) in enumerate(zip(english, spanish, strict=True)):
            yield from texts(one, other, f"{path}[{index}]")
    elif isinstance(english, str):
        assert isinstance(spanish, str), path
        yield path, english, spanish
    else:
        assert spanish == english, path


def all_texts():
    return [
        item
        for name, english in TRANSLATED.items()
        for item in texts(english, getattr(es, name), name)
    ]


class Tags(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    def handle_endtag(self, tag):
        self.tags.append(f"/{tag}")


def tags(html):
    parser = Tags()
    parser.feed(html)
    parser.close()
    return parser.tags


def test_every_translated_constant_is_there():
    missing = [name for name in TRANSLATED if not hasattr(es, name)]
    assert not missing


@pytest.mark.parametrize("name", sorted(TRANSLATED))
def test_structure_matches_the_english(name):
    found = list(texts(TRANSLATED[name], getattr(es, name), name))
    assert found, name


def test_every_text_is_translated():
    for path, english, spanish in all_texts():
        if not english:
            assert spanish == "", path
        elif english not in SAME_IN_BOTH:
            assert spanish.strip(), path
            assert spanish != english, path
            assert not ENGLISH_WORDS.search(spanish), (path, spanish)


def test_rich_text_keeps_the_english_markup_and_valid_entities():
    for path, english, spanish in all_texts():
        assert tags(spanish) == tags(english), path
        assert not BAD_ENTITY.search(spanish), path


def test_citations_and_legal_facts_match_the_english():
    for path, english, spanish in all_texts():
        citations = re.compile(r"\[\d+\]")
        assert citations.findall(spanish) == citations.findall(english), path
        if re.search(r"\bUK\b", english):
            assert "Reino Unido" in spanish, path


def test_emergency_advice_is_kept_in_spanish_words():
    for path, english, spanish in all_texts():
        assert "A&" not in spanish and "A&amp;E" not in spanish, path
        if "A&amp;E" in english:
            assert "urgencias" in spanish, path
        if "emergency number" in english:
            assert "número de emergencias" in spanish, path


def test_no_doses_contact_details_or_links():
    spanish_texts = [spanish for _, _, spanish in all_texts()]
    assert spanish_texts
    for text in spanish_texts:
        plain = re.sub(r"<[^>]+>", " ", text)
        for pattern in (PHONE, EMAIL, WEB, DOSE):
            assert not pattern.search(plain), (pattern.pattern, plain)


def test_clinic_wording_fits_the_clinic_settings_fields():
    assert CLINIC_DEFAULTS, "Clinic settings have no default wording to translate"
    for name, spanish in es.CLINIC_WORDING.items():
        field = ClinicSettings._meta.get_field(name)
        if field.max_length:
            assert len(spanish) <= field.max_length, name


def test_site_chrome_is_wording_the_templates_show():
    templates = " ".join(
        " ".join(path.read_text().split())
        for path in Path(settings.BASE_DIR, "templates").rglob("*.html")
    )
    for english in es.SITE_CHROME:
        assert english in templates, english
