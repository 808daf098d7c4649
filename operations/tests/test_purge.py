"""Data retention: purge_form_submissions deletes old contact messages and clears
old feedback comments, keeping the votes."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from conftest import contact_message, stored_messages
from feedback.models import PageFeedback


@pytest.fixture(autouse=True)
def empty_cache():
    """The contact form's rate limit counts every message these tests send."""
    cache.clear()
    yield
    cache.clear()


def age_submissions(page, days):
    FormSubmission.objects.filter(page=page).update(
        submit_time=timezone.now() - timedelta(days=days)
    )


def test_purge_deletes_only_old_submissions(client, contact_page, capsys):
    client.post(contact_page.url, contact_message(your_message="old"))
    age_submissions(contact_page, 91)
    client.post(contact_page.url, contact_message(your_message="new"))

    call_command("purge_form_submissions")

    assert (
        "Deleted 1 form submission and 0 feedback comments older than 90 days."
        in capsys.readouterr().out
    )
    assert [d["your_message"] for d in stored_messages(contact_page)] == ["new"]


def test_purge_older_than_and_dry_run(client, contact_page, capsys):
    for _ in range(2):
        client.post(contact_page.url, contact_message())
    age_submissions(contact_page, 10)

    call_command("purge_form_submissions", "--older-than", "7", "--dry-run")
    assert (
        "Would delete 2 form submissions and 0 feedback comments"
        in capsys.readouterr().out
    )
    assert len(stored_messages(contact_page)) == 2

    call_command("purge_form_submissions", "--older-than", "7")
    assert (
        "Deleted 2 form submissions and 0 feedback comments older than 7 days."
        in capsys.readouterr().out
    )
    assert stored_messages(contact_page) == []


def test_purge_refuses_a_meaningless_age(db):
    with pytest.raises(CommandError, match="1 or more"):
        call_command("purge_form_submissions", "--older-than", "0")


def test_purge_clears_old_feedback_comments_but_keeps_the_votes(home_page, capsys):

    old = PageFeedback.objects.create(page=home_page, helpful=False, comment="Too long")
    PageFeedback.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - timedelta(days=100)
    )
    new = PageFeedback.objects.create(page=home_page, helpful=True, comment="Clear")

    call_command("purge_form_submissions")

    assert "and 1 feedback comment older than 90 days" in capsys.readouterr().out
    old.refresh_from_db()
    new.refresh_from_db()
    assert (old.helpful, old.comment) == (False, "")
    assert new.comment == "Clear"
