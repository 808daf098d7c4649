"""Site search across pages and the reusable FAQ and myth-card snippets.

The database search backend finds matches (PostgreSQL full-text search on
PostgreSQL, SQLite FTS5 on SQLite); this module ranks them across types, finds
the page that shows each FAQ or myth card, and picks a highlighted snippet.
Everything is done in a fixed number of queries, however many results match.

The snippet models are looked up by label rather than imported, so that `home`
keeps importing neither `articles` nor `faq` (see STYLE.md, section 1).
"""

import difflib
import re
from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, ReferenceIndex
from wagtail.search import index
from wagtail.search.backends import get_search_backend

# Each snippet model provides `search_result(page)` returning a SearchResult for
# the snippet as shown on `page`, and says which StreamField block chooses it.
SEARCHABLE_SNIPPETS = {"faq.FAQ": "faq_group", "faq.MythCard": "myth_cards"}
# Pages made to list these snippets are the best place to show one.
SNIPPET_HOME_PAGES = {"faq.FAQ": "faq.FAQPage", "faq.MythCard": "faq.MythsPage"}
MAX_HITS_PER_TYPE = 200
SNIPPET_WORDS = 32

# Ranking weights: every score starts from the backend's relevance, normalised to
# 0-1 within its own kind (a long article's raw score is not comparable with a
# short FAQ's), then rewards matches in the title or question and the exact phrase.
TITLE_WEIGHT = 1.0
TITLE_PHRASE_WEIGHT = 0.5
TEXT_PHRASE_WEIGHT = 0.75
# Articles are the overview for a broad query; FAQs and myths are precise answers.
NO_SIGNAL = 1e-3
KIND_WEIGHT = {"page": 0.0, "article": 0.2, "snippet": 0.1}
# A one-word query ("ketamine") asks for an overview: articles and medicine pages
# then come before the many FAQs and cards that also name it. (PostgreSQL's
# ts_rank has no word rarity, so its scores cannot tell that such a word is common.)
BROAD_QUERY_ARTICLE_WEIGHT = 1.0

STOP_WORDS = set(
    "a an and are as at be can do does for from how i if in is it its me my of on or "
    "the to was what when where which who why will with you your".split()
)


@dataclass
class SearchResult:
    title: str
    url: str
    summary: str
    kind: str
    score: float = 0.0
    text: str = ""
    title_html: SafeString = field(default_factory=SafeString)
    snippet_html: SafeString = field(default_factory=SafeString)


def clean_query(query: str) -> str:
    """The words of a query, without the punctuation full-text backends parse."""
    words = re.sub(r"[\W_]+", " ", query).split()
    return " ".join(word for word in words if len(word) > 1 or word.isdigit())


def search_terms(query: str) -> list[str]:
    """Lower-case word stems to look for in titles and text ("driving" → "driv")."""
    terms = []
    for word in clean_query(query).lower().split():
        if word in STOP_WORDS:
            continue
        for suffix in ("ing", "ed", "es", "s"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                word = word[: -len(suffix)]
                break
        if word not in terms:
            terms.append(word)
    return terms


def _terms_pattern(terms: list[str]) -> re.Pattern | None:
    if not terms:
        return None
    alternatives = "|".join(
        re.escape(term) for term in sorted(terms, key=len, reverse=True)
    )
    return re.compile(rf"\b(?:{alternatives})\w*", re.IGNORECASE)


def highlight(text: str, terms: list[str]) -> SafeString:
    """`text` escaped, with every word starting with a search term in <mark>."""
    pattern = _terms_pattern(terms)
    if not pattern:
        return mark_safe(escape(text))
    parts, position = [], 0
    for match in pattern.finditer(text):
        parts.append(escape(text[position : match.start()]))
        parts.append(f"<mark>{escape(match.group(0))}</mark>")
        position = match.end()
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))


def best_passage(text: str, terms: list[str], words: int = SNIPPET_WORDS) -> str:
    """The run of about `words` words holding the most search terms, with ellipses."""
    tokens = text.split()
    if len(tokens) <= words:
        return " ".join(tokens)
    pattern = _terms_pattern(terms)
    hits = [bool(pattern and pattern.match(token.strip("“”\"'("))) for token in tokens]
    best_start, best_count = 0, -1
    for start in range(0, len(tokens) - words + 1):
        count = sum(hits[start : start + words])
        if count > best_count:
            best_start, best_count = start, count
    # Start a few words before the first match so it reads in context.
    first = next(
        (i for i in range(best_start, best_start + words) if hits[i]), best_start
    )
    start = max(0, min(first - 4, len(tokens) - words))
    passage = " ".join(tokens[start : start + words])
    prefix = "… " if start > 0 else ""
    suffix = " …" if start + words < len(tokens) else ""
    return f"{prefix}{passage}{suffix}"


