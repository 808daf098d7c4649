"""In a real browser: the editor's Checks panel flags a typed advert and shows reading age."""

import pytest
from playwright.sync_api import expect

pytestmark = [
    pytest.mark.browser,
    # live_server needs committed data; see conftest.browser_database.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("browser_database"),
]

UNSAVED_WATCHING = """() => {
  const form = document.querySelector('[data-controller~="w-unsaved"]');
  const watcher = form && window.wagtail.app.getControllerForElementAndIdentifier(
    form, 'w-unsaved');
  return Boolean(watcher && watcher.initialFormData);
}"""

ADVERT = "Call our partner on +1 555 010 2030 or visit www.pharma-shop.example to order today"


def test_the_checks_panel_flags_a_typed_advert_and_shows_reading_age(
    live_server, page, article_page, django_user_model
):
    django_user_model.objects.create_superuser("admin", "", "a-long-admin-password")
    article = article_page(summary="What the treatment is and how it is given.")

    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill("admin")
    page.get_by_label("Password").fill("a-long-admin-password")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")
    page.goto(f"{live_server.url}/admin/pages/{article.pk}/edit/")

    page.get_by_role("button", name="Toggle checks").click()
    panel = page.locator('[data-side-panel="checks"]')
    expect(panel.get_by_text("Reading age about")).to_be_visible(timeout=20000)
    expect(panel.get_by_text("NHS target: 9 to 11")).to_be_visible()
    expect(
        panel.get_by_text("Contact details that are not the clinic's")
    ).to_have_count(0)

    # Wagtail notices edits by comparing the form with a copy it takes about
    # two seconds after the editor opens, and opening the Checks panel within
    # those seconds can make it take that copy once more, later: text pasted
    # in one go before then counts as the starting text and never refreshes
    # the checks. So type as a person does, key by key over a few seconds,
    # after the first copy: the keys typed after any later copy still count.
    page.wait_for_function(UNSAVED_WATCHING)
    summary = page.get_by_label("Summary")
    summary.clear()
    summary.press_sequentially(ADVERT, delay=60)

    issue = panel.get_by_text("Contact details that are not the clinic's").first
    expect(issue).to_be_visible(timeout=20000)
    # The row's "Show issue" button points at the summary in the preview.
    row = panel.locator("[data-content-checker-row]").filter(
        has_text="Contact details that are not the clinic's"
    )
    expect(row.locator("[data-content-checker-selector-text]")).to_have_text(".lead")
    expect(panel.get_by_text("Saving will be refused").first).to_be_visible()
    # Reading age stays as advice next to the issue.
    expect(panel.get_by_text("Reading age about")).to_be_visible()


def test_saving_a_draft_with_an_advert_names_the_field_and_text_and_keeps_the_rest(
    live_server, page, article_page, django_user_model
):
    django_user_model.objects.create_superuser("admin", "", "a-long-admin-password")
    article = article_page(summary="What the treatment is and how it is given.")

    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill("admin")
    page.get_by_label("Password").fill("a-long-admin-password")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")
    page.goto(f"{live_server.url}/admin/pages/{article.pk}/edit/")

    page.get_by_label("Title", exact=True).fill("Your first treatment session")
    page.get_by_label("Summary").fill(ADVERT)
    page.get_by_role("button", name="Save draft").click()

    error = page.locator('[data-contentpath="summary"] .error-message')
    expect(page.get_by_text("The page could not be saved")).to_be_visible()
    expect(error).to_contain_text(
        "Summary contains contact details that are not the clinic's: "
        "the phone number “+1 555 010 2030”; "
        "the website “www.pharma-shop.example”."
    )
    expect(error).to_contain_text("link the clinic's contact page instead")
    # Everything typed is still there to fix.
    expect(page.get_by_label("Title", exact=True)).to_have_value(
        "Your first treatment session"
    )
    expect(page.get_by_label("Summary")).to_have_value(ADVERT)
    article.refresh_from_db()
    assert article.title != "Your first treatment session"
    assert article.get_latest_revision().content["summary"] != ADVERT
