"""Health articles and the index that lists them."""

import math
import string
import unicodedata

from django.core.paginator import Paginator
from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from contactrules.forms import ContactRulePageForm
from contactrules.models import ContactRuleMixin
from faq.structured_data import faq_page, faqs_in
from pagecache.cache import cached_for_generation
from reviews.models import ReviewedPageMixin
from reviews.structured_data import health_page
from richtext.text import plain_text
from seo.models import ShareImageMixin
from seo.structured_data import web_page

from .blocks import (
    BODY_FEATURES,
    ArticleBodyStreamBlock,
    CareCardsStreamBlock,
    KeyPointsStreamBlock,
    ReferencesStreamBlock,
)
from .contents import RESERVED_ANCHORS, fill_heading_anchors, stream_sections
from .panels import ImportDocumentPanel
from .structured_data import drug

WORDS_PER_MINUTE = 200


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ArticleIndexPage(ContactRuleMixin, ShareImageMixin, Page):
    """Lists the published articles, newest first, with a filter by topic."""

    intro = RichTextField(
        features=["bold", "italic", "link"],
        blank=True,
        help_text="A sentence or two above the list of articles.",
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    description_fields = ("intro",)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["articles.ArticlePage", "articles.MedicinePage"]
    max_count = 1

    articles_per_page = 10

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # What the list shows changes only when something is published (or a
        # page made private), so it is worked out once per page-cache
        # generation; a page of articles then costs one query.
        listing = cached_for_generation(f"article-index:{self.pk}", self.listing)
        topic = next(
            (tag for tag in listing["topics"] if tag.slug == request.GET.get("topic")),
            None,
        )
        ids = listing["articles"][topic.slug] if topic else listing["articles"][""]
        articles = Paginator(ids, self.articles_per_page).get_page(
            request.GET.get("page")
        )
        pages = (
            ArticlePage.objects.live()
            .filter(pk__in=articles.object_list)
            .defer_streamfields()
            .in_bulk()
        )
        articles.object_list = [pages[pk] for pk in articles.object_list if pk in pages]
        context["topics"] = listing["topics"]
        context["current_topic"] = topic
        context["articles"] = articles
        context["medicines"] = listing["medicines"]
        return context

    def listing(self) -> dict:
        """The topics, the live public articles' ids newest first (all, and per
        topic slug) and the medicine pages, in five queries."""
        private = Page.objects.all().private_q()  # one query: the restricted pages
        articles = list(
            ArticlePage.objects.child_of(self)
            .live()
            .exclude(private)
            .order_by("-first_published_at", "-pk")
            .values_list("pk", flat=True)
        )
        links = ArticlePageTag.objects.filter(content_object_id__in=articles)
        topics = list(
            ArticlePageTag.tag_model()
            .objects.filter(pk__in=links.values("tag_id"))
            .order_by("name")
        )
        slugs_of = {}
        for article_id, slug in links.values_list("content_object_id", "tag__slug"):
            slugs_of.setdefault(article_id, set()).add(slug)
        by_topic = {"": articles}
        for tag in topics:
            by_topic[tag.slug] = [
                pk for pk in articles if tag.slug in slugs_of.get(pk, ())
            ]
        medicines = list(
            MedicinePage.objects.child_of(self)
            .live()
            .exclude(private)
            .order_by("title")
            .defer_streamfields()
        )
        return {"topics": topics, "articles": by_topic, "medicines": medicines}

    def structured_data(self, request, clinic) -> list[dict]:
        return [web_page(self, request, clinic, "CollectionPage")]


class HealthInformationPage(ContactRuleMixin, ReviewedPageMixin, ShareImageMixin, Page):
    """What articles and medicine pages share: a summary, references, a contents
    list, clinical review, and their place under the article index."""

    summary = models.TextField(
        max_length=400,
        help_text=(
            "Two or three plain sentences saying what the page covers (for a medicine: "
            "what it is and what it is for). Shown first on the page, on cards and in "
            "search results."
        ),
    )
    references = StreamField(
        ReferencesStreamBlock(),
        blank=True,
        use_json_field=True,
        help_text=(
            "The sources this page is based on, listed after it and numbered in this "
            "order. Cite one in the text by typing its number in square brackets, "
            "such as [1]."
        ),
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.FilterField("first_published_at"),
    ]

    description_fields = ("summary",)
    # Health information: an article to link previews, an overview to search.
    og_type = "article"
    search_kind = "article"

    parent_page_types = ["articles.ArticleIndexPage"]
    subpage_types = []

    class Meta:
        abstract = True

    @property
    def search_summary(self) -> str:
        return self.summary

    def contents_entries(self) -> list[dict]:
        """The page's own sections for 'On this page': text, anchor and level."""
        raise NotImplementedError

    @property
    def table_of_contents(self) -> list[dict]:
        entries = self.contents_entries()
        if self.references:
            entries.append(
                {"text": _("References"), "anchor": "references", "level": "h2"}
            )
        return entries


class ArticlePage(HealthInformationPage):
    """A plain-language health article with sections, FAQs and myth cards."""

    # Summary: HealthInformationPage.summary
    key_points = StreamField(
        KeyPointsStreamBlock(),
        blank=True,
        use_json_field=True,
        help_text="The 'At a glance' box: three to five key facts a reader should take away.",
    )
    # Body
    body = StreamField(
        ArticleBodyStreamBlock(),
        use_json_field=True,
        help_text="The article. Start each section with a heading; they make the 'On this page' list.",
    )
    reading_time = models.PositiveSmallIntegerField(
        default=1,
        editable=False,
        help_text="Minutes to read the article, worked out when it is saved.",
    )
    # References: HealthInformationPage.references
    # Topics and related
    tags = ClusterTaggableManager(
        through=ArticlePageTag,
        blank=True,
        verbose_name="topics",
        help_text="Topics this article is about, for example 'Mental health' or 'Pain'.",
    )

    base_form_class = ContactRulePageForm  # checks the typed topics too

    content_panels = [
        ImportDocumentPanel(),
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("summary"), FieldPanel("key_points")], heading="At a glance"
        ),
        FieldPanel("body"),
        FieldPanel("references"),
        MultiFieldPanel(
            [
                FieldPanel("tags"),
                InlinePanel("related_articles", label="Related article"),
            ],
            heading="Topics and related articles",
        ),
        *ReviewedPageMixin.review_panels,
    ]

    search_fields = [
        *HealthInformationPage.search_fields,
        index.SearchField("key_points"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = "article"

    related_articles_shown = 3

    def clean(self):
        super().clean()
        fill_heading_anchors(self.body)
        self.reading_time = self.count_reading_time()

    @property
    def body_sections(self) -> list[tuple]:
        """(block, contents entry or None) for each body block, for the template."""
        return stream_sections(self.body, set(RESERVED_ANCHORS))

    def contents_entries(self) -> list[dict]:
        return [entry for _, entry in self.body_sections if entry]

    def count_reading_time(self) -> int:
        """Minutes to read the summary, key points and body, at least one."""
        text = " ".join(
            [
                self.summary,
                *self.key_points.stream_block.get_searchable_content(self.key_points),
                *self.body.stream_block.get_searchable_content(self.body),
            ]
        )
        return max(1, math.ceil(len(text.split()) / WORDS_PER_MINUTE))

    def get_related_articles(self) -> list["ArticlePage"]:
        """Editor-chosen related articles, else the newest sharing a topic."""
        chosen_ids = list(self.related_articles.values_list("page_id", flat=True))
        if chosen_ids:
            pages = (
                Page.objects.live().public().filter(pk__in=chosen_ids).specific()
            ).in_bulk()
            chosen = [pages[pk] for pk in chosen_ids if pk in pages]
            if chosen:
                return chosen
        return list(
            ArticlePage.objects.live()
            .public()
            .filter(tags__in=self.tags.all())
            .exclude(pk=self.pk)
            .distinct()
            .order_by("-first_published_at")[: self.related_articles_shown]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lazily: the article template keeps its rendered part until the next
        # change (pagecache_tags.cached_part), and then needs neither.
        context["related_articles"] = self.get_related_articles
        context["first_image_id"] = SimpleLazyObject(self.first_body_image_id)
        return context

    def first_body_image_id(self) -> int | None:
        first_image = self.first_body_image()
        return first_image[0].pk if first_image else None

    def first_body_image(self) -> tuple | None:
        """(image, alt text) of the body's first image, for link previews; or None."""
        for block in self.body:
            if block.block_type == "image" and block.value["image"]:
                alt = block.value["alt_text"]
                return block.value[
                    "image"
                ], "" if alt.strip().lower() == "decorative" else alt
        return None

    def structured_data(self, request, clinic) -> list[dict]:
        """A MedicalWebPage about its topics, and an FAQPage for its FAQ groups."""
        page = health_page(
            self,
            request,
            clinic,
            about=[{"@type": "Thing", "name": tag.name} for tag in self.tags.all()],
        )
        faqs = faqs_in(self.body, self.locale_id)
        return [page, faq_page(page["url"], faqs) if faqs else None]


class PrescriptionStatus(models.TextChoices):
    PRESCRIPTION_ONLY = "prescription_only", _("Prescription-only medicine")
    PHARMACY = "pharmacy", _("Pharmacy medicine (from a pharmacist, no prescription)")
    GENERAL_SALE = "general_sale", _("General sale (can be bought in shops)")


# The sections of a medicine page, in the order patients expect them:
# (field, heading). Empty sections are left out.
MEDICINE_SECTIONS = [
    ("what_it_is", _("What it is")),
    ("used_for", _("What it is used for")),
    ("how_it_works", _("How it works")),
    ("how_given", _("How it is given")),
    ("who_should_not_have_it", _("Who should not have it")),
    ("side_effects", _("Side effects")),
    ("interactions", _("Other medicines, alcohol and drugs")),
    ("pregnancy_breastfeeding", _("Pregnancy and breastfeeding")),
    ("legal_status", _("Legal status and prescriptions")),
]


def _section(help_text: str) -> RichTextField:
    return RichTextField(features=BODY_FEATURES, blank=True, help_text=help_text)


class MedicinePage(HealthInformationPage):
    """A medicine explained in fixed sections, with a 'Key facts' box first."""

    # Summary: HealthInformationPage.summary
    # Key facts
    medicine_type = models.CharField(
        max_length=120,
        blank=True,
        help_text="Key fact: what kind of medicine it is, for example 'Anaesthetic and painkiller'.",
    )
    given_as = models.CharField(
        max_length=160,
        blank=True,
        help_text="Key fact: how it is given, in a few words, for example 'Injection or drip, in hospital'.",
    )
    legal_status_summary = models.CharField(
        "legal status in brief",
        max_length=160,
        blank=True,
        help_text="Key fact: its legal status in a few words, for example 'Controlled drug in the UK'.",
    )
    prescription_status = models.CharField(
        max_length=20,
        choices=PrescriptionStatus.choices,
        blank=True,
        help_text="Key fact: how people can get it. Leave blank if it differs too much between countries.",
    )
    # Sections, in the order they are shown
    what_it_is = _section(
        "What the medicine is, in plain words, and any other names it has."
    )
    used_for = _section(
        "What it is used for, including uses that are not standard care yet."
    )
    how_it_works = _section("How it works in the body, simply explained.")
    how_given = _section(
        "How and where it is given, and who gives it. Do not give doses or dosing instructions."
    )
    who_should_not_have_it = _section(
        "Health conditions or situations in which it may not be suitable."
    )
    side_effects = _section("Common side effects, and how long they usually last.")
    serious_side_effects = _section(
        "Serious side effects that need urgent help. Shown as a 'Get help now' box "
        "with the emergency number from Clinic settings."
    )
    interactions = _section(
        "Other medicines, alcohol, drugs or foods that do not mix well with it."
    )
    pregnancy_breastfeeding = _section(
        "What is known about it in pregnancy and breastfeeding."
    )
    legal_status = _section(
        "Its legal status (for example a controlled drug) and whether it needs a prescription."
    )
    # Help and sources
    care_cards = StreamField(
        CareCardsStreamBlock(),
        blank=True,
        use_json_field=True,
        help_text="'When to get help' cards shown after the sections.",
    )
    # References: HealthInformationPage.references

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("medicine_type"),
                FieldPanel("given_as"),
                FieldPanel("legal_status_summary"),
                FieldPanel("prescription_status"),
            ],
            heading="Key facts",
        ),
        MultiFieldPanel(
            [FieldPanel(field) for field, _ in MEDICINE_SECTIONS[:5]]
            + [FieldPanel("side_effects"), FieldPanel("serious_side_effects")]
            + [FieldPanel(field) for field, _ in MEDICINE_SECTIONS[6:]],
            heading="Sections (empty ones are not shown)",
        ),
        FieldPanel("care_cards"),
        FieldPanel("references"),
        *ReviewedPageMixin.review_panels,
    ]

    search_fields = [
        *HealthInformationPage.search_fields,
        index.SearchField("medicine_type"),
        *[index.SearchField(field) for field, _ in MEDICINE_SECTIONS],
        index.SearchField("serious_side_effects"),
    ]

    class Meta:
        verbose_name = "medicine"

    def structured_data(self, request, clinic) -> list[dict]:
        """A MedicalWebPage about the medicine, and the medicine as a Drug."""
        medicine = drug(self, request)
        about = {"@type": "Drug", "@id": medicine["@id"], "name": medicine["name"]}
        return [health_page(self, request, clinic, about=about), medicine]

    @property
    def key_facts(self) -> list[tuple[str, str]]:
        """(label, value) pairs for the key facts that are filled in."""
        facts = [
            (_("Type of medicine"), self.medicine_type),
            (_("How it is given"), self.given_as),
            (_("Legal status"), self.legal_status_summary),
            (_("Prescription status"), self.get_prescription_status_display()),
        ]
        return [(label, value) for label, value in facts if value]

    @property
    def sections(self) -> list[dict]:
        """The sections with content, in order: heading, anchor, text and any urgent box."""
        sections = []
        for field, heading in MEDICINE_SECTIONS:
            text = getattr(self, field)
            serious = self.serious_side_effects if field == "side_effects" else ""
            if not (plain_text(text) or plain_text(serious)):
                continue
            sections.append(
                {
                    "heading": heading,
                    "anchor": slugify(heading),
                    "text": text if plain_text(text) else "",
                    "urgent": {
                        "kind": "urgent",
                        "title": _("Serious side effects: get help now"),
                        "text": serious,
                    }
                    if plain_text(serious)
                    else None,
                }
            )
        return sections

    @property
    def care_card_sections(self) -> list[tuple]:
        """(block, contents entry) for the care cards, after the sections' anchors."""
        taken = RESERVED_ANCHORS | {section["anchor"] for section in self.sections}
        return stream_sections(self.care_cards, taken)

    def contents_entries(self) -> list[dict]:
        return [
            {"text": section["heading"], "anchor": section["anchor"], "level": "h2"}
            for section in self.sections
        ] + [entry for _, entry in self.care_card_sections if entry]


