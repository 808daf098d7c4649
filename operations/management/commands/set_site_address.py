"""Point the default site at the address the site is served on.

Wagtail builds the links in its emails ("You can view the page here: …") and
the pages' full URLs from the default Site's host name and port; the first
migration sets them to localhost:80, which `make run` does not serve.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site


class Command(BaseCommand):
    help = (
        "Set the default site's host name and port from an address such as "
        "http://127.0.0.1:8000 (default: WAGTAILADMIN_BASE_URL), so that links "
        "in emails open the running site."
    )

    def add_arguments(self, parser):
        parser.add_argument("address", nargs="?", default=None)

    def handle(self, *args, address=None, **options):
        address = address or settings.WAGTAILADMIN_BASE_URL or ""
        parts = urlsplit(address)
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            port = None
        if parts.scheme not in ("http", "https") or not parts.hostname or not port:
            raise CommandError(
                f"'{address}' is not a web address like http://127.0.0.1:8000."
            )
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise CommandError("There is no default site yet: run migrate first.")
        if (site.hostname, site.port) == (parts.hostname, port):
            self.stdout.write(f"The site is already at {site.root_url}.")
            return
        site.hostname, site.port = parts.hostname, port
        site.save(update_fields=["hostname", "port"])
        self.stdout.write(self.style.SUCCESS(f"The site is now at {site.root_url}."))
