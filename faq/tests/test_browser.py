"""Real-browser tests for the FAQ page: questions open and close by keyboard and by link."""

import pytest
from playwright.sync_api import expect

pytestmark = [
    pytest.mark.browser,
    # live_server needs committed data; see conftest.browser_database.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("browser_database"),
]


FIRST_QUESTION = "Can I drive home afterwards?"
FIRST_ANSWER = "No. Arrange for someone to take you home."
SECOND_ANSWER = "You may feel detached for a short while."
MAX_TABS = 20


def question(page, text):
    """The <summary> a reader clicks or presses to open a question."""
    return page.locator("details.faq > summary").filter(has_text=text)


def tab_to(page, locator):
    """Press Tab until `locator` has focus; fail if the keyboard never reaches it."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if locator.evaluate("el => el === document.activeElement"):
            return
    raise AssertionError(f"{locator} never got focus after {MAX_TABS} presses of Tab")


@pytest.mark.browser
def test_question_opens_with_enter_and_closes_with_space(live_server, page, faq_page):
    page.goto(live_server.url + faq_page.url)
    summary = question(page, FIRST_QUESTION)
    answer = page.get_by_text(FIRST_ANSWER)
    expect(answer).to_be_hidden()

    # The first Tab lands on the skip link; keep going to the question.
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to main content")).to_be_focused()
    tab_to(page, summary)
    expect(summary).to_be_focused()

    page.keyboard.press("Enter")
    expect(answer).to_be_visible()
    expect(summary.locator("xpath=..")).to_have_attribute("open", "")

    page.keyboard.press("Space")
    expect(answer).to_be_hidden()
    expect(summary.locator("xpath=..")).not_to_have_attribute("open", "")


@pytest.mark.browser
def test_link_to_a_question_opens_it(live_server, page, faq_page):
    first, second = faq_page.body[0].value["faqs"]
    assert second.anchor == "faq-will-i-feel-strange"
    url = live_server.url + faq_page.url

    page.goto(f"{url}#{second.anchor}")
    expect(page.locator(f"#{second.anchor}")).to_have_attribute("open", "")
    expect(page.get_by_text(SECOND_ANSWER)).to_be_visible()
    expect(page.get_by_text(FIRST_ANSWER)).to_be_hidden()

    # A link to another question on the same page (a hash change) opens that one.
    page.goto(f"{url}#{first.anchor}")
    expect(page.get_by_text(FIRST_ANSWER)).to_be_visible()


@pytest.mark.browser
def test_question_opens_with_enter_without_javascript(live_server, browser, faq_page):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(live_server.url + faq_page.url)
        summary = question(page, FIRST_QUESTION)
        answer = page.get_by_text(FIRST_ANSWER)
        expect(answer).to_be_hidden()

        tab_to(page, summary)
        page.keyboard.press("Enter")
        expect(answer).to_be_visible()
    finally:
        context.close()
