"""The search backend's matches for a query: (pk, score) pairs, best first.

On SQLite, Wagtail's database backend (django-modelsearch's SQLite backend)
builds the same SQL for every query but for one parameter, the FTS5 `MATCH`
string (used twice: to filter, and in the score subquery). Building and
compiling that SQL with Django's ORM cost about half a new search's CPU; SQLite
runs it in about a millisecond. So here the backend's own SQL is compiled once
per database, model, queryset and language (and the content types it covers),
and a new query runs it with its own `MATCH` string, made by the backend's own
code: the rows are those the backend's queryset would give, in the same order.

Other backends (PostgreSQL: search.backends, which parses each language's query
with its own configuration) run their own search each time.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import connections
from django.db.models.sql import Query
from modelsearch.query import PlainText
from modelsearch.utils import get_descendant_models
from wagtail.search.backends import get_search_backend

# A word no query can hold (search.ranking.clean_query keeps only words; this
# one is looked for in the compiled parameters to find the MATCH string).
SENTINEL = "zqxmatchsentinelzqx"

# {(database, key, content type ids): (sql, params, indexes of the MATCH string)}
_statements: dict[tuple, tuple[str, list, list[int]]] = {}


def matches(queryset, query: str, *, key: tuple, limit: int) -> list[tuple]:
    """The first `limit` items of `queryset` matching every word of `query`, as
    (pk, backend score) pairs in the backend's order (its relevance, then -pk).

    `key` names the queryset (its model, filters and language): the SQL is kept
    under it, so two querysets must never share one.
    """
    backend = get_search_backend()
    alias = queryset.db
    if connections[alias].vendor != "sqlite" or not isinstance(
        backend, _sqlite().SQLiteSearchBackend
    ):
        return [
            (item.pk, item._score)
            for item in backend.search(query, queryset, operator="and").annotate_score(
                "_score"
            )[:limit]
        ]
    # The backend filters by these ids, read from ContentType's cache: a
    # database whose content types were made afresh gets its own SQL.
    content_types = tuple(
        sorted(
            ct.pk
            for ct in ContentType.objects.get_for_models(
                *_descendants(queryset.model)
            ).values()
        )
    )
    statement_key = (alias, key, limit, content_types)
    statement = _statements.get(statement_key)
    if statement is None:
        statement = _statement(backend, queryset, limit)
        _statements[statement_key] = statement
    sql, params, indexes = statement
    match = _match_param(backend, queryset, query)
    params = list(params)
    for index in indexes:
        params[index] = match
    with connections[alias].cursor() as cursor:
        cursor.execute(sql, params)
        return [tuple(row) for row in cursor.fetchall()]


def _sqlite():
    """django-modelsearch's SQLite backend. (Its modules read their models when
    imported: not while the apps load, which import this module through
    search.ranking, and not on PostgreSQL, which has no such models.)"""
    from modelsearch.backends.database.sqlite import sqlite  # noqa: PLC0415

    return sqlite


_descendant_models: dict[type, tuple] = {}


def _descendants(model) -> tuple:
    """The model and its subclasses (fixed once the apps are loaded)."""
    if model not in _descendant_models:
        _descendant_models[model] = tuple(get_descendant_models(model))
    return _descendant_models[model]


def _statement(backend, queryset, limit: int) -> tuple[str, list, list[int]]:
    """The backend's SQL for `queryset`, its parameters, and where the MATCH
    string goes in them."""
    results = backend.search(SENTINEL, queryset, operator="and").annotate_score(
        "_score"
    )[:limit]
    compiled = results.get_queryset().values_list("pk", "_score")
    sql, params = compiled.query.get_compiler(using=compiled.db).as_sql()
    sentinel = _match_param(backend, queryset, SENTINEL)
    indexes = [i for i, param in enumerate(params) if param == sentinel]
    if not indexes or any(
        SENTINEL in str(param) for i, param in enumerate(params) if i not in indexes
    ):
        raise RuntimeError(
            "The SQLite search backend's SQL has changed: search.matches cannot "
            "find its MATCH parameter."
        )
    return sql, list(params), indexes


def _match_param(backend, queryset, query: str) -> str:
    """The FTS5 MATCH string the backend makes for `query` (its own code)."""
    compiler = backend.query_compiler_class(queryset, query, operator="and")
    sqlite = _sqlite()
    search_query = sqlite.normalize(compiler.query)
    if not isinstance(search_query, PlainText):
        raise ValueError(f"Not a plain text query: {query!r}")
    match = sqlite.MatchExpression(
        compiler.fields or compiler.FTS_TABLE_FIELDS,
        compiler.build_search_query(search_query, config=compiler.get_config(backend)),
    )
    sql_compiler = Query(sqlite.SQLiteFTSIndexEntry).get_compiler(using=queryset.db)
    _sql, (param,) = match.as_sql(sql_compiler, sql_compiler.connection)
    return param
