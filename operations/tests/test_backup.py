"""backup and restore: one archive brings back pages, images (with their files) and
form submissions, on SQLite and on PostgreSQL (make test runs both)."""

import io
import json
import tarfile
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.core.management import CommandError, call_command
from wagtail.contrib.forms.models import FormSubmission
from wagtail.images.models import Image
from wagtail.models import Page

from articles.models import ArticlePage
from clinic_site.settings.base import redis_cache

# Real commits: pg_dump and pg_restore are other processes and must see the data.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def snapshot() -> dict:
    """What a clinic would check after a restore, down to the image files' bytes."""

    def file_bytes(image):
        with image.file.open("rb") as file:
            return file.read()

    return {
        "pages": sorted(
            (page.url_path, page.title, page.specific_class.__name__, page.live)
            for page in Page.objects.all()
        ),
        "bodies": sorted(
            (page.title, json.dumps(page.specific.body.get_prep_value()))
            for page in Page.objects.type(*body_page_types()).specific()
        ),
        "images": sorted(
            (image.title, image.file.name, file_bytes(image))
            for image in Image.objects.all()
        ),
        "submissions": sorted(
            (sub.page.title, json.dumps(sub.form_data, sort_keys=True))
            for sub in FormSubmission.objects.select_related("page")
        ),
        "users": sorted(get_user_model().objects.values_list("username", "password")),
    }


def body_page_types():

    return (ArticlePage,)


@pytest.fixture
def clinic_content(article_page, image, contact_page):
    article_page(title="Ketamine in anaesthesia")
    article_page(title="Ketamine for pain")
    FormSubmission.objects.create(
        page=contact_page,
        form_data={"your_name": "Sam Example", "your_message": "When are you open?"},
    )
    get_user_model().objects.create_user("editor", password="a-long-passphrase-123")
    return image


def empty_the_database():
    """Like a new database: no rows at all. (Without post_migrate, which would add
    content types; and keeping sequences, which the reloaded test data relies on.)"""
    call_command(
        "flush",
        interactive=False,
        verbosity=0,
        inhibit_post_migrate=True,
        reset_sequences=False,
    )


def empty_the_installation():
    empty_the_database()
    for path in sorted(Path(settings.MEDIA_ROOT).rglob("*"), reverse=True):
        path.rmdir() if path.is_dir() else path.unlink()


def restore(archive: Path, **options) -> None:
    call_command("restore", str(archive), stdout=io.StringIO(), **options)
    # restore empties this process's content type cache. Refill it for the tests
    # after this one: while serialized_rollback reloads their database, Wagtail's
    # Page and Task constructors look content types up and, on a cache miss,
    # would create them with new ids that then clash with the reloaded ones.
    ContentType.objects.get_for_models(*apps.get_models())


def make_backup(directory: Path) -> Path:
    out = io.StringIO()
    call_command("backup", output=str(directory), stdout=out)
    archive = Path(out.getvalue().split("Backup written to ")[1].strip())
    assert archive.parent == directory and archive.name.endswith(".tar.gz")
    return archive


def test_round_trip_brings_back_pages_images_and_submissions(
    clinic_content, tmp_path, client
):
    before = snapshot()
    assert len(before["images"]) == 1 and len(before["submissions"]) == 1
    archive = make_backup(tmp_path)
    assert archive.stat().st_mode & 0o077 == 0  # personal data: owner-only

    empty_the_installation()
    assert Page.objects.count() == 0 and not Image.objects.exists()
    restore(archive)

    assert snapshot() == before
    article = Page.objects.get(title="Ketamine in anaesthesia")
    response = client.get(article.url)
    assert response.status_code == 200
    assert "Ketamine in anaesthesia" in response.content.decode()


def test_restore_refuses_an_installation_with_content(clinic_content, tmp_path):
    archive = make_backup(tmp_path)
    Page.objects.filter(title="Ketamine for pain").update(title="Edited since")
    with pytest.raises(CommandError) as error:
        call_command("restore", str(archive))
    message = str(error.value)
    assert message.startswith("This installation already has content (")
    assert "--force" in message and "\n" not in message
    assert Page.objects.filter(title="Edited since").exists()  # nothing touched


