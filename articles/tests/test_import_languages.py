"""The importer is told the document's language: the draft is made in it."""

from django.contrib.auth.models import Group, User

from articles.models import ArticlePage
from articles.tests.test_import_admin import CONFIRM_URL, IMPORT_URL, upload
from faq.models import FAQ


def sign_in_editor(client):
    user = User.objects.create_user("editor", password="secret-pass-123")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)


def test_one_language_asks_for_no_language(client, home_page, article_index):
    sign_in_editor(client)
    html = client.get(f"{IMPORT_URL}?parent={article_index.pk}").content.decode()
    assert "The document&#x27;s language" not in html
    assert 'name="language"' not in html


def test_a_spanish_document_becomes_a_spanish_draft_under_the_spanish_section(
    client, home_page, article_index, languages, translate
):
    es = languages("es")["es"]
    translate(home_page, es, title="Inicio")
    index_es = translate(article_index, es, title="Información de salud")
    sign_in_editor(client)
    form = client.get(f"{IMPORT_URL}?parent={article_index.pk}").content.decode()
    assert '<option value="es">Spanish</option>' in form

    preview = client.post(
        IMPORT_URL,
        {
            "document": upload("sedation_guide.txt"),
            "parent": article_index.pk,
            "language": "es",
        },
    )
    assert preview.status_code == 200
    client.post(CONFIRM_URL)

    page = ArticlePage.objects.get()
    assert page.locale == es and not page.live
    assert page.get_parent().pk == index_es.pk
    assert {faq.locale for faq in FAQ.objects.all()} == {es}


def test_a_language_without_that_section_is_refused_with_a_reason(
    client, home_page, article_index, languages
):
    languages("es")
    sign_in_editor(client)
    response = client.post(
        IMPORT_URL,
        {
            "document": upload("recovery.md"),
            "parent": article_index.pk,
            "language": "es",
        },
    )
    assert "has no version in es yet" in response.content.decode()
    assert not ArticlePage.objects.exists()