def indexed_parts(obj) -> list[str]:
    """The plain text of an object's search fields, without further queries."""
    parts = []
    for search_field in getattr(obj, "search_fields", []):
        if not isinstance(search_field, index.SearchField):
            continue
        name = search_field.field_name
        value = getattr(obj, name, None)
        model_field = _model_field(obj, name)
        if isinstance(model_field, StreamField) and value is not None:
            parts.extend(_raw_strings(value.raw_data))
        elif isinstance(value, str):
            parts.append(
                _plain(value) if isinstance(model_field, RichTextField) else value
            )
    return [" ".join(part.split()) for part in parts if part.strip()]


def result_text(result: SearchResult, obj) -> str:
    """The summary, then the rest of the object's text not already in title or summary."""
    shown = f"{result.title} {result.summary}"
    extra = [part for part in indexed_parts(obj) if part not in shown]
    return " ".join([result.summary, *extra]).strip()


def _model_field(obj, name):
    try:
        return obj._meta.get_field(name)
    except Exception:
        return None


def _plain(html: str) -> str:
    from .models import plain_text

    return plain_text(html)


def _raw_strings(raw) -> list[str]:
    """Readable text in raw StreamField data: sentences, not ids or choice values."""
    found = []
    if isinstance(raw, str):
        if " " in raw.strip():
            found.append(_plain(raw) if "<" in raw else raw)
    elif isinstance(raw, dict):
        for key, value in raw.items():
            if key not in {"id", "type", "anchor", "level", "kind", "style"}:
                found.extend(_raw_strings(value))
    elif isinstance(raw, list | tuple) or hasattr(raw, "__iter__"):
        for item in raw:
            found.extend(_raw_strings(item))
    return found


def _normalised(scores: list[float]) -> list[float]:
    """Backend scores scaled to 0-1 within one kind of result.

    SQLite's bm25 scores are negative (more negative is better); PostgreSQL's
    ranks are positive: the size of the score is the relevance on both.
    """
    sizes = [abs(score or 0.0) for score in scores]
    top = max(sizes, default=0.0)
    if top < NO_SIGNAL:
        # Words found in nearly every item (SQLite's bm25 then scores them ~0):
        # the backend cannot tell these items apart, so titles and phrases decide.
        return [0.0 for _ in sizes]
    return [size / top for size in sizes]


def rank(
    result: SearchResult, relevance: float, terms: list[str], query: str, weight: str
) -> float:
    title = result.title.lower()
    score = relevance + KIND_WEIGHT[weight]
    if weight == "article" and len(terms) == 1:
        score += BROAD_QUERY_ARTICLE_WEIGHT
    if terms:
        pattern = _terms_pattern(terms)
        matched = {
            m.group(0).lower()[: len(t)]
            for t in terms
            for m in pattern.finditer(title)
            if m.group(0).lower().startswith(t)
        }
        score += TITLE_WEIGHT * len(matched) / len(terms)
    phrase = " ".join(clean_query(query).lower().split())
    if len(phrase.split()) > 1:
        if phrase in " ".join(re.sub(r"[\W_]+", " ", title).split()):
            score += TITLE_PHRASE_WEIGHT
        if phrase in " ".join(re.sub(r"[\W_]+", " ", result.text.lower()).split()):
            score += TEXT_PHRASE_WEIGHT
    return score


def search_site(query: str) -> list[SearchResult]:
    """Live, public pages and the FAQs and myth cards they show, best first."""
    query = clean_query(query)
    if not query:
        return []
    terms = search_terms(query)
    results = _page_results(query, terms)
    for label in SEARCHABLE_SNIPPETS:
        results += _snippet_results(label, query, terms)
    results.sort(key=lambda result: result.score, reverse=True)
    return results


def _page_results(query: str, terms: list[str]) -> list[SearchResult]:
    pages = list(
        Page.objects.live()
        .public()
        .not_type(*_unsearchable_page_types())
        .specific()
        .search(query, operator="and")
        .annotate_score("_score")[:MAX_HITS_PER_TYPE]
    )
    results = []
    for page, relevance in zip(
        pages, _normalised([p._score for p in pages]), strict=True
    ):
        summary = getattr(page, "search_summary", "") or page.search_description
        result = SearchResult(
            title=page.title,
            url=page.url,
            summary=summary,
            kind=page.specific_class._meta.verbose_name.capitalize(),
        )
        result.text = result_text(result, page)
        weight = "article" if hasattr(page, "summary") else "page"
        result.score = rank(result, relevance, terms, query, weight)
        results.append(result)
    return results


