"""Property tests: the per-page feedback ("Was this page helpful?") and its optional
comment never cause a server error or unescaped output, and valid comments are kept."""

from django.core.cache import cache
from hypothesis import given
from hypothesis import strategies as st

from conftest import assert_escaped, fuzz, fuzz_text
from feedback.models import PageFeedback
from security.protection import HONEYPOT_FIELD


@fuzz
@given(
    helpful=st.one_of(st.sampled_from(["yes", "no"]), fuzz_text),
    page_id=st.one_of(
        fuzz_text, st.sampled_from(["²", "١", "-1", "99999999999999999999"])
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
@given(page_id=fuzz_text)
def test_feedback_thanks_never_fails(client, home_page, page_id):
    response = client.get("/feedback/thanks/", {"page": page_id})
    assert response.status_code == 200
    assert_escaped(response.content.decode(), [page_id])


@fuzz
@given(comment=fuzz_text)
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
