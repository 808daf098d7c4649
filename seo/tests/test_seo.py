"""Titles, descriptions, canonical addresses and link previews of every page type."""

import io

import pytest
from django.core.management import call_command
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page

from conftest import HeadParser, page_head, publish
from home.models import StandardPage
from search.models import SearchPage
from seo.meta import trim

pytestmark = pytest.mark.django_db


@pytest.fixture
def named_clinic(clinic_settings):
    clinic_settings.clinic_name = "Riverside Clinic"
    clinic_settings.save()
    return clinic_settings


def test_article_head_has_title_description_canonical_and_cards(
    client, named_clinic, article_page
):
    article = article_page(
        title="Ketamine for pain",
        summary="How ketamine is used to relieve pain, and what to expect.",
    )

    tags = page_head(client.get(article.url))

    assert tags.title == "Ketamine for pain – Riverside Clinic"
    assert (
        tags.meta["description"]
        == "How ketamine is used to relieve pain, and what to expect."
    )
    assert tags.links["canonical"] == "http://localhost/articles/ketamine-for-pain/"
    assert tags.meta["og:url"] == tags.links["canonical"]
    assert tags.meta["og:type"] == "article"
    assert tags.meta["og:title"] == "Ketamine for pain"
    assert tags.meta["og:description"] == tags.meta["description"]
    assert tags.meta["og:site_name"] == "Riverside Clinic"
    assert tags.meta["og:locale"] == "en_GB"
    # To the second, as Open Graph readers expect (no microseconds).
    assert tags.meta["article:modified_time"] == article.last_published_at.isoformat(
        timespec="seconds"
    )
    assert tags.meta["twitter:card"] == "summary"
    assert tags.meta["twitter:title"] == "Ketamine for pain"
    assert "og:image" not in tags.meta


def test_seo_title_and_search_description_win(client, named_clinic, article_page):
    article = article_page(
        title="Ketamine for pain",
        seo_title="Ketamine pain relief explained",
        search_description="Written for search results.",
    )
    tags = page_head(client.get(article.url))
    assert tags.title == "Ketamine pain relief explained – Riverside Clinic"
    assert tags.meta["description"] == "Written for search results."
    assert tags.meta["og:title"] == "Ketamine pain relief explained"


def test_long_summaries_are_trimmed_at_a_word():
    text = "Ketamine is a medicine " * 20
    trimmed = trim(text)
    assert len(trimmed) <= 160
    assert trimmed.endswith("…")
    assert text.startswith(trimmed[:-1] + " ")
    assert trim("Short text.  Two  spaces.") == "Short text. Two spaces."


def test_intro_rich_text_is_the_fallback_description(client, named_clinic, home_page):
    home_page.intro = "<p>Clear <b>answers</b> &amp; advice about your treatment.</p>"
    home_page.save_revision().publish()
    tags = page_head(client.get("/"))
    assert tags.meta["description"] == "Clear answers & advice about your treatment."
    assert tags.title == f"{home_page.title} – Riverside Clinic"
    assert tags.links["canonical"] == "http://localhost/"


def test_share_image_is_an_absolute_rendition_with_its_size(
    client, named_clinic, article_page, image
):
    image.description = "The clinic's waiting room"
    image.save()
    article = article_page(title="Your first visit", share_image=image)

    tags = page_head(client.get(article.url))

    assert tags.meta["og:image"].startswith("http://localhost/media/images/")
    rendition = image.get_rendition("fill-1200x630-c75")
    assert tags.meta["og:image"].endswith(rendition.url)
    assert tags.meta["og:image:width"] == str(rendition.width)
    assert tags.meta["og:image:height"] == str(rendition.height)
    assert tags.meta["og:image:alt"] == "The clinic's waiting room"
    assert tags.meta["twitter:card"] == "summary_large_image"
    assert tags.meta["twitter:image"] == tags.meta["og:image"]


def test_article_image_then_clinic_default_are_the_fallbacks(
    client, named_clinic, article_page, image, home_page
):

    article = article_page(
        title="Pictured article",
        body=[
            (
                "image",
                {"image": image, "alt_text": "A nurse checking a drip", "caption": ""},
            )
        ],
    )
    tags = page_head(client.get(article.url))
    assert tags.meta["og:image:alt"] == "A nurse checking a drip"
    assert "/media/images/" in tags.meta["og:image"]

    default = Image.objects.create(
        title="Clinic logo", file=get_test_image_file(filename="logo.png")
    )
    named_clinic.default_share_image = default
    named_clinic.save()
    tags = page_head(client.get("/"))
    assert tags.meta["og:image"].endswith(
        default.get_rendition("fill-1200x630-c75").url
    )
    assert tags.meta["og:image:alt"] == "Clinic logo"


def test_canonical_keeps_only_the_page_number(client, named_clinic, article_page):
    for n in range(11):
        article_page(title=f"Article {n}", tags=["Pain"])
    index = Page.objects.get(slug="articles")

    tags = page_head(
        client.get(index.url, {"page": "2", "utm_source": "x", "topic": "pain"})
    )
    assert tags.links["canonical"] == "http://localhost/articles/?page=2"
    assert tags.title == "Health information (page 2) – Riverside Clinic"

    tags = page_head(client.get(index.url, {"page": "1", "topic": "pain"}))
    assert tags.links["canonical"] == "http://localhost/articles/"
    assert tags.title == "Health information – Riverside Clinic"


def test_quotes_and_markup_in_titles_are_escaped(client, home_page):
    page = publish(
        home_page,
        StandardPage(
            title='Our "team" <b>& values</b>', slug="team", intro='Say "hello" <now>.'
        ),
    )
    html = client.get(page.url).content.decode()
    assert (
        '<meta property="og:title" content="Our &quot;team&quot; &lt;b&gt;&amp; values&lt;/b&gt;">'
        in html
    )
    assert (
        '<meta name="description" content="Say &quot;hello&quot; &lt;now&gt;.">' in html
    )
    assert (
        page_head(client.get(page.url)).meta["og:title"] == 'Our "team" <b>& values</b>'
    )


def test_not_found_page_has_a_title_and_no_canonical(client, home_page):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    parser = HeadParser()
    parser.feed(response.content.decode())
    assert parser.title.startswith("Page not found – ")
    assert "canonical" not in parser.links


def test_every_demo_page_has_a_unique_title_and_description(client, home_page):
    call_command("load_demo_content", stdout=io.StringIO())
    pages = Page.objects.live().public().filter(depth__gt=1).specific()
    titles, descriptions = {}, {}
    for page in pages:
        tags = page_head(client.get(page.url))
        assert tags.links["canonical"] == page.get_full_url(), page.url
        assert tags.meta["og:title"], page.url
        titles.setdefault(tags.title, []).append(page.url)
        if not isinstance(page, SearchPage):
            assert tags.meta.get("description"), f"{page.url} has no description"
            descriptions.setdefault(tags.meta["description"], []).append(page.url)
    assert len(pages) >= 9
    assert {t: urls for t, urls in titles.items() if len(urls) > 1} == {}
    assert {d: urls for d, urls in descriptions.items() if len(urls) > 1} == {}
