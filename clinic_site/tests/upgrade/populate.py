"""A clinic's site as the previous release left it: run in that release's tree.

clinic_site/tests/test_upgrade.py runs this file with the PREVIOUS_RELEASE code,
inside `manage.py shell` (Installation.run), on a new, migrated database. So the
imports below are that release's (Reviewer and PageFeedback in `home`), whatever
this tree holds now. On top of the demo content it adds what a
clinic in use has: a clinician's recorded review, page feedback with comments,
contact messages, an article waiting in the "Clinical review" workflow, people
given the moved models' permissions, a reviewer photo and a search promotion. It
writes what the test checks by name to the JSON file named by UPGRADE_FACTS.
"""

import io
import json
import os

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.log_actions import log
from wagtail.models import Page

from articles.models import ArticlePage
from faq.models import FAQPage
from home.models import ClinicSettings, ContactPage, PageFeedback, Reviewer

User = get_user_model()

call_command("load_demo_content", stdout=io.StringIO())
ClinicSettings.objects.update(clinic_name="Example Clinic")
admin = User.objects.create_superuser("admin", "admin@example.com", "an-admin-password")
editor = User.objects.get(username="demo-editor")
reviewers_group = Group.objects.get(name="Clinical reviewers")

# A second clinician, with a photo and a profile page, who reviews an article.
clinician = User.objects.create_user("dr-jo", "jo@example.com", "a-jo-password")
clinician.groups.add(reviewers_group)
jo = Reviewer.objects.create(
    name="Dr Jo Example",
    credentials="MB BS",
    role="Clinical lead",
    user=clinician,
    photo=Image.objects.create(
        title="Dr Jo Example", file=get_test_image_file("dr-jo.png")
    ),
    profile_page=Page.objects.get(slug="about"),
)
log(instance=jo, action="wagtail.create", user=admin)


def submit_for_review(page, summary):
    """The editor's change, sent to the "Clinical review" workflow."""
    page.summary = summary
    page.save_revision(user=editor, log_action=True)
    return page.get_workflow().start(page, editor)


# The recorded review: the editor changes the first article and Dr Jo approves the
# change in the admin, which publishes it with Dr Jo's name and today's date. (This
# release records reviews on workflow approval; its editor's Publish button, which
# calls PublishPageRevisionAction directly, does not.)
reviewed, waiting = ArticlePage.objects.live().order_by("path")[:2]
task_state = submit_for_review(reviewed, "Checked again this year.").current_task_state
clinician_client = Client()
clinician_client.force_login(clinician)
response = clinician_client.post(
    reverse(
        "wagtailadmin_pages:workflow_action",
        args=[reviewed.pk, "approve", task_state.pk],
    ),
    {"comment": "Checked against current guidance."},
)
assert response.status_code == 302, response
reviewed.refresh_from_db()
assert reviewed.reviewer == jo, reviewed.reviewer

# Another change of the editor's, left waiting for a clinician's approval.
submit_for_review(waiting, "Now with what to expect afterwards.")

# Readers' answers to "Was this page helpful?", through the public views.
faq_page = FAQPage.objects.get()
votes = [
    (reviewed, "yes", "Clear and calm, thank you."),
    (reviewed, "no", "Please say how long recovery takes."),
    (reviewed, "yes", ""),
    (faq_page, "no", "Nothing about costs."),
]
for number, (page, answer, comment) in enumerate(votes):
    reader = Client(REMOTE_ADDR=f"192.0.2.{number + 1}")
    response = reader.post(
        reverse("page_feedback_vote"), {"page": page.pk, "helpful": answer}
    )
    assert response.status_code == 302, response
    if comment:
        comment_url = response.headers["Location"]
        assert reader.post(comment_url, {"comment": comment}).status_code == 302
assert PageFeedback.objects.count() == len(votes)

# Messages sent through the contact form.
contact = ContactPage.objects.get()
messages = ["When are you open on Saturdays?", "Can my partner come with me?"]
for number, message in enumerate(messages):
    response = Client(REMOTE_ADDR=f"198.51.100.{number + 1}").post(
        contact.url,
        {
            "name": f"Sam Example {number}",
            "email": f"sam{number}@example.com",
            "phone": "",
            "message": message,
            "consent": "on",
        },
    )
    assert response.status_code == 200, response
assert contact.get_submission_class().objects.count() == len(messages)

# People given the moved models' permissions, in a group and one by one.
reception = User.objects.create_user("reception", "reception@example.com")
reception.groups.add(Group.objects.get(name="Reception"))
readers = Group.objects.create(name="Feedback readers")
readers.permissions.add(
    Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    ),
    Permission.objects.get(
        content_type__app_label="home", codename="view_pagefeedback"
    ),
)
User.objects.create_user("feedback-reader").groups.add(readers)
editor.user_permissions.add(
    Permission.objects.get(content_type__app_label="home", codename="view_pagefeedback")
)

# A promoted search result.
SearchPromotion.objects.create(query=Query.get("price"), page=contact, sort_order=0)

with open(os.environ["UPGRADE_FACTS"], "w") as facts:
    json.dump(
        {
            "reviewed": {
                "url": reviewed.url,
                "stamp": "Medically reviewed by Dr Jo Example, MB BS",
                "last_reviewed": reviewed.last_reviewed.isoformat(),
                "next_review_due": reviewed.next_review_due.isoformat(),
            },
            "waiting": {"url": waiting.url, "title": waiting.title},
            "comments": sorted(comment for _, _, comment in votes if comment),
            "messages": messages,
        },
        facts,
        indent=2,
    )
