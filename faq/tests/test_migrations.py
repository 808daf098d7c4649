"""FAQs and myth cards written before drafts existed stay live after the upgrade."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from pytest_django.asserts import assertContains

from faq.models import FAQ, FAQPage, MythCard

BEFORE = [("faq", "0004_move_reviewer_and_share_listing_fields")]
AFTER = [("faq", "0005_reviewed_snippets_with_drafts")]


@pytest.mark.django_db(transaction=True)
def test_existing_faqs_and_myth_cards_stay_live_and_shown(client, home_page):
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    old_faq = old.get_model("faq", "FAQ").objects.create(
        question="Can I drive home?", answer="<p>No, arrange a lift.</p>", slug="drive"
    )
    old.get_model("faq", "MythCard").objects.create(
        myth="It is only a party drug.", fact="It is an anaesthetic.", slug="party"
    )

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(AFTER)

    faq = FAQ.objects.get(pk=old_faq.pk)
    assert faq.live and not faq.has_unpublished_changes
    assert faq.answer == "<p>No, arrange a lift.</p>"
    assert MythCard.objects.get(slug="party").live
    page = FAQPage(
        title="FAQs", slug="faqs", body=[("faq_group", {"heading": "", "faqs": [faq]})]
    )
    home_page.add_child(instance=page)
    page.save_revision().publish()
    assertContains(client.get(page.url), "No, arrange a lift.")
    # New ones start as drafts.
    assert not FAQ.objects.create(question="New?", answer="<p>Yes.</p>").live
    call_command("migrate", verbosity=0)  # leave the schema as other tests expect
    # The flush after this test recreates content types with new ids.
    ContentType.objects.clear_cache()
