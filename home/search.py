"""Site search across pages and the reusable FAQ and myth-card snippets.

The snippet models are looked up by label rather than imported, so that `home`
keeps importing neither `articles` nor `faq` (see STYLE.md, section 1).
"""

import re
from dataclasses import dataclass

from django.apps import apps
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

# Each snippet model provides `search_result()` returning a SearchResult.
SEARCHABLE_SNIPPETS = ["faq.FAQ", "faq.MythCard"]


@dataclass
class SearchResult:
    title: str
    url: str
    summary: str
    kind: str
    score: float = 0.0


def clean_query(query: str) -> str:
    """The words of a query, without the punctuation full-text backends parse."""
    words = re.sub(r"[\W_]+", " ", query).split()
    return " ".join(word for word in words if len(word) > 1 or word.isdigit())


def search_site(query: str) -> list[SearchResult]:
    """Live, public pages and reusable snippets matching every word, best first."""
    query = clean_query(query)
    if not query:
        return []
    pages = (
        Page.objects.live()
        .public()
        .not_type(*_unsearchable_page_types())
        .specific()
        .search(query, operator="and")
        .annotate_score("_score")
    )
    results = [
        SearchResult(
            title=page.title,
            url=page.url,
            summary=getattr(page, "search_summary", "") or page.search_description,
            kind=page.specific_class._meta.verbose_name.capitalize(),
            score=page._score or 0.0,
        )
        for page in pages
    ]
    backend = get_search_backend()
    for label in SEARCHABLE_SNIPPETS:
        model = apps.get_model(label)
        found = backend.search(query, model, operator="and").annotate_score("_score")
        for item in found:
            result = item.search_result()
            result.score = item._score or 0.0
            results.append(result)
    results.sort(key=lambda result: result.score, reverse=True)
    return results


def _unsearchable_page_types() -> tuple:
    from .models import ContactPage, HomePage, SearchPage

    return (HomePage, SearchPage, ContactPage)
