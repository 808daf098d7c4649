"""The site search page."""

from django.core.paginator import Paginator
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from contactrules.models import ContactRuleMixin
from home.models import ContactPage, HomePage
from seo.structured_data import web_page

from . import ranking


class SearchPage(ContactRuleMixin, Page):
    """The site search: articles, FAQs and myth cards."""

    intro = models.CharField(
        max_length=240,
        blank=True,
        help_text="Shown above the search box.",
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    description_fields = ("intro",)

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    # Results depend on the query; the empty search form is cheap to render.
    page_cache = False
    # Result pages are for visitors, not crawlers (seo.views.robots_txt).
    robots_disallow = True
    excluded_from_search = True
    results_per_page = 10

    def structured_data(self, request, clinic) -> list[dict]:
        return [web_page(self, request, clinic, "SearchResultsPage")]

    def get_sitemap_urls(self, request=None) -> list:
        """Result pages are for visitors, not search engines."""
        return []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Control characters (a NUL byte breaks PostgreSQL) are never search words.
        query = "".join(c for c in request.GET.get("q", "") if c.isprintable())
        query = query.strip()[:200]
        promoted = ranking.promoted_results(query) if query else []
        promoted_urls = {result.url for result in promoted}
        found = [r for r in ranking.search_site(query) if r.url not in promoted_urls]
        results = Paginator(found, self.results_per_page).get_page(
            request.GET.get("page", 1)
        )
        ranking.add_snippets(results.object_list, query)
        context["query"] = query
        context["results"] = results
        context["promoted"] = promoted if results.number == 1 else []
        if query and not found:
            context["suggestion"] = ranking.spelling_suggestion(query)
            context["suggested_pages"] = self.get_suggested_pages()
        elif found and results.number == 1:
            ranking.record_search(query)
        return context

    def get_suggested_pages(self) -> list[Page]:
        """The home page's featured articles, else the site's main sections."""
        home = self.get_parent().specific
        featured = home.get_featured_articles() if isinstance(home, HomePage) else []
        if featured:
            return featured
        return list(
            home.get_children()
            .live()
            .public()
            .not_type(SearchPage, ContactPage)
            .order_by("path")[:5]
        )
