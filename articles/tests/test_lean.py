"""Article pages stay small, load nothing from elsewhere and size their images."""

import gzip
import io
import re

import pytest
from django.contrib.staticfiles import finders
from django.core.management import call_command
from pytest_django.asserts import assertTemplateUsed
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file_jpeg

from articles.models import ArticlePage

pytestmark = pytest.mark.django_db

BUDGET_BYTES = 35 * 1024


def gzipped_size(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=9))


def static_assets(html: str) -> list[str]:
    """The stylesheets and scripts a page asks for."""
    return re.findall(
        r'<link rel="stylesheet" href="/static/([^"]+)"', html
    ) + re.findall(r'<script src="/static/([^"]+)"', html)


def test_longest_demo_article_with_css_and_js_is_at_most_35_kb_compressed(
    client, home_page
):
    call_command("load_demo_content", stdout=io.StringIO())
    sizes = {}
    for article in ArticlePage.objects.live():
        response = client.get(article.url)
        assert response.status_code == 200, article.url
        assertTemplateUsed(response, "articles/article_page.html")
        html = response.content
        assets = static_assets(html.decode())
        assert assets, "the page links its stylesheet and script"
        total = gzipped_size(html)
        for asset in assets:
            with open(finders.find(asset), "rb") as file:
                total += gzipped_size(file.read())
        sizes[article.url] = total
    assert max(sizes.values()) <= BUDGET_BYTES, sizes


def test_pages_ask_for_nothing_from_another_origin(client, home_page):
    call_command("load_demo_content", stdout=io.StringIO())
    for path in ["/", "/articles/", ArticlePage.objects.live().first().url, "/faqs/"]:
        response = client.get(path)
        assert response.status_code == 200, path
        html = response.content.decode()
        # What a browser fetches: stylesheets, icons, scripts, images (a
        # canonical <link> is an address, not a request).
        fetched_links = [
            tag
            for tag in re.findall(r"<link\b[^>]*>", html)
            if re.search(r'rel="(stylesheet|icon|preload|modulepreload|manifest)"', tag)
        ]
        tags = fetched_links + re.findall(r"<(?:script|img|source)\b[^>]*>", html)
        resources = [
            url
            for tag in tags
            for url in re.findall(r'\b(?:href|src|srcset)="([^"]+)"', tag)
        ]
        external = [
            url
            for url in resources
            if re.match(r"(https?:)?//", url) and "//testserver" not in url
        ]
        assert not external, (path, external)
        assert "fonts.googleapis" not in html


def test_first_article_image_loads_at_once_and_the_rest_lazily(client, article_page):
    photos = [
        Image.objects.create(title=f"Photo {n}", file=get_test_image_file_jpeg())
        for n in range(3)
    ]
    page = article_page(
        body=[
            ("heading", {"text": "Pictures", "level": "h2"}),
            *[
                ("image", {"image": photo, "alt_text": f"Photo {n}", "caption": ""})
                for n, photo in enumerate(photos)
            ],
        ]
    )
    html = client.get(page.url).content.decode()
    imgs = re.findall(r"<img[^>]*>", html)
    assert len(imgs) == 3
    assert 'loading="eager"' in imgs[0] and 'fetchpriority="high"' in imgs[0]
    assert all('loading="lazy"' in img for img in imgs[1:])
    assert all(
        re.search(r'width="\d+"', img) and re.search(r'height="\d+"', img)
        for img in imgs
    )
    # Photographs fall back to JPEG after AVIF and WebP.
    assert re.search(r'src="[^"]+\.jpg"', imgs[0])
    assert html.count('type="image/avif"') == 3
    assert html.count('type="image/webp"') == 3
