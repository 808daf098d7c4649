"""The templates' own wording on the Spanish demo: Spanish under /es/, and the
English pages keep their English."""

import pytest
from django.urls import reverse
from wagtail.models import Page

pytestmark = pytest.mark.django_db

# (page, English the template writes, its Spanish), for each kind of page.
CHROME = {
    "/articles/understanding-ketamine/": [
        ("References", "Referencias"),
        ("Back to text", "Volver al texto"),
        ("Related articles", "Artículos relacionados"),
        ("Was this page helpful?", "¿Le ha resultado útil esta página?"),
        ("Leave this field empty", "Deje este campo vacío"),
        (">Yes</button>", ">Sí</button>"),
        (
            "Your answer is anonymous. Next, you can tell us more if you want to.",
            "Su respuesta es anónima. Después, si lo desea, puede contarnos más.",
        ),
        ("At a glance", "En resumen"),
        ("min read", "min de lectura"),
    ],
    "/articles/ketamine/": [
        ("Key facts", "Datos clave"),
        ("Type of medicine", "Tipo de medicamento"),
        ("How it is given", "Cómo se administra"),
        ("What it is used for", "Para qué se usa"),
        ("Other medicines, alcohol and drugs", "Otros medicamentos, alcohol y drogas"),
        ("Pregnancy and breastfeeding", "Embarazo y lactancia"),
        ("Legal status and prescriptions", "Situación legal y recetas"),
        ("Prescription-only medicine", "Medicamento que requiere receta"),
        (
            "now, or go to the nearest emergency department.",
            "ahora o vaya al servicio de urgencias más cercano.",
        ),
        ("Not urgent: contact the clinic", "No urgente: contacte con la clínica"),
        ("Call the clinic on", "Llame a la clínica al"),
    ],
    "/a-to-z/": [
        ("Back to letters", "Volver a las letras"),
        (">Medicine</span>", ">Medicamento</span>"),
    ],
    "/contact/": [
        ("Send us a message", "Envíenos un mensaje"),
        (
            "or other personal health information through this form.",
            "ni otra información personal sobre su salud a través de este formulario.",
        ),
        (
            "If it is an emergency, do not wait for a reply:",
            "Si es una emergencia, no espere una respuesta:",
        ),
        (
            "or go to your nearest emergency department.",
            "o vaya al servicio de urgencias más cercano.",
        ),
        ("Send message", "Enviar mensaje"),
    ],
    "/search/?q=ketamine": [
        ("Search results for", "Resultados de la búsqueda de"),
        ("results for “ketamine”", "resultados para «ketamine»"),
    ],
    "/search/?q=zzqqxxwwvv": [
        (
            "Try different or fewer words",
            "Pruebe con otras palabras o con menos palabras",
        ),
        ("0 results for", "0 resultados para"),
    ],
}


def page_text(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return " ".join(response.content.decode().split())


def test_spanish_pages_use_spanish_for_the_templates_own_wording(client, spanish_demo):
    for url, wording in CHROME.items():
        html = page_text(client, f"/es{url}")
        for english, spanish in wording:
            assert spanish in html, (url, spanish)
            assert english not in html, (url, english)

    html = page_text(client, "/es/search/?q=ketamina")
    assert "<title>Resultados de la búsqueda de «ketamina»" in html
    assert '<p class="search-result__kind">Medicamento</p>' in html
    assert '<p class="search-result__kind">Artículo</p>' in html
    assert 'search-result__kind">Medicine<' not in html
    # The medicine's contents link to its Spanish headings.
    html = page_text(client, "/es/articles/ketamine/")
    assert '<a href="#para-que-se-usa">Para qué se usa</a>' in html
    response = client.get("/es/no-such-page/")
    assert response.status_code == 404
    assert "Página no encontrada" in response.content.decode()
    assert "Page not found" not in response.content.decode()

    # The feedback follow-up speaks the language of the page rated.
    article = Page.objects.get(
        url_path__endswith="/understanding-ketamine/", locale__language_code="es"
    )
    response = client.post(
        reverse("page_feedback_vote"),
        {"page": article.pk, "helpful": "yes"},
        follow=True,
    )
    html = " ".join(response.content.decode().split())
    assert "Gracias por su respuesta" in html
    assert "Enviar comentario" in html
    assert "Thank you for your answer" not in html


def test_english_pages_keep_their_english(client, spanish_demo):
    for url, wording in CHROME.items():
        html = page_text(client, url)
        for english, spanish in wording:
            assert english in html, (url, english)
            assert spanish not in html, (url, spanish)

    html = page_text(client, "/search/?q=ketamine")
    assert '<p class="search-result__kind">Medicine</p>' in html
    html = page_text(client, "/articles/ketamine/")
    assert '<a href="#what-it-is-used-for">What it is used for</a>' in html
    assert "Page not found" in client.get("/no-such-page/").content.decode()