class AToZPage(ContactRuleMixin, Page):
    """Every published article and medicine page by first letter, with letter links."""

    intro = RichTextField(
        features=["bold", "italic", "link"],
        blank=True,
        help_text="A sentence or two above the letters, for example what the list covers.",
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    search_fields = [*Page.search_fields, index.SearchField("intro")]

    description_fields = ("intro",)

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "A to Z page"

    other_letter = "#"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["letters"] = self.get_letters()
        return context

    def get_letters(self) -> list[dict]:
        """A to Z (then "#" for titles starting with a digit or symbol, if any),
        each with its entries sorted by title; letters may have no entries.
        Only pages in this page's language: a reader of the Spanish A to Z
        finds the Spanish pages."""
        entries = [
            {"page": page, "kind": kind}
            for model, kind in (
                (ArticlePage, _("Article")),
                (MedicinePage, _("Medicine")),
            )
            for page in model.objects.live().public().filter(locale_id=self.locale_id)
        ]
        entries.sort(key=lambda entry: entry["page"].title.casefold())
        groups = {letter: [] for letter in string.ascii_uppercase}
        for entry in entries:
            groups.setdefault(first_letter(entry["page"].title), []).append(entry)
        return [
            {
                "letter": letter,
                "anchor": "letter-"
                + ("other" if letter == self.other_letter else letter.lower()),
                "entries": found,
            }
            for letter, found in groups.items()
            if found or letter != self.other_letter
        ]


def first_letter(title: str) -> str:
    """The A-Z letter a title is listed under ("Émile" under E), or "#"."""
    for char in unicodedata.normalize("NFKD", title.strip()):
        if char.isalnum():
            char = char.upper()
            return char if char in string.ascii_uppercase else AToZPage.other_letter
    return AToZPage.other_letter


class ArticlePageRelatedArticle(Orderable):
    """An article the editor links to from the end of another."""

    article = ParentalKey(ArticlePage, related_name="related_articles")
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="An article readers of this one may want next.",
    )

    panels = [PageChooserPanel("page", "articles.ArticlePage")]
