"""The Atom feed of new and updated health information: /feed/, and /es/feed/… for
each further language, listing only that language's pages."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, Site

from home.models import ClinicSettings

from .models import ArticlePage, MedicinePage

FEED_LENGTH = 30


class HealthInformationFeed(Feed):
    """Live, public articles (and medicine pages), most recently updated first."""

    feed_type = Atom1Feed
    # Left unset, Django takes the active language (Spanish at /es/feed/) for xml:lang.
    language = None

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return Site.find_for_request(request) or Site.objects.get(is_default_site=True)

    def home_page(self, site) -> Page | None:
        """The site's home page in the feed's language, if it has a live one."""
        return (
            site.root_page.get_translations(inclusive=True)
            .live()
            .filter(locale=Locale.get_active())
            .first()
        )

    def author_name(self, site):
        # Atom requires an author for the feed when its entries name none.
        return ClinicSettings.for_site(site).clinic_name or settings.WAGTAIL_SITE_NAME

    def title(self, site):
        # In the feed's language (the address's: /es/feed/ is Spanish).
        return _("%(clinic)s: health information") % {"clinic": self.author_name(site)}

    def subtitle(self, site):
        return _("New and updated articles about treatments at the clinic.")

    def link(self, site):
        home = self.home_page(site)
        return home.get_full_url(self.request) if home else site.root_url + "/"

    def feed_url(self, site):
        return self.request.build_absolute_uri(self.request.path)

    def items(self, site):
        home = self.home_page(site)
        if home is None:
            return []
        return (
            Page.objects.live()
            .public()
            .descendant_of(home)
            .type(ArticlePage, MedicinePage)
            .order_by("-last_published_at", "-pk")
            .specific()[:FEED_LENGTH]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at
