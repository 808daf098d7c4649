"""What the importer creates waits for clinical review: new FAQs and myth cards are drafts."""

from pathlib import Path

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from articles.importer import import_document
from articles.models import ArticlePage
from faq.models import FAQ, MythCard

DOCUMENTS = Path(__file__).parent / "documents"

pytestmark = pytest.mark.django_db


def test_new_faqs_and_myth_cards_are_drafts_until_a_reviewer_publishes_them(
    client, article_index
):
    data = (DOCUMENTS / "sedation_guide.txt").read_bytes()
    report = import_document("sedation_guide.txt", data, article_index)

    faqs, cards = list(FAQ.objects.all()), list(MythCard.objects.all())
    assert faqs and cards
    for item in faqs + cards:
        assert not item.live
        assert item.latest_revision is not None  # a draft to review and approve
    article = ArticlePage.objects.get(pk=report.page_id)
    article.save_revision().publish()
    response = client.get(article.url)
    assertNotContains(response, faqs[0].question)

    faqs[0].save_revision().publish()
    assertContains(client.get(article.url), faqs[0].question)
