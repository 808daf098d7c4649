"""Property tests: arbitrary and hostile input to the contact form never causes a
server error or unescaped output, and valid messages are stored.

Search and feedback have their own in search/tests and feedback/tests."""

from hypothesis import given
from hypothesis import strategies as st
from wagtail.contrib.forms.models import FormSubmission

from conftest import HOSTILE, assert_escaped, fuzz, fuzz_text
from security.protection import HONEYPOT_FIELD

FIELDS = [
    "your_name",
    "your_email_address",
    "phone_number",
    "your_message",
    "i_agree_to_the_clinic_storing_this_message",
]


@fuzz
@given(data=st.fixed_dictionaries({}, optional=dict.fromkeys(FIELDS, fuzz_text)))
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
