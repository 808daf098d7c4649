"""Site search across pages and the reusable snippets they show (FAQs, myth cards).

The database search backend finds matches (PostgreSQL full-text search on
PostgreSQL, SQLite FTS5 on SQLite); this module ranks them across types, finds
the page that shows each snippet, and picks a highlighted snippet of text.
What a result shows (title, address, summary, text) is worked out once per
page-cache generation for every page and snippet (`documents`), so a new query
costs only the backend's searches; everything is done in a fixed number of
queries, however many results match.

Content apps take part without search importing them:
- a snippet model registers itself with `register_searchable_snippet` (its
  `search_result(page)` returns a SearchResult for the snippet as shown on a page);
- a page type may set `search_kind = "article"` (an overview, ranked first for
  broad queries) and provide `search_summary` (the text shown under its title);
- a page type that sets `excluded_from_search = True` (the home, contact and
  search pages) is never a result.

Everything is searched in the language being read only (the active language:
/es/search/ searches Spanish pages and snippets); snippets are filtered by locale
when they are translatable (Wagtail's TranslatableMixin, with a
`FilterField("locale")`). Editors' promotions are per language too: a promotion
shows only where its page is in the language being read.
"""

import difflib
import re
from dataclasses import dataclass, field, replace

from django.contrib.contenttypes.models import ContentType
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext_lazy
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    Page,
    ReferenceIndex,
    TranslatableMixin,
    get_page_models,
)
from wagtail.search import index
from wagtail.search.utils import normalise_query_string

from languages.links import locale_codes
from pagecache.cache import cached_for_generation, current_generation
from richtext.text import plain_text
from search.matches import matches


@dataclass(frozen=True)
class SearchableSnippet:
    """A snippet model whose items are search results, shown where pages choose them."""

    model: type
    # The StreamField block type that chooses items of this model on a page.
    block_type: str
    # Pages of this type list these snippets: the best place to send a reader.
    home_page_type: type
    # The items readers may find (for example only live ones); all when None.
    queryset: object = None


SEARCHABLE_SNIPPETS: list[SearchableSnippet] = []


def register_searchable_snippet(
    model, *, block_type: str, home_page_type, queryset=None
) -> None:
    """Make `model` searchable; it must provide `search_result(page)`.

    `queryset` limits the items searched (index the fields it filters on).
    """
    SEARCHABLE_SNIPPETS.append(
        SearchableSnippet(model, block_type, home_page_type, queryset)
    )


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
                plain_text(value) if isinstance(model_field, RichTextField) else value
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


def _raw_strings(raw) -> list[str]:
    """Readable text in raw StreamField data: sentences, not ids or choice values."""
    found = []
    if isinstance(raw, str):
        if " " in raw.strip():
            found.append(plain_text(raw) if "<" in raw else raw)
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
    docs = documents()
    locale_id = active_locale_id()
    results = _page_results(query, terms, docs, locale_id)
    for snippet in SEARCHABLE_SNIPPETS:
        results += _snippet_results(snippet, query, terms, docs, locale_id)
    results.sort(key=lambda result: result.score, reverse=True)
    return results


def unsearchable_page_types() -> tuple:
    return tuple(
        model
        for model in get_page_models()
        if getattr(model, "excluded_from_search", False)
    )


def active_language() -> str:
    return get_supported_content_language_variant(get_language())


def active_locale_id() -> int | None:
    """The Locale of the language being read, from the cached codes (no query)."""
    code = active_language()
    for pk, locale_code in locale_codes().items():
        if locale_code == code:
            return pk
    return None


def _in_language(queryset, locale_id: int | None):
    """Only the items in the language being read, for translatable models (the
    search backend filters only on indexed fields, so by the locale's id)."""
    if not issubclass(queryset.model, TranslatableMixin) or locale_id is None:
        return queryset
    return queryset.filter(locale=locale_id)


def _page_results(
    query: str, terms: list[str], docs: dict, locale_id: int | None
) -> list[SearchResult]:
    pages = matches(
        _in_language(Page.objects.all(), locale_id),
        query,
        key=("page", locale_id),
        limit=MAX_HITS_PER_TYPE,
    )
    # Only live, public, searchable pages are documents (publishing, moving and
    # view restrictions start a new generation, so the documents follow them):
    # the backend's query needs only the language.
    found = [(docs[("page", pk)], score) for pk, score in pages if ("page", pk) in docs]
    return _ranked(found, query, terms)


def _snippet_results(
    snippet: SearchableSnippet,
    query: str,
    terms: list[str],
    docs: dict,
    locale_id: int | None,
) -> list[SearchResult]:
    label = snippet.model._meta.label
    items = matches(
        _in_language(
            snippet.model.objects.all()
            if snippet.queryset is None
            else snippet.queryset.all(),
            locale_id,
        ),
        query,
        key=(label, locale_id),
        limit=MAX_HITS_PER_TYPE,
    )
    # A snippet shown on no live, public page is no document: nowhere to send a reader.
    found = [(docs[(label, pk)], score) for pk, score in items if (label, pk) in docs]
    return _ranked(found, query, terms)


def _ranked(found: list, query: str, terms: list[str]) -> list[SearchResult]:
    """Fresh results from (document, backend score) pairs, scored for this query."""
    results = []
    scores = _normalised([score for _, score in found])
    for ((document, weight), _), relevance in zip(found, scores, strict=True):
        result = replace(document)
        result.score = rank(result, relevance, terms, query, weight)
        results.append(result)
    return results


# Per language, the documents of the generation this process last used:
# {language: (generation, documents)}.
_documents_memo: dict[str, tuple] = {}


