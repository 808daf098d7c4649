"""Settings come from the environment, each kind of value parsed one way, and
production passes Django's deploy check."""

import json
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from clinic_site.settings.base import env_flag, env_int, env_list
from conftest import production_env

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def manage(tmp_path, *args, **env) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=production_env(tmp_path, **env),
        capture_output=True,
        text=True,
        timeout=120,
    )


def production_settings(tmp_path, *names, **env) -> dict:
    script = (
        "import json; from django.conf import settings; "
        f"print(json.dumps({{n: getattr(settings, n, None) for n in {names!r}}}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=BASE_DIR,
        env=production_env(tmp_path, **env),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(result.stdout)


def test_check_deploy_passes_with_production_settings(tmp_path):
    result = manage(tmp_path, "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    ("key", "problem"),
    [
        ("", "DJANGO_SECRET_KEY is not set"),
        ("too-short-to-be-safe", "DJANGO_SECRET_KEY is too weak"),
        ("ab" * 40, "DJANGO_SECRET_KEY is too weak"),
        ("django-insecure-dev-only-key-never-use-in-production", "too weak"),
        ("django-insecure-" + secrets.token_urlsafe(50), "too weak"),
    ],
)
def test_a_missing_or_weak_secret_key_stops_startup_with_one_sentence(
    tmp_path, key, problem
):
    result = manage(tmp_path, "check", DJANGO_SECRET_KEY=key)
    assert result.returncode == 1
    message = result.stderr.strip()
    assert problem in message
    assert "Traceback" not in message and "\n" not in message
    assert "secrets.token_urlsafe(50)" in message  # says how to make a good one


def test_csrf_origins_follow_the_allowed_hosts(tmp_path):
    settings = production_settings(
        tmp_path,
        "ALLOWED_HOSTS",
        "CSRF_TRUSTED_ORIGINS",
        DJANGO_ALLOWED_HOSTS="clinic.example.org, .example.net",
    )
    assert settings["ALLOWED_HOSTS"] == ["clinic.example.org", ".example.net"]
    assert settings["CSRF_TRUSTED_ORIGINS"] == [
        "https://clinic.example.org",
        "https://*.example.net",
    ]


def test_proxy_headers_are_trusted_only_behind_a_proxy(tmp_path):
    names = ("TRUSTED_PROXY_COUNT", "SECURE_PROXY_SSL_HEADER")
    behind_nginx = production_settings(tmp_path, *names)
    assert behind_nginx == {
        "TRUSTED_PROXY_COUNT": 1,
        "SECURE_PROXY_SSL_HEADER": ["HTTP_X_FORWARDED_PROTO", "https"],
    }
    direct = production_settings(tmp_path, *names, TRUSTED_PROXY_COUNT="0")
    assert direct == {"TRUSTED_PROXY_COUNT": 0, "SECURE_PROXY_SSL_HEADER": None}


def test_database_redis_and_email_come_from_the_environment(tmp_path):
    settings = production_settings(
        tmp_path,
        "DATABASES",
        "CACHES",
        "EMAIL_HOST",
        "EMAIL_PORT",
        "EMAIL_USE_TLS",
        "WAGTAILADMIN_BASE_URL",
        "STORAGES",
        DATABASE_URL="postgres://clinic:secret@db.example.org:5433/clinic",
        REDIS_URL="redis://cache.example.org:6379/2",
        DJANGO_EMAIL_HOST="smtp.example.org",
        DJANGO_EMAIL_PORT="587",
        DJANGO_EMAIL_USE_TLS="1",
        WAGTAILADMIN_BASE_URL="https://clinic.example.org",
    )
    database = settings["DATABASES"]["default"]
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert (database["HOST"], database["PORT"], database["NAME"]) == (
        "db.example.org",
        5433,
        "clinic",
    )
    cache = settings["CACHES"]["default"]
    assert cache["BACKEND"] == "django_redis.cache.RedisCache"
    assert cache["LOCATION"] == "redis://cache.example.org:6379/2"
    assert cache["OPTIONS"]["IGNORE_EXCEPTIONS"] is True
    assert (settings["EMAIL_HOST"], settings["EMAIL_PORT"]) == ("smtp.example.org", 587)
    assert settings["EMAIL_USE_TLS"] is True
    assert settings["WAGTAILADMIN_BASE_URL"] == "https://clinic.example.org"
    assert settings["STORAGES"]["staticfiles"]["BACKEND"] == (
        "whitenoise.storage.CompressedManifestStaticFilesStorage"
    )


def test_without_redis_the_cache_is_per_process(tmp_path):
    settings = production_settings(tmp_path, "CACHES")
    assert settings["CACHES"]["default"]["BACKEND"].endswith("LocMemCache")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1", True),
        ("true", True),
        (" Yes ", True),
        ("on", True),
        ("0", False),
        ("false", False),
        ("no", False),
        ("", False),
    ],
)
def test_every_flag_accepts_the_same_spellings(monkeypatch, value, expected):
    monkeypatch.setenv("CLINIC_TEST_FLAG", value)
    assert env_flag("CLINIC_TEST_FLAG") is expected


