import re

import pytest
from django.core import mail
from django.template.loader import render_to_string
from pytest_django.asserts import assertContains, assertNotContains, assertTemplateUsed
from wagtail.models import PageViewRestriction

from conftest import publish
from home.models import StandardPage

pytestmark = pytest.mark.django_db


def test_home_page_renders_welcome_cta_cards_and_signposts(
    client, home_page, article_page, contact_page, faq_page
):
    article = article_page(title="Ketamine for pain")
    home_page.intro = "<p>Clear answers about your treatment.</p>"
    home_page.contact_page = contact_page
    home_page.featured_articles.create(page=article)
    home_page.signposts = [
        (
            "signpost",
            {"page": faq_page, "title": "", "text": "Answers to common questions."},
        )
    ]
    home_page.save_revision().publish()

    response = client.get("/")

    assert response.status_code == 200
    assertTemplateUsed(response, "home/home_page.html")
    assertContains(response, "Clear answers about your treatment.")
    assertContains(
        response,
        f'<a class="button" href="{contact_page.url}">Contact the clinic</a>',
        html=True,
    )
    assertContains(response, "Ketamine for pain")
    assertContains(response, "Frequently asked questions")
    assertContains(response, "Answers to common questions.")


def test_blank_home_page_renders_without_none(client, home_page):
    response = client.get("/")
    assert response.status_code == 200
    assert "None" not in response.content.decode()


def test_deleted_or_unpublished_link_targets_do_not_break_the_home_page(
    client, home_page, contact_page, faq_page
):
    home_page.contact_page = contact_page
    home_page.signposts = [
        ("signpost", {"page": faq_page, "title": "", "text": "Answers."})
    ]
    home_page.save_revision().publish()
    faq_page.delete()
    contact_page.unpublish()

    response = client.get("/")

    assert response.status_code == 200
    assertNotContains(response, "Answers.")
    assertNotContains(response, 'class="button"')


def test_private_featured_articles_are_not_shown(client, home_page, article_page):

    article = article_page(title="Staff-only article")
    PageViewRestriction.objects.create(page=article, restriction_type="login")
    home_page.featured_articles.create(page=article)
    home_page.save_revision().publish()
    assertNotContains(client.get("/"), "Staff-only article")


def test_home_page_query_count_does_not_grow_with_featured_articles(
    client, home_page, article_page, no_page_cache, django_assert_max_num_queries
):
    for n in range(6):
        home_page.featured_articles.create(page=article_page(title=f"Featured {n}"))
    home_page.save_revision().publish()
    response = client.get("/")
    assert [a.title for a in response.context["featured_articles"]] == [
        f"Featured {n}" for n in range(6)
    ]
    with django_assert_max_num_queries(13):
        response = client.get("/")
    assert response.status_code == 200
    assertTemplateUsed(response, "home/home_page.html")
    assertContains(response, "Featured 5")


def test_html_lang_and_dir_follow_the_pages_language(client, home_page):
    assertContains(client.get("/"), '<html lang="en-gb" dir="ltr">')


def test_unpublished_featured_article_is_not_shown(client, home_page, article_page):
    article = article_page(title="Withdrawn article")
    home_page.featured_articles.create(page=article)
    home_page.save_revision().publish()
    article.unpublish()
    assertNotContains(client.get("/"), "Withdrawn article")


def test_site_chrome_skip_link_nav_breadcrumbs_and_disclaimer(
    client, home_page, faq_page
):
    faq_page.show_in_menus = True
    faq_page.save_revision().publish()

    response = client.get(faq_page.url)

    assertContains(
        response,
        '<a class="skip-link" href="#main-content">Skip to main content</a>',
        html=True,
    )
    assertContains(response, '<main id="main-content" tabindex="-1">')
    html = response.content.decode()
    nav = re.search(r'<nav class="site-nav".*?</nav>', html, re.S).group(0)
    assert f'href="{faq_page.url}" aria-current="page"' in nav
    crumbs = re.search(r'<nav class="breadcrumbs.*?</nav>', html, re.S).group(0)
    assert "Home" in crumbs and "Frequently asked questions" in crumbs
    assertContains(response, "for education only")
    assert html.count("<h1") == 1


def test_urgent_notice_uses_clinic_wording_and_numbers(
    client, home_page, clinic_settings
):
    clinic_settings.urgent_notice_text = "Feeling unsafe right now?"
    clinic_settings.emergency_number = "112"
    clinic_settings.urgent_advice_line = "the crisis team on 0800 000 0000"
    clinic_settings.save()

    response = client.get("/")

    assertContains(response, "Feeling unsafe right now?")
    assertContains(response, '<a href="tel:112">112</a>', html=True)
    assertContains(response, "the crisis team on 0800 000 0000")


def test_urgent_notice_can_be_switched_off(client, home_page, clinic_settings):
    clinic_settings.urgent_notice_enabled = False
    clinic_settings.save()
    assertNotContains(client.get("/"), "Need urgent help?")


def test_blank_clinic_details_show_marked_placeholders_and_no_links(
    client, contact_page
):
    response = client.get(contact_page.url)

    assert response.status_code == 200
    assertTemplateUsed(response, "home/contact_page.html")
    for label in (
        "Clinic phone number",
        "Clinic email address",
        "Clinic address",
        "Opening hours",
        "Emergency number",
    ):
        assertContains(response, f"[{label} — set it in Settings › Clinic settings]")
    assertNotContains(response, "tel:")
    assertNotContains(response, "mailto:")


