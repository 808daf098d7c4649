"""The shared Redis cache, and pages that keep coming while Redis is down."""

import pytest
import redis
from django.core.cache import cache
from django.test import override_settings

from clinic_site.settings.base import redis_cache
from conftest import start_redis

pytestmark = pytest.mark.django_db


def test_the_cache_is_shared_through_redis(redis_url, client, home_page):
    with override_settings(CACHES={"default": redis_cache(redis_url)}):
        cache.set("shared-greeting", "hello from one worker", timeout=60)
        # Another process (here: a plain Redis client) sees the same entry.
        keys = redis.Redis.from_url(redis_url).keys("clinic:*shared-greeting")
        assert len(keys) == 1
        assert cache.get("shared-greeting") == "hello from one worker"
        cache.delete("shared-greeting")
        assert client.get(home_page.url).status_code == 200


def test_pages_are_served_when_redis_is_not_running(closed_port_url, client, home_page):
    with override_settings(CACHES={"default": redis_cache(closed_port_url)}):
        cache.set("anything", "value")  # dropped, not raised
        assert cache.get("anything") is None
        response = client.get(home_page.url)
        assert response.status_code == 200
        assert home_page.title in response.content.decode()


def test_pages_are_served_after_redis_stops(tmp_path, client, home_page):
    process, url = start_redis(tmp_path)
    try:
        with override_settings(CACHES={"default": redis_cache(url)}):
            cache.set("before", "stored", timeout=60)
            assert cache.get("before") == "stored"
            assert client.get("/healthz/").status_code == 200

            process.terminate()
            process.wait(timeout=10)

            assert client.get(home_page.url).status_code == 200
            health = client.get("/healthz/")
            assert health.status_code == 503
            assert health.json()["cache"] == "failed"
    finally:
        process.kill()
        process.wait(timeout=10)
