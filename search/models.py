"""The site search page.

A search is the most expensive thing a visitor can ask for, so the page guards
the rest of the site against floods of them:
- result pages are kept in the page cache per normalised query and page number
  (`page_cache_query_params`), made fresh by the same generation as every page,
  so a common search costs what a cached page costs;
- each client may run SEARCH_RATE_LIMIT searches per window, then gets the
  friendly 429 page with Retry-After (cached result pages do not count: they
  cost no more than any other page);
- each server process runs at most SEARCH_CONCURRENCY searches at once; more
  get a quick 503 with Retry-After instead of waiting for a thread, so with
  threaded workers (gunicorn.conf.py) pages keep being served during a flood;
- all clients together get SEARCH_SITE_RATE searches a second in each process,
  cached result pages included (search.admission, before the page cache).
"""

import threading

from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page

from contactrules.models import ContactRuleMixin
from home.models import ContactPage, HomePage
from pagecache.cache import (
    bump_generation,
    cached_for_generation,
    normalise_query_value,
)
from security.protection import is_rate_limited, too_many_requests
from seo.structured_data import web_page

from . import admission, hits, ranking

# Searches this process runs at once (SEARCH_CONCURRENCY).
_running_searches = threading.BoundedSemaphore(settings.SEARCH_CONCURRENCY)


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

    # One cached copy per normalised query and page number (pagecache.cache).
    page_cache_query_params = ("q", "page")
    # Result pages are for visitors, not crawlers (seo.views.robots_txt).
    robots_disallow = True
    excluded_from_search = True
    # The header's search box sends its words here (home.templatetags.clinic_tags).
    site_search = True
    results_per_page = 10

    def structured_data(self, request, clinic) -> list[dict]:
        return [web_page(self, request, clinic, "SearchResultsPage")]

    def get_sitemap_urls(self, request=None) -> list:
        """Result pages are for visitors, not search engines."""
        return []

    def serve(self, request, *args, **kwargs):
        # Searches here count towards the process's share (search.admission).
        admission.search_paths.add(request.path_info)
        if not normalise_query_value(request.GET.get("q", "")):
            return super().serve(request, *args, **kwargs)
        limit, window = settings.SEARCH_RATE_LIMIT
        if is_rate_limited(request, "search", limit, window):
            return too_many_requests(
                request,
                retry_after=window,
                message=_(
                    "You have searched many times in the last minute, so this search "
                    "has not been run. Please wait a minute and try again."
                ),
            )
        if not _running_searches.acquire(blocking=False):
            return too_many_requests(
                request,
                retry_after=1,
                status=503,
                message=_(
                    "Many people are searching right now. Please try again in a "
                    "moment: every other page of the site is still open."
                ),
            )
        try:
            return super().serve(request, *args, **kwargs)
        finally:
            _running_searches.release()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Control characters (a NUL byte breaks PostgreSQL) are never search
        # words; the page cache keys result pages by this same form of the query.
        query = normalise_query_value(request.GET.get("q", ""))
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
            context["suggested_pages"] = cached_for_generation(
                f"search-suggested-pages:{self.pk}", self.get_suggested_pages
            )
        elif found and results.number == 1:
            hits.record_search(query)
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


def _promotion_changed(sender, **kwargs) -> None:
    """Result pages, and the promotions kept for them (search.ranking), last a
    page-cache generation: a changed promotion shows at once."""
    bump_generation()


post_save.connect(
    _promotion_changed, sender=SearchPromotion, dispatch_uid="search-promotion-save"
)
post_delete.connect(
    _promotion_changed, sender=SearchPromotion, dispatch_uid="search-promotion-delete"
)
