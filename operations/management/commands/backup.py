"""Write one dated archive: a consistent database snapshot plus the media files."""

import json
import os
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.utils import timezone

ARCHIVE_PREFIX = "clinic-backup-"
FORMAT_VERSION = 1


def postgres_environment(settings_dict: dict) -> tuple[list[str], dict]:
    """Connection options for pg_dump/pg_restore, and PGPASSWORD in their environment."""
    options = []
    for flag, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if settings_dict.get(key):
            options += [flag, str(settings_dict[key])]
    env = {**os.environ}
    if settings_dict.get("PASSWORD"):
        env["PGPASSWORD"] = settings_dict["PASSWORD"]
    if settings_dict.get("OPTIONS", {}).get("sslmode"):
        env["PGSSLMODE"] = settings_dict["OPTIONS"]["sslmode"]
    return [*options, "--dbname", settings_dict["NAME"]], env


def snapshot_database(directory: Path) -> str:
    """Copy the database into directory; return the archive member's name."""
    if connection.vendor == "sqlite":
        target = directory / "database.sqlite3"
        connection.ensure_connection()
        copy = sqlite3.connect(target)
        try:
            # SQLite's online backup: a consistent copy while the site keeps running.
            connection.connection.backup(copy)
        finally:
            copy.close()
        return target.name
    if connection.vendor == "postgresql":
        target = directory / "database.pgdump"
        options, env = postgres_environment(connection.settings_dict)
        # pg_dump reads one snapshot of the database: consistent while in use.
        command = ["pg_dump", "--format=custom", "--no-owner", "--no-privileges"]
        run(command + ["--file", str(target), *options], env)
        return target.name
    raise CommandError(f"Backups of {connection.vendor} databases are not supported.")


def run(command: list[str], env: dict) -> None:
    try:
        result = subprocess.run(command, env=env, capture_output=True, text=True)
    except FileNotFoundError:
        raise CommandError(
            f"{command[0]} is not installed (Debian: apt-get install postgresql-client)."
        ) from None
    if result.returncode != 0:
        last_line = (result.stderr.strip().splitlines() or ["no message"])[-1]
        raise CommandError(f"{command[0]} failed: {last_line}")


class Command(BaseCommand):
    help = (
        "Write a dated .tar.gz archive with a consistent snapshot of the database "
        "(SQLite online backup or pg_dump) and all uploaded media. Restore it with "
        "manage.py restore ARCHIVE."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            default=str(settings.BASE_DIR / "backups"),
            help="Directory for the archive (default: backups/ in the project).",
        )
        parser.add_argument(
            "--keep",
            type=int,
            default=0,
            help="Afterwards delete all but the newest KEEP archives in the directory.",
        )

    def handle(self, *args, **options):
        output = Path(options["output"])
        try:
            output.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise CommandError(f"Cannot create {output}: {error.strerror}.") from None
        stamp = timezone.localtime().strftime("%Y-%m-%d-%H%M%S")
        archive = output / f"{ARCHIVE_PREFIX}{stamp}.tar.gz"
        number = 1
        while archive.exists():
            number += 1
            archive = output / f"{ARCHIVE_PREFIX}{stamp}-{number}.tar.gz"

        media_root = Path(settings.MEDIA_ROOT)
        with tempfile.TemporaryDirectory() as work:
            database = snapshot_database(Path(work))
            manifest = {
                "format": FORMAT_VERSION,
                "created": timezone.now().isoformat(),
                "database": connection.vendor,
                "database_file": database,
            }
            (Path(work) / "manifest.json").write_text(json.dumps(manifest, indent=2))
            # Written under a temporary name, so a half-written archive never
            # looks like a backup. It holds personal data: owner-only.
            partial = output / f".{archive.name}.partial"
            fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            try:
                with (
                    os.fdopen(fd, "wb") as file,
                    tarfile.open(fileobj=file, mode="w:gz") as tar,
                ):
                    tar.add(Path(work) / "manifest.json", arcname="manifest.json")
                    tar.add(Path(work) / database, arcname=database)
                    if media_root.is_dir():
                        tar.add(media_root, arcname="media")
                os.replace(partial, archive)
            finally:
                partial.unlink(missing_ok=True)

        self.stdout.write(self.style.SUCCESS(f"Backup written to {archive}"))
        if options["keep"] > 0:
            archives = sorted(
                output.glob(f"{ARCHIVE_PREFIX}*.tar.gz"),
                key=lambda path: path.stat().st_mtime,
            )
            for old in archives[: -options["keep"]]:
                old.unlink()
                self.stdout.write(f"Deleted old backup {old}")
