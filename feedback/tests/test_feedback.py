"""'Was this page helpful?': vote, optional comment, thanks, and the admin report."""

import pytest
from django.contrib.auth.models import Permission, User
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from pytest_django.asserts import assertContains, assertNotContains

from feedback import views as feedback
from feedback.models import PageFeedback
from feedback.report import feedback_summary
from security.protection import HONEYPOT_FIELD

pytestmark = pytest.mark.django_db

VOTE_URL = "/feedback/"


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """Rate-limit counters live on the shared cache; start each test at zero."""
    cache.clear()
    yield
    cache.clear()


def vote(client, page, answer="yes", **extra):
    return client.post(VOTE_URL, {"page": page.pk, "helpful": answer, **extra})


def test_every_health_page_shows_the_vote_form_without_csrf_or_cookies(
    client, article_page, medicine_page, faq_page, myths_page
):
    for page in (article_page(), medicine_page(), faq_page, myths_page):
        response = client.get(page.url)
        assertContains(
            response, '<h2 id="page-feedback-heading">Was this page helpful?</h2>'
        )
        assertContains(response, f'action="{VOTE_URL}" method="post"')
        assertContains(response, f'<input type="hidden" name="page" value="{page.pk}">')
        assertNotContains(response, "csrfmiddlewaretoken")
        assert not response.cookies, page.url


def test_a_vote_needs_no_csrf_token_and_leads_to_the_comment_step(article_page):
    page = article_page()
    client = Client(enforce_csrf_checks=True)

    response = vote(client, page, "no")

    assert response.status_code == 302
    saved = PageFeedback.objects.get()
    assert (saved.page_id, saved.helpful, saved.comment) == (page.pk, False, "")
    comment_page = client.get(response.url)
    assert comment_page.status_code == 200
    assert "no-cache" in comment_page["Cache-Control"]
    assertContains(comment_page, "csrfmiddlewaretoken")
    assertContains(comment_page, "Do not include personal or medical details")
    assertContains(comment_page, "was not helpful")


def test_the_comment_is_saved_once_and_the_reader_is_thanked(client, article_page):
    page = article_page(title="Understanding the treatment")
    comment_url = vote(client, page).url

    response = client.post(comment_url, {"comment": "  Say more about driving.  "})

    assert response.url == f"/feedback/thanks/?page={page.pk}"
    assert PageFeedback.objects.get().comment == "Say more about driving."
    thanks = client.get(response.url)
    assertContains(thanks, "Thank you for your feedback")
    assertContains(
        thanks,
        f'<a href="{page.url}">Back to Understanding the treatment</a>',
        html=True,
    )
    # The link cannot be used to write a second comment.
    client.post(comment_url, {"comment": "Another"})
    assert PageFeedback.objects.get().comment == "Say more about driving."


def test_comment_form_needs_its_csrf_token(article_page):
    client = Client(enforce_csrf_checks=True)
    comment_url = vote(client, article_page()).url
    response = client.post(comment_url, {"comment": "Hello"})
    assert response.status_code == 403
    assert PageFeedback.objects.get().comment == ""


def test_a_too_long_comment_is_refused_and_kept_for_editing(client, article_page):
    comment_url = vote(client, article_page()).url
    text = "x" * (feedback.COMMENT_MAX_LENGTH + 1)

    response = client.post(comment_url, {"comment": text})

    assert response.status_code == 200
    assertContains(response, "There is a problem")
    assertContains(response, text)
    assert PageFeedback.objects.get().comment == ""


@pytest.mark.parametrize(
    "data",
    [
        {"helpful": "yes"},
        {"helpful": "maybe", "page": "PAGE"},
        {"helpful": "yes", "page": "999999"},
        {"helpful": "yes", "page": "1 OR 1=1"},
    ],
)
def test_an_incomplete_vote_is_refused_clearly(client, article_page, data):
    page = article_page()
    data = {
        key: str(page.pk) if value == "PAGE" else value for key, value in data.items()
    }
    response = client.post(VOTE_URL, data)
    assert response.status_code == 400
    assertContains(response, "choose Yes or No", status_code=400)
    assert not PageFeedback.objects.exists()


