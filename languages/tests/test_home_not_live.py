"""A language whose home page is not live yet (just added, or awaiting clinical
review) has no addresses of its own: nothing links to it, and its addresses send
the reader to the page in the language it is written in."""

import pytest
from django.core.cache import cache
from wagtail.models import Page

from languages.links import alternates, language_versions


@pytest.fixture
def spanish_pending(home_page, article_index, article_page, languages, translate):
    """Spanish is configured; its home page and article are translated, but the
    home page waits for review (a draft), while the article has been approved."""
    es = languages("es")["es"]
    article = article_page(title="Ketamine treatment")
    home_es = translate(home_page, es, title="Inicio")
    translate(article_index, es, title="Información de salud")
    article_es = translate(article, es, title="Tratamiento con ketamina")
    home_es.refresh_from_db()  # its children were added since (numchild)
    home_es.unpublish()
    return {"article": article, "article_es": article_es, "home_es": home_es}


def test_an_address_under_the_language_redirects_to_the_pages_own(
    client, home_page, spanish_pending
):
    response = client.get("/es/")
    assert response.status_code == 302
    assert response["Location"] == "/"

    response = client.get("/es/articles/ketamine-treatment/?utm_source=leaflet")
    assert response.status_code == 302
    assert response["Location"] == "/articles/ketamine-treatment/?utm_source=leaflet"

    english = client.get(response["Location"])
    assert english.status_code == 200
    assert '<html lang="en-gb"' in english.content.decode()


def test_nothing_links_to_the_language_until_its_home_page_is_live(
    client, rf, home_page, spanish_pending, translate
):
    article = spanish_pending["article"]
    html = client.get(article.url).content.decode()
    assert "Español" not in html
    assert 'hreflang="es"' not in html
    request = rf.get(article.url)
    assert [v.code for v in language_versions(article, request)] == ["en-gb"]
    assert alternates(article, request) == []

    # Approved: the language appears, its addresses serve its own pages.
    spanish_pending["home_es"].get_latest_revision().publish()
    cache.clear()  # Wagtail's site root paths (one per home page translation)
    html = client.get(article.url).content.decode()
    assert '<a href="/es/articles/ketamine-treatment/" lang="es" hreflang="es">' in html
    assert 'hreflang="es" href="http://localhost/es/articles/' in html
    spanish = client.get("/es/articles/ketamine-treatment/")
    assert spanish.status_code == 200
    assert "Tratamiento con ketamina" in spanish.content.decode()


def test_a_live_language_serves_its_own_pages_without_redirect(
    client, home_page, article_index, article_page, languages, translate
):
    es = languages("es")["es"]
    article_page(title="Ketamine treatment")
    translate(home_page, es, title="Inicio")
    assert client.get("/es/").status_code == 200
    # No Spanish article yet: not found, rather than the English one.
    assert client.get("/es/articles/ketamine-treatment/").status_code == 404
    assert Page.objects.filter(locale=es).count() == 1


def test_the_sitemap_leaves_out_a_language_whose_home_is_not_live(
    client, spanish_pending
):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "http://localhost/articles/ketamine-treatment/" in sitemap
    assert "/es/" not in sitemap
