"""The clinical review stamp: reviewers, review dates and what patients see."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from pytest_django.asserts import assertContains
from wagtail.models import PageLogEntry

from conftest import publish
from home.models import StandardPage
from reviews.models import Reviewer, add_months, default_next_review

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate


@pytest.fixture
def reviewer(home_page):
    profile = publish(
        home_page,
        StandardPage(title="Our clinical team", slug="team", intro="Who we are."),
    )
    return Reviewer.objects.create(
        name="Dr Sam Example",
        credentials="MB ChB, FRCA",
        role="Consultant anaesthetist",
        profile_page=profile,
    )


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (datetime.date(2025, 3, 15), 12, datetime.date(2026, 3, 15)),
        (datetime.date(2024, 2, 29), 12, datetime.date(2025, 2, 28)),
        (datetime.date(2025, 1, 31), 1, datetime.date(2025, 2, 28)),
        (datetime.date(2025, 11, 30), 3, datetime.date(2026, 2, 28)),
        (datetime.date(2025, 5, 10), -12, datetime.date(2024, 5, 10)),
    ],
)
def test_add_months_keeps_the_day_or_uses_the_months_last_day(day, months, expected):
    assert add_months(day, months) == expected


def test_reviewer_reads_as_name_and_credentials(reviewer):
    assert str(reviewer) == "Dr Sam Example, MB ChB, FRCA"
    assert str(Reviewer(name="Nurse Jo Example")) == "Nurse Jo Example"


def test_next_review_defaults_to_the_configured_interval(article_page, settings):
    page = article_page(last_reviewed=datetime.date(2025, 6, 1))
    assert page.next_review_due == datetime.date(2026, 6, 1)

    settings.CLINIC_REVIEW_INTERVAL_MONTHS = 6
    assert default_next_review(datetime.date(2025, 6, 1)) == datetime.date(2025, 12, 1)
    other = article_page(title="Other", last_reviewed=datetime.date(2025, 6, 1))
    assert other.next_review_due == datetime.date(2025, 12, 1)


def test_a_next_review_date_set_by_hand_is_kept(article_page):
    page = article_page(
        last_reviewed=datetime.date(2025, 6, 1),
        next_review_due=datetime.date(2025, 9, 1),
    )
    page.full_clean()
    assert page.next_review_due == datetime.date(2025, 9, 1)


def test_clean_fills_the_next_review_date_from_the_last_review(article_page):
    page = article_page()
    page.last_reviewed = datetime.date(2025, 1, 31)
    page.next_review_due = None
    page.full_clean()
    assert page.next_review_due == datetime.date(2026, 1, 31)


def test_is_review_overdue_only_after_the_due_date(article_page):
    page = article_page()
    assert not page.is_review_overdue  # never reviewed: no due date
    page.next_review_due = TODAY()
    assert not page.is_review_overdue
    page.next_review_due = TODAY() - datetime.timedelta(days=1)
    assert page.is_review_overdue


def test_article_shows_who_reviewed_it_and_when(client, article_page, reviewer):
    page = article_page(reviewer=reviewer, last_reviewed=datetime.date(2025, 3, 4))
    html = client.get(page.url).content.decode()
    text = " ".join(html.split())
    assert (
        'Medically reviewed by <a href="/team/">Dr Sam Example</a>, MB ChB, FRCA'
        in text
    )
    assert (
        'Last reviewed <time datetime="2025-03-04">4 March 2025</time> '
        '· Next review due <time datetime="2026-03-04">4 March 2026</time>'
    ) in text
    assert "None" not in text


def test_reviewer_without_a_live_profile_page_is_plain_text(
    client, article_page, reviewer
):
    reviewer.profile_page.unpublish()
    page = article_page(reviewer=reviewer, last_reviewed=TODAY())
    html = " ".join(client.get(page.url).content.decode().split())
    assert "Medically reviewed by Dr Sam Example, MB ChB, FRCA" in html


def test_overdue_page_stays_visible_with_a_gentle_notice(
    client, article_page, reviewer
):
    page = article_page(
        reviewer=reviewer,
        last_reviewed=TODAY() - datetime.timedelta(days=400),
    )
    assert page.is_review_overdue
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "This page is being reviewed." in html
    assert "Medically reviewed by" in html
    assert "What it is" in html  # the article itself is still there


def test_page_in_date_has_no_review_notice(client, article_page, reviewer):
    page = article_page(reviewer=reviewer, last_reviewed=TODAY())
    response = client.get(page.url)
    assertContains(response, "Medically reviewed by")
    assert "This page is being reviewed" not in response.content.decode()


def test_page_never_reviewed_says_so_honestly(client, article_page):
    html = client.get(article_page().url).content.decode()
    assert "This page has not been clinically reviewed yet." in html
    assert "Medically reviewed by" not in html


def test_faq_and_myths_pages_show_the_stamp(client, faq_page, myths_page, reviewer):
    for page in (faq_page, myths_page):
        page.reviewer = reviewer
        page.last_reviewed = datetime.date(2025, 5, 6)
        page.save_revision().publish()
        html = " ".join(client.get(page.url).content.decode().split())
        assert "Medically reviewed by" in html
        assert 'Last reviewed <time datetime="2025-05-06">6 May 2025</time>' in html


def test_stamp_costs_one_query_for_reviewer_and_profile_page(
    client, article_page, reviewer, no_page_cache
):
    reviewed = article_page(reviewer=reviewer, last_reviewed=TODAY())
    unreviewed = article_page(title="Unreviewed")
    client.get(reviewed.url)
    client.get(unreviewed.url)

    with CaptureQueriesContext(connection) as without_review:
        unreviewed_response = client.get(unreviewed.url)
    with CaptureQueriesContext(connection) as with_review:
        reviewed_response = client.get(reviewed.url)
    assertContains(
        unreviewed_response, "This page has not been clinically reviewed yet."
    )
    assertContains(reviewed_response, "Medically reviewed by")
    assert len(with_review) == len(without_review) + 1


def test_publishing_by_a_linked_reviewer_records_the_review(
    article_page, reviewer, django_user_model
):

    user = django_user_model.objects.create_superuser("sam", "sam@example.com", "x")
    reviewer.user = user
    reviewer.save()
    page = article_page()
    page.summary = "Checked by a clinician."
    revision = page.save_revision(user=user)
    revision.publish(user=user)

    page.refresh_from_db()
    assert page.reviewer == reviewer
    assert page.last_reviewed == TODAY()
    assert page.next_review_due == add_months(TODAY(), 12)
    assert page.get_latest_revision().as_object().last_reviewed == TODAY()
    entry = PageLogEntry.objects.get(page=page, action="clinic.review.clinical")
    assert entry.user == user
    assert "Clinically reviewed by Dr Sam Example" in entry.message


def test_a_minor_edit_keeps_the_review_dates_and_is_logged_as_minor(
    article_page, reviewer, django_user_model
):

    user = django_user_model.objects.create_superuser("sam", "sam@example.com", "x")
    reviewer.user = user
    reviewer.save()
    reviewed_on = datetime.date(2025, 2, 3)
    page = article_page(reviewer=None, last_reviewed=reviewed_on)
    page.title = "Understanding the treatment (typo fixed)"
    page.minor_edit = True
    page.save_revision(user=user).publish(user=user)

    page.refresh_from_db()
    assert page.title.endswith("(typo fixed)")
    assert page.last_reviewed == reviewed_on
    assert page.reviewer is None
    assert page.minor_edit is False  # the tick applies to one publication only
    assert page.get_latest_revision().content["minor_edit"] is False
    assert PageLogEntry.objects.filter(page=page, action="clinic.review.minor").exists()
    assert not PageLogEntry.objects.filter(
        page=page, action="clinic.review.clinical"
    ).exists()
