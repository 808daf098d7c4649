"""The contact form against bots, floods, oversized input and header injection,
and who may read what patients send."""

import pytest
from django.contrib.auth.models import Group, User
from django.core import mail
from django.core.cache import cache
from django.urls import reverse
from pytest_django.asserts import assertContains, assertTemplateUsed
from wagtail.contrib.forms.models import FormSubmission

from conftest import contact_message, stored_messages
from home.forms import MULTI_LINE_MAX_LENGTH, SINGLE_LINE_MAX_LENGTH
from home.models import ContactFormField
from home.permissions import RECEPTION_GROUP, ensure_reception_group
from security.protection import HONEYPOT_FIELD

INJECTION = "\r\nBcc: victim@example.com"


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def clinic_email(clinic_settings):
    clinic_settings.email = "reception@clinic.test"
    clinic_settings.save()
    return clinic_settings.email


# Honeypot


def test_contact_form_shows_the_honeypot_hidden_from_people(client, contact_page):
    response = client.get(contact_page.url)
    assertContains(response, '<div class="honeypot" aria-hidden="true">')
    assertContains(response, f'name="{HONEYPOT_FIELD}"', count=1)


def test_a_bot_filling_the_honeypot_is_thanked_but_nothing_is_kept(
    client, contact_page, clinic_email
):
    response = client.post(
        contact_page.url,
        contact_message(**{HONEYPOT_FIELD: "https://spam.example.com"}),
    )
    assert response.status_code == 200
    assertTemplateUsed(response, "home/contact_page_landing.html")
    assert stored_messages(contact_page) == []
    assert mail.outbox == []


def test_the_honeypot_value_is_never_stored(client, contact_page):
    client.post(contact_page.url, contact_message())
    [data] = stored_messages(contact_page)
    assert HONEYPOT_FIELD not in data


# Rate limit


def test_too_many_messages_from_one_address_are_refused_keeping_the_text(
    client, contact_page, clinic_email, settings
):
    settings.CONTACT_FORM_RATE_LIMIT = (2, 3600)
    for n in range(2):
        client.post(contact_page.url, contact_message(your_message=f"Question {n}"))

    response = client.post(
        contact_page.url, contact_message(your_message="A third question about parking")
    )

    assert response.status_code == 429
    assertTemplateUsed(response, "home/contact_page.html")
    assertContains(
        response, "You have sent several messages in a short time", status_code=429
    )
    assertContains(response, "A third question about parking", status_code=429)
    assertContains(response, 'value="Sam Patient"', status_code=429)
    assert [d["your_message"] for d in stored_messages(contact_page)] == [
        "Question 0",
        "Question 1",
    ]
    assert len(mail.outbox) == 2


def test_another_address_can_still_send(client, contact_page, settings):
    settings.CONTACT_FORM_RATE_LIMIT = (1, 3600)
    client.post(contact_page.url, contact_message(), REMOTE_ADDR="198.51.100.1")
    response = client.post(
        contact_page.url, contact_message(), REMOTE_ADDR="198.51.100.2"
    )
    assertTemplateUsed(response, "home/contact_page_landing.html")
    assert len(stored_messages(contact_page)) == 2


def test_mistakes_do_not_count_towards_the_limit(client, contact_page, settings):
    settings.CONTACT_FORM_RATE_LIMIT = (1, 3600)
    for _ in range(3):
        client.post(
            contact_page.url, contact_message(your_email_address="not an address")
        )
    response = client.post(contact_page.url, contact_message())
    assertTemplateUsed(response, "home/contact_page_landing.html")


# Lengths and formats


@pytest.fixture
def every_field_type_page(contact_page):
    """The contact page with one more field of each free-text type."""
    ContactFormField.objects.filter(page=contact_page).delete()
    for order, (label, field_type) in enumerate(
        [
            ("Name", "singleline"),
            ("Message", "multiline"),
            ("Email", "email"),
            ("Website", "url"),
            ("Age", "number"),
            ("Source", "hidden"),
        ]
    ):
        ContactFormField.objects.create(
            page=contact_page,
            sort_order=order,
            label=label,
            field_type=field_type,
            required=False,
        )
    return contact_page


@pytest.mark.parametrize(
    ("field", "too_long"),
    [
        ("name", "n" * (SINGLE_LINE_MAX_LENGTH + 1)),
        ("message", "m" * (MULTI_LINE_MAX_LENGTH + 1)),
        ("email", "e" * 250 + "@example.com"),
        ("website", "https://example.com/" + "p" * 2000),
        ("age", "1" * 16),
        ("source", "s" * (SINGLE_LINE_MAX_LENGTH + 1)),
    ],
)
def test_every_field_type_has_a_server_side_maximum(
    client, every_field_type_page, field, too_long
):
    response = client.post(every_field_type_page.url, {field: too_long})
    assert response.status_code == 200
    assertTemplateUsed(response, "home/contact_page.html")
    assert response.context["form"].errors.keys() == {field}
    assert stored_messages(every_field_type_page) == []


