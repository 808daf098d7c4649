"""How the site behaves for keyboard, screen-reader, magnifier and low-vision users,
checked on every page type of the demo site in the real Chromium."""

import io
import re

import pytest
from django.core.cache import cache
from django.core.management import call_command
from wagtail.models import Page

from conftest import expected_status
from home.models import ClinicSettings

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("browser_database"),
]


def demo_paths() -> list[str]:
    """One address per live page of the demo site (every page type), plus
    search with and without results and a missing page."""
    call_command("load_demo_content", stdout=io.StringIO())
    paths = [page.url for page in Page.objects.live().filter(depth__gt=1)]
    return [
        *paths,
        "/search/?q=ketamine",
        "/search/?q=nothing-matches-this",
        "/no-such-page/",
    ]


# Everything a keyboard user can reach, in DOM order, that is shown on screen.
TABBABLE_JS = """() => {
    const selector = 'a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]),'
        + ' select:not([disabled]), textarea:not([disabled]), summary, [tabindex]';
    const shown = (el) => {
        if (el.closest('[aria-hidden=true], [inert]')) return false;
        const details = el.closest('details:not([open])');
        if (details && el.tagName !== 'SUMMARY') return false;
        if (details && el.tagName === 'SUMMARY' && el.parentElement !== details) return false;
        const style = getComputedStyle(el);
        return style.visibility !== 'hidden' && el.getClientRects().length > 0;
    };
    return [...document.querySelectorAll(selector)]
        .filter((el) => el.tabIndex >= 0 && shown(el))
        .map((el, i) => { el.dataset.tabOrder = String(i); return i; });
}"""

FOCUS_STYLE_JS = """(el) => {
    const s = getComputedStyle(el);
    return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow,
            s.backgroundColor, s.color, s.textDecorationLine].join('|');
}"""


def test_keyboard_reaches_every_control_in_order_with_a_visible_focus(
    live_server, browser, home_page
):
    paths = demo_paths()
    page = browser.new_page()
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    problems = {}
    for path in paths:
        response = page.goto(live_server.url + path)
        if response.status != expected_status(path):
            problems[path] = f"status {response.status}"
            continue
        expected = page.evaluate(TABBABLE_JS)
        unfocused = {
            i: page.locator(f'[data-tab-order="{i}"]').evaluate(FOCUS_STYLE_JS)
            for i in expected
        }
        visited, no_indicator = [], []
        for _ in range(len(expected) + 1):
            page.keyboard.press("Tab")
            order = page.evaluate("() => document.activeElement.dataset.tabOrder")
            if order is None:
                break  # focus left the page's controls
            visited.append(int(order))
            style = page.locator(f'[data-tab-order="{order}"]').evaluate(FOCUS_STYLE_JS)
            if style == unfocused[int(order)]:
                no_indicator.append(int(order))
        # After the last control, focus leaves the page or starts again at the
        # top (headless Chromium has no address bar): nothing traps it.
        if visited[: len(expected)] != expected or visited[len(expected) :] not in (
            [],
            [0],
        ):
            problems[path] = f"tab order {visited} instead of {expected}"
        elif no_indicator:
            problems[path] = f"no visible focus on controls {no_indicator}"
    page.close()
    assert not problems, problems
    # Nothing the pages asked for came from another origin.
    assert requested
    assert [url for url in requested if not url.startswith(live_server.url)] == []


def test_skip_link_is_first_and_moves_focus_to_the_content(
    live_server, browser, home_page
):
    call_command("load_demo_content", stdout=io.StringIO())
    page = browser.new_page()
    page.goto(live_server.url + "/faqs/")
    page.keyboard.press("Tab")
    skip = page.evaluate("() => document.activeElement.textContent.trim()")
    assert skip == "Skip to main content"
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main-content"
    page.keyboard.press("Tab")
    in_main = page.evaluate(
        "() => !!document.activeElement.closest('main') && "
        "!document.activeElement.closest('nav[aria-label=Main]')"
    )
    assert in_main, "the next Tab goes into the content, past the menus"
    page.close()


def test_questions_open_and_close_with_enter_and_space(live_server, browser, home_page):
    call_command("load_demo_content", stdout=io.StringIO())
    page = browser.new_page()
    page.goto(live_server.url + "/faqs/")
    question = page.locator("details.faq").first
    summary = question.locator("summary")
    summary.focus()
    assert question.get_attribute("open") is None
    page.keyboard.press("Enter")
    assert question.get_attribute("open") is not None
    assert question.locator(".faq__answer").is_visible()
    page.keyboard.press("Space")
    assert question.get_attribute("open") is None
    page.keyboard.press("Space")
    assert question.get_attribute("open") is not None
    page.close()