def documents() -> dict:
    """Every page and snippet a search in the language being read can find, as a
    result shows it (title, address, summary, text), with its ranking weight;
    kept until the next change.

    Keyed ("page", pk) and (snippet model label, pk). Built once per generation
    and language (in the page cache, and in this process's memory while the
    generation lasts), so a search runs only the backend's queries for each new
    query.
    """
    try:
        generation = current_generation()
    except Exception:
        generation = None
    if generation is None:  # no cache: nothing tells when they change
        return _build_documents()
    language = active_language()
    memo_generation, docs = _documents_memo.get(language, (None, {}))
    if memo_generation != generation:
        docs = cached_for_generation("search-documents", _build_documents)
        _documents_memo[language] = (generation, docs)
    return docs


def _build_documents() -> dict:
    docs = {}
    pages = (
        _in_language(Page.objects.live().public(), active_locale_id())
        .not_type(*unsearchable_page_types())
        .specific()
    )
    for page in pages:
        summary = getattr(page, "search_summary", "") or page.search_description
        result = SearchResult(
            title=page.title,
            url=page.url,
            summary=summary,
            kind=page.specific_class._meta.verbose_name.capitalize(),
        )
        result.text = result_text(result, page)
        weight = "article" if getattr(page, "search_kind", "") == "article" else "page"
        docs[("page", page.pk)] = (result, weight)
    for snippet in SEARCHABLE_SNIPPETS:
        queryset = (
            snippet.model.objects.all()
            if snippet.queryset is None
            else snippet.queryset.all()
        )
        items = list(queryset)
        places = snippet_pages(snippet, [item.pk for item in items])
        for item in items:
            page = places.get(item.pk)
            if page is None:
                continue
            result = item.search_result(page)
            result.text = result_text(result, item)
            docs[(snippet.model._meta.label, item.pk)] = (result, "snippet")
    return docs


def snippet_pages(snippet: SearchableSnippet, ids: list[int]) -> dict[int, Page]:
    """For each snippet, a live, public page that shows it: its own page type first.

    Wagtail's reference index says which pages choose each snippet; each page's
    published content is then checked, since the index also follows drafts.
    """
    if not ids:
        return {}
    references = ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_for_model(snippet.model),
        to_object_id__in=[str(pk) for pk in ids],
        base_content_type=ContentType.objects.get_for_model(Page),
    ).values_list("object_id", flat=True)
    # object_id is text (it covers every model), page ids are integers.
    page_ids = {int(pk) for pk in references if pk.isdigit()}
    pages = sorted(
        _in_language(Page.objects.live().public(), active_locale_id())
        .filter(pk__in=page_ids)
        .specific(),
        key=lambda page: (not isinstance(page, snippet.home_page_type), page.path),
    )
    places: dict[int, Page] = {}
    for page in pages:
        for stream in _stream_fields(page):
            for pk in _chosen_ids(stream.raw_data, snippet.block_type):
                places.setdefault(pk, page)
    return places


def _stream_fields(page: Page) -> list:
    """The page's StreamField values, in field order."""
    return [
        getattr(page, field.attname)
        for field in page._meta.get_fields()
        if isinstance(field, StreamField)
    ]


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
    promotions = cached_for_generation("search-promotions", _all_promotions)
    language = active_language()
    return [
        replace(result)
        for result, page_language in promotions.get(normalise_query_string(query), [])
        if page_language in (None, language)
    ]


def _all_promotions() -> dict[str, list[tuple[SearchResult, str | None]]]:
    """Every query's picks that readers may follow, with the language of the page
    each points to (None: an external link, shown in every language), kept until
    the next change (saving a promotion starts one: search.models)."""
    promotions = SearchPromotion.objects.select_related(
        "query", "page", "page__locale"
    ).order_by("sort_order")
    found: dict[str, list[tuple[SearchResult, str | None]]] = {}
    for promotion in promotions:
        page = promotion.page
        if page and not (page.live and page.get_view_restrictions().count() == 0):
            continue
        result = SearchResult(
            title=promotion.title or "",
            url=page.url if page else promotion.external_link_url,
            summary=promotion.description,
            kind=gettext_lazy("Recommended"),
            title_html=escape(promotion.title or ""),
            snippet_html=escape(promotion.description),
        )
        if result.url and result.title:
            language = page.locale.language_code if page else None
            found.setdefault(promotion.query.query_string, []).append(
                (result, language)
            )
    return found


def spelling_suggestion(query: str) -> str:
    """The query with unknown words replaced by close words from the site, or ""."""
    words = clean_query(query).lower().split()
    if not words:
        return ""
    # The site's words change only when content does: kept until the next change.
    vocabulary = cached_for_generation("search-vocabulary", _vocabulary)
    suggested = []
    for word in words:
        if word in vocabulary or word in STOP_WORDS or len(word) < 4:
            suggested.append(word)
            continue
        close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.75)
        suggested.append(close[0] if close else word)
    return " ".join(suggested) if suggested != words else ""


def _vocabulary() -> set[str]:
    pages = _in_language(Page.objects.live().public(), active_locale_id())
    texts = list(pages.values_list("title", flat=True))
    for snippet in SEARCHABLE_SNIPPETS:
        model = snippet.model
        fields = [
            f.field_name
            for f in model.search_fields
            if isinstance(f, index.SearchField)
        ]
        texts += [
            " ".join(str(v) for v in row)
            for row in _in_language(
                model.objects.all(), active_locale_id()
            ).values_list(*fields)
        ]
    words = set()
    for text in texts:
        words.update(
            w
            for w in re.sub(r"<[^>]+>|[\W_\d]+", " ", text.lower()).split()
            if len(w) >= 4
        )
    return words


# Searches still counted in memory when the process stops are written then.
