"""The "Import a document" admin view: upload, preview, confirm, permissions."""

from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import ArticlePage
from faq.models import FAQ

DOCUMENTS = Path(__file__).parent / "documents"
IMPORT_URL = "/admin/articles/import/"
CONFIRM_URL = "/admin/articles/import/confirm/"


def upload(name: str, data: bytes | None = None) -> SimpleUploadedFile:
    return SimpleUploadedFile(
        name, data if data is not None else (DOCUMENTS / name).read_bytes()
    )


@pytest.fixture
def editor(client, home_page):
    """An editor in Wagtail's default Editors group, which may add pages."""
    user = User.objects.create_user("editor", password="secret-pass-123")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return user


@pytest.mark.django_db
class TestImportDocumentView:
    def test_menu_and_article_index_offer_the_import(
        self, client, editor, article_index
    ):
        dashboard = client.get("/admin/")
        assert "Import a document" in dashboard.content.decode()

        listing = client.get(f"/admin/pages/{article_index.get_parent().pk}/")
        assert f"{IMPORT_URL}?parent={article_index.pk}" in listing.content.decode()

        create = client.get(
            reverse(
                "wagtailadmin_pages:add",
                args=("articles", "articlepage", article_index.pk),
            )
        )
        assert f"{IMPORT_URL}?parent={article_index.pk}" in create.content.decode()

    def test_preview_then_confirm_creates_a_draft_and_opens_it(
        self, client, editor, article_index, contact_page
    ):
        form = client.get(f"{IMPORT_URL}?parent={article_index.pk}")
        assert form.status_code == 200
        assert f'<option value="{article_index.pk}" selected>' in form.content.decode()

        preview = client.post(
            IMPORT_URL,
            {"document": upload("sedation_guide.txt"), "parent": article_index.pk},
        )

        html = preview.content.decode()
        assert preview.status_code == 200
        assert "Check before creating the draft" in html
        assert "Ketamine for sedation: a guide for patients" in html
        assert "0800 000 0000" in html and "phone number" in html
        assert "All 36 lines with text are accounted for" in html
        # Blocks are named as the editor names them, never by their code names.
        assert "<td>FAQ group</td>" in html and "faq_group" not in html
        assert "you then submit it for clinical review" in html
        assert not ArticlePage.objects.exists()  # nothing saved by the preview
        assert not FAQ.objects.exists()

        done = client.post(CONFIRM_URL)

        page = ArticlePage.objects.get()
        assert done.status_code == 302
        # Editors cannot publish: the message tells them their next step.
        [message] = [str(m) for m in get_messages(done.wsgi_request)]
        assert "then submit it for clinical review" in message
        assert "publish it" not in message
        assert done.url == reverse("wagtailadmin_pages:edit", args=(page.pk,))
        assert not page.live and page.owner == editor
        assert page.get_parent().pk == article_index.pk
        assert FAQ.objects.count() == 2
        edit = client.get(done.url)
        assert edit.status_code == 200
        assert "It is not published" in edit.content.decode()

    def test_confirming_twice_creates_one_draft(self, client, editor, article_index):
        client.post(
            IMPORT_URL, {"document": upload("recovery.md"), "parent": article_index.pk}
        )
        client.post(CONFIRM_URL)

        again = client.post(CONFIRM_URL, follow=True)

        assert ArticlePage.objects.count() == 1
        assert "no longer waiting" in again.content.decode()

    def test_the_title_typed_replaces_the_documents(
        self, client, editor, article_index
    ):
        client.post(
            IMPORT_URL,
            {
                "document": upload("ketamine_pain.txt"),
                "parent": article_index.pk,
                "title": "Ketamine and pain",
            },
        )
        client.post(CONFIRM_URL)

        assert ArticlePage.objects.get().title == "Ketamine and pain"

    @pytest.mark.parametrize(
        "name,data,message",
        [
            (
                "notes.txt",
                "Caf\u00e9\nText.".encode("cp1252"),
                "The file is not UTF-8 text",
            ),
            (
                "notes.pdf",
                b"%PDF-1.4",
                "Only .txt, .md and .docx files can be imported",
            ),
            ("broken.docx", b"not a zip", "The .docx file is damaged"),
        ],
    )
    def test_bad_input_is_a_form_error_and_keeps_what_was_typed(
        self, client, editor, article_index, name, data, message
    ):
        response = client.post(
            IMPORT_URL,
            {
                "document": upload(name, data),
                "parent": article_index.pk,
                "title": "My typed title",
            },
        )

        html = response.content.decode()
        assert response.status_code == 200
        assert message in html
        assert 'value="My typed title"' in html
        assert not ArticlePage.objects.exists()

    def test_a_file_over_the_limit_is_refused_before_reading(
        self, client, editor, article_index, settings
    ):
        settings.CLINIC_IMPORT_MAX_BYTES = 1024 * 1024

        response = client.post(
            IMPORT_URL,
            {
                "document": upload("big.txt", b"Title\n" + b"x" * 2 * 1024 * 1024),
                "parent": article_index.pk,
            },
        )

        assert (
            "the largest file that can be imported is 1.0 MB"
            in response.content.decode()
        )
        assert not ArticlePage.objects.exists()

    def test_users_who_cannot_add_articles_cannot_import(self, client, article_index):
        user = User.objects.create_user("reader", password="secret-pass-123")
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
        client.force_login(user)

        # Wagtail turns the refusal into a redirect to the dashboard with a message.
        refused = client.get(IMPORT_URL, follow=True)
        assert refused.redirect_chain[-1][0] == "/admin/"
        assert "do not have permission" in refused.content.decode()
        assert "Import a document" not in client.get("/admin/").content.decode()
        response = client.post(
            IMPORT_URL,
            {"document": upload("recovery.md"), "parent": article_index.pk},
        )
        assert response.status_code == 302
        assert not ArticlePage.objects.exists()

    def test_confirm_checks_permission_again(self, client, editor, article_index):
        client.post(
            IMPORT_URL, {"document": upload("recovery.md"), "parent": article_index.pk}
        )
        editor.groups.clear()

        response = client.post(CONFIRM_URL)

        assert response.status_code == 302
        assert not ArticlePage.objects.exists()

    def test_a_parent_that_cannot_hold_articles_is_not_offered(
        self, client, editor, article_index, home_page
    ):
        response = client.post(
            IMPORT_URL, {"document": upload("recovery.md"), "parent": home_page.pk}
        )

        assert "Select a valid choice" in response.content.decode()
        assert not ArticlePage.objects.exists()