HEADINGS_JS = """() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
    .filter((h) => h.getClientRects().length > 0 || h.closest('details'))
    .map((h) => Number(h.tagName[1]))"""


def test_one_h1_headings_in_order_and_landmarks(live_server, browser, home_page):
    paths = demo_paths()
    page = browser.new_page()
    problems = {}
    for path in paths:
        response = page.goto(live_server.url + path)
        if response.status != expected_status(path):
            problems[path] = f"status {response.status}"
            continue
        levels = page.evaluate(HEADINGS_JS)
        if levels.count(1) != 1 or levels[0] != 1:
            problems[path] = f"h1s: {levels}"
        skips = [(a, b) for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]
        if skips:
            problems[path] = f"heading levels skip: {skips} in {levels}"
        for role, count in (("banner", 1), ("main", 1), ("contentinfo", 1)):
            if page.get_by_role(role).count() != count:
                problems[path] = f"{role}: {page.get_by_role(role).count()}"
        names = page.locator("nav").evaluate_all(
            "(navs) => navs.map((n) => n.getAttribute('aria-label') || "
            "(n.getAttribute('aria-labelledby') && document.getElementById("
            "n.getAttribute('aria-labelledby')).textContent.trim()) || '')"
        )
        if "" in names or len(set(names)) != len(names):
            problems[path] = f"navigation landmarks need distinct names: {names}"
    page.close()
    assert not problems, problems


def test_contact_errors_are_summarised_linked_and_the_result_announced(
    live_server, browser, home_page
):
    call_command("load_demo_content", stdout=io.StringIO())
    cache.clear()  # the per-address rate limit of earlier tests
    page = browser.new_page()
    page.goto(live_server.url + "/contact/")
    page.get_by_role("button", name="Send message").click()

    summary = page.get_by_role("alert")
    assert "There is a problem" in summary.inner_text()
    assert page.evaluate(
        "() => document.activeElement.classList.contains('error-summary')"
    )
    links = summary.get_by_role("link")
    assert links.count() >= 3
    for i in range(links.count()):
        link = links.nth(i)
        target = link.get_attribute("href")[1:]
        link.click()
        focused = page.evaluate("() => document.activeElement.id")
        assert focused == target, f"{link.inner_text()} does not reach its field"
        described = page.locator(f"#{target}").get_attribute("aria-describedby")
        assert described and f"{target}-error" in described
        assert page.locator(f"#{target}").get_attribute("aria-invalid") == "true"

    page.get_by_label("Your name").fill("Ann Example")
    page.get_by_label(re.compile("email", re.I)).fill("ann@example.com")
    page.get_by_label("Your message").fill("Can I bring someone with me?")
    for box in page.get_by_role("checkbox").all():
        box.check()
    page.get_by_role("button", name="Send message").click()
    status = page.get_by_role("status")
    assert status.count() == 1
    assert status.inner_text().strip()
    assert page.get_by_role("heading", level=1).inner_text().startswith("Thank you")
    page.close()


OVERFLOW_JS = """() => {
    const doc = document.documentElement;
    const clipped = [...document.querySelectorAll('body *')].filter((el) => {
        if (el.closest('.visually-hidden, .honeypot, .skip-link')) return false;
        // Form fields scroll their own text by design.
        if (/^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName)) return false;
        const s = getComputedStyle(el);
        const hides = /hidden|clip/.test(s.overflowX + s.overflowY);
        return hides && el.getClientRects().length > 0
            && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
    }).map((el) => el.tagName + '.' + el.className);
    return {scroll: doc.scrollWidth - doc.clientWidth, clipped};
}"""


@pytest.mark.parametrize(
    "viewport",
    [
        pytest.param({"width": 320, "height": 640, "scale": 1}, id="320px"),
        pytest.param({"width": 320, "height": 200, "scale": 4}, id="1280px-at-400%"),
        pytest.param(
            {"width": 1280, "height": 800, "scale": 1, "text": "200%"}, id="text-200%"
        ),
    ],
)
def test_pages_reflow_without_sideways_scrolling_or_clipped_text(
    live_server, browser, home_page, viewport
):
    paths = demo_paths()
    context = browser.new_context(
        viewport={"width": viewport["width"], "height": viewport["height"]},
        device_scale_factor=viewport["scale"],
    )
    page = context.new_page()
    problems = {}
    for path in paths:
        response = page.goto(live_server.url + path)
        if response.status != expected_status(path):
            problems[path] = f"status {response.status}"
            continue
        if text := viewport.get("text"):
            page.evaluate(
                f"() => {{ document.documentElement.style.fontSize = '{text}'; }}"
            )
        for details in page.locator("details").all():
            details.evaluate("(d) => { d.open = true; }")
        found = page.evaluate(OVERFLOW_JS)
        if found["scroll"] > 0 or found["clipped"]:
            problems[path] = found
    context.close()
    assert not problems, problems


