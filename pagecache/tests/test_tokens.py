"""The contact page kept in the page cache, with each visitor's own CSRF token
(pagecache/tokens.py), and the CSRF check as strict as before."""

import re

import pytest
from django.test import Client
from pytest_django.asserts import assertContains, assertNotContains

from conftest import contact_message, stored_messages

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([A-Za-z0-9]{64})"')


def visitor() -> Client:
    """A browser of its own, checked for CSRF as real browsers are."""
    return Client(enforce_csrf_checks=True)


def token_of(response) -> str:
    [token] = TOKEN.findall(response.content.decode())
    return token


def test_two_visitors_get_the_kept_page_with_their_own_token_and_cookie(contact_page):
    first, second = visitor(), visitor()
    miss = first.get(contact_page.url)
    hit = second.get(contact_page.url)

    assert miss["X-Cache"] == "MISS"
    assert hit["X-Cache"] == "HIT"
    assertContains(hit, "Send us a message")
    assert token_of(miss) != token_of(hit)
    assert first.cookies["csrftoken"].value != second.cookies["csrftoken"].value
    # Only the token differs between the two copies.
    assert TOKEN.sub("", miss.content.decode()) == TOKEN.sub("", hit.content.decode())
    assertNotContains(hit, "page-cache-csrf-token")


def test_the_kept_page_is_private_so_no_shared_cache_keeps_it(contact_page, settings):
    settings.WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:9",
        }
    }
    for response in (
        visitor().get(contact_page.url),
        visitor().get(contact_page.url),
        visitor().head(contact_page.url),
    ):
        cache_control = response["Cache-Control"]
        assert "private" in cache_control
        assert "public" not in cache_control
        assert "s-maxage" not in cache_control
        assert "csrftoken" in response.cookies


def test_each_token_works_only_with_its_own_cookie(contact_page):
    first, second = visitor(), visitor()
    first.get(contact_page.url)
    first_token = token_of(first.get(contact_page.url))  # served from the cache
    second_token = token_of(second.get(contact_page.url))

    refused = first.post(
        contact_page.url, contact_message(csrfmiddlewaretoken=second_token)
    )
    assert refused.status_code == 403
    assert stored_messages(contact_page) == []

    sent = first.post(
        contact_page.url,
        contact_message(
            your_message="Sent with my own token", csrfmiddlewaretoken=first_token
        ),
    )
    assertContains(sent, "your message has been sent")
    sent = second.post(
        contact_page.url,
        contact_message(
            your_message="And mine with mine", csrfmiddlewaretoken=second_token
        ),
    )
    assertContains(sent, "your message has been sent")
    assert sorted(m["your_message"] for m in stored_messages(contact_page)) == [
        "And mine with mine",
        "Sent with my own token",
    ]


def test_a_returning_visitor_keeps_their_cookie_and_gets_a_matching_token(contact_page):
    returning = visitor()
    returning.get(contact_page.url)
    cookie = returning.cookies["csrftoken"].value
    response = returning.get(contact_page.url)
    assert response["X-Cache"] == "HIT"
    assert returning.cookies["csrftoken"].value == cookie
    sent = returning.post(
        contact_page.url, contact_message(csrfmiddlewaretoken=token_of(response))
    )
    assertContains(sent, "your message has been sent")


def test_what_one_visitor_typed_never_reaches_another(contact_page):
    typing = visitor()
    token = token_of(typing.get(contact_page.url))
    # A mistake shows the form again with what was typed; then a message is sent.
    mistake = typing.post(
        contact_page.url,
        contact_message(
            your_email_address="",
            your_message="My private question about Tuesday",
            csrfmiddlewaretoken=token,
        ),
    )
    assertContains(mistake, "My private question about Tuesday")
    assert "X-Cache" not in mistake
    sent = typing.post(
        contact_page.url,
        contact_message(your_message="Sent privately", csrfmiddlewaretoken=token),
    )
    assertContains(sent, "your message has been sent")

    for _ in range(2):
        other = visitor().get(contact_page.url)
        assert other["X-Cache"] == "HIT"
        assertNotContains(other, "My private question about Tuesday")
        assertNotContains(other, "Sent privately")
        assertNotContains(other, "your message has been sent")
        assertNotContains(other, "There is a problem")


def test_a_post_is_never_kept_even_as_the_first_request(contact_page):
    bot = Client()  # no CSRF check: the form is shown again with its errors
    bot.post(
        contact_page.url,
        contact_message(your_message="Typed first", your_email_address=""),
    )
    response = visitor().get(contact_page.url)
    assert response["X-Cache"] == "MISS"
    assertNotContains(response, "Typed first")


def test_the_kept_contact_page_costs_no_queries(
    contact_page, django_assert_num_queries
):
    visitor().get(contact_page.url)
    with django_assert_num_queries(0):
        response = visitor().get(contact_page.url)
    assert response["X-Cache"] == "HIT"
    assertContains(response, "Send us a message")