def _snippet_results(label: str, query: str, terms: list[str]) -> list[SearchResult]:
    model = apps.get_model(label)
    found = list(
        get_search_backend()
        .search(query, model, operator="and")
        .annotate_score("_score")[:MAX_HITS_PER_TYPE]
    )
    places = snippet_pages(label, [item.pk for item in found])
    results = []
    for item, relevance in zip(
        found, _normalised([i._score for i in found]), strict=True
    ):
        page = places.get(item.pk)
        if page is None:
            continue  # not shown on any live, public page: nowhere to send a reader
        result = item.search_result(page)
        result.text = result_text(result, item)
        result.score = rank(result, relevance, terms, query, "snippet")
        results.append(result)
    return results


def snippet_pages(label: str, ids: list[int]) -> dict[int, Page]:
    """For each snippet, a live, public page that shows it: its own page type first.

    Wagtail's reference index says which pages choose each snippet; each page's
    published content is then checked, since the index also follows drafts.
    """
    if not ids:
        return {}
    model = apps.get_model(label)
    references = ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_for_model(model),
        to_object_id__in=[str(pk) for pk in ids],
        base_content_type=ContentType.objects.get_for_model(Page),
    ).values_list("object_id", flat=True)
    # object_id is text (it covers every model), page ids are integers.
    page_ids = {int(pk) for pk in references if pk.isdigit()}
    preferred = apps.get_model(SNIPPET_HOME_PAGES[label])
    pages = sorted(
        Page.objects.live().public().filter(pk__in=page_ids).specific(),
        key=lambda page: (not isinstance(page, preferred), page.path),
    )
    block_type = SNIPPET_HOME_PAGES and SEARCHABLE_SNIPPETS[label]
    places: dict[int, Page] = {}
    for page in pages:
        body = getattr(page, "body", None)
        for pk in _chosen_ids(getattr(body, "raw_data", []), block_type):
            places.setdefault(pk, page)
    return places


def _chosen_ids(raw, block_type: str) -> set[int]:
    """Ids of the snippets chosen in blocks of `block_type` in raw StreamField data."""
    found = set()
    for block in raw or []:
        if not isinstance(block, dict):
            continue
        if block.get("type") == block_type:
            for value in block.get("value", {}).values():
                if isinstance(value, list):
                    for item in value:
                        pk = item.get("value") if isinstance(item, dict) else item
                        if isinstance(pk, int):
                            found.add(pk)
    return found


def add_snippets(results: list[SearchResult], query: str) -> list[SearchResult]:
    """Highlighted titles and passages, for the results about to be shown."""
    terms = search_terms(query)
    for result in results:
        result.title_html = highlight(result.title, terms)
        passage = best_passage(result.text or result.summary, terms)
        result.snippet_html = highlight(passage, terms)
    return results


def promoted_results(query: str) -> list[SearchResult]:
    """Editors' picks for this query (Settings › Promoted search results)."""
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.search.utils import normalise_query_string

    promotions = SearchPromotion.objects.filter(
        query__query_string=normalise_query_string(query)
    ).select_related("page")
    results = []
    for promotion in promotions:
        page = promotion.page
        if page and not (page.live and page.get_view_restrictions().count() == 0):
            continue
        results.append(
            SearchResult(
                title=promotion.title or "",
                url=page.url if page else promotion.external_link_url,
                summary=promotion.description,
                kind="Recommended",
                title_html=escape(promotion.title or ""),
                snippet_html=escape(promotion.description),
            )
        )
    return [result for result in results if result.url and result.title]


def record_search(query: str) -> None:
    """Count the search for Wagtail's popular searches report (never shown publicly)."""
    from wagtail.contrib.search_promotions.models import Query

    Query.get(clean_query(query) or query).add_hit()


def spelling_suggestion(query: str) -> str:
    """The query with unknown words replaced by close words from the site, or ""."""
    words = clean_query(query).lower().split()
    if not words:
        return ""
    vocabulary = _vocabulary()
    suggested = []
    for word in words:
        if word in vocabulary or word in STOP_WORDS or len(word) < 4:
            suggested.append(word)
            continue
        close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.75)
        suggested.append(close[0] if close else word)
    return " ".join(suggested) if suggested != words else ""


def _vocabulary() -> set[str]:
    texts = list(Page.objects.live().public().values_list("title", flat=True))
    for label in SEARCHABLE_SNIPPETS:
        model = apps.get_model(label)
        fields = [
            f.field_name
            for f in model.search_fields
            if isinstance(f, index.SearchField)
        ]
        texts += [
            " ".join(str(v) for v in row) for row in model.objects.values_list(*fields)
        ]
    words = set()
    for text in texts:
        words.update(
            w
            for w in re.sub(r"<[^>]+>|[\W_\d]+", " ", text.lower()).split()
            if len(w) >= 4
        )
    return words


def _unsearchable_page_types() -> tuple:
    from .models import ContactPage, HomePage, SearchPage

    return (HomePage, SearchPage, ContactPage)
