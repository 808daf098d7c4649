"""The demo site in another language: each page, FAQ and myth card a translation of
its English original, published with its own translation review.

For every language in DEMO_TEXTS that the site is configured for
(CLINIC_LANGUAGES), the texts module mirrors `demo.content`: the same constants,
keys, slugs and structure, with the words translated. Whatever the module lacks
is skipped, so a partly written language loads what exists.

Each item is made with Wagtail's `copy_for_translation` (so it is linked to its
original: the language switcher finds it, and a newer review of the original is
noticed), filled with the translated texts and published by code with a review
stamp of its own: the demo reviewer, on the day the English was reviewed, made
from that English version (reviews/publishing.py). They are translations edited
in Wagtail's own editor, with the Clinical review workflow; wagtail-localize can
still translate any page into further languages.
"""

import importlib

from django.conf import settings
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

from home.models import ClinicWording
from richtext.text import clean_rich_text_fields

# Language code → module of demo texts in that language.
DEMO_TEXTS = {"es": "demo.content_es"}


def configured(code: str) -> str | None:
    """The site's variant of `code` if the site is configured for it, else None."""
    try:
        found = get_supported_content_language_variant(code)
    except LookupError:
        return None
    default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    return found if found != default and found.split("-")[0] == code else None


def load_translations(command, reviewer, english: dict) -> None:
    for code, module in DEMO_TEXTS.items():
        variant = configured(code)
        if variant is None:
            continue
        locale, _ = Locale.objects.get_or_create(language_code=variant)
        DemoTranslation(
            command, reviewer, locale, importlib.import_module(module)
        ).load(english)


