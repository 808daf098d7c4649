import re

import pytest
from django.core.exceptions import ValidationError
from pytest_django.asserts import assertInHTML

from articles.blocks import (
    CalloutBlock,
    HeadingBlock,
    ImageBlock,
    ListBlock,
    QuoteBlock,
    ReferenceBlock,
)


def test_heading_renders_with_its_anchor():
    block = HeadingBlock()
    value = block.to_python(
        {"text": "Side effects", "level": "h3", "anchor": "side-effects-2"}
    )
    assertInHTML('<h3 id="side-effects-2">Side effects</h3>', block.render(value))


def test_heading_without_anchor_falls_back_to_its_text():
    block = HeadingBlock()
    value = block.to_python({"text": "How it works", "level": "h2", "anchor": ""})
    assertInHTML('<h2 id="how-it-works">How it works</h2>', block.render(value))


def test_heading_needs_text():
    block = HeadingBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"text": "", "level": "h2", "anchor": ""}))


@pytest.mark.parametrize(("style", "tag"), [("bulleted", "ul"), ("numbered", "ol")])
def test_list_renders_bulleted_or_numbered(style, tag):
    block = ListBlock()
    value = block.to_python(
        {"style": style, "items": ["<p>First <b>step</b></p>", "<p>Second</p>"]}
    )
    html = block.render(value)
    assertInHTML(
        f"<{tag} class='list list--{style}'><li><p>First <b>step</b></p></li><li><p>Second</p></li></{tag}>",
        html,
    )


def test_list_needs_an_item():
    block = ListBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"style": "bulleted", "items": []}))


@pytest.mark.django_db
def test_urgent_callout_shows_the_emergency_number_placeholder_until_set(
    clinic_settings,
):
    block = CalloutBlock()
    value = block.to_python(
        {"kind": "urgent", "title": "", "text": "<p>Do not wait.</p>"}
    )
    context = {"settings": {"home": {"ClinicSettings": clinic_settings}}}

    html = block.render(value, context)
    assert "Get help now" in html
    assert "[Emergency number — set it in Settings › Clinic settings]" in html

    clinic_settings.emergency_number = "999"
    html = block.render(
        value, {"settings": {"home": {"ClinicSettings": clinic_settings}}}
    )
    assertInHTML('<a href="tel:999">999</a>', html)


def test_information_callout_has_no_numbers():
    block = CalloutBlock()
    value = block.to_python(
        {"kind": "info", "title": "Good to know", "text": "<p>Bring a friend.</p>"}
    )
    html = block.render(value)
    assertInHTML('<p class="callout__title">Good to know</p>', html)
    assert "callout--info" in html
    assert "emergency" not in html


@pytest.mark.django_db
def test_image_needs_meaningful_alt_text(image):
    block = ImageBlock()
    value = block.to_python({"image": image.pk, "alt_text": "image", "caption": ""})
    with pytest.raises(ValidationError) as error:
        block.clean(value)
    assert list(error.value.block_errors) == ["alt_text"]
    value = block.to_python({"image": image.pk, "alt_text": "", "caption": ""})
    with pytest.raises(ValidationError):
        block.clean(value)


@pytest.mark.django_db
def test_image_renders_alt_text_size_and_caption(image):
    block = ImageBlock()
    value = block.clean(
        block.to_python(
            {
                "image": image.pk,
                "alt_text": "Two chairs by a window",
                "caption": "Our waiting room",
            }
        )
    )
    html = block.render(value)
    assert 'alt="Two chairs by a window"' in html
    assert 'loading="lazy"' in html
    # The 640 x 480 test image: explicit size in its own proportions, so the
    # text does not jump as it loads.
    assert 'width="400"' in html
    assert 'height="300"' in html
    assertInHTML("<figcaption>Our waiting room</figcaption>", html)


@pytest.mark.django_db
def test_image_is_a_picture_of_modern_formats_with_a_fallback(image):

    block = ImageBlock()
    value = block.to_python(
        {"image": image.pk, "alt_text": "Two chairs", "caption": ""}
    )
    html = block.render(value)
    sources = re.findall(r'<source[^>]*type="([^"]+)"', html)
    assert sources == ["image/avif", "image/webp"]
    # The test image is a PNG, which may be transparent: PNG is the fallback.
    img = re.search(r"<img[^>]*>", html).group()
    assert re.search(r'src="[^"]+\.png"', img)
    assert re.search(r'srcset="[^"]+ 400w, [^"]+ 640w"', img)
    assert 'sizes="' in img
    for url in re.findall(r"(/media/[^\s\",]+)", html):
        assert url.endswith(".avif") or url.endswith(".webp") or url.endswith(".png")


@pytest.mark.django_db
def test_decorative_image_gets_empty_alt(image):
    block = ImageBlock()
    value = block.to_python(
        {"image": image.pk, "alt_text": "Decorative", "caption": ""}
    )
    assert 'alt=""' in block.render(value)


def test_quote_renders_with_attribution():
    block = QuoteBlock()
    value = block.to_python(
        {"quote": "I felt listened to.", "attribution": "A patient"}
    )
    html = block.render(value)
    assertInHTML("<blockquote><p>I felt listened to.</p></blockquote>", html)
    assertInHTML("<figcaption>A patient</figcaption>", html)


@pytest.mark.django_db
def test_deleted_image_renders_nothing(image):
    block = ImageBlock()
    value = block.to_python(
        {"image": image.pk, "alt_text": "Two chairs", "caption": "Caption"}
    )
    image.delete()
    value = block.to_python(
        {"image": image.pk, "alt_text": "Two chairs", "caption": "Caption"}
    )
    assert block.render(value).strip() == ""


def test_reference_needs_a_title_and_a_publisher_or_link():
    block = ReferenceBlock()
    empty = {
        "authors": "",
        "title": "",
        "publisher": "",
        "year": None,
        "link": "",
        "accessed": None,
    }
    with pytest.raises(ValidationError) as error:
        block.clean(block.to_python(empty))
    assert "title" in error.value.block_errors

    with pytest.raises(ValidationError) as error:
        block.clean(block.to_python({**empty, "title": "Ketamine"}))
    assert set(error.value.block_errors) == {"publisher", "link"}

    value = block.clean(
        block.to_python({**empty, "title": "Ketamine", "publisher": "NHS website"})
    )
    assert value["publisher"] == "NHS website"
    value = block.clean(
        block.to_python({**empty, "title": "Ketamine", "link": "https://example.com/"})
    )
    assert value["link"] == "https://example.com/"


def test_reference_renders_only_the_details_it_has():
    block = ReferenceBlock()
    value = block.to_python(
        {
            "authors": "",
            "title": "Controlled drugs",
            "publisher": "Acme Journal",
            "year": None,
            "link": "",
            "accessed": None,
        }
    )
    html = block.render(value)
    assertInHTML("<cite>Controlled drugs</cite>", html)
    assert html.strip().endswith("Acme Journal.")
    assert "None" not in html
