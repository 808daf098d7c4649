"""Reusable FAQs and myth-versus-fact cards, and the pages that list them."""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.text import slugify
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Page,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField

from contactrules.models import ContactRuleMixin
from reviews.models import ReviewedPageMixin, ReviewStampMixin
from reviews.structured_data import health_page
from richtext.text import plain_text
from search.ranking import SearchResult, register_searchable_snippet
from seo.models import ShareImageMixin

from .blocks import FAQPageStreamBlock, MythsPageStreamBlock
from .structured_data import faqs_in, question

ANSWER_FEATURES = ["bold", "italic", "ol", "ul", "link"]


def unique_slug(instance, text: str, max_length: int = 80) -> str:
    """A readable slug for `text`, with -2, -3… added while another row in the
    same language has it (a translation keeps its original's slug, so links to
    #faq-… work in every language)."""
    model = type(instance)
    base = slugify(text)[:max_length].strip("-") or model._meta.model_name
    if instance.locale_id is None:  # Wagtail sets it just before saving
        instance.locale = instance.get_default_locale()
    others = model.objects.filter(locale_id=instance.locale_id).exclude(pk=instance.pk)
    slug, n = base, 2
    while others.filter(slug=slug).exists():
        suffix = f"-{n}"
        slug = f"{base[: max_length - len(suffix)]}{suffix}"
        n += 1
    return slug


def revision_relations(name: str) -> tuple[GenericRelation, GenericRelation]:
    """The revisions and workflow states of a reviewed snippet, as Wagtail's docs set them."""
    return (
        GenericRelation(
            "wagtailcore.Revision",
            content_type_field="base_content_type",
            object_id_field="object_id",
            related_query_name=name,
            for_concrete_model=False,
        ),
        GenericRelation(
            "wagtailcore.WorkflowState",
            content_type_field="base_content_type",
            object_id_field="object_id",
            related_query_name=name,
            for_concrete_model=False,
        ),
    )


class ReviewedSnippet(
    PreviewableMixin,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    ReviewStampMixin,
    TranslatableMixin,
    index.Indexed,
    models.Model,
):
    """Health content kept in the snippet library: drafts, revisions and clinical review.

    The row holds what patients see (the live version); drafts wait in revisions
    until a clinical reviewer publishes or approves them (see reviews/publishing.py).
    Pages show an item only while it is live.
    """

    # Wagtail's default is live; an item made in code stays a draft until published.
    live = models.BooleanField(verbose_name="live", default=False, editable=False)
    # A translation keeps its original's slug (links to #faq-… work in every
    # language), so wagtail-localize copies it rather than asking for it; the
    # review stamp is the translation's own (reviews.models).
    override_translatable_fields = [
        *ReviewStampMixin.override_translatable_fields,
        SynchronizedField("slug", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True

    def get_preview_template(self, request, mode_name):
        return f"faq/previews/{self._meta.model_name}.html"

    def get_preview_context(self, request, mode_name):
        return {**super().get_preview_context(request, mode_name), "items": [self]}


@register_snippet
class FAQ(ContactRuleMixin, ReviewedSnippet):
    """A question and its answer, written once and shown wherever it is chosen."""

    question = models.CharField(
        max_length=200,
        help_text="The question as a patient would ask it, ending with a question mark.",
    )
    answer = RichTextField(
        features=ANSWER_FEATURES,
        help_text="A short, plain-language answer. Point to the clinic or emergency help where relevant.",
    )
    slug = models.SlugField(
        max_length=80,
        blank=True,
        help_text="Used in links to this question (#faq-…). Filled in from the question if left blank.",
    )

    revisions, workflow_states = revision_relations("faq")

    panels = [
        FieldPanel("question"),
        FieldPanel("answer"),
        FieldPanel("slug", heading="Link name"),
        *ReviewStampMixin.review_panels,
    ]

    search_fields = [
        index.SearchField("question", boost=2),
        index.SearchField("answer"),
        index.AutocompleteField("question"),
        index.FilterField("live"),
        index.FilterField("locale"),
    ]

    class Meta(ReviewedSnippet.Meta):
        ordering = ["question"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="faq_slug_unique_per_language"
            )
        ]
        verbose_name = "FAQ"
        verbose_name_plural = "FAQs"

    def __str__(self):
        return self.question

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, self.question)
        super().save(*args, **kwargs)

    @property
    def anchor(self) -> str:
        return f"faq-{self.slug}"

    def search_result(self, page: Page) -> SearchResult:
        """This FAQ as a search result, linking to where `page` shows it."""
        return SearchResult(
            title=self.question,
            url=f"{page.url}#{self.anchor}",
            summary=plain_text(self.answer),
            kind="FAQ",
        )


