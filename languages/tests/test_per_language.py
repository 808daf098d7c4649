"""With English and Spanish: the sitemap, feed, search, promotions and page cache
each keep to a language, as a Spanish-speaking patient would notice."""

import xml.etree.ElementTree as ET

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.rich_text import RichText

from conftest import publish
from faq.models import FAQ
from search.models import SearchPage

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def spanish_site(home_page, article_index, article_page, languages, translate):
    """An English article with its Spanish translation, and a search page in each."""
    es = languages("es")["es"]
    article = article_page(
        title="Ketamine treatment",
        summary="What ketamine treatment is and how it is given.",
    )
    search = publish(home_page, SearchPage(title="Search", slug="search"))
    translate(home_page, es, title="Inicio")
    translate(article_index, es, title="Información de salud")
    article_es = translate(
        article,
        es,
        title="Tratamiento con ketamina",
        summary="Qué es el tratamiento con ketamina y cómo se administra.",
        body=[("paragraph", RichText("<p>Lo administra personal formado.</p>"))],
    )
    search_es = translate(search, es, title="Buscar")
    return {
        "es": es,
        "article": article,
        "article_es": article_es,
        "search_es": search_es,
    }


def test_the_sitemap_lists_both_languages_with_alternates(client, spanish_site):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    entries = {
        url.find(f"{SITEMAP}loc").text: {
            link.get("hreflang"): link.get("href") for link in url.iter(f"{XHTML}link")
        }
        for url in root.iter(f"{SITEMAP}url")
    }
    english = "http://localhost/articles/ketamine-treatment/"
    spanish = "http://localhost/es/articles/ketamine-treatment/"
    assert {"http://localhost/", "http://localhost/es/", english, spanish} <= set(
        entries
    )
    expected = {"en-gb": english, "es": spanish, "x-default": english}
    assert entries[english] == expected
    assert entries[spanish] == expected
    # Search results pages stay out of the sitemap in every language.
    assert not [loc for loc in entries if "/search/" in loc]


def test_each_language_has_its_own_feed(client, spanish_site):
    english = ET.fromstring(client.get("/feed/").content)
    spanish = ET.fromstring(client.get("/es/feed/").content)
    assert [e.find(f"{ATOM}title").text for e in english.iter(f"{ATOM}entry")] == [
        "Ketamine treatment"
    ]
    assert [e.find(f"{ATOM}title").text for e in spanish.iter(f"{ATOM}entry")] == [
        "Tratamiento con ketamina"
    ]
    assert spanish.get("{http://www.w3.org/XML/1998/namespace}lang") == "es"
    assert '/es/feed/"' in client.get(spanish_site["article_es"].url).content.decode()


def result_titles(response) -> list[str]:
    return [result.title for result in response.context["results"]]


def test_search_finds_only_the_visitors_language(client, spanish_site):
    assert result_titles(client.get("/es/search/?q=ketamina")) == [
        "Tratamiento con ketamina"
    ]
    assert result_titles(client.get("/search/?q=ketamine")) == ["Ketamine treatment"]
    # The English word in a Spanish search finds only Spanish pages that use it.
    assert "Ketamine treatment" not in result_titles(
        client.get("/es/search/?q=treatment")
    )


def test_search_finds_faqs_in_the_visitors_language(
    client, spanish_site, faq_page_with_spanish
):
    faq, faq_es = faq_page_with_spanish(
        spanish_site["es"],
        ("Can I drive home afterwards?", "<p>No, arrange a lift.</p>"),
        ("¿Puedo conducir después?", "<p>No, pida que le lleven.</p>"),
    )
    assert faq_es.slug == faq.slug  # the #faq-… anchor is the same in each language
    assert FAQ.objects.count() == 2
    spanish = client.get("/es/search/?q=conducir")
    assert result_titles(spanish) == ["¿Puedo conducir después?"]
    assert spanish.context["results"][0].url.startswith("/es/faqs/#faq-")
    assert result_titles(client.get("/es/search/?q=drive")) == []
    english = result_titles(client.get("/search/?q=drive"))
    assert "Can I drive home afterwards?" in english
    assert "¿Puedo conducir después?" not in english


def test_a_search_promotion_shows_in_its_pages_language(client, spanish_site):
    query = Query.get("ketamine")
    SearchPromotion.objects.create(
        query=query, page=spanish_site["article"], description="Start here."
    )
    SearchPromotion.objects.create(
        query=query, page=spanish_site["article_es"], description="Empiece aquí."
    )
    english = client.get("/search/?q=ketamine").context["promoted"]
    spanish = client.get("/es/search/?q=ketamine").context["promoted"]
    assert [result.summary for result in english] == ["Start here."]
    assert [result.summary for result in spanish] == ["Empiece aquí."]


def test_cached_menus_and_pages_are_kept_per_language(client, spanish_site):
    # Render and cache the English page first, then the Spanish one.
    english = client.get(spanish_site["article"].url)
    spanish = client.get(spanish_site["article_es"].url)
    assert client.get(spanish_site["article_es"].url)["X-Cache"] == "HIT"
    english_html, spanish_html = english.content.decode(), spanish.content.decode()
    assert 'href="/articles/">Health information</a>' in english_html
    assert 'href="/es/articles/">Información de salud</a>' in spanish_html
    assert "Información de salud" not in english_html
    assert client.get(spanish_site["article"].url).content.decode() == english_html


def test_the_spanish_feed_is_titled_in_spanish(client, spanish_site):
    spanish = ET.fromstring(client.get("/es/feed/").content)
    english = ET.fromstring(client.get("/feed/").content)
    assert spanish.find(f"{ATOM}title").text.endswith(": información de salud")
    assert spanish.find(f"{ATOM}subtitle").text == (
        "Artículos nuevos y actualizados sobre los tratamientos de la clínica."
    )
    assert english.find(f"{ATOM}title").text.endswith(": health information")


def test_not_found_is_in_the_readers_language_and_leads_to_its_home(
    client, spanish_site
):
    spanish = client.get("/es/no-such-page/")
    assert spanish.status_code == 404
    html = spanish.content.decode()
    assert '<html lang="es"' in html
    assert "Página no encontrada" in html
    assert 'Puede ir a la <a href="/es/">página de inicio</a>' in html

    english = client.get("/no-such-page/").content.decode()
    assert "Page not found" in english
    assert 'You can go to the <a href="/">home page</a>' in english


def test_too_many_searches_is_in_the_readers_language_and_leads_to_its_home(
    client, spanish_site, settings
):
    settings.SEARCH_RATE_LIMIT = (1, 60)
    assert client.get("/es/search/?q=ketamina").status_code == 200

    response = client.get("/es/search/?q=tratamiento")

    assert response.status_code == 429
    html = response.content.decode()
    assert '<html lang="es"' in html
    assert "Espere un momento, por favor" in html
    assert 'Puede ir a la <a href="/es/">página de inicio</a>' in html


def test_a_search_with_no_results_leads_to_the_readers_home(client, spanish_site):
    spanish = client.get(spanish_site["search_es"].url, {"q": "zzzz"}).content.decode()
    assert 'consulte la <a href="/es/">página de inicio</a>' in spanish

    english = client.get("/search/", {"q": "zzzz"}).content.decode()
    assert 'or browse the <a href="/">home page</a>' in english
