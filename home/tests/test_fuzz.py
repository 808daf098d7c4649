"""Property tests: arbitrary and hostile input to the public forms and search
never causes a server error or unescaped output, and valid messages are stored."""

import pytest
from django.core.cache import cache
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.contrib.forms.models import FormSubmission

from feedback.models import PageFeedback
from search.models import SearchPage
from security.protection import HONEYPOT_FIELD

HOSTILE = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "\r\nBcc: victim@example.com",
    "sam@example.test\r\nBcc: victim@example.com",
    "{{ settings.SECRET_KEY }}",
    "{% debug %}",
    "' OR 1=1 --",
    "\x00\x1b[31m\u202e\u2028",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ✓ ünïcödé 中文 العربية",
    "A" * 10_000,
]
anything = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=6000))
FIELDS = [
    "your_name",
    "your_email_address",
    "phone_number",
    "your_message",
    "i_agree_to_the_clinic_storing_this_message",
]

fuzz = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def no_rate_limit(settings):
    settings.CONTACT_FORM_RATE_LIMIT = (1_000_000, 60)
    cache.clear()


def assert_escaped(body: str, values) -> None:
    for value in values:
        # Markup would start with "<"; a value that is only "&"-escaped could
        # appear inside its own escaped form, so only "<" values are checked.
        if isinstance(value, str) and len(value) > 3 and "<" in value:
            assert value not in body, f"unescaped: {value[:60]!r}"


@fuzz
@given(data=st.fixed_dictionaries({}, optional=dict.fromkeys(FIELDS, anything)))
def test_contact_form_never_fails_and_never_echoes_markup(
    client, contact_page, no_rate_limit, data
):
    response = client.post(contact_page.url, {**data, HONEYPOT_FIELD: ""})
    assert response.status_code == 200
    assert_escaped(response.content.decode(), data.values())


printable_line = st.text(
    alphabet=st.characters(
        blacklist_categories=["Cc", "Cs", "Zl", "Zp"], blacklist_characters="\x85"
    ),
    min_size=1,
    max_size=255,
).filter(lambda s: s.strip() == s and s)
simple_email = st.from_regex(
    r"[a-z0-9]{1,20}@[a-z0-9]{1,20}\.(org|test|com)", fullmatch=True
)
message_text = st.text(
    alphabet=st.characters(blacklist_categories=["Cc", "Cs", "Zl", "Zp"])
    | st.sampled_from("\n\t"),
    min_size=1,
    max_size=5000,
).filter(lambda s: s.strip() == s and s)


@fuzz
@given(
    name=st.one_of(printable_line, st.sampled_from(["<b>Sam</b>", "Sam & Jo"])),
    email=simple_email,
    message=st.one_of(message_text, st.sampled_from(HOSTILE[:3])),
)
def test_every_valid_message_is_stored_exactly_as_sent(
    client, contact_page, no_rate_limit, name, email, message
):
    before = FormSubmission.objects.count()
    response = client.post(
        contact_page.url,
        {
            "your_name": name,
            "your_email_address": email,
            "your_message": message,
            "i_agree_to_the_clinic_storing_this_message": "on",
            HONEYPOT_FIELD: "",
        },
    )
    assert response.status_code == 200
    assert [t.name for t in response.templates][0] == "home/contact_page_landing.html"
    stored = FormSubmission.objects.order_by("-pk").first().get_data()
    assert FormSubmission.objects.count() == before + 1
    assert (stored["your_name"], stored["your_email_address"]) == (name, email)
    assert stored["your_message"] == message


@pytest.fixture
def search_page(home_page) -> SearchPage:
    page = SearchPage(title="Search", slug="search")
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


@fuzz
@given(query=anything, page_number=st.one_of(st.none(), anything))
def test_search_never_fails_and_never_echoes_markup(
    client, search_page, query, page_number
):
    params = {"q": query}
    if page_number is not None:
        params["page"] = page_number
    response = client.get(search_page.url, params)
    assert response.status_code == 200
    assert_escaped(response.content.decode(), [query[:200].strip(), page_number])


# The per-page feedback ("Was this page helpful?") and its optional comment.


@fuzz
@given(
    helpful=st.one_of(st.sampled_from(["yes", "no"]), anything),
    page_id=st.one_of(
        anything, st.sampled_from(["²", "١", "-1", "99999999999999999999"])
    ),
)
def test_feedback_vote_never_fails(client, home_page, no_rate_limit, helpful, page_id):
    cache.clear()  # the vote's own rate limit (20 an hour) would stop the run
    response = client.post(
        "/feedback/", {"helpful": helpful, "page": page_id, HONEYPOT_FIELD: ""}
    )
    assert response.status_code in (302, 400)
    assert_escaped(response.content.decode(), [helpful, page_id])


@fuzz
@given(page_id=anything)
def test_feedback_thanks_never_fails(client, home_page, page_id):
    response = client.get("/feedback/thanks/", {"page": page_id})
    assert response.status_code == 200
    assert_escaped(response.content.decode(), [page_id])


@fuzz
@given(comment=anything)
def test_feedback_comment_never_fails_and_valid_comments_are_kept(
    client, home_page, no_rate_limit, comment
):
    cache.clear()
    vote = client.post(
        "/feedback/", {"helpful": "no", "page": home_page.pk, HONEYPOT_FIELD: ""}
    )
    response = client.post(vote.url, {"comment": comment, HONEYPOT_FIELD: ""})
    assert response.status_code in (200, 302)
    assert_escaped(response.content.decode(), [comment])
    feedback = PageFeedback.objects.order_by("-pk").first()
    if response.status_code == 302:  # accepted: stored as sent, trimmed
        assert feedback.comment == comment.strip()
    else:  # refused with a reason, nothing stored
        assert feedback.comment == ""
        assert "There is a problem" in response.content.decode()
