"""On SQLite a new query runs the backend's SQL compiled for an earlier one
(search.matches): it must find what the backend itself finds, in its order,
including content added since, in the language searched."""

import pytest
from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail.search.backends import get_search_backend

from conftest import publish
from faq.models import FAQ, MythCard
from search.matches import matches
from search.models import SearchPage

pytestmark = pytest.mark.django_db

QUERIES = [
    "ketamine",
    "ketamine safe",
    "safe ketamine",
    "drive home after",
    "monitoring",
    "Ketamine DRIVE",
    "nothing matches this",
    "2026",
]


def backend_results(queryset, query: str, limit: int) -> list[tuple]:
    """What the search backend itself returns, as (pk, score) pairs."""
    return [
        (item.pk, item._score)
        for item in get_search_backend()
        .search(query, queryset, operator="and")
        .annotate_score("_score")[:limit]
    ]


def test_every_query_gets_the_backends_own_results_in_its_order(
    article_page, make_faq, make_myth
):
    article_page(title="Ketamine basics")
    article_page(title="Is ketamine safe to drive home after treatment?")
    article_page(title="Monitoring during treatment in 2026")
    make_faq("Is ketamine safe?", "<p>Ketamine is safe with monitoring.</p>")
    make_faq("Can I drive home after?", "<p>No: ketamine affects driving.</p>")
    make_faq("A draft about ketamine", "<p>Not live.</p>").unpublish()
    make_myth("Ketamine is only a party drug.", "Ketamine is a licensed medicine.")
    make_myth("You can drive home.", "Someone must drive you home after ketamine.")
    querysets = [
        Page.objects.all(),
        FAQ.objects.filter(live=True),
        MythCard.objects.filter(live=True),
    ]
    for queryset in querysets:
        key = ("test", queryset.model._meta.label)
        for query in QUERIES:
            for limit in (200, 2):
                assert matches(
                    queryset, query, key=key, limit=limit
                ) == backend_results(queryset, query, limit), (query, limit)
    # Not vacuous: the pages, FAQs and cards that use the word, best first.
    assert len(matches(Page.objects.all(), "ketamine", key=("pages",), limit=200)) == 2
    faqs = FAQ.objects.filter(live=True)
    assert len(matches(faqs, "ketamine", key=("faqs",), limit=200)) == 2
    assert matches(faqs, "drive home", key=("faqs",), limit=200)[0][0] == (
        FAQ.objects.get(question="Can I drive home after?").pk
    )


def result_titles(response) -> list[str]:
    assert response.status_code == 200
    return [result.title for result in response.context["results"]]


def test_a_new_query_finds_what_was_added_since_in_the_language_searched(
    client,
    home_page,
    article_page,
    languages,
    translate,
    article_index,
    faq_page_with_spanish,
):
    es = languages("es")["es"]
    article = article_page(title="Ketamine treatment")
    search = publish(home_page, SearchPage(title="Search", slug="search"))
    translate(home_page, es, title="Inicio")
    translate(article_index, es, title="Información de salud")
    translate(
        article,
        es,
        title="Tratamiento con ketamina",
        body=[("paragraph", RichText("<p>Lo administra personal formado.</p>"))],
    )
    translate(search, es, title="Buscar")
    # The first searches in each language compile the SQL they keep.
    assert result_titles(client.get("/search/?q=ketamine")) == ["Ketamine treatment"]
    assert result_titles(client.get("/es/search/?q=ketamina")) == [
        "Tratamiento con ketamina"
    ]

    sleep = article_page(title="Ketamine and sleep")
    translate(sleep, es, title="Ketamina e insomnio")
    faq_page_with_spanish(
        es,
        ("Will I sleep afterwards?", "<p>Most people nap.</p>"),
        ("¿Dormiré después?", "<p>Contra el insomnio.</p>"),
    )

    assert sorted(result_titles(client.get("/search/?q=sleep"))) == [
        "Ketamine and sleep",
        "Will I sleep afterwards?",
    ]
    assert sorted(result_titles(client.get("/es/search/?q=insomnio"))) == [
        "Ketamina e insomnio",
        "¿Dormiré después?",
    ]
    assert result_titles(client.get("/es/search/?q=sleep")) == []
    assert result_titles(client.get("/search/?q=insomnio")) == []
    # Queries searched before find the new content too.
    assert sorted(result_titles(client.get("/search/?q=ketamine"))) == [
        "Ketamine and sleep",
        "Ketamine treatment",
    ]
