"""The real client address, the per-address rate limit and the honeypot."""

import socket

import pytest
from django import forms
from django.core.cache import cache
from django.template.loader import render_to_string
from django.test import override_settings
from pytest_django.asserts import assertInHTML

import security.protection
from security.protection import (
    HONEYPOT_FIELD,
    HoneypotFormMixin,
    client_ip,
    honeypot_tripped,
    is_rate_limited,
)


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def request_from(rf, remote_addr="203.0.113.9", forwarded=None):
    headers = {"REMOTE_ADDR": remote_addr}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return rf.post("/contact/", **headers)


# client_ip


@override_settings(TRUSTED_PROXY_COUNT=0)
def test_without_a_proxy_the_connection_address_is_used(rf):
    request = request_from(rf, "198.51.100.7", forwarded="192.0.2.1")
    assert client_ip(request) == "198.51.100.7"


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_nginx_the_address_nginx_appended_is_used(rf):
    # nginx ($proxy_add_x_forwarded_for) appends the address it saw; REMOTE_ADDR is nginx.
    request = request_from(rf, "127.0.0.1", forwarded="198.51.100.7")
    assert client_ip(request) == "198.51.100.7"


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_a_client_cannot_choose_its_address_with_x_forwarded_for(rf):
    # The client sends its own header; nginx appends the real address after it.
    request = request_from(rf, "127.0.0.1", forwarded="1.2.3.4, 10.0.0.1, 198.51.100.7")
    assert client_ip(request) == "198.51.100.7"


@override_settings(TRUSTED_PROXY_COUNT=2)
def test_behind_two_proxies_the_outer_proxys_entry_is_used(rf):
    # Client-supplied, then what the load balancer saw, then what nginx saw.
    request = request_from(rf, "127.0.0.1", forwarded="1.2.3.4, 198.51.100.7, 10.0.0.2")
    assert client_ip(request) == "198.51.100.7"


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_missing_or_garbled_header_falls_back_to_the_connection(rf):
    assert client_ip(request_from(rf, "127.0.0.1")) == "127.0.0.1"
    assert client_ip(request_from(rf, "127.0.0.1", forwarded="")) == "127.0.0.1"
    garbled = request_from(rf, "127.0.0.1", forwarded="1.2.3.4, <script>")
    assert client_ip(garbled) == "127.0.0.1"


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_ipv6_addresses_are_normalised(rf):
    request = request_from(rf, "::1", forwarded="2001:DB8:0:0::1")
    assert client_ip(request) == "2001:db8::1"


# is_rate_limited


def test_requests_over_the_limit_are_refused(rf):
    request = request_from(rf)
    results = [is_rate_limited(request, "contact", 3, 600) for _ in range(5)]
    assert results == [False, False, False, True, True]


def test_each_address_and_scope_has_its_own_count(rf):
    first, second = request_from(rf, "198.51.100.1"), request_from(rf, "198.51.100.2")
    for _ in range(2):
        is_rate_limited(first, "contact", 2, 600)
    assert is_rate_limited(first, "contact", 2, 600)
    assert not is_rate_limited(second, "contact", 2, 600)
    assert not is_rate_limited(first, "feedback", 2, 600)


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_rotating_x_forwarded_for_does_not_escape_the_limit(rf):
    limited = [
        is_rate_limited(
            request_from(rf, "127.0.0.1", forwarded=f"10.0.0.{n}, 198.51.100.7"),
            "contact",
            3,
            600,
        )
        for n in range(6)
    ]
    assert limited == [False, False, False, True, True, True]


def test_ipv6_clients_are_counted_per_64_network(rf):
    for n in range(3):
        is_rate_limited(request_from(rf, f"2001:db8:1:2::{n + 1}"), "contact", 3, 600)
    assert is_rate_limited(request_from(rf, "2001:db8:1:2::ffff"), "contact", 3, 600)
    assert not is_rate_limited(request_from(rf, "2001:db8:1:3::1"), "contact", 3, 600)


def test_a_new_window_starts_a_new_count(rf, monkeypatch):

    now = [1_000_000.0]
    monkeypatch.setattr(security.protection.time, "time", lambda: now[0])
    request = request_from(rf)
    for _ in range(2):
        is_rate_limited(request, "contact", 2, 3600)
    assert is_rate_limited(request, "contact", 2, 3600)
    now[0] += 3600
    assert not is_rate_limited(request, "contact", 2, 3600)


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize(
    "backend",
    [
        # Django's own Redis cache raises while Redis is down.
        {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "OPTIONS": {"socket_connect_timeout": 0.5},
        },
        # The production cache (django-redis, IGNORE_EXCEPTIONS) answers None.
        {
            "BACKEND": "django_redis.cache.RedisCache",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.5},
        },
    ],
    ids=["django-redis-cache", "django-redis"],
)
def test_requests_are_allowed_when_the_cache_is_down(rf, caplog, backend):
    unreachable = {
        "default": {**backend, "LOCATION": f"redis://127.0.0.1:{closed_port()}/0"}
    }
    request = request_from(rf)
    with override_settings(CACHES=unreachable):
        allowed = [is_rate_limited(request, "contact", 1, 60) for _ in range(3)]
    assert allowed == [False, False, False]
    assert "the cache is unavailable" in caplog.text


def test_the_count_is_shared_through_redis(rf, redis_url):
    """Two server processes share one count: the limit holds across gunicorn workers."""
    redis_settings = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": redis_url,
            "KEY_PREFIX": f"ratelimit-test-{closed_port()}",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},
        }
    }
    request = request_from(rf, "198.51.100.44")
    with override_settings(CACHES=redis_settings):
        first = [is_rate_limited(request, "contact", 2, 3600) for _ in range(2)]
        counted = cache.get(next(iter(cache.keys("ratelimit:contact:*"))))
        assert is_rate_limited(request, "contact", 2, 3600)
    assert first == [False, False]
    assert counted == 2


# Honeypot


class EnquiryForm(HoneypotFormMixin, forms.Form):
    name = forms.CharField()


def test_honeypot_is_not_tripped_by_people():
    form = EnquiryForm({"name": "Sam", HONEYPOT_FIELD: ""})
    assert form.is_valid()
    assert not form.honeypot_tripped
    assert form.cleaned_data == {"name": "Sam"}


def test_honeypot_is_tripped_by_a_bot_and_its_value_is_never_kept():
    form = EnquiryForm({"name": "Sam", HONEYPOT_FIELD: "http://spam.example.com"})
    assert form.is_valid()  # the bot must not learn it was caught
    assert form.honeypot_tripped
    assert HONEYPOT_FIELD not in form.cleaned_data


def test_honeypot_renders_hidden_from_people_with_the_form_include():
    html = render_to_string(
        "includes/form.html", {"form": EnquiryForm(), "action": "/contact/"}
    )
    assertInHTML(
        f"""<div class="honeypot" aria-hidden="true">
        <label for="id_{HONEYPOT_FIELD}">Leave this field empty</label>
        <input type="text" name="{HONEYPOT_FIELD}" id="id_{HONEYPOT_FIELD}" value=""
               tabindex="-1" autocomplete="off">
        </div>""",
        html,
    )
    assert "style=" not in html  # hidden by the stylesheet: no inline styles (CSP)
    assert html.count(f'name="{HONEYPOT_FIELD}"') == 1


def test_standalone_honeypot_include_matches_the_checked_name():
    html = render_to_string("includes/honeypot.html")
    assert f'name="{HONEYPOT_FIELD}"' in html
    assert honeypot_tripped({HONEYPOT_FIELD: "x"})
    assert not honeypot_tripped({})