MOTION_JS = """() => {
    const moving = [...document.querySelectorAll('*')].filter((el) => {
        const s = getComputedStyle(el);
        const seconds = (v) => Math.max(...v.split(',').map((t) => parseFloat(t) * (t.includes('ms') ? 0.001 : 1)));
        return seconds(s.transitionDuration) > 0.01 || (s.animationName !== 'none' && seconds(s.animationDuration) > 0.01);
    }).map((el) => el.tagName);
    return {scroll: getComputedStyle(document.documentElement).scrollBehavior, moving};
}"""


@pytest.mark.parametrize("motion", ["reduce", "no-preference"])
def test_reduced_motion_is_respected(live_server, browser, home_page, motion):
    call_command("load_demo_content", stdout=io.StringIO())
    context = browser.new_context(reduced_motion=motion)
    page = context.new_page()
    assert page.goto(live_server.url + "/faqs/").status == 200
    found = page.evaluate(MOTION_JS)
    context.close()
    if motion == "reduce":
        assert found == {"scroll": "auto", "moving": []}
    else:
        assert found["scroll"] == "smooth"  # the preference is what switches it off


CONTRAST_JS = """() => {
    const parse = (c) => {
        const m = c.match(/[\\d.]+/g).map(Number);
        return {r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1};
    };
    const over = (top, bottom) => ({
        r: top.r * top.a + bottom.r * (1 - top.a),
        g: top.g * top.a + bottom.g * (1 - top.a),
        b: top.b * top.a + bottom.b * (1 - top.a), a: 1,
    });
    const background = (el) => {
        const layers = [];
        for (let e = el; e; e = e.parentElement) {
            const bg = parse(getComputedStyle(e).backgroundColor);
            if (bg.a > 0) layers.push(bg);
            if (bg.a >= 1) break;
        }
        let colour = {r: 255, g: 255, b: 255, a: 1};
        if (!layers.length || layers[layers.length - 1].a < 1) {
            colour = parse(getComputedStyle(document.documentElement).backgroundColor);
            if (colour.a === 0) colour = {r: 255, g: 255, b: 255, a: 1};
        }
        for (const layer of layers.reverse()) colour = over(layer, colour);
        return colour;
    };
    const lum = (c) => {
        const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
        return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
    };
    const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
    const results = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set();
    while (walker.nextNode()) {
        const el = walker.currentNode.parentElement;
        if (!walker.currentNode.textContent.trim() || seen.has(el)) continue;
        seen.add(el);
        if (el.closest('.visually-hidden, .honeypot, [aria-hidden=true], script, style')) continue;
        if (el.getClientRects().length === 0 || getComputedStyle(el).visibility === 'hidden') continue;
        const s = getComputedStyle(el);
        const fg = over(parse(s.color), background(el));
        const size = parseFloat(s.fontSize);
        const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
        const body = !!el.closest('main') && /^(P|LI|DD|TD|BLOCKQUOTE|FIGCAPTION|SPAN|STRONG|EM|TIME|LABEL)$/.test(el.tagName)
            && !el.closest('a, button, h1, h2, h3, h4, h5, h6, .button');
        results.push({
            text: walker.currentNode.textContent.trim().slice(0, 40),
            tag: el.tagName + '.' + el.className,
            ratio: Math.round(ratio(fg, background(el)) * 100) / 100,
            needed: body ? 7 : (large ? 3 : 4.5),
        });
    }
    return results;
}"""


@pytest.mark.parametrize(
    "color_scheme,brand_colour",
    [("light", ""), ("dark", ""), ("light", "#c2185b"), ("dark", "#c2185b")],
)
def test_text_contrast_is_aa_everywhere_and_aaa_for_body_text(
    live_server, browser, home_page, color_scheme, brand_colour
):
    """Measured from the colours Chromium computes, over the real backgrounds,
    with the site's own colours and with a clinic's brand colour."""
    paths = demo_paths()
    if brand_colour:
        clinic = ClinicSettings.objects.get()
        clinic.brand_colour = brand_colour
        clinic.save()
    context = browser.new_context(color_scheme=color_scheme)
    page = context.new_page()
    failures = {}
    for path in paths:
        response = page.goto(live_server.url + path)
        if response.status != expected_status(path):
            failures[path] = f"status {response.status}"
            continue
        for details in page.locator("details").all():
            details.evaluate("(d) => { d.open = true; }")
        low = [r for r in page.evaluate(CONTRAST_JS) if r["ratio"] < r["needed"]]
        if low:
            failures[path] = low[:5]
    context.close()
    assert not failures, failures
