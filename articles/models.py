"""Health articles and the index that lists them."""

import math

from django.core.paginator import Paginator
from django.db import models
from django.utils.text import slugify
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

from home.models import ReviewedPageMixin, ShareImageMixin

from .blocks import (
    ArticleBodyStreamBlock,
    KeyPointsStreamBlock,
    ReferencesStreamBlock,
)

WORDS_PER_MINUTE = 200
# Ids the page templates use themselves; a section anchor never takes one.
RESERVED_ANCHORS = {
    "main-content",
    "on-this-page",
    "at-a-glance",
    "related",
    "site-search",
    "references",
}


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ArticleIndexPage(ShareImageMixin, Page):
    """Lists the published articles, newest first, with a filter by topic."""

    intro = RichTextField(
        features=["bold", "italic", "link"],
        blank=True,
        help_text="A sentence or two above the list of articles.",
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["articles.ArticlePage"]
    max_count = 1

    articles_per_page = 10

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = (
            ArticlePage.objects.child_of(self)
            .live()
            .public()
            .order_by("-first_published_at", "-pk")
        )
        topics = (
            ArticlePageTag.tag_model()
            .objects.filter(articles_articlepagetag_items__content_object__in=articles)
            .distinct()
            .order_by("name")
        )
        topic = next(
            (tag for tag in topics if tag.slug == request.GET.get("topic")), None
        )
        if topic:
            articles = articles.filter(tags=topic)
        context["topics"] = topics
        context["current_topic"] = topic
        context["articles"] = Paginator(articles, self.articles_per_page).get_page(
            request.GET.get("page")
        )
        return context


class ArticlePage(ReviewedPageMixin, ShareImageMixin, Page):
    """A plain-language health article with sections, FAQs and myth cards."""

    # Summary
    summary = models.TextField(
        max_length=400,
        help_text=(
            "Two or three plain sentences saying what the article covers. "
            "Shown first on the page, on cards and in search results."
        ),
    )
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
    references = StreamField(
        ReferencesStreamBlock(),
        blank=True,
        use_json_field=True,
        help_text=(
            "The sources this article is based on, listed after it and numbered in this order. "
            "Cite one in the text by typing its number in square brackets, such as [1]."
        ),
    )
    # Topics and related
    tags = ClusterTaggableManager(
        through=ArticlePageTag,
        blank=True,
        verbose_name="topics",
        help_text="Topics this article is about, for example 'Mental health' or 'Pain'.",
    )

    content_panels = [
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
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("key_points"),
        index.SearchField("body"),
        index.FilterField("first_published_at"),
    ]

    parent_page_types = ["articles.ArticleIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "article"

    related_articles_shown = 3

    def clean(self):
        super().clean()
        self.fill_heading_anchors()
        self.reading_time = self.count_reading_time()

    def fill_heading_anchors(self) -> None:
        """Give every heading without an anchor a readable, unique one.

        Anchors are stored in the block, so a section keeps its link when other
        headings are added, removed or reworded.
        """
        headings = [block.value for block in self.body if block.block_type == "heading"]
        taken = set(RESERVED_ANCHORS)
        for value in headings:
            anchor = slugify(value.get("anchor") or "")
            if anchor and anchor not in taken:
                value["anchor"] = anchor
                taken.add(anchor)
            else:
                value["anchor"] = ""
        for value in headings:
            if not value.get("anchor"):
                value["anchor"] = _unique(slugify(value["text"]) or "section", taken)
                taken.add(value["anchor"])

    @property
    def table_of_contents(self) -> list[dict]:
        entries = [
            {
                "text": block.value["text"],
                "anchor": block.value["anchor"],
                "level": block.value["level"],
            }
            for block in self.body
            if block.block_type == "heading" and block.value["anchor"]
        ]
        if self.references:
            entries.append(
                {"text": "References", "anchor": "references", "level": "h2"}
            )
        return entries

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

    @property
    def search_summary(self) -> str:
        return self.summary

    def get_related_articles(self) -> list["ArticlePage"]:
        """Editor-chosen related articles, else the newest sharing a topic."""
        chosen = [
            item.page.specific
            for item in self.related_articles.select_related("page").filter(
                page__live=True
            )
        ]
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
        context["related_articles"] = self.get_related_articles()
        return context


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


def _unique(anchor: str, taken: set[str]) -> str:
    candidate, n = anchor, 2
    while candidate in taken:
        candidate = f"{anchor}-{n}"
        n += 1
    return candidate
