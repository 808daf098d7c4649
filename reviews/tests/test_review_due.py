"""Review-due tracking: the admin report, the dashboard panel and the reminder emails."""

import datetime
import socket

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

from faq.models import FAQ
from reviews.due import due_for_review
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
    found = {item.title: item.status for item in due_for_review(30)}
    assert found == {
        "Overdue article": "overdue",
        "Due soon article": "due_soon",
        "Bob's overdue article": "overdue",
        "Frequently asked questions": "not_reviewed",
        # The FAQ page's questions are health content too, never reviewed.
        "FAQ: Can I drive home afterwards?": "not_reviewed",
        "FAQ: Will I feel strange?": "not_reviewed",
    }
    titles = [item.title for item in due_for_review(30)]
    assert titles.index("Frequently asked questions") < 3  # never reviewed first
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
    assert (
        "No health page, FAQ or myth card is overdue or due for clinical review" in html
    )


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


@pytest.fixture
def faqs(make_faq, make_myth, owners):
    """FAQs and a myth card in every review state; Alice last edited them."""
    reviewer = Reviewer.objects.create(name="Dr Sam Example", credentials="MB ChB")

    def make(question, due=None, live=True):
        faq = FAQ(question=question, answer="<p>Ask the clinic.</p>")
        if due is not None:
            faq.reviewer, faq.last_reviewed = reviewer, days(-300)
            faq.next_review_due = due
        faq.save()
        faq.save_revision(user=owners["alice"])
        if live:
            faq.get_latest_revision().publish()
        return FAQ.objects.get(pk=faq.pk)

    return {
        "never": make("Can I eat before my appointment?"),
        "overdue": make("Can I bring someone with me?", due=days(-5)),
        "fine": make("Is there parking?", due=days(200)),
        "draft": make("Will it hurt?", live=False),
        "myth": make_myth("Ketamine is only a party drug."),
    }


def test_due_faqs_and_myth_cards_are_listed_with_their_edit_view(faqs):
    found = {item.title: item for item in due_for_review(30)}
    assert set(found) == {
        "FAQ: Can I eat before my appointment?",
        "FAQ: Can I bring someone with me?",
        "Myth card: Ketamine is only a party drug.",
    }
    assert found["FAQ: Can I eat before my appointment?"].status == "not_reviewed"
    overdue = found["FAQ: Can I bring someone with me?"]
    assert overdue.status_text == f"Overdue since {days(-5).strftime('%-d %B %Y')}"
    assert overdue.edit_url == reverse(
        "wagtailsnippets_faq_faq:edit", args=[faqs["overdue"].pk]
    )


def test_report_and_dashboard_link_due_faqs_to_their_edit_view(admin_client, faqs):
    edit_url = reverse("wagtailsnippets_faq_faq:edit", args=[faqs["never"].pk])
    report = admin_client.get("/admin/reports/review-due/").content.decode()
    dashboard = admin_client.get("/admin/").content.decode()
    for html in (report, dashboard):
        assert "FAQ: Can I eat before my appointment?" in html
        assert f'href="{edit_url}"' in html
        assert "Myth card: Ketamine is only a party drug." in html
        assert "Is there parking?" not in html
        assert "Will it hurt?" not in html  # a draft: patients do not see it


def test_reminders_email_whoever_last_edited_a_due_faq(faqs, mailoutbox, settings):
    call_command("send_review_reminders", stdout=None)

    (mail,) = mailoutbox  # the myth card was made in code: nobody to email
    assert mail.to == ["alice@example.com"]
    assert "FAQ: Can I eat before my appointment?: Not yet reviewed" in mail.body
    assert "FAQ: Can I bring someone with me?: Overdue since" in mail.body
    edit_url = reverse("wagtailsnippets_faq_faq:edit", args=[faqs["overdue"].pk])
    assert f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{edit_url}" in mail.body
    assert mail.subject == (
        "2 health items need clinical review (2 overdue or never reviewed)"
    )
