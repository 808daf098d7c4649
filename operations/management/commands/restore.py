"""Restore a backup archive (manage.py backup) into an empty installation."""

import json
import shutil
import sqlite3
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from pagecache.cache import start_new_generation

from .backup import FORMAT_VERSION, postgres_environment, run


def existing_content() -> str:
    """What the database already holds beyond a fresh `migrate`, as words; '' if nothing."""
    tables = set(connection.introspection.table_names())
    counts = {
        "page": ("wagtailcore_page", "depth > 2"),
        "user account": ("auth_user", ""),
        "image": ("wagtailimages_image", ""),
        "document": ("wagtaildocs_document", ""),
        "form submission": ("wagtailforms_formsubmission", ""),
    }
    found = []
    with connection.cursor() as cursor:
        for label, (table, condition) in counts.items():
            if table not in tables:
                continue
            where = f" WHERE {condition}" if condition else ""
            cursor.execute(f"SELECT COUNT(*) FROM {table}{where}")
            count = cursor.fetchone()[0]
            if count:
                found.append(f"{count} {label}{'' if count == 1 else 's'}")
    return ", ".join(found)


def is_plain_member(member: tarfile.TarInfo, work: Path) -> bool:
    """Only files and folders that land inside work: no links, devices or ../ paths."""
    inside = (work / member.name).resolve().is_relative_to(work.resolve())
    return inside and (member.isfile() or member.isdir())


def media_files(media_root: Path) -> list[Path]:
    if not media_root.is_dir():
        return []
    return [path for path in media_root.rglob("*") if path.is_file()]


class Command(BaseCommand):
    help = (
        "Restore a backup made by manage.py backup (database and media) into an empty "
        "installation: a new database, with or without migrate, and no uploaded files. "
        "--force replaces existing content instead."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "archive", help="The .tar.gz file written by manage.py backup."
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace the database and media even if they already hold content.",
        )

    def handle(self, *args, **options):
        archive = Path(options["archive"])
        if not archive.is_file():
            raise CommandError(f"There is no backup archive at {archive}.")
        media_root = Path(settings.MEDIA_ROOT)
        if not options["force"]:
            content = existing_content()
            if content:
                raise CommandError(
                    f"This installation already has content ({content}); restore only "
                    "into an empty installation, or add --force to replace it."
                )
            if media_files(media_root):
                raise CommandError(
                    f"The media directory {media_root} already holds files; restore "
                    "only into an empty installation, or add --force to replace them."
                )

        with tempfile.TemporaryDirectory() as work:
            work = Path(work)
            manifest = self.unpack(archive, work)
            database = work / manifest["database_file"]
            if manifest["database"] != connection.vendor:
                raise CommandError(
                    f"{archive} holds a {manifest['database']} database, but this "
                    f"installation uses {connection.vendor}: set DATABASE_URL to match."
                )
            self.restore_database(database)
            # This process may have cached content type ids from before the restore.
            ContentType.objects.clear_cache()
            self.restore_media(work / "media", media_root)

        # Bring an older backup up to this version of the code.
        call_command("migrate", interactive=False, verbosity=0)
        cache.clear()  # rate-limit counters and parts cached from the old content
        # The page cache may live elsewhere (its own Redis database or server):
        # a new generation makes every page stored before the restore stale, in
        # every app server, and nginx's copies are purged.
        start_new_generation()
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored {archive} (made {manifest['created']}): "
                f"{len(media_files(media_root))} media files."
            )
        )

    def unpack(self, archive: Path, work: Path) -> dict:
        not_a_backup = f"{archive} is not a backup made by manage.py backup."
        try:
            with tarfile.open(archive, "r:gz") as tar:
                members = tar.getmembers()
                if not all(is_plain_member(member, work) for member in members):
                    raise CommandError(not_a_backup)
                if hasattr(tarfile, "data_filter"):
                    tar.extractall(work, members, filter="data")
                else:  # Python before 3.11.4 (Debian 12 has 3.11.2)
                    tar.extractall(work, members)
        except (tarfile.TarError, OSError, EOFError):
            raise CommandError(not_a_backup) from None
        try:
            manifest = json.loads((work / "manifest.json").read_text())
            database = work / manifest["database_file"]
        except (OSError, ValueError, KeyError, TypeError):
            raise CommandError(not_a_backup) from None
        inside = database.resolve().is_relative_to(work.resolve())
        if (
            manifest.get("format") != FORMAT_VERSION
            or not inside
            or not database.is_file()
        ):
            raise CommandError(not_a_backup)
        return manifest

    def restore_database(self, database: Path) -> None:
        if connection.vendor == "sqlite":
            connection.ensure_connection()
            source = sqlite3.connect(database)
            try:
                # Replaces the whole database, schema and all, in one step.
                source.backup(connection.connection)
            finally:
                source.close()
            return
        if connection.vendor == "postgresql":
            options, env = postgres_environment(connection.settings_dict)
            connection.close()
            command = ["pg_restore", "--clean", "--if-exists", "--no-owner"]
            command += ["--no-privileges", "--single-transaction", "--exit-on-error"]
            run([*command, *options, str(database)], env)
            return
        raise CommandError(f"Restoring {connection.vendor} databases is not supported.")

    def restore_media(self, source: Path, media_root: Path) -> None:
        if media_root.is_dir():
            for child in media_root.iterdir():
                if child.is_dir() and not child.is_symlink():
                    shutil.rmtree(child)
                else:
                    child.unlink()
        media_root.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, media_root, dirs_exist_ok=True)
