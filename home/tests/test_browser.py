"""Real-browser tests for the site shell: the contact form and every page's layout."""

import io
import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from articles.models import ArticlePage

pytestmark = [
    pytest.mark.browser,
    # live_server needs committed data; see conftest.browser_database.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("browser_database"),
]


CONSENT = "I agree to the clinic storing this message"
REQUIRED = ["Your name", "Your email address", "Your message", CONSENT]


def submit(page):
    """Press "Send message" and check the server accepted the post."""
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        page.get_by_role("button", name="Send message").click()
    response = posted.value
    assert response.status == 200, (
        f"the contact form's POST was refused with {response.status}: "
        + page.locator("body").inner_text()[:200]
    )


@pytest.mark.browser
def test_contact_form_reports_errors_keeps_answers_and_sends_the_message(
    live_server, page, contact_page, clinic_settings, mailoutbox
):
    clinic_settings.email = "reception@clinic.test"
    clinic_settings.save()
    page.goto(live_server.url + contact_page.url)
    name = page.get_by_label("Your name")
    email = page.get_by_label("Your email address")
    message = page.get_by_label("Your message")
    consent = page.get_by_label(CONSENT)

    # An empty form: a summary of every problem, linked to its field.
    submit(page)
    summary = page.get_by_role("alert")
    expect(summary.get_by_role("heading", name="There is a problem")).to_be_visible()
    expect(page).to_have_title(re.compile(r"^Error: "))
    links = summary.get_by_role("link")
    expect(links).to_have_text(
        [f"{label}: This field is required." for label in REQUIRED]
    )
    for label, field in zip(REQUIRED, [name, email, message, consent], strict=True):
        field_id = field.get_attribute("id")
        expect(summary.get_by_role("link", name=label)).to_have_attribute(
            "href", f"#{field_id}"
        )
        # The error is shown next to the field and read out with it.
        expect(page.locator(f"#{field_id}-error")).to_have_text(
            "Error: This field is required."
        )
        expect(field).to_have_attribute("aria-invalid", "true")
        expect(field).to_have_accessible_description(
            re.compile(r"Error: This field is required\.")
        )
    expect(page.get_by_label("Phone number")).not_to_have_attribute(
        "aria-invalid", "true"
    )
    summary.get_by_role("link", name="Your message").click()
    expect(message).to_be_focused()

    # A bad email address: the other answers are kept.
    name.fill("Sam Patient")
    email.fill("not-an-email")
    message.fill("Please call me back about my appointment.")
    submit(page)
    expect(page.get_by_role("alert")).to_contain_text(
        "Your email address: Enter a valid email address."
    )
    expect(page.locator(f"#{email.get_attribute('id')}-error")).to_have_text(
        "Error: Enter a valid email address."
    )
    expect(name).to_have_value("Sam Patient")
    expect(email).to_have_value("not-an-email")
    expect(message).to_have_value("Please call me back about my appointment.")
    assert not contact_page.get_submission_class().objects.exists()
    assert mailoutbox == []

    # Corrected: the message is sent.
    email.fill("sam@example.com")
    consent.check()
    submit(page)
    expect(
        page.get_by_role("heading", level=1, name=re.compile(r"^Thank you"))
    ).to_be_visible()
    expect(page.get_by_role("alert")).to_have_count(0)

    submissions = contact_page.get_submission_class().objects.filter(page=contact_page)
    assert submissions.count() == 1
    data = submissions.get().get_data()
    assert data["your_name"] == "Sam Patient"
    assert data["your_email_address"] == "sam@example.com"
    assert data["your_message"] == "Please call me back about my appointment."

    # The live server runs in a thread of this process, so it shares the outbox.
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["reception@clinic.test"]
    # It says a message arrived and where to read it, never what it says.
    assert "Please call me back about my appointment." not in mailoutbox[0].body
    assert "/admin/forms/submissions/" in mailoutbox[0].body


# Right edges beyond the viewport, to say which elements make a page scroll sideways.
OVERFLOWING_ELEMENTS = """() => {
    const width = window.innerWidth;
    return [...document.body.querySelectorAll("*")]
        .filter(el => el.getBoundingClientRect().right > width + 0.5)
        .filter(el => !el.closest(".visually-hidden, .skip-link"))
        .slice(0, 5)
        .map(el => {
            const classes = el.classList.length ? "." + [...el.classList].join(".") : "";
            const right = Math.round(el.getBoundingClientRect().right);
            return `<${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}${classes}> right=${right}`;
        });
}"""


def layout_problems(page) -> list[str]:
    """What is wrong with the page as loaded: sideways scrolling, h1s, skip link."""
    problems = []
    scroll_width, inner_width = page.evaluate(
        "() => [document.documentElement.scrollWidth, window.innerWidth]"
    )
    if scroll_width > inner_width:
        problems.append(
            f"scrolls sideways (scrollWidth {scroll_width} > innerWidth {inner_width}): "
            + ", ".join(page.evaluate(OVERFLOWING_ELEMENTS))
        )
    h1_count = page.locator("h1").count()
    if h1_count != 1:
        problems.append(f"has {h1_count} h1 elements, not 1")

    # Found by its target: its words are in the page's language.
    skip_link = page.locator('a[href="#main-content"]').first
    page.keyboard.press("Tab")
    try:
        expect(skip_link).to_be_focused(timeout=2000)
        expect(skip_link).to_be_in_viewport(timeout=2000)
    except AssertionError:
        problems.append("first Tab does not show the 'Skip to main content' link")
        return problems
    page.keyboard.press("Enter")
    try:
        expect(page.locator("#main-content:focus-within")).to_have_count(
            1, timeout=2000
        )
    except AssertionError:
        problems.append("the skip link does not move focus to #main-content")
    return problems


@pytest.mark.browser
@pytest.mark.parametrize("width", [375, 1280])
def test_every_page_type_fits_the_screen_and_has_a_skip_link(
    live_server, page, home_page, width
):
    call_command("load_demo_content", stdout=io.StringIO())
    first_article = ArticlePage.objects.live().order_by("path").first()
    paths = {
        "/": 200,
        "/articles/": 200,
        first_article.url: 200,
        "/faqs/": 200,
        "/myths/": 200,
        "/contact/": 200,
        "/about/": 200,
        "/search/?q=ketamine": 200,
        "/no-such-page/": 404,
    }
    page.set_viewport_size({"width": width, "height": 800})

    failures = []
    for path, status in paths.items():
        response = page.goto(live_server.url + path)
        if response.status != status:
            failures.append(f"{path}: status {response.status}, expected {status}")
            continue
        failures += [f"{path}: {problem}" for problem in layout_problems(page)]

    assert not failures, f"At {width}px wide:\n" + "\n".join(failures)
