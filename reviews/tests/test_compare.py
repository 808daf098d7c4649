"""The reviewer's "Compare" link on the dashboard shows what will change for patients."""

import re

import pytest
from django.urls import reverse
from pytest_django.asserts import assertContains, assertNotContains

from .test_workflow import (
    BODY,
    submit_edit,
)

pytestmark = pytest.mark.django_db

NO_DIFFERENCES = "There are no differences between these two versions"


def compare_links(html: str) -> list[str]:
    return [
        link.replace("&amp;", "&")
        for link in re.findall(r'href="([^"]*/revisions/compare/[^"]*)"', html)
    ]


def test_dashboard_compare_shows_the_changes_against_the_live_page(
    client,
    article_page,
    editor,
    clinician,
):
    page = article_page(body=BODY)
    # Two saves of the same change: the previous version equals the submission.
    submit_edit(client, editor, page, "action-save", summary="Take a friend along.")
    submit_edit(client, editor, page, "action-submit", summary="Take a friend along.")

    client.force_login(clinician)
    dashboard = client.get(reverse("wagtailadmin_home"))
    assertContains(dashboard, "Compare with live version")
    assertNotContains(dashboard, "Compare with previous version")
    links = compare_links(dashboard.content.decode())
    assert links and all("/live..." in link for link in links), links

    compare = client.get(links[0])
    assert compare.status_code == 200
    assertNotContains(compare, NO_DIFFERENCES)
    assertContains(compare, "Take a friend along.")
    assertContains(compare, page.summary)  # what patients see now

    # The workflow status in the editor offers the same comparison.
    editor_view = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assertContains(editor_view, "Compare with live version")
    assertNotContains(editor_view, "Compare with previous version")


def test_compare_shows_topics_only_when_they_change_and_by_name(
    client,
    article_page,
    editor,
    clinician,
):
    page = article_page(body=BODY)
    page.tags.add("Pain", "Mental health")  # stored in this order
    page.save_revision().publish()
    # The editor's form lists the topics alphabetically; only the summary changes.
    submit_edit(
        client,
        editor,
        page,
        "action-submit",
        summary="Take a friend along.",
        tags='"Mental health", Pain',
    )

    client.force_login(clinician)
    (link,) = compare_links(client.get(reverse("wagtailadmin_home")).content.decode())
    compare = client.get(link)
    assertContains(compare, "Take a friend along.")
    assertNotContains(compare, "Topics")

    # (The page is locked for its editor while in review: the reviewer adds one.)
    submit_edit(
        client,
        clinician,
        page,
        "action-save",
        summary="Take a friend along.",
        tags='"Mental health", Pain, "Emergency care"',
    )
    page.refresh_from_db()
    latest = re.sub(r"\.\.\.\d+/$", f"...{page.latest_revision_id}/", link)
    text = " ".join(
        re.sub(r"<[^>]+>", " ", client.get(latest).content.decode()).split()
    )
    assert "Topics" in text
    assert "Emergency care" in text and "emergency-care" not in text