def test_answers_at_the_maximum_are_accepted(client, every_field_type_page):
    data = {
        "name": "n" * SINGLE_LINE_MAX_LENGTH,
        "message": ("line one\r\n\tline two " + "m" * MULTI_LINE_MAX_LENGTH)[
            :MULTI_LINE_MAX_LENGTH
        ],
        "email": "sam@example.test",
        "website": "https://example.com/contact",
        "age": "42",
        "source": "leaflet",
    }
    response = client.post(every_field_type_page.url, data)
    assertTemplateUsed(response, "home/contact_page_landing.html")
    [saved] = stored_messages(every_field_type_page)
    assert saved["name"] == data["name"]
    assert saved["message"] == data["message"]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("name", "Sam" + INJECTION),
        ("name", "Sam\x1b[31m"),
        ("message", "Hello\x07 there"),
        ("message", "Hello\u2028Bcc: victim@example.com"),
        ("email", "sam@example.test" + INJECTION),
        ("website", "https://example.com/" + INJECTION),
        ("source", "x" + INJECTION),
    ],
)
def test_control_characters_and_line_breaks_in_single_line_fields_are_refused(
    client, every_field_type_page, field, value
):
    response = client.post(every_field_type_page.url, {field: value})
    assert field in response.context["form"].errors
    assert stored_messages(every_field_type_page) == []


# The notification email


def test_notification_email_has_no_message_text_only_a_link(
    client, contact_page, clinic_email
):
    client.post(contact_page.url, contact_message())

    [email] = mail.outbox
    raw = email.message().as_string()
    for private in ("Sam Patient", "sam@example.test", "0800 000 0000", "Saturdays"):
        assert private not in raw
    assert email.reply_to == []
    assert email.to == ["reception@clinic.test"]
    link = "http://testserver" + reverse(
        "wagtailforms:list_submissions", args=[contact_page.pk]
    )
    assert link in email.body


def test_injection_in_the_senders_fields_sends_nothing(
    client, contact_page, clinic_email
):
    client.post(
        contact_page.url,
        contact_message(
            your_name="Sam" + INJECTION, your_email_address="a@b.test" + INJECTION
        ),
    )
    assert mail.outbox == []
    assert stored_messages(contact_page) == []


def test_an_editors_subject_cannot_add_headers(client, contact_page, clinic_email):
    contact_page.subject = "New enquiry" + INJECTION + "\nX-Spam: yes"
    contact_page.save_revision().publish()

    client.post(contact_page.url, contact_message())

    [email] = mail.outbox
    assert email.subject == "New enquiry Bcc: victim@example.com X-Spam: yes"
    assert email.recipients() == ["reception@clinic.test"]
    headers = email.message().as_string().split("\n\n", 1)[0]
    assert "\nBcc:" not in headers
    assert "\nX-Spam:" not in headers


# Who may read submissions


@pytest.fixture
def submission(client, contact_page):
    client.post(
        contact_page.url, contact_message(your_message="Is there step-free access?")
    )
    return FormSubmission.objects.get(page=contact_page)


def make_user(username, group_name=None, **fields):
    user = User.objects.create_user(username, password="a-long-test-password", **fields)
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user


def assert_denied(response):
    """Wagtail's admin answers a refused request by sending the user to the dashboard."""
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")


def test_migrate_made_the_reception_group(db):
    group = Group.objects.get(name=RECEPTION_GROUP)
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert codenames == {"access_admin", "view_formsubmission", "delete_formsubmission"}


def test_setting_up_reception_twice_changes_nothing(contact_page):
    first = ensure_reception_group()
    before = (first.permissions.count(), first.page_permissions.count())
    second = ensure_reception_group()
    assert second == first
    assert (second.permissions.count(), second.page_permissions.count()) == before
    assert before[1] == 1  # change permission on the contact page


def test_reception_reads_submissions(client, contact_page, submission):
    ensure_reception_group()
    client.force_login(make_user("receptionist", RECEPTION_GROUP))

    assertContains(client.get(reverse("wagtailforms:index")), contact_page.title)
    response = client.get(
        reverse("wagtailforms:list_submissions", args=[contact_page.pk])
    )
    assertContains(response, "Is there step-free access?")


def test_an_editor_cannot_read_submissions(client, contact_page, submission):
    ensure_reception_group()
    editor = make_user("editor", "Editors")
    client.force_login(editor)

    url = reverse("wagtailforms:list_submissions", args=[contact_page.pk])
    assert_denied(client.get(url))
    assert_denied(client.get(url + "?export=csv"))
    assert_denied(client.post(url, {"selected-submissions": [submission.pk]}))
    forms_index = client.get(reverse("wagtailforms:index"))
    assert forms_index.status_code == 200
    assert "Is there step-free access?" not in forms_index.content.decode()
    assert contact_page.title not in forms_index.content.decode()
    dashboard = client.get(reverse("wagtailadmin_home"))
    assert dashboard.status_code == 200
    assert reverse("wagtailforms:index") not in dashboard.content.decode()
    assert FormSubmission.objects.filter(pk=submission.pk).exists()


def test_an_editor_can_still_edit_the_contact_page(client, contact_page):
    client.force_login(make_user("editor", "Editors"))
    response = client.get(reverse("wagtailadmin_pages:edit", args=[contact_page.pk]))
    assert response.status_code == 200


def test_superusers_read_submissions(client, contact_page, submission):
    client.force_login(make_user("boss", is_superuser=True, is_staff=True))
    response = client.get(
        reverse("wagtailforms:list_submissions", args=[contact_page.pk])
    )
    assertContains(response, "Is there step-free access?")