def test_restore_refuses_leftover_media_files(clinic_content, tmp_path):
    archive = make_backup(tmp_path)
    empty_the_database()
    with pytest.raises(CommandError, match="media directory .* already holds files"):
        call_command("restore", str(archive))


def test_force_replaces_what_is_there(clinic_content, article_page, tmp_path):
    before = snapshot()
    archive = make_backup(tmp_path)
    article_page(title="Written after the backup")
    Image.objects.all().delete()

    restore(archive, force=True)

    assert snapshot() == before
    assert not Page.objects.filter(title="Written after the backup").exists()


def test_no_page_from_before_the_restore_is_served_after_it(
    clinic_content, tmp_path, client, settings, redis_url
):
    """With Redis, the page cache may live in a database of its own (or another
    server) that clearing the default cache does not reach: a page stored before
    the restore must still not be served after it."""
    base = redis_url.rsplit("/", 1)[0]
    settings.CACHES = {
        **settings.CACHES,
        "default": redis_cache(f"{base}/8", key_prefix="test-restore"),
        "pages": redis_cache(f"{base}/9", key_prefix="test-restore-pages"),
    }
    archive = make_backup(tmp_path)
    page = Page.objects.get(title="Ketamine for pain").specific
    page.title = "Written after the backup"
    page.save_revision().publish()
    client.get(page.url)
    cached = client.get(page.url)
    assert cached.headers["X-Cache"] == "HIT"
    assert "Written after the backup" in cached.content.decode()

    restore(archive, force=True)

    response = client.get(page.url)
    assert response.status_code == 200
    assert response.headers["X-Cache"] == "MISS"
    assert "Ketamine for pain" in response.content.decode()
    assert "Written after the backup" not in response.content.decode()
    caches["pages"].clear()
    caches["default"].clear()


def write_tar(path: Path, files: dict) -> Path:
    with tarfile.open(path, "w:gz") as tar:
        for name, content in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(content)
            tar.addfile(info, io.BytesIO(content))
    return path


@pytest.mark.parametrize(
    ("make_archive", "message"),
    [
        (lambda tmp: tmp / "missing.tar.gz", "There is no backup archive at"),
        (
            lambda tmp: (
                (tmp / "notes.tar.gz").write_text("not a tar") and tmp / "notes.tar.gz"
            ),
            "is not a backup made by manage.py backup",
        ),
        (
            lambda tmp: write_tar(tmp / "other.tar.gz", {"readme.txt": b"hello"}),
            "is not a backup made by manage.py backup",
        ),
        (
            lambda tmp: write_tar(
                tmp / "escape.tar.gz",
                {"manifest.json": b"{}", "../../outside.txt": b"overwrite"},
            ),
            "is not a backup made by manage.py backup",
        ),
        (
            lambda tmp: write_tar(
                tmp / "oracle.tar.gz",
                {
                    "manifest.json": json.dumps(
                        {
                            "format": 1,
                            "created": "2026-01-01",
                            "database": "oracle",
                            "database_file": "database.dump",
                        }
                    ).encode(),
                    "database.dump": b"...",
                },
            ),
            "holds a oracle database, but this installation uses",
        ),
    ],
)
def test_restore_explains_a_bad_archive_in_one_sentence(
    home_page, tmp_path, make_archive, message
):
    empty_the_installation()
    with pytest.raises(CommandError, match=message) as error:
        call_command("restore", str(make_archive(tmp_path)))
    assert "\n" not in str(error.value)


def test_keep_deletes_the_oldest_archives(home_page, tmp_path):
    archives = [make_backup(tmp_path) for _ in range(3)]
    call_command("backup", output=str(tmp_path), keep=2, stdout=io.StringIO())
    left = sorted(tmp_path.glob("clinic-backup-*.tar.gz"))
    assert len(left) == 2
    assert archives[0] not in left and archives[1] not in left


def test_backup_into_an_unusable_directory_fails_clearly(home_page, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    with pytest.raises(CommandError, match="Cannot create"):
        call_command("backup", output=str(blocker / "backups"))
