"""Arabic in the real Chromium: the layout mirrors, fits 320 px, and axe is content."""

import pytest
from wagtail.rich_text import RichText

from home.tests.test_accessibility import violations
from home.tests.test_browser import layout_problems

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("browser_database"),
]

ARABIC_BODY = [
    ("heading", {"text": "ما هو العلاج", "level": "h2"}),
    (
        "paragraph",
        RichText("<p>يعطي هذا الدواء طاقم طبي مدرَّب فقط، ويبقى معك طوال الوقت.</p>"),
    ),
    (
        "callout",
        {
            "kind": "warning",
            "title": "",
            "text": RichText("<p>لا تقُد السيارة بعد العلاج.</p>"),
        },
    ),
]


def test_an_arabic_page_mirrors_fits_320px_and_has_no_axe_violations(
    live_server, page, home_page, article_index, article_page, languages, translate
):
    ar = languages("ar")["ar"]
    article = article_page(title="Ketamine treatment")
    translate(home_page, ar, title="الصفحة الرئيسية")
    translate(article_index, ar, title="معلومات صحية")
    article_ar = translate(
        article,
        ar,
        title="العلاج بالكيتامين",
        summary="ما هو هذا العلاج وكيف يُعطى ومخاطره.",
        key_points=[("point", "يعطيه طاقم مدرَّب فقط.")],
        body=ARABIC_BODY,
    )
    page.set_viewport_size({"width": 320, "height": 800})
    page.goto(live_server.url + article_ar.url)

    html = page.locator("html")
    assert html.get_attribute("lang") == "ar"
    assert html.get_attribute("dir") == "rtl"
    # The warning's coloured edge is on the side the text starts: the right.
    borders = page.evaluate(
        """() => { const s = getComputedStyle(document.querySelector('.callout'));
                   return [s.borderRightWidth, s.borderLeftWidth]; }"""
    )
    assert borders == ["6px", "0px"]
    switcher = page.locator(".language-switcher a[hreflang='en-gb']")
    assert switcher.get_attribute("lang") == "en-gb"
    assert layout_problems(page) == []
    assert violations(page) == []

    page.goto(live_server.url + article.url)  # the English page stays left to right
    assert page.locator("html").get_attribute("dir") == "ltr"
    assert page.locator(".language-switcher a[hreflang='ar']").count() == 1