@register_snippet
class MythCard(ContactRuleMixin, ReviewedSnippet):
    """A common myth, the fact that corrects it, and a short explanation."""

    myth = models.CharField(
        max_length=200,
        help_text="The myth, stated as people say it, for example 'Ketamine is only a party drug.'",
    )
    fact = models.CharField(
        max_length=240,
        help_text="The fact that corrects it, in one sentence.",
    )
    explanation = RichTextField(
        features=ANSWER_FEATURES,
        blank=True,
        help_text="A short explanation of the evidence, in plain language.",
    )
    source_title = models.CharField(
        max_length=200,
        blank=True,
        help_text="Optional: the name of a trustworthy source, such as a national health body.",
    )
    source_url = models.URLField(
        blank=True,
        help_text="Optional: a link to that source. Never link to a seller of medicines.",
    )
    slug = models.SlugField(
        max_length=80,
        blank=True,
        help_text="Used in links to this card (#myth-…). Filled in from the myth if left blank.",
    )

    panels = [
        FieldPanel("myth"),
        FieldPanel("fact"),
        FieldPanel("explanation"),
        FieldPanel("source_title", heading="Source"),
        FieldPanel("source_url", heading="Link to the source"),
        FieldPanel("slug", heading="Link name"),
        *ReviewStampMixin.review_panels,
    ]

    revisions, workflow_states = revision_relations("mythcard")

    search_fields = [
        index.SearchField("myth", boost=2),
        index.SearchField("fact", boost=2),
        index.SearchField("explanation"),
        index.AutocompleteField("myth"),
        index.FilterField("live"),
        index.FilterField("locale"),
    ]

    class Meta(ReviewedSnippet.Meta):
        ordering = ["myth"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="mythcard_slug_unique_per_language"
            )
        ]
        verbose_name = "myth card"

    def __str__(self):
        return self.myth

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, self.myth)
        super().save(*args, **kwargs)

    @property
    def anchor(self) -> str:
        return f"myth-{self.slug}"

    def search_result(self, page: Page) -> SearchResult:
        """This card as a search result, linking to where `page` shows it."""
        return SearchResult(
            title=f"Myth: {self.myth}",
            url=f"{page.url}#{self.anchor}",
            summary=f"Fact: {self.fact}",
            kind="Myth or fact",
        )


class SnippetListingPage(ContactRuleMixin, ReviewedPageMixin, ShareImageMixin, Page):
    """A page that lists reusable snippets in groups: the FAQ page and the myths page.

    Both share their fields, editor panels and tree rules (and the myths page's
    template extends the FAQ page's); each sets the StreamBlock of groups its
    editors choose from.
    """

    intro = RichTextField(
        features=["bold", "italic", "link"],
        blank=True,
        help_text="A sentence or two above the questions or cards.",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        *ReviewedPageMixin.review_panels,
    ]

    search_fields = [*Page.search_fields, index.SearchField("intro")]

    description_fields = ("intro",)

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        abstract = True


class FAQPage(SnippetListingPage):
    """Frequently asked questions, in groups, each question open/close on its own."""

    body = StreamField(
        FAQPageStreamBlock(),
        use_json_field=True,
        help_text="Add a group per category and choose its questions from the FAQ library.",
    )

    class Meta:
        verbose_name = "FAQ page"

    def structured_data(self, request, clinic) -> list[dict]:
        questions = [question(faq) for faq in faqs_in(self.body, self.locale_id)]
        return [health_page(self, request, clinic, "FAQPage", mainEntity=questions)]


class MythsPage(SnippetListingPage):
    """Myth-versus-fact cards, in groups."""

    body = StreamField(
        MythsPageStreamBlock(),
        use_json_field=True,
        help_text="Add a group of cards and choose them from the myth card library.",
    )

    class Meta:
        verbose_name = "myths page"

    def structured_data(self, request, clinic) -> list[dict]:
        return [health_page(self, request, clinic)]


register_searchable_snippet(
    FAQ,
    block_type="faq_group",
    home_page_type=FAQPage,
    queryset=FAQ.objects.filter(live=True),
)
register_searchable_snippet(
    MythCard,
    block_type="myth_cards",
    home_page_type=MythsPage,
    queryset=MythCard.objects.filter(live=True),
)
