"""Wagtail's PostgreSQL search backend, stemming each language as its own.

Wagtail's database backend keeps one text search configuration (SEARCH_CONFIG)
for the whole index, so a Spanish page would be stemmed as English (or not at
all): "embarazo" would never find "embarazada". Here each page, FAQ and myth
card is indexed with its locale's configuration (es → spanish, fr → french…,
'simple' for a language PostgreSQL cannot stem, such as Welsh or Urdu), and a
query is parsed with the configuration of the language it searches: the
locale the search is filtered to (the site search keeps to the language being
read: search.ranking), else every configured language's, so the admin's
search across languages still finds each one's words. Models without a locale
(images, documents) use the default language's configuration.

CLINIC_SEARCH_CONFIG (SEARCH_CONFIG), when set, is the default language's
configuration. After upgrading, or changing a language or that setting, run
`manage.py update_index` once: entries keep the configuration they were
indexed with until then. Selected in settings on PostgreSQL only; SQLite uses
Wagtail's own backend.
"""

import copy
from collections import defaultdict
from functools import cache, reduce

from django.conf import settings
from django.db import connections, router
from django.db.models.lookups import Exact
from wagtail.models import TranslatableMixin
from wagtail.search.backends.database.postgres.postgres import (
    IndexEntry,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

from languages.links import locale_codes

# PostgreSQL's built-in text search configurations by language code (ISO 639-1).
# A configuration the database lacks (older PostgreSQL has no 'arabic') is 'simple'.
LANGUAGE_CONFIGS = {
    "ar": "arabic",
    "ca": "catalan",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "eu": "basque",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "hi": "hindi",
    "hu": "hungarian",
    "hy": "armenian",
    "id": "indonesian",
    "it": "italian",
    "lt": "lithuanian",
    "nb": "norwegian",
    "ne": "nepali",
    "nl": "dutch",
    "nn": "norwegian",
    "no": "norwegian",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sr": "serbian",
    "sv": "swedish",
    "ta": "tamil",
    "tr": "turkish",
    "yi": "yiddish",
}
SIMPLE = "simple"


@cache
def available_configs(alias: str) -> frozenset[str]:
    """The text search configurations the database has (asked once per process)."""
    with connections[alias].cursor() as cursor:
        cursor.execute("SELECT cfgname FROM pg_catalog.pg_ts_config")
        return frozenset(name for (name,) in cursor.fetchall())


def filtered_locale_id(queryset) -> int | None:
    """The locale a queryset is filtered to (`.filter(locale=…)`), if only one."""
    where = queryset.query.where
    if where.negated or where.connector != "AND":
        return None
    for child in where.children:
        target = getattr(getattr(child, "lhs", None), "target", None)
        if (
            isinstance(child, Exact)
            and getattr(target, "name", None) == "locale"
            and isinstance(child.rhs, int)
        ):
            return child.rhs
    return None


class LanguageSearchQueryCompiler(PostgresSearchQueryCompiler):
    """Parses the query with the configuration of the language it searches."""

    def get_config(self, backend):
        if not issubclass(self.queryset.model, TranslatableMixin):
            return backend.default_config()
        locale_id = filtered_locale_id(self.queryset)
        if locale_id is not None:
            return backend.locale_config(locale_id)
        configs = tuple(dict.fromkeys(backend.language_configs()))
        return configs[0] if len(configs) == 1 else configs

    def build_tsquery(self, query, config=None):
        """Several configurations: an item matches when it matches in its own."""
        if isinstance(config, tuple):
            # (Searching named fields then uses the first: the default language's.)
            build = super().build_tsquery
            return reduce(lambda a, b: a | b, [build(query, each) for each in config])
        return super().build_tsquery(query, config=config)


class LanguageIndex(PostgresIndex):
    """Indexes each item with its language's configuration."""

    def add_items(self, model, objs):
        groups = defaultdict(list)
        for obj in objs:
            groups[self.backend.item_config(obj)].append(obj)
        for config, items in groups.items():
            backend = copy.copy(self.backend)
            backend.config = config
            PostgresIndex(backend).add_items(model, items)


class LanguageSearchBackend(PostgresSearchBackend):
    query_compiler_class = LanguageSearchQueryCompiler
    index_class = LanguageIndex

    def __init__(self, params):
        super().__init__(params)
        # CLINIC_SEARCH_CONFIG: the default language's configuration, when set.
        self.default_language_config = self.config

    def language_config(self, code: str) -> str:
        if code == settings.LANGUAGE_CODE and self.default_language_config:
            return self.default_language_config
        name = LANGUAGE_CONFIGS.get(code.split("-")[0].lower())
        alias = router.db_for_read(IndexEntry)
        return name if name in available_configs(alias) else SIMPLE

    def default_config(self) -> str:
        return self.language_config(settings.LANGUAGE_CODE)

    def language_configs(self) -> list[str]:
        """Every configured language's configuration, the default first."""
        return [self.language_config(code) for code, _name in settings.LANGUAGES]

    def locale_config(self, locale_id: int) -> str:
        code = locale_codes().get(locale_id)
        return self.language_config(code) if code else self.default_config()

    def item_config(self, obj) -> str:
        """The configuration an item is indexed with: its locale's language's."""
        locale_id = getattr(obj, "locale_id", None)
        if isinstance(obj, TranslatableMixin) and locale_id is not None:
            return self.locale_config(locale_id)
        return self.default_config()


SearchBackend = LanguageSearchBackend
