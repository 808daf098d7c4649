"""What a low-privilege editor must not see, in the style of Wagtail's security
advisories: history and revisions of pages they cannot edit, form submissions,
site settings, and images and documents in collections they have no access to."""

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Site,
)

from home.permissions import ensure_reception_group
from security.protection import HONEYPOT_FIELD

SECRET_DRAFT = "Draft text only the clinic's managers should see"
SECRET_MESSAGE = "My private question about my own treatment"


@pytest.fixture
def writer(article_index) -> User:
    """May edit articles (the article index and below) and use the Public collection."""
    group = Group.objects.create(name="Article writers")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for permission_type in ("add", "change"):
        GroupPagePermission.objects.create(
            group=group, page=article_index, permission_type=permission_type
        )
    public = Collection.get_first_root_node().add_child(name="Public")
    for codename in (
        "add_image",
        "change_image",
        "choose_image",
        # Documents too, so the document listing opens and must leave out
        # the documents of collections the writer has no access to.
        "add_document",
        "change_document",
        "choose_document",
    ):
        GroupCollectionPermission.objects.create(
            group=group,
            collection=public,
            permission=Permission.objects.get(codename=codename),
        )
    user = User.objects.create_user("writer", password="a-long-test-password")
    user.groups.add(group)
    return user


@pytest.fixture
def private_collection(db) -> Collection:
    return Collection.get_first_root_node().add_child(name="Managers only")


@pytest.fixture
def contact_with_draft(contact_page):
    contact_page.intro = f"<p>{SECRET_DRAFT}</p>"
    revision = contact_page.save_revision()  # a draft, never published
    return contact_page, revision


def assert_denied(response, secret=None):
    """Wagtail answers a refused admin request with 403 or by sending the user to
    the dashboard (possibly via another admin address); either way nothing of the
    page is shown."""
    if response.redirect_chain:
        assert response.redirect_chain[-1][0] == reverse("wagtailadmin_home")
        assert response.status_code == 200
        assert "permission" in response.content.decode()
    else:
        assert response.status_code in (403, 404)
    if secret:
        assert secret not in response.content.decode()


def test_writer_can_use_the_parts_of_the_admin_they_are_given(
    client, writer, article_page
):
    client.force_login(writer)
    article = article_page()
    assert (
        client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])).status_code
        == 200
    )
    assert (
        client.get(reverse("wagtailadmin_pages:history", args=[article.pk])).status_code
        == 200
    )


def test_writer_cannot_see_history_or_revisions_of_pages_they_cannot_edit(
    client, writer, contact_with_draft
):
    page, revision = contact_with_draft
    client.force_login(writer)
    urls = [
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        reverse("wagtailadmin_pages:history", args=[page.pk]),
        reverse("wagtailadmin_pages:revisions_index", args=[page.pk]),
        reverse("wagtailadmin_pages:revisions_view", args=[page.pk, revision.pk]),
        reverse(
            "wagtailadmin_pages:revisions_compare",
            args=[page.pk, "live", str(revision.pk)],
        ),
        reverse("wagtailadmin_pages:view_draft", args=[page.pk]),
        reverse("wagtailadmin_pages:workflow_history", args=[page.pk]),
    ]
    for url in urls:
        assert_denied(client.get(url, follow=True), SECRET_DRAFT)
    assert_denied(
        client.post(
            reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, revision.pk]),
            follow=True,
        )
    )


def test_writer_cannot_read_form_submissions(client, writer, contact_page):
    ensure_reception_group()
    client.post(
        contact_page.url,
        {
            "your_name": "Sam",
            "your_email_address": "sam@example.test",
            "your_message": SECRET_MESSAGE,
            "i_agree_to_the_clinic_storing_this_message": "on",
            HONEYPOT_FIELD: "",
        },
    )
    client.force_login(writer)
    url = reverse("wagtailforms:list_submissions", args=[contact_page.pk])
    assert_denied(client.get(url, follow=True), SECRET_MESSAGE)
    assert_denied(client.get(url + "?export=csv", follow=True), SECRET_MESSAGE)
    forms_index = client.get(reverse("wagtailforms:index"))
    assert forms_index.status_code == 200
    assert SECRET_MESSAGE not in forms_index.content.decode()


def test_writer_cannot_open_site_settings(client, writer, clinic_settings):
    clinic_settings.phone = "0800 000 0000"
    clinic_settings.save()
    client.force_login(writer)
    site = Site.objects.get(is_default_site=True)
    url = reverse("wagtailsettings:edit", args=["home", "clinicsettings", site.pk])
    assert_denied(client.get(url, follow=True), "0800 000 0000")
    assert_denied(client.post(url, {"phone": "0800 999 9999"}, follow=True))
    clinic_settings.refresh_from_db()
    assert clinic_settings.phone == "0800 000 0000"


def test_writer_cannot_see_images_in_collections_they_lack(
    client, writer, private_collection
):
    private = Image.objects.create(
        title="Staff rota photo",
        file=get_test_image_file(),
        collection=private_collection,
    )
    client.force_login(writer)
    listing = client.get(reverse("wagtailimages:index"))
    assert listing.status_code == 200
    assert "Staff rota photo" not in listing.content.decode()
    chooser = client.get(reverse("wagtailimages_chooser:choose"))
    assert chooser.status_code == 200
    assert "Staff rota photo" not in chooser.content.decode()
    for url in [
        reverse("wagtailimages:edit", args=[private.pk]),
        reverse("wagtailimages:delete", args=[private.pk]),
        reverse("wagtailimages:image_usage", args=[private.pk]),
        reverse("wagtailimages_chooser:chosen", args=[private.pk]),
    ]:
        assert_denied(client.get(url, follow=True), "Staff rota photo")


def test_writer_cannot_see_documents_in_collections_they_lack(
    client, writer, private_collection
):
    document = Document.objects.create(
        title="Board minutes",
        file=ContentFile(b"%PDF-1.4\n", name="minutes.pdf"),
        collection=private_collection,
    )
    client.force_login(writer)
    documents = client.get(reverse("wagtaildocs:index"))
    assert documents.status_code == 200
    assert "Board minutes" not in documents.content.decode()
    assert_denied(
        client.get(reverse("wagtaildocs:edit", args=[document.pk]), follow=True),
        "Board minutes",
    )