def test_a_number_falls_back_to_its_default_only_when_unset_or_empty(monkeypatch):
    monkeypatch.delenv("CLINIC_TEST_NUMBER", raising=False)
    assert env_int("CLINIC_TEST_NUMBER", 7) == 7
    monkeypatch.setenv("CLINIC_TEST_NUMBER", " ")
    assert env_int("CLINIC_TEST_NUMBER", 7) == 7
    # 0 is a value, not "unset": DJANGO_PAGE_CACHE_SECONDS=0 turns the page cache off.
    monkeypatch.setenv("CLINIC_TEST_NUMBER", "0")
    assert env_int("CLINIC_TEST_NUMBER", 7) == 0


def test_a_list_is_split_on_commas_without_blanks(monkeypatch):
    monkeypatch.setenv("CLINIC_TEST_LIST", " clinic.example.org, ,.example.net ,")
    assert env_list("CLINIC_TEST_LIST") == ["clinic.example.org", ".example.net"]
    monkeypatch.delenv("CLINIC_TEST_LIST")
    assert env_list("CLINIC_TEST_LIST") == []


def test_production_reads_email_and_hsts_with_the_shared_parsers(tmp_path):
    settings = production_settings(
        tmp_path,
        "EMAIL_PORT",
        "EMAIL_USE_TLS",
        "SECURE_HSTS_SECONDS",
        DJANGO_EMAIL_PORT="",
        DJANGO_EMAIL_USE_TLS="true",
        DJANGO_HSTS_SECONDS="",
    )
    assert settings == {
        "EMAIL_PORT": 25,
        "EMAIL_USE_TLS": True,
        "SECURE_HSTS_SECONDS": 60 * 60 * 24 * 365,
    }


def test_a_malformed_number_stops_startup_naming_the_variable(tmp_path):
    result = manage(tmp_path, "check", TRUSTED_PROXY_COUNT="one")
    assert result.returncode == 1
    message = result.stderr.strip()
    assert message == (
        "Configuration error: TRUSTED_PROXY_COUNT must be a whole number, not 'one'"
    )


def test_every_variable_the_settings_read_is_listed_in_env_example():
    read = re.compile(
        r'(?:env_flag|env_int|env_list|os\.environ\.get|os\.environ\[)\(?"(\w+)"'
    )
    names = {
        name
        for path in (BASE_DIR / "clinic_site" / "settings").glob("*.py")
        for name in read.findall(path.read_text())
    }
    assert {"DJANGO_SECRET_KEY", "TRUSTED_PROXY_COUNT", "DJANGO_EMAIL_USE_TLS"} <= names
    listed = set(
        re.findall(r"^(?:# )?(\w+)=", (BASE_DIR / ".env.example").read_text(), re.M)
    )
    assert names - listed == set()


@pytest.mark.parametrize(
    ("value", "expected"),
    [("true", True), ("1", True), ("yes", True), ("", False), ("false", False)],
)
def test_robots_setting_reads_the_environment(monkeypatch, value, expected):

    monkeypatch.setenv("CLINIC_ROBOTS_DISALLOW_ALL", value)
    assert env_flag("CLINIC_ROBOTS_DISALLOW_ALL") is expected
