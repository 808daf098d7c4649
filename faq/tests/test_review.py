"""FAQs and myth cards go through clinical review like pages: drafts, workflow, stamp."""

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains
from wagtail.models import ModelLogEntry, WorkflowContentType
from wagtail.test.utils.form_data import rich_text

from conftest import json_ld_graph, messages_of
from faq.models import FAQ, MythCard
from reviews.models import add_months
from reviews.publishing import REFUSAL
from search.ranking import search_site

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate


def faq_form(faq=None, **changes):
    return {
        "question": faq.question if faq else "Can I eat before my appointment?",
        "answer": rich_text(changes.pop("answer", "<p>Ask the clinic.</p>")),
        "slug": faq.slug if faq else "",
        "next_review_due": "",
        **changes,
    }


def approve_snippet(client, user, obj):
    obj.refresh_from_db()
    task_state = obj.current_workflow_state.current_task_state
    client.force_login(user)
    return client.post(
        reverse(
            "wagtailsnippets_faq_faq:workflow_action",
            args=[obj.pk, "approve", task_state.pk],
        ),
        {"comment": ""},
    )


def test_setup_puts_faqs_and_myth_cards_under_clinical_review(
    clinical_review, editor, clinician
):
    call_command("setup_clinical_review", stdout=None)  # safe to repeat

    for model in (FAQ, MythCard):
        assert WorkflowContentType.objects.get(
            content_type__model=model._meta.model_name
        ).workflow.name == ("Clinical review")
        name = model._meta.model_name
        assert editor.has_perm(f"faq.add_{name}")
        assert editor.has_perm(f"faq.change_{name}")
        assert not editor.has_perm(f"faq.publish_{name}")
        assert clinician.has_perm(f"faq.publish_{name}")


def test_a_new_faq_waits_as_a_draft_until_a_reviewer_approves_it(
    client, clinic, faq_page, editor, clinician
):
    client.force_login(editor)
    response = client.post(
        reverse("wagtailsnippets_faq_faq:add"),
        {**faq_form(answer="<p>Eat lightly.</p>"), "action-submit": "Submit"},
    )
    assert response.status_code == 302
    faq = FAQ.objects.get(question="Can I eat before my appointment?")
    assert not faq.live
    faq_page.body[0].value["faqs"].append(faq)
    faq_page.save_revision().publish()

    client.logout()
    response = client.get(faq_page.url)
    assertNotContains(response, "Can I eat before my appointment?")
    questions = [q["name"] for q in json_ld_graph(response)["FAQPage"][0]["mainEntity"]]
    assert "Can I eat before my appointment?" not in questions
    assert not [r for r in search_site("eat appointment") if "eat" in r.title]

    assert approve_snippet(client, clinician, faq).status_code == 302
    faq.refresh_from_db()
    assert faq.live
    assert (faq.reviewer.user, faq.last_reviewed, faq.next_review_due) == (
        clinician,
        TODAY(),
        add_months(TODAY(), 12),
    )
    entry = ModelLogEntry.objects.get(action="clinic.review.clinical")
    assert entry.user == clinician
    client.logout()
    assertContains(client.get(faq_page.url), "Eat lightly.")
    assert [r.title for r in search_site("eat appointment")] == [faq.question]


def test_editing_a_live_faq_keeps_patients_on_the_live_answer_until_approved(
    client, article_page, make_faq, editor, clinician
):
    faq = make_faq("Can I drive home?", "<p>No, arrange a lift.</p>")
    article = article_page(
        body=[("faq_group", {"heading": "Questions", "faqs": [faq]})]
    )
    assertContains(client.get(article.url), "No, arrange a lift.")

    client.force_login(editor)
    client.post(
        reverse("wagtailsnippets_faq_faq:edit", args=[faq.pk]),
        {**faq_form(faq, answer="<p>Not for 24 hours.</p>"), "action-submit": "1"},
    )
    client.logout()
    response = client.get(article.url)
    assertContains(response, "No, arrange a lift.")
    assertNotContains(response, "Not for 24 hours.")

    approve_snippet(client, clinician, faq)
    client.logout()
    response = client.get(article.url)  # the page cache is cleared on publication
    assertContains(response, "Not for 24 hours.")
    assertNotContains(response, "No, arrange a lift.")


