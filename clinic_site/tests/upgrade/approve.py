"""After the upgrade, a clinician approves the article left waiting in the workflow.

clinic_site/tests/test_upgrade.py runs this file with this tree's code on the
upgraded database, inside `manage.py shell`, after snapshot.py. The approval goes
through the admin, as a clinician would do it: it must publish the editor's change
made before the upgrade and record the clinician's review on it. Writes what
happened to the JSON file named by UPGRADE_RESULT.
"""

import json
import os
import re

from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, PageLogEntry, WorkflowState

(state,) = WorkflowState.objects.filter(status="in_progress")
page = Page.objects.get(pk=state.object_id)
clinician = get_user_model().objects.get_by_natural_key("demo-reviewer")
client = Client()
client.force_login(clinician)
response = client.post(
    reverse(
        "wagtailadmin_pages:workflow_action",
        args=[page.pk, "approve", state.current_task_state.pk],
    ),
    {"comment": "Checked after the upgrade."},
)
client.logout()
state.refresh_from_db()
page = page.specific_class.objects.get(pk=page.pk)
public = Client().get(page.url).content.decode()
stamp = re.search(r'<aside class="review-stamp".*?</aside>', public, re.S)

with open(os.environ["UPGRADE_RESULT"], "w") as result:
    json.dump(
        {
            "status": response.status_code,
            "workflow_state": state.status,
            "reviewer": page.reviewer.name if page.reviewer else None,
            "last_reviewed": page.last_reviewed.isoformat(),
            "today": timezone.localdate().isoformat(),
            "summary": page.summary,
            "review_logged": PageLogEntry.objects.filter(
                page=page, action="clinic.review.clinical", user=clinician
            ).exists(),
            "stamp": " ".join(re.sub(r"<[^>]+>", "", stamp.group(0)).split())
            if stamp
            else None,
        },
        result,
        indent=2,
    )
