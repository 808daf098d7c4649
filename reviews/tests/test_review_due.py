"""Review-due tracking: the admin report, the dashboard panel and the reminder emails."""

import datetime
import socket

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.utils import timezone

from reviews.due import pages_due_for_review
from reviews.models import Reviewer

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def days(n: int) -> datetime.date:
    return TODAY + datetime.timedelta(days=n)


@pytest.fixture
def owners(django_user_model):
    return {
        name: django_user_model.objects.create_user(
            name, f"{name}@example.com", "pw", first_name=name.title()
        )
        for name in ("alice", "bob")
    }


@pytest.fixture
def pages(article_page, faq_page, owners):
    """Pages in every review state, owned by Alice and Bob."""
    reviewer = Reviewer.objects.create(name="Dr Sam Example", credentials="MB ChB")

    def make(title, owner, due):
        page = article_page(
            title=title,
            reviewer=reviewer,
            last_reviewed=days(-300),
            next_review_due=due,
        )
        page.owner = owners[owner]
        page.save()
        return page

    made = {
        "overdue": make("Overdue article", "alice", days(-10)),
        "soon": make("Due soon article", "alice", days(20)),
        "later": make("Fine for months", "alice", days(200)),
        "bob": make("Bob's overdue article", "bob", days(-1)),
        "never": faq_page,  # never reviewed
    }
    faq_page.owner = owners["bob"]
    faq_page.save()
    draft = make("Unpublished draft", "alice", days(-50))
    draft.unpublish()
    return made


def test_due_pages_are_overdue_due_soon_or_never_reviewed_and_live(pages):
    found = {item.title: item.status for item in pages_due_for_review(30)}
    assert found == {
        "Overdue article": "overdue",
        "Due soon article": "due_soon",
        "Bob's overdue article": "overdue",
        "Frequently asked questions": "not_reviewed",
    }
    titles = [item.title for item in pages_due_for_review(30)]
    assert titles[0] == "Frequently asked questions"  # never reviewed first
    assert titles.index("Overdue article") < titles.index("Due soon article")


def test_report_lists_due_pages_with_owner_and_reviewer(admin_client, pages):
    response = admin_client.get("/admin/reports/review-due/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Clinical reviews due" in html
    for title in ("Overdue article", "Due soon article", "Frequently asked questions"):
        assert title in html
    assert "Fine for months" not in html
    assert "Unpublished draft" not in html
    assert f"Overdue since {days(-10).strftime('%-d %B %Y')}" in html
    assert "Alice" in html and "Bob" in html
    assert "Dr Sam Example, MB ChB" in html
    assert "Not yet reviewed" in html


def test_report_is_in_the_reports_menu_and_export_works(admin_client, pages):
    assert "/admin/reports/review-due/" in admin_client.get("/admin/").content.decode()
    csv = admin_client.get("/admin/reports/review-due/?export=csv")
    assert csv.status_code == 200
    text = b"".join(csv.streaming_content).decode()
    assert "Overdue article" in text and str(days(-10)) in text


def test_editors_see_the_report_and_others_are_refused(
    client, pages, django_user_model
):
    call_command("setup_clinical_review", stdout=None)
    editor = django_user_model.objects.create_user("ed", "ed@example.com", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert client.get("/admin/reports/review-due/").status_code == 200

    nobody = django_user_model.objects.create_user("no", "no@example.com", "pw")
    client.force_login(nobody)
    assert client.get("/admin/reports/review-due/").status_code != 200


def test_dashboard_panel_lists_the_most_urgent_reviews(admin_client, pages):
    html = admin_client.get("/admin/").content.decode()
    assert "Overdue article" in html
    assert "Due soon article" in html
    assert "Fine for months" not in html


def test_dashboard_panel_says_when_nothing_is_due(admin_client, home_page):
    html = admin_client.get("/admin/").content.decode()
    assert "No health page is overdue or due for clinical review" in html


def test_reminders_send_one_email_per_owner_listing_their_pages(
    pages, mailoutbox, capsys
):
    call_command("send_review_reminders")

    assert sorted(mail.to[0] for mail in mailoutbox) == [
        "alice@example.com",
        "bob@example.com",
    ]
    alice = next(mail for mail in mailoutbox if mail.to == ["alice@example.com"])
    assert "Hello Alice," in alice.body
    assert "Overdue article: Overdue since" in alice.body
    assert "Due soon article: Due" in alice.body
    assert "last reviewed by Dr Sam Example" in alice.body
    assert f"/admin/pages/{pages['overdue'].pk}/edit/" in alice.body
    assert "Bob's overdue article" not in alice.body
    assert "Fine for months" not in alice.body
    assert (
        alice.subject
        == "2 health pages need clinical review (1 overdue or never reviewed)"
    )
    bob = next(mail for mail in mailoutbox if mail.to == ["bob@example.com"])
    assert "Frequently asked questions: Not yet reviewed" in bob.body
    out = capsys.readouterr().out
    assert "Emailed alice@example.com" in out
    assert "Sent 2 review reminder email(s)." in out


def test_reminders_name_pages_nobody_can_be_emailed_about(
    pages, owners, mailoutbox, capsys
):
    owners["bob"].email = ""
    owners["bob"].save()
    call_command("send_review_reminders")
    assert [mail.to for mail in mailoutbox] == [["alice@example.com"]]
    assert "Not emailed: “Bob's overdue article”" in capsys.readouterr().out


def test_dry_run_sends_nothing(pages, mailoutbox, capsys):
    call_command("send_review_reminders", "--dry-run")
    assert mailoutbox == []
    assert "Would email alice@example.com" in capsys.readouterr().out


def test_nothing_due_sends_nothing_and_says_so(article_page, mailoutbox, capsys):
    article_page(last_reviewed=TODAY)
    call_command("send_review_reminders")
    assert mailoutbox == []
    assert "no email sent" in capsys.readouterr().out


def test_mail_failure_exits_non_zero_with_one_sentence(pages, settings):

    with socket.socket() as probe:  # a local port nothing listens on
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", closed_port
    settings.EMAIL_TIMEOUT = 5
    with pytest.raises(CommandError, match="Could not send the review reminder to"):
        call_command("send_review_reminders")
