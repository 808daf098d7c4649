"""Real-browser tests for articles: from the home page to a section of an article."""

import re

import pytest
from django.contrib.auth.models import Group, User
from playwright.sync_api import expect

from articles.models import ArticlePage

from .test_importer import DOCUMENTS

pytestmark = [
    pytest.mark.browser,
    # live_server needs committed data; see conftest.browser_database.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("browser_database"),
]


@pytest.mark.browser
def test_home_page_card_leads_to_article_whose_contents_links_jump_to_sections(
    live_server, page, home_page, article_page
):
    article = article_page(title="Understanding the treatment")
    home_page.featured_articles.create(page=article)
    home_page.save_revision().publish()

    page.goto(live_server.url + home_page.url)
    page.get_by_role("link", name="Understanding the treatment", exact=True).click()

    expect(page).to_have_url(live_server.url + article.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Understanding the treatment"
    )

    # The article repeats a heading; each copy gets its own anchor.
    duplicates = page.locator(".article__body").get_by_role(
        "heading", name="What the evidence says", exact=True
    )
    expect(duplicates).to_have_count(2)
    assert duplicates.evaluate_all("els => els.map(el => el.id)") == [
        "what-the-evidence-says",
        "what-the-evidence-says-2",
    ]

    target = page.locator("#what-the-evidence-says-2")
    expect(target).not_to_be_in_viewport()

    contents = page.get_by_role("navigation", name="On this page")
    entries = contents.get_by_role("link", name="What the evidence says", exact=True)
    expect(entries).to_have_count(2)
    entries.nth(1).click()

    expect(page).to_have_url(re.compile(r"#what-the-evidence-says-2$"))
    expect(target).to_have_text("What the evidence says")
    expect(target).to_be_in_viewport()


@pytest.mark.browser
def test_editor_imports_a_leaflet_keeping_its_faqs_and_dropping_its_advert(
    live_server, page, article_index, contact_page, settings
):
    settings.CLINIC_IMPORT_ALLOWED_DOMAINS = ["clinic.example.org"]
    editor = User.objects.create_user("editor", password="a-long-editor-password")
    editor.groups.add(Group.objects.get(name="Editors"))
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("a-long-editor-password")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")

    page.goto(f"{live_server.url}/admin/articles/import/?parent={article_index.pk}")
    page.get_by_label("Document").set_input_files(DOCUMENTS / "questions.md")
    page.get_by_role("button", name="Preview the import").click()

    expect(
        page.get_by_role("heading", name="Check before creating the draft")
    ).to_be_visible()
    for question in ["Can I eat before my appointment?", "Will I remember anything?"]:
        expect(page.get_by_role("listitem").filter(has_text=question)).to_be_visible()
    advert = page.get_by_role("row").filter(has_text="Our trusted partner")
    expect(advert).to_contain_text("advert or call to action")
    expect(page.get_by_text("lines with text are accounted for")).to_be_visible()

    page.get_by_role("button", name="Create the draft").click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))
    draft = ArticlePage.objects.get()
    assert not draft.live
    assert [block.block_type for block in draft.body].count("faq_group") == 3
    assert "PharmaShop" not in str(draft.body.raw_data)
