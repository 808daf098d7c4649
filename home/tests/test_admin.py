import pytest
from django.urls import reverse
from wagtail.models import Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from home.models import ClinicSettings, ContactPage, HomePage, StandardPage
from search.models import SearchPage


@pytest.mark.django_db
class TestEditorCreatesSitePages(WagtailPageTestCase):
    def setUp(self):
        self.login()
        self.home = HomePage.objects.get()

    def test_standard_page(self):
        self.assertCanCreate(
            self.home,
            StandardPage,
            nested_form_data(
                {
                    "title": "About us",
                    "intro": "Who we are.",
                    "body": rich_text("<h2>Our team</h2><p>Nurses and doctors.</p>"),
                }
            ),
        )
        assert StandardPage.objects.get().live

    def test_contact_page_with_its_form(self):
        self.assertCanCreate(
            self.home,
            ContactPage,
            nested_form_data(
                {
                    "title": "Contact us",
                    "intro": rich_text("<p>We reply within two working days.</p>"),
                    "privacy_notice": rich_text("<p>Do not send medical details.</p>"),
                    "thank_you_text": rich_text("<p>Thank you.</p>"),
                    "form_fields": inline_formset(
                        [
                            {
                                "label": "Your name",
                                "field_type": "singleline",
                                "required": "on",
                                "choices": "",
                                "default_value": "",
                                "help_text": "",
                            },
                            {
                                "label": "Your message",
                                "field_type": "multiline",
                                "required": "on",
                                "choices": "",
                                "default_value": "",
                                "help_text": "",
                            },
                        ]
                    ),
                    "to_address": "",
                    "from_address": "",
                    "subject": "",
                }
            ),
        )
        page = ContactPage.objects.get()
        assert [field.clean_name for field in page.form_fields.all()] == [
            "your_name",
            "your_message",
        ]

    def test_home_page_edit_with_featured_articles_and_signposts(self):
        search = SearchPage(title="Search", slug="search")
        self.home.add_child(instance=search)
        response = self.client.post(
            reverse("wagtailadmin_pages:edit", args=[self.home.pk]),
            nested_form_data(
                {
                    "title": "Welcome",
                    "slug": "home",
                    "intro": rich_text("<p>Clear answers.</p>"),
                    "contact_page": "",
                    "contact_cta_text": "Contact the clinic",
                    "featured_heading": "Popular topics",
                    "featured_articles": inline_formset([]),
                    "signposts": streamfield(
                        [
                            (
                                "signpost",
                                {
                                    "page": search.pk,
                                    "title": "",
                                    "text": "Look something up.",
                                },
                            )
                        ]
                    ),
                    "action-publish": "Publish",
                }
            ),
        )
        assert response.status_code == 302
        self.home.refresh_from_db()
        assert self.home.title == "Welcome"
        assert self.home.signposts[0].value["page"].specific == search


@pytest.mark.django_db
class TestEditorEditsClinicSettings(WagtailPageTestCase):
    def setUp(self):
        self.login()
        self.site = Site.objects.get(is_default_site=True)

    def edit_url(self):
        return reverse(
            "wagtailsettings:edit", args=["home", "clinicsettings", self.site.pk]
        )

    def test_clinic_details_are_saved(self):
        response = self.client.post(
            self.edit_url(),
            {
                "clinic_name": "Riverside Clinic",
                "phone": "020 7946 0000",
                "email": "hello@riverside.test",
                "address": "1 River Road",
                "opening_hours": "Mon to Fri: 9 to 5",
                "emergency_number": "999",
                "urgent_advice_line": "NHS 111",
                "urgent_notice_enabled": "on",
                "urgent_notice_text": "Get help now if you are in danger.",
            },
        )
        assert response.status_code == 302
        settings = ClinicSettings.for_site(self.site)
        assert (settings.clinic_name, settings.phone, settings.emergency_number) == (
            "Riverside Clinic",
            "020 7946 0000",
            "999",
        )

    def test_bad_email_is_refused_and_typed_values_kept(self):
        response = self.client.post(
            self.edit_url(),
            {
                "clinic_name": "Riverside Clinic",
                "email": "not an email",
                "urgent_notice_text": "Help",
            },
        )
        assert response.status_code == 200
        self.assertContains(response, "Enter a valid email address.")
        self.assertContains(response, 'value="Riverside Clinic"')
        assert ClinicSettings.for_site(self.site).clinic_name == ""
