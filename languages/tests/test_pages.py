"""What a patient sees of the site's languages: lang and dir, the switcher, hreflang."""

from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import override
from pytest_django.asserts import assertContains, assertNotContains


def test_one_language_shows_no_switcher_and_no_alternates(client, article_page):
    article = article_page(title="Ketamine treatment")
    assert article.url == "/articles/ketamine-treatment/"
    html = client.get(article.url).content.decode()
    assert '<html lang="en-gb" dir="ltr">' in html
    assert "language-switcher" not in html
    assert 'hreflang="' not in html
    assert client.get("/es/articles/ketamine-treatment/").status_code == 404


def test_a_translated_page_links_to_each_language_and_back(
    client, home_page, article_index, article_page, languages, translate
):
    locales = languages("es")
    article = article_page(title="Ketamine treatment")
    home_es = translate(home_page, locales["es"], title="Inicio")
    translate(article_index, locales["es"], title="Información de salud")
    article_es = translate(article, locales["es"], title="Tratamiento con ketamina")
    assert home_es.url == "/es/"
    assert article_es.url == "/es/articles/ketamine-treatment/"

    english = client.get(article.url).content.decode()
    assert '<html lang="en-gb" dir="ltr">' in english
    assert (
        '<a href="/es/articles/ketamine-treatment/" lang="es" hreflang="es">Español</a>'
        in english
    )
    # The language, not its variety: patients choose "English".
    assert 'aria-current="true">English</span>' in english
    assert (
        '<link rel="alternate" hreflang="es" href="http://localhost/es/articles/ketamine-treatment/">'
        in english
    )
    assert (
        '<link rel="alternate" hreflang="x-default" href="http://localhost/articles/ketamine-treatment/">'
        in english
    )

    spanish = client.get(article_es.url)
    assertContains(spanish, '<html lang="es" dir="ltr">')
    assertContains(spanish, "Tratamiento con ketamina")
    assertContains(
        spanish,
        '<a href="/articles/ketamine-treatment/" lang="en-gb" hreflang="en-gb">English</a>',
    )
    assertContains(spanish, '"inLanguage": "es"')


def test_without_a_live_translation_the_switcher_offers_that_languages_home(
    client, home_page, article_page, languages, translate
):
    locales = languages("es")
    article = article_page(title="Ketamine treatment")
    translate(home_page, locales["es"], title="Inicio")
    # A translation waiting for review is a draft: never linked.
    article.copy_for_translation(locales["es"], copy_parents=True)
    html = client.get(article.url).content.decode()
    assert '<a href="/es/" lang="es" hreflang="es">Español</a>' in html
    assertNotContains(client.get(article.url), 'hreflang="es" href="http')


def test_dates_are_written_in_the_pages_language(
    client, home_page, article_index, article_page, languages, translate
):
    es = languages("es")["es"]
    article = article_page(title="Ketamine treatment")
    translate(home_page, es, title="Inicio")
    translate(article_index, es, title="Información de salud")
    article_es = translate(article, es, title="Tratamiento con ketamina")
    when = localtime(article_es.last_published_at)
    with override("es"):
        spanish_date = date_format(when)
    with override("en-gb"):
        english_date = date_format(localtime(article.last_published_at))
    # Each language's own order and words (clinic_site/formats).
    months = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
    assert (
        spanish_date == f"{when.day} de {months.split()[when.month - 1]} de {when.year}"
    )
    english = localtime(article.last_published_at)
    assert english_date == f"{english.day} {english:%B} {english.year}"
    assertContains(client.get(article_es.url), spanish_date)
    assertContains(client.get(article.url), english_date)


def test_public_pages_do_not_vary_by_the_browsers_language(client, article_page):
    # The address alone decides the language, so shared caches keep one copy.
    article = article_page(title="Ketamine treatment")
    for response in (
        client.get(article.url, HTTP_ACCEPT_LANGUAGE="es"),
        client.get(article.url, HTTP_ACCEPT_LANGUAGE="fr"),
    ):
        assert "accept-language" not in response.get("Vary", "").lower()
        assert response["Content-Language"] == "en-gb"
        assertContains(response, '<html lang="en-gb" dir="ltr">')