class DemoTranslation:
    """One language's demo texts, loaded as translations of the English demo."""

    def __init__(self, command, reviewer, locale, texts):
        self.command = command
        self.reviewer = reviewer
        self.locale = locale
        self.texts = texts

    def text(self, name: str, default=None):
        return getattr(self.texts, name, default)

    def load(self, english: dict) -> None:
        faqs = self.snippets(english["faqs"], self.text("FAQS", []), "faqs")
        myths = self.snippets(english["myths"], self.text("MYTHS", []), "myths")
        home = self.page(english["home"], {})  # filled in last, like the English
        index = self.page(english["index"], self.text("ARTICLE_INDEX", {}))
        articles = []
        for item in self.text("ARTICLES", []):
            original = english["articles"].get(item["slug"])
            if original is None or index is None:
                continue
            fields = {
                "title": item["title"],
                "summary": item["summary"],
                "key_points": [("point", point) for point in item["key_points"]],
                "body": [
                    self.command.body_block(block, faqs, myths)
                    for block in item["body"]
                ],
                "references": self.command.references(item),
            }
            page = self.page(original, fields, review="articles", topics=item["topics"])
            articles.append(page)
        for item in self.text("MEDICINES", []):
            original = english["medicines"].get(item["slug"])
            if original is None or index is None:
                continue
            fields = {
                **{key: value for key, value in item.items() if key != "slug"},
                "care_cards": [
                    self.command.body_block(
                        ("care_cards", item["care_cards"]), faqs, myths
                    )
                ],
                "references": self.command.references(item),
            }
            self.page(original, fields, review="articles")
        self.page(english["a_to_z"], self.text("A_TO_Z", {}))
        faq_page = self.listing_page(
            english["faq_page"], self.text("FAQ_PAGE"), "faq_group", faqs, "faqs"
        )
        myths_page = self.listing_page(
            english["myths_page"], self.text("MYTHS_PAGE"), "myth_cards", myths, "myths"
        )
        contact = self.contact_page(english["contact"])
        self.page(english["search"], self.text("SEARCH", {}))
        for item in self.text("STANDARD_PAGES", []):
            original = english["standard_pages"].get(item["slug"])
            if original is not None:
                fields = {key: value for key, value in item.items() if key != "slug"}
                self.page(original, fields)
        self.clinic_wording()
        self.set_up_home(home, contact, articles, faq_page, myths_page)

    def stamp(self, obj, review: str) -> None:
        for field, value in self.command.review(self.reviewer, review).items():
            setattr(obj, field, value)

    def snippets(self, originals: dict, items: list, review: str) -> dict:
        """Translations of the English snippets by slug, published with their own review."""
        made = {}
        for item in items:
            original = originals.get(item["slug"])
            if original is None:
                continue
            existing = original.get_translation_or_none(self.locale)
            if existing is not None:
                made[item["slug"]] = existing
                continue
            translation = original.copy_for_translation(self.locale)
            for field, value in item.items():
                setattr(translation, field, value)
            self.stamp(translation, review)
            clean_rich_text_fields(translation)
            translation.save()
            translation.save_revision().publish()
            made[item["slug"]] = translation
            self.command.created.append(
                f"{translation._meta.verbose_name} “{translation}” ({self.locale})"
            )
        return made

    def page(self, original, fields: dict, review: str = "", topics=()):
        """The translation of `original` with `fields` set, published; None if its
        parent has no translation (its texts are missing)."""
        existing = original.get_translation_or_none(self.locale)
        if existing is not None:
            return existing.specific
        parent = original.get_parent()
        if not parent.is_root() and not parent.has_translation(self.locale):
            return None
        page = original.copy_for_translation(self.locale).specific
        for field, value in fields.items():
            setattr(page, field, value)
        if topics:
            page.tags.clear()
            page.tags.add(*topics)
        if review:
            self.stamp(page, review)
        clean_rich_text_fields(page)
        page.save_revision().publish()
        page.refresh_from_db()
        self.command.created.append(f"page “{page.title}” ({self.locale})")
        return page

    def listing_page(self, original, texts, block_type, chosen, review):
        if texts is None:
            return None
        key = "faqs" if block_type == "faq_group" else "myths"
        groups = [
            (
                block_type,
                {
                    "heading": group["heading"],
                    key: [chosen[slug] for slug in group[key] if slug in chosen],
                },
            )
            for group in texts["groups"]
        ]
        fields = {"title": texts["title"], "intro": texts["intro"], "body": groups}
        return self.page(original, fields, review=review)

    def contact_page(self, original):
        texts = self.text("CONTACT_PAGE")
        if texts is None:
            return None
        labels = self.text("CONTACT_FORM_FIELDS", {})
        existing = original.get_translation_or_none(self.locale)
        if existing is not None:
            return existing.specific
        page = original.copy_for_translation(self.locale).specific
        for field, value in texts.items():
            setattr(page, field, value)
        fields = list(page.form_fields.all())
        for form_field in fields:
            form_field.label = labels.get(form_field.label, form_field.label)
            form_field.help_text = labels.get(
                form_field.help_text, form_field.help_text
            )
        page.form_fields = fields  # kept by the revision, saved on publishing
        clean_rich_text_fields(page)
        page.save_revision().publish()
        page.refresh_from_db()
        self.command.created.append(f"page “{page.title}” ({self.locale})")
        return page

    def clinic_wording(self) -> None:
        wording = self.text("CLINIC_WORDING", {})
        fields = {
            field.name: wording[field.name]
            for field in ClinicWording._meta.get_fields()
            if field.name in wording
        }
        if fields and not ClinicWording.objects.filter(locale=self.locale).exists():
            ClinicWording.objects.create(locale=self.locale, **fields)
            self.command.created.append(f"clinic wording ({self.locale})")

    def set_up_home(self, home, contact, articles, faq_page, myths_page) -> None:
        texts = self.text("HOME")
        if home is None or texts is None:
            return
        # Fresh from the database: its children were added since (numchild).
        home = type(home).objects.get(pk=home.pk)
        home.title = texts["title"]
        home.intro = texts["intro"]
        home.contact_page = contact
        home.contact_cta_text = texts["contact_cta_text"]
        home.featured_heading = texts["featured_heading"]
        home.featured_articles.set(
            [home.featured_articles.model(page=article) for article in articles]
        )
        home.signposts = [
            ("signpost", {"page": page, "title": "", "text": texts[teaser]})
            for page, teaser in [(faq_page, "faq_teaser"), (myths_page, "myths_teaser")]
            if page is not None
        ]
        clean_rich_text_fields(home)
        home.save_revision().publish()