def test_publishing_an_faq_needs_a_clinical_reviewer(
    client, make_faq, clinician, django_user_model
):
    faq = make_faq("Is it safe?", "<p>It is given by trained staff.</p>")
    admin = django_user_model.objects.create_superuser("ada", "ada@example.com", "pw")
    client.force_login(admin)
    url = reverse("wagtailsnippets_faq_faq:edit", args=[faq.pk])
    response = client.post(
        url,
        {**faq_form(faq, answer="<p>Always safe.</p>"), "action-publish": "1"},
        follow=True,
    )
    assertContains(response, REFUSAL)
    faq.refresh_from_db()
    assert "Always safe." not in faq.answer
    assert faq.latest_revision.content["answer"].find("Always safe.") >= 0  # kept

    client.force_login(clinician)
    client.post(
        url,
        {
            **faq_form(faq, answer="<p>Safe with trained staff.</p>"),
            "action-publish": "1",
        },
    )
    faq.refresh_from_db()
    assert "Safe with trained staff." in faq.answer
    assert faq.reviewer.user == clinician
    assert faq.last_reviewed == TODAY()


def test_approving_an_faq_needs_a_clinical_reviewer_and_says_so(
    client, make_faq, editor, clinician, django_user_model
):
    faq = make_faq("Is it safe?", "<p>It is given by trained staff.</p>")
    client.force_login(editor)
    client.post(
        reverse("wagtailsnippets_faq_faq:edit", args=[faq.pk]),
        {
            **faq_form(faq, answer="<p>Safe with trained staff.</p>"),
            "action-submit": "1",
        },
    )
    admin = django_user_model.objects.create_superuser("ada", "ada@example.com", "pw")

    response = approve_snippet(client, admin, faq)

    assert response.status_code == 302
    # (after the editor's "submitted" message, which they had not seen yet)
    assert messages_of(response)[-1] == (
        "Not approved: “Is it safe?”. Only clinical reviewers can approve health "
        "information, so it is still waiting for review. Link your account to a "
        "reviewer under Snippets › Reviewers (or ask an administrator to), then "
        "approve it again."
    )
    faq.refresh_from_db()
    assert "Safe with trained staff." not in faq.answer
    assert faq.current_workflow_state.status == "in_progress"

    approve_snippet(client, clinician, faq)
    faq.refresh_from_db()
    assert "Safe with trained staff." in faq.answer
    assert faq.reviewer.user == clinician


def test_approving_on_the_faq_edit_screen_without_a_reviewer_link_keeps_the_edit(
    client, make_faq, editor, clinician, django_user_model
):
    faq = make_faq("Is it safe?", "<p>It is given by trained staff.</p>")
    url = reverse("wagtailsnippets_faq_faq:edit", args=[faq.pk])
    client.force_login(editor)
    client.post(
        url, {**faq_form(faq, answer="<p>Safe with staff.</p>"), "action-submit": "1"}
    )
    admin = django_user_model.objects.create_superuser("ada", "ada@example.com", "pw")
    client.force_login(admin)

    # The edit screen's Approve sends the whole form, here with a correction typed.
    approve_here = {"action-workflow-action": "1", "workflow-action-name": "approve"}
    response = client.post(
        url,
        {**faq_form(faq, answer="<p>Safe with trained staff.</p>"), **approve_here},
        follow=True,
    )

    assert response.redirect_chain[-1][0] == url
    assertContains(
        response,
        "Not approved: “Is it safe?”. Only clinical reviewers can approve health "
        "information",
    )
    assertContains(response, "Your changes are saved as a draft.")
    assertNotContains(response, "do not have permission")
    faq.refresh_from_db()
    assert "trained staff." in faq.answer and "Safe" not in faq.answer  # live answer
    assert "Safe with trained staff." in faq.latest_revision.content["answer"]
    assert faq.current_workflow_state.status == "in_progress"

    client.force_login(clinician)
    client.post(
        url, {**faq_form(faq, answer="<p>Safe with trained staff.</p>"), **approve_here}
    )
    faq.refresh_from_db()
    assert "Safe with trained staff." in faq.answer
    assert faq.reviewer.user == clinician
