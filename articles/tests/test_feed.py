"""The Atom feed of new and updated health information, and the link to it."""

import xml.etree.ElementTree as ET

import pytest
from wagtail.models import PageViewRestriction

from articles.models import MedicinePage
from conftest import publish

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def test_atom_feed_lists_live_public_articles_newest_update_first(
    client, clinic_settings, article_page
):
    clinic_settings.clinic_name = "Riverside Clinic"
    clinic_settings.save()
    older = article_page(title="Older article", summary="About the older one.")
    newer = article_page(title="Newer article")
    article_page(title="Draft article").unpublish()
    private = article_page(title="Private article")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    older.summary = "Updated & improved."
    older.save_revision().publish()
    older.refresh_from_db()

    response = client.get("/feed/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.findtext(f"{ATOM}title") == "Riverside Clinic: health information"
    assert feed.findtext(f"{ATOM}author/{ATOM}name") == "Riverside Clinic"
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == [
        "Older article",
        "Newer article",
    ]
    first = entries[0]
    assert first.find(f"{ATOM}link").get("href") == (
        "http://localhost/articles/older-article/"
    )
    assert first.findtext(f"{ATOM}summary") == "Updated & improved."
    assert first.findtext(f"{ATOM}updated").startswith(
        older.last_published_at.date().isoformat()
    )
    assert first.findtext(f"{ATOM}published").startswith(
        older.first_published_at.date().isoformat()
    )
    assert newer.first_published_at > older.first_published_at


def test_every_page_links_the_feed(client, home_page):
    html = client.get("/").content.decode()
    assert (
        '<link rel="alternate" type="application/atom+xml" '
        'title="New and updated health information" href="/feed/">'
    ) in html


def test_feed_includes_medicine_pages(client, article_index):

    publish(
        article_index,
        MedicinePage(title="Ketamine", slug="ketamine-medicine", summary="A medicine."),
    )
    feed = ET.fromstring(client.get("/feed/").content)
    assert [e.findtext(f"{ATOM}title") for e in feed.findall(f"{ATOM}entry")] == [
        "Ketamine"
    ]
