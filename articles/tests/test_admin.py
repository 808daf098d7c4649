import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from articles.models import ArticleIndexPage, ArticlePage, AToZPage, MedicinePage
from conftest import list_block, publish_snippet, trust
from faq.models import FAQ, MythCard
from home.models import HomePage
from reviews.models import Reviewer


@pytest.mark.django_db
class TestEditorCreatesArticles(WagtailPageTestCase):
    def setUp(self):
        # Health pages are published only by clinical reviewers.
        Reviewer.objects.create(name="Dr Test Example", user=self.login())
        self.home = HomePage.objects.get()

    def test_editor_can_create_an_article_index_and_an_article_with_every_block(self):
        trust("example.com")
        self.assertCanCreate(
            self.home,
            ArticleIndexPage,
            nested_form_data(
                {
                    "title": "Health information",
                    "intro": rich_text("<p>Read about treatments.</p>"),
                }
            ),
        )
        index = ArticleIndexPage.objects.get()
        faq = publish_snippet(
            FAQ(question="Can I eat first?", answer="<p>Ask the team.</p>")
        )
        myth = publish_snippet(
            MythCard(myth="It is only a party drug.", fact="It is an anaesthetic.")
        )

        self.assertCanCreate(
            index,
            ArticlePage,
            nested_form_data(
                {
                    "title": "Ketamine for pain",
                    "summary": "How ketamine is used for pain in hospital.",
                    "key_points": streamfield(
                        [("point", "It is given by trained staff.")]
                    ),
                    "body": streamfield(
                        [
                            (
                                "heading",
                                {"text": "How it works", "level": "h2", "anchor": ""},
                            ),
                            ("paragraph", rich_text("<p>It blocks pain signals.</p>")),
                            (
                                "list",
                                {
                                    "style": "numbered",
                                    "items": list_block(
                                        [rich_text("<p>Assessment</p>")]
                                    ),
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "urgent",
                                    "title": "",
                                    "text": rich_text("<p>Do not wait.</p>"),
                                },
                            ),
                            (
                                "quote",
                                {
                                    "quote": "I was listened to.",
                                    "attribution": "A patient",
                                },
                            ),
                            (
                                "faq_group",
                                {"heading": "Questions", "faqs": list_block([faq.pk])},
                            ),
                            (
                                "myth_cards",
                                {"heading": "Myths", "myths": list_block([myth.pk])},
                            ),
                            (
                                "care_cards",
                                {
                                    "heading": "When to get help",
                                    "emergency": rich_text(
                                        "<p>You cannot breathe.</p>"
                                    ),
                                    "urgent": rich_text(""),
                                    "non_urgent": rich_text(
                                        "<p>You have a question.</p>"
                                    ),
                                },
                            ),
                        ]
                    ),
                    "references": streamfield(
                        [
                            (
                                "reference",
                                {
                                    "authors": "",
                                    "title": "Ketamine",
                                    "publisher": "Acme Formulary",
                                    "year": "",
                                    "link": "https://example.com/ketamine",
                                    "accessed": "2026-01-15",
                                },
                            )
                        ]
                    ),
                    "tags": "Pain, Anaesthesia",
                    "related_articles": inline_formset([]),
                }
            ),
        )

        article = ArticlePage.objects.get()
        assert article.live
        assert article.table_of_contents == [
            {"text": "How it works", "anchor": "how-it-works", "level": "h2"},
            {"text": "Questions", "anchor": "questions", "level": "h2"},
            {"text": "Myths", "anchor": "myths", "level": "h2"},
            {"text": "When to get help", "anchor": "when-to-get-help", "level": "h2"},
            {"text": "References", "anchor": "references", "level": "h2"},
        ]
        assert article.references[0].value["title"] == "Ketamine"
        assert sorted(article.tags.names()) == ["Anaesthesia", "Pain"]
        assert [block.block_type for block in article.body] == [
            "heading",
            "paragraph",
            "list",
            "callout",
            "quote",
            "faq_group",
            "myth_cards",
            "care_cards",
        ]


@pytest.mark.django_db
class TestEditorOpensEveryDemoPage(WagtailPageTestCase):
    def test_edit_screens_open_for_every_page_and_snippet(self):

        call_command("load_demo_content")
        self.login()
        for page in Page.objects.filter(depth__gte=2):
            response = self.client.get(
                reverse("wagtailadmin_pages:edit", args=[page.pk])
            )
            assert response.status_code == 200, page.title
        for model, url_name in (
            (FAQ, "wagtailsnippets_faq_faq:edit"),
            (MythCard, "wagtailsnippets_faq_mythcard:edit"),
        ):
            item = model.objects.first()
            assert self.client.get(reverse(url_name, args=[item.pk])).status_code == 200


@pytest.mark.django_db
class TestEditorCreatesMedicinePages(WagtailPageTestCase):
    def test_editor_can_create_a_medicine_page_with_key_facts_and_sections(self):
        Reviewer.objects.create(name="Dr Test Example", user=self.login())
        home = HomePage.objects.get()
        index = ArticleIndexPage(title="Health information", slug="articles")
        home.add_child(instance=index)

        self.assertCanCreate(
            index,
            MedicinePage,
            nested_form_data(
                {
                    "title": "Examplamine",
                    "summary": "A medicine used for anaesthesia.",
                    "medicine_type": "Anaesthetic",
                    "given_as": "Injection",
                    "legal_status_summary": "Controlled drug",
                    "prescription_status": "prescription_only",
                    "what_it_is": rich_text("<p>A medicine.</p>"),
                    "used_for": rich_text(""),
                    "how_it_works": rich_text(""),
                    "how_given": rich_text("<p>By trained staff.</p>"),
                    "who_should_not_have_it": rich_text(""),
                    "side_effects": rich_text("<p>Feeling sick.</p>"),
                    "serious_side_effects": rich_text("<p>Chest pain.</p>"),
                    "interactions": rich_text(""),
                    "pregnancy_breastfeeding": rich_text(""),
                    "legal_status": rich_text("<p>Controlled [1].</p>"),
                    "care_cards": streamfield([]),
                    "references": streamfield(
                        [
                            (
                                "reference",
                                {
                                    "authors": "",
                                    "title": "Examplamine",
                                    "publisher": "Acme Formulary",
                                    "year": "",
                                    "link": "",
                                    "accessed": "",
                                },
                            )
                        ]
                    ),
                }
            ),
        )

        page = MedicinePage.objects.get()
        assert page.live
        assert [s["anchor"] for s in page.sections] == [
            "what-it-is",
            "how-it-is-given",
            "side-effects",
            "legal-status-and-prescriptions",
        ]


@pytest.mark.django_db
class TestEditorCreatesTheAToZPage(WagtailPageTestCase):
    def test_editor_can_create_the_a_to_z_page_once(self):
        self.login()
        home = HomePage.objects.get()
        self.assertCanCreate(
            home,
            AToZPage,
            nested_form_data(
                {"title": "A to Z", "intro": rich_text("<p>Every topic.</p>")}
            ),
        )
        assert AToZPage.objects.get().live
        assert not AToZPage.can_create_at(home)