def test_votes_for_draft_pages_are_refused(client, article_page):
    page = article_page()
    page.unpublish()
    assert vote(client, page).status_code == 400
    assert not PageFeedback.objects.exists()


def test_only_post_is_accepted(client):
    assert client.get(VOTE_URL).status_code == 405


def test_a_filled_honeypot_is_thanked_but_stores_nothing(client, article_page):
    page = article_page()
    response = vote(client, page, **{HONEYPOT_FIELD: "http://spam.example"})
    assert response.url == "/feedback/thanks/"
    assert not PageFeedback.objects.exists()

    comment_url = vote(client, page).url
    client.post(comment_url, {"comment": "Buy now", HONEYPOT_FIELD: "x"})
    assert PageFeedback.objects.get().comment == ""


def test_votes_are_rate_limited_per_address(client, article_page):
    page = article_page()
    for _ in range(feedback.VOTES_PER_HOUR):
        assert vote(client, page).status_code == 302

    response = vote(client, page)

    assert response.status_code == 429
    assertContains(response, "try again later", status_code=429)
    assert PageFeedback.objects.count() == feedback.VOTES_PER_HOUR
    other = Client(REMOTE_ADDR="192.0.2.77")
    assert vote(other, page).status_code == 302


def test_a_wrong_or_expired_comment_link_says_so(client, article_page, settings):
    response = client.get("/feedback/comment/not-a-token/")
    assertContains(response, "has expired", status_code=400)

    comment_url = vote(client, article_page()).url
    feedback_obj = PageFeedback.objects.get()
    old = feedback.TOKEN_MAX_AGE
    try:
        feedback.TOKEN_MAX_AGE = -1
        response = client.get(comment_url)
    finally:
        feedback.TOKEN_MAX_AGE = old
    assert response.status_code == 400
    assert feedback.feedback_for_token(comment_url.split("/")[-2]) == feedback_obj


def test_summary_counts_votes_and_shows_recent_comments(article_page, faq_page):
    article = article_page()
    for helpful, comment in [
        (True, ""),
        (True, "Clear, thanks"),
        (False, "Too long"),
        (True, "Good"),
        (True, "Useful"),
    ]:
        PageFeedback.objects.create(page=article, helpful=helpful, comment=comment)
    PageFeedback.objects.create(page=faq_page, helpful=False)

    summary = {page.pk: page for page in feedback_summary()}

    assert set(summary) == {article.pk, faq_page.pk}
    row = summary[article.pk]
    assert (row.yes, row.no, row.percent_helpful) == (4, 1, "80%")
    assert row.recent_comments == ["Useful", "Good", "Too long"]
    assert summary[faq_page.pk].percent_helpful == "0%"
    assert summary[faq_page.pk].recent_comments_text == "—"


def test_report_is_only_for_staff_with_the_permission(client, article_page):
    page = article_page(title="Understanding the treatment")
    PageFeedback.objects.create(page=page, helpful=True, comment="Very clear")
    url = reverse("page_feedback_report")

    editor = User.objects.create_user("editor", password="pw", is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    assert client.get(url).status_code in (302, 403)
    assertNotContains(client.get(reverse("wagtailadmin_home")), url)

    editor.user_permissions.add(Permission.objects.get(codename="view_pagefeedback"))
    editor = User.objects.get(pk=editor.pk)
    client.force_login(editor)
    response = client.get(url)
    assert response.status_code == 200
    assertContains(response, "Understanding the treatment")
    assertContains(response, "100%")
    assertContains(response, "Very clear")


def test_report_query_count_does_not_grow_with_pages(
    client, admin_user, article_page, django_assert_max_num_queries
):
    for n in range(6):
        page = article_page(title=f"Article {n}")
        PageFeedback.objects.create(page=page, helpful=bool(n % 2), comment=f"Note {n}")
    client.force_login(admin_user)
    url = reverse("page_feedback_report")
    client.get(url)
    with django_assert_max_num_queries(20):
        response = client.get(url)
    assert response.status_code == 200
    assertContains(response, "Note 5")
