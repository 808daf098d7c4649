"""On PostgreSQL, each language's words are stemmed as that language's
(search.backends): a Spanish reader's "embarazo" finds "embarazada"."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail.search.backends.database.postgres.postgres import PostgresSearchBackend

from conftest import publish
from faq.models import FAQPage
from search.backends import LanguageSearchBackend, filtered_locale_id
from search.models import SearchPage

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="PostgreSQL text search only"
    ),
]


def result_titles(response) -> list[str]:
    return [result.title for result in response.context["results"]]


@pytest.fixture
def two_languages(
    home_page, article_index, article_page, languages, translate, no_page_cache
):
    """An English article on vaccines with its Spanish translation on pregnancy
    wording, and a search page in each language."""
    es = languages("es")["es"]
    article = article_page(
        title="Vaccines before treatment",
        summary="Which vaccine you may need before your first appointment.",
        body=[("paragraph", RichText("<p>Ask us which vaccine suits you.</p>"))],
    )
    search = publish(home_page, SearchPage(title="Search", slug="search"))
    translate(home_page, es, title="Inicio")
    translate(article_index, es, title="Información de salud")
    article_es = translate(
        article,
        es,
        title="Antes del tratamiento",
        summary="Qué hacer si está embarazada antes de su primera cita.",
        body=[("paragraph", RichText("<p>Díganos si está embarazada.</p>"))],
    )
    translate(search, es, title="Buscar")
    return {"es": es, "article": article, "article_es": article_es}


def test_a_spanish_search_is_stemmed_as_spanish(client, two_languages):
    assert result_titles(client.get("/es/search/?q=embarazo")) == [
        "Antes del tratamiento"
    ]


def test_english_is_still_stemmed_as_english(client, two_languages):
    assert result_titles(client.get("/search/?q=vaccinations")) == [
        "Vaccines before treatment"
    ]


def test_neither_language_finds_the_others_pages(client, two_languages):
    assert result_titles(client.get("/search/?q=embarazo")) == []
    assert result_titles(client.get("/search/?q=embarazada")) == []
    assert result_titles(client.get("/es/search/?q=vaccinations")) == []
    assert result_titles(client.get("/es/search/?q=vaccine")) == []


def test_a_spanish_faq_is_stemmed_as_spanish(
    client, two_languages, faq_page_with_spanish
):
    faq_page_with_spanish(
        two_languages["es"],
        ("Do I need a vaccine first?", "<p>Usually not: ask at your appointment.</p>"),
        ("¿Necesito una vacuna antes?", "<p>Normalmente no: pregunte en su cita.</p>"),
    )
    assert result_titles(client.get("/es/search/?q=vacunación")) == [
        "¿Necesito una vacuna antes?"
    ]
    assert "Do I need a vaccine first?" in result_titles(
        client.get("/search/?q=vaccinations")
    )


def test_update_index_restems_entries_indexed_before_the_upgrade(client, two_languages):
    # As Wagtail's own backend indexed it: one configuration for every language.
    PostgresSearchBackend({"SEARCH_CONFIG": "english"}).add(
        two_languages["article_es"].specific
    )
    assert result_titles(client.get("/es/search/?q=embarazo")) == []

    call_command("update_index", stdout=io.StringIO(), stderr=io.StringIO())

    assert result_titles(client.get("/es/search/?q=embarazo")) == [
        "Antes del tratamiento"
    ]


def test_each_language_gets_its_configuration(languages, settings):
    languages("es", "cy", "ur")
    backend = LanguageSearchBackend({"SEARCH_CONFIG": None})
    assert backend.language_config("en-gb") == "english"
    assert backend.language_config("es") == "spanish"
    assert backend.language_config("pt-br") == "portuguese"
    # PostgreSQL cannot stem Welsh or Urdu: their words are matched as written.
    assert backend.language_config("cy") == "simple"
    assert backend.language_config("ur") == "simple"
    assert backend.language_configs() == ["english", "spanish", "simple", "simple"]
    # CLINIC_SEARCH_CONFIG sets the default language's configuration only.
    backend = LanguageSearchBackend({"SEARCH_CONFIG": "simple"})
    assert backend.language_config(settings.LANGUAGE_CODE) == "simple"
    assert backend.language_config("es") == "spanish"


def test_the_searched_locale_is_read_from_the_queryset(languages):
    es = languages("es")["es"]
    pages = FAQPage.objects.all()
    assert filtered_locale_id(pages.filter(locale=es.pk)) == es.pk
    assert filtered_locale_id(pages.filter(locale=es)) == es.pk
    assert filtered_locale_id(pages.filter(live=True, locale_id=es.pk)) == es.pk
    assert filtered_locale_id(pages) is None
    assert filtered_locale_id(pages.exclude(locale=es)) is None


def test_a_search_across_languages_stems_each_in_its_own(two_languages):
    """The admin's page search, in no one language, finds both."""
    assert set(Page.objects.search("embarazo")) == {
        two_languages["article_es"].page_ptr
    }
    assert set(Page.objects.search("vaccinations")) == {
        two_languages["article"].page_ptr
    }
