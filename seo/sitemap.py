"""The sitemap: every language's pages, each with hreflang alternates.

Wagtail's own sitemap lists only the site root's tree (the default language's
home page: wagtail#12420) and says nothing of translations. This one lists the
trees of every live translation of the home page, and gives each page that has live
translations an `<xhtml:link rel="alternate" hreflang>` per language plus
x-default (the default language's version), which Django's sitemap template
writes for `alternates`.
"""

from collections import defaultdict
from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, PageQuerySet, Site


def site_pages(site: Site) -> PageQuerySet:
    """The pages of every language's tree of `site` whose home page is live (any
    state: filter as needed). A language whose home page is not live yet (just
    added, or awaiting review) has no working addresses: languages.wagtail_hooks."""
    roots = site.root_page.get_translations(inclusive=True).live()
    return Page.objects.filter(
        reduce(or_, (Q(path__startswith=root.path) for root in roots))
    )


class MultilingualSitemap(Sitemap):
    def items(self):
        return (
            site_pages(self.get_wagtail_site())
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def alternates_by_key(self) -> dict:
        """hreflang alternates for each translation_key with more than one live page."""
        if not hasattr(self, "_alternates"):
            groups = defaultdict(dict)
            pages = site_pages(self.get_wagtail_site()).live().public()
            for page in pages.select_related("locale"):
                groups[page.translation_key][page.locale.language_code] = (
                    page.get_full_url(self.request)
                )
            self._alternates = {}
            for key, urls in groups.items():
                if len(urls) < 2:
                    continue
                links = [
                    {"lang_code": code, "location": urls[code]}
                    for code, _name in settings.LANGUAGES
                    if code in urls
                ]
                if settings.LANGUAGE_CODE in urls:
                    links.append(
                        {
                            "lang_code": "x-default",
                            "location": urls[settings.LANGUAGE_CODE],
                        }
                    )
                self._alternates[key] = links
        return self._alternates

    def _urls(self, page, protocol, domain):
        urls = []
        last_mods = set()
        alternates = self.alternates_by_key()
        for item in self.paginator.page(page).object_list.iterator():
            for url_info in item.get_sitemap_urls(self.request):
                if item.translation_key in alternates:
                    url_info = {
                        **url_info,
                        "alternates": alternates[item.translation_key],
                    }
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        # last_mods might be empty if the whole site is private (as Wagtail's)
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
