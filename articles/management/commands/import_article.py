"""python manage.py import_article FILE --parent PATH [--dry-run] [--title TITLE]"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Page

from articles.importer import DocumentError, import_document


class Command(BaseCommand):
    help = (
        "Import a .txt, .md or .docx document as a draft article under the page at "
        "PATH (its URL path, for example /articles/), and print what was created and "
        "removed. Nothing is published."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The .txt, .md or .docx file to import.")
        parser.add_argument(
            "--parent",
            required=True,
            help="URL path of the page to add the article under, e.g. /articles/.",
        )
        parser.add_argument(
            "--title", default="", help="Use this title instead of the document's."
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Print the report without saving anything.",
        )

    def handle(self, *args, **options):
        path = Path(options["file"])
        try:
            data = path.read_bytes()
        except OSError as error:
            raise CommandError(
                f"Cannot read {path}: {error.strerror or error}."
            ) from error
        parent = _find_page(options["parent"])
        try:
            report = import_document(
                path.name,
                data,
                parent,
                title=options["title"],
                dry_run=options["dry_run"],
            )
        except DocumentError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(report.as_text())
        if report.page_id:
            self.stdout.write(
                self.style.SUCCESS(f"Draft saved: page id {report.page_id}.")
            )
        else:
            self.stdout.write("Dry run: nothing was saved.")


def _find_page(url_path: str) -> Page:
    """The page at a URL path such as /articles/, or a page id."""
    if url_path.isdigit():
        page = Page.objects.filter(pk=int(url_path)).first()
    else:
        parts = [part for part in url_path.strip("/").split("/") if part]
        page = None
        for root in Page.objects.filter(depth=2).order_by("path"):
            candidate = root
            for slug in parts:
                candidate = (
                    candidate.get_children().filter(slug=slug).first()
                    if candidate
                    else None
                )
            if candidate is not None:
                page = candidate
                break
    if page is None:
        raise CommandError(
            f"No page found at “{url_path}”: give its URL path, such as /articles/."
        )
    return page
