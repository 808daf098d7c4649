"""/healthz/ tells monitoring whether the database, cache and media storage work."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import override_settings

from clinic_site.settings.base import redis_cache
from conftest import free_port

pytestmark = pytest.mark.django_db
BASE_DIR = Path(__file__).resolve().parent.parent.parent


def test_healthy_site_answers_200_and_is_never_cached(client, settings):
    response = client.get("/healthz/")
    assert response.status_code == 200
    assert response.json() == {
        "database": "ok",
        "cache": "ok",
        "storage": "ok",
        "status": "ok",
    }
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    # The test file it wrote to the media storage is gone again.
    assert not list(Path(settings.MEDIA_ROOT).glob("healthz/*"))


def test_unwritable_media_storage_gives_503(client, tmp_path):
    not_a_directory = tmp_path / "media-is-a-file"
    not_a_directory.write_text("")
    assert client.get("/healthz/").status_code == 200
    with override_settings(MEDIA_ROOT=str(not_a_directory)):
        response = client.get("/healthz/")  # the same URL, checked again
    assert response.status_code == 503
    assert response.json()["storage"] == "failed"
    assert response.json()["status"] == "failed: storage"


def test_cache_down_gives_503_naming_the_cache(client, closed_port_url):
    with override_settings(CACHES={"default": redis_cache(closed_port_url)}):
        response = client.get("/healthz/")
    assert response.status_code == 503
    assert response.json()["cache"] == "failed"
    assert response.json()["database"] == "ok"
    assert response.json()["status"] == "failed: cache"


def test_database_down_gives_503_naming_the_database(tmp_path):
    script = (
        "import django; django.setup(); from django.test import Client; "
        "r = Client().get('/healthz/'); print(r.status_code, r.content.decode())"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "clinic_site.settings.test",
        # PostgreSQL that is not running.
        "DATABASE_URL": f"postgres://clinic:x@127.0.0.1:{free_port()}/clinic",
    }
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.startswith("503 "), result.stderr
    assert '"database": "failed"' in result.stdout
    assert '"status": "failed: database"' in result.stdout
