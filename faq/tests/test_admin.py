import pytest
from django.urls import reverse
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from conftest import list_block, publish_snippet
from faq.models import FAQ, FAQPage, MythCard, MythsPage
from home.models import HomePage
from reviews.models import Reviewer


@pytest.mark.django_db
class TestEditorCreatesFAQsAndMyths(WagtailPageTestCase):
    def setUp(self):
        # Health pages are published only by clinical reviewers.
        Reviewer.objects.create(name="Dr Test Example", user=self.login())
        self.home = HomePage.objects.get()

    def test_editor_adds_an_faq_in_the_snippet_library(self):
        response = self.client.post(
            reverse("wagtailsnippets_faq_faq:add"),
            {
                "question": "Can I bring someone with me?",
                "answer": rich_text("<p>Yes, a friend or relative.</p>"),
                "slug": "",
            },
        )
        assert response.status_code == 302
        assert FAQ.objects.get().slug == "can-i-bring-someone-with-me"

    def test_faq_page_with_a_group(self):
        faq = publish_snippet(
            FAQ(
                question="Is it legal?", answer="<p>Yes, under medical supervision.</p>"
            )
        )
        self.assertCanCreate(
            self.home,
            FAQPage,
            nested_form_data(
                {
                    "title": "FAQs",
                    "intro": rich_text("<p>Common questions.</p>"),
                    "body": streamfield(
                        [
                            (
                                "faq_group",
                                {"heading": "The law", "faqs": list_block([faq.pk])},
                            )
                        ]
                    ),
                }
            ),
        )
        assert FAQPage.objects.get().body[0].value["faqs"][0] == faq

    def test_myths_page_with_cards(self):
        card = publish_snippet(
            MythCard(myth="It works for everyone.", fact="It helps some people.")
        )
        self.assertCanCreate(
            self.home,
            MythsPage,
            nested_form_data(
                {
                    "title": "Myths and facts",
                    "intro": rich_text(""),
                    "body": streamfield(
                        [
                            (
                                "myth_cards",
                                {"heading": "", "myths": list_block([card.pk])},
                            )
                        ]
                    ),
                }
            ),
        )
        assert MythsPage.objects.get().live