def test_filled_clinic_details_replace_placeholders_with_links(
    client, contact_page, clinic_settings
):
    clinic_settings.clinic_name = "Riverside Clinic"
    clinic_settings.phone = "020 7946 0000"
    clinic_settings.email = "hello@riverside.test"
    clinic_settings.address = "1 River Road\nTownsville"
    clinic_settings.opening_hours = "Monday to Friday: 9am to 5pm"
    clinic_settings.emergency_number = "999"
    clinic_settings.save()

    response = client.get(contact_page.url)

    assertNotContains(response, "set it in Settings")
    assertContains(response, '<a href="tel:02079460000">020 7946 0000</a>', html=True)
    assertContains(
        response,
        '<a href="mailto:hello@riverside.test">hello@riverside.test</a>',
        html=True,
    )
    assertContains(response, "1 River Road<br>Townsville")
    assertContains(response, "Monday to Friday: 9am to 5pm")
    assertContains(response, "Riverside Clinic")


def test_contact_page_always_warns_against_medical_details(client, contact_page):
    contact_page.privacy_notice = ""
    contact_page.save_revision().publish()

    response = client.get(contact_page.url)

    assertContains(response, "<strong>Do not send medical details</strong>", html=True)
    assertContains(response, "If it is an emergency, do not wait for a reply:")


def valid_message(**overrides):
    data = {
        "your_name": "Sam Patient",
        "your_email_address": "sam@example.test",
        "phone_number": "",
        "your_message": "Do you have appointments on Saturdays?",
        "i_agree_to_the_clinic_storing_this_message": "on",
    }
    return {**data, **overrides}


def test_valid_message_is_stored_and_emailed_to_the_clinic(
    client, contact_page, clinic_settings
):
    clinic_settings.email = "reception@clinic.test"
    clinic_settings.save()

    response = client.post(contact_page.url, valid_message())

    assert response.status_code == 200
    assertTemplateUsed(response, "home/contact_page_landing.html")
    submission = contact_page.get_submission_class().objects.get(page=contact_page)
    assert (
        submission.get_data()["your_message"]
        == "Do you have appointments on Saturdays?"
    )
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["reception@clinic.test"]


def test_a_mail_failure_still_stores_the_message_and_thanks_the_sender(
    client, contact_page, clinic_settings, settings, caplog
):
    clinic_settings.email = "reception@clinic.test"
    clinic_settings.save()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", 9  # nothing listens here

    response = client.post(contact_page.url, valid_message())

    assertTemplateUsed(response, "home/contact_page_landing.html")
    assert (
        contact_page.get_submission_class().objects.filter(page=contact_page).count()
        == 1
    )
    assert "Could not email contact form submission" in caplog.text


def test_message_is_stored_even_before_the_clinic_email_is_set(client, contact_page):
    client.post(contact_page.url, valid_message())
    assert (
        contact_page.get_submission_class().objects.filter(page=contact_page).count()
        == 1
    )
    assert mail.outbox == []


def test_invalid_message_shows_errors_by_the_fields_and_keeps_what_was_typed(
    client, contact_page
):
    data = valid_message(your_email_address="not-an-email")
    del data["i_agree_to_the_clinic_storing_this_message"]

    response = client.post(contact_page.url, data)

    assert response.status_code == 200
    assertTemplateUsed(response, "home/contact_page.html")
    assertContains(response, "There is a problem")
    assertContains(response, 'href="#id_your_email_address"')
    assertContains(response, 'id="id_your_email_address-error"')
    assertContains(response, 'aria-invalid="true"', count=2)
    assertContains(response, 'value="Sam Patient"')
    assertContains(response, "Do you have appointments on Saturdays?")
    assertContains(response, "<title>Error:", count=1)
    assert not contact_page.get_submission_class().objects.exists()


def test_contact_fields_declare_their_input_purpose(client, contact_page):
    response = client.get(contact_page.url)
    assertContains(response, 'autocomplete="name"')
    assertContains(response, 'autocomplete="email"')
    assertContains(response, 'autocomplete="tel"')


def test_standard_page_renders(client, home_page):
    page = publish(
        home_page,
        StandardPage(
            title="Privacy",
            slug="privacy",
            intro="How we use your data.",
            body="<h2>What we collect</h2><p>Only what you send.</p>",
        ),
    )
    response = client.get(page.url)
    assertTemplateUsed(response, "home/standard_page.html")
    assertContains(response, "<h2>What we collect</h2>", html=True)
    assertContains(response, "How we use your data.")


def test_footer_lists_statement_pages_and_contact(client, home_page, contact_page):
    publish(
        home_page, StandardPage(title="Accessibility statement", slug="accessibility")
    )
    html = client.get("/").content.decode()
    footer = html[html.index('<footer class="site-footer">') :]
    assert "Accessibility statement" in footer
    assert "Contact the clinic" in footer


def test_branded_404(client, home_page):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assertContains(response, "Page not found", status_code=404)
    assertContains(response, "Skip to main content", status_code=404)


def test_500_page_is_standalone_and_helpful():

    html = render_to_string("500.html")
    assert "Sorry, there is a problem with this website" in html
    assert "emergency" in html
