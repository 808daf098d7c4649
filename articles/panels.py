"""Editor panels for articles."""

from django.urls import reverse
from django.utils.html import format_html
from wagtail.admin.panels import HelpPanel


class ImportDocumentPanel(HelpPanel):
    """On a new article only: offer to import it from a document instead."""

    class BoundPanel(HelpPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            match = getattr(self.request, "resolver_match", None)
            parent_id = match.kwargs.get("parent_page_id") if match else None
            url = reverse("articles_import")
            if parent_id:
                url = f"{url}?parent={parent_id}"
            self.content = format_html(
                "<p>Already written as a .txt, .md or Word document? "
                '<a href="{}">Import it</a> instead of retyping it.</p>',
                url,
            )

        def is_shown(self):
            return self.instance is not None and self.instance.pk is None
