"""Everything a clinic would check after an upgrade, as JSON: run in either tree.

clinic_site/tests/test_upgrade.py runs this file with the previous release's code
and again with this code, inside `manage.py shell` (Installation.run),
and compares the two. It imports nothing from the project: the moved models are
found by name wherever they live, and rows are described by labels
("app_label.model", "app_label.codename") that the test maps from the old names to
the new. Pages and admin screens are rendered inside a transaction that is rolled
back, so what rendering writes (sessions, sign-in records) is never counted.
Writes to the file named by UPGRADE_SNAPSHOT.
"""

import hashlib
import html
import json
import os
import re
from collections import Counter
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.test import Client
from django.urls import reverse
from wagtail.contrib.forms.models import FormSubmission
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import (
    GroupPagePermission,
    ModelLogEntry,
    Page,
    PageLogEntry,
    ReferenceIndex,
    Revision,
    TaskState,
    Workflow,
    WorkflowState,
)

User = get_user_model()
MOVED_MODELS = ["reviewer", "pagefeedback", "searchpage"]


def model_named(name):
    (model,) = [m for m in apps.get_models() if m._meta.model_name == name]
    return model


Reviewer = model_named("reviewer")
PageFeedback = model_named("pagefeedback")
pages_by_id = {page.pk: page for page in Page.objects.specific()}


def type_label(content_type_id):
    if content_type_id is None:
        return None
    content_type = ContentType.objects.get_for_id(content_type_id)
    return f"{content_type.app_label}.{content_type.model}"


def permission_label(permission):
    return f"{permission.content_type.app_label}.{permission.codename}"


def username(user):
    return user.get_username() if user else None


def url_path(page_id):
    return pages_by_id[page_id].url_path if page_id else None


def when(value):
    return value.isoformat() if value else None


def digest(value) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True).encode()).hexdigest()


def table_rows() -> dict:
    with connection.cursor() as cursor:
        counts = {}
        for table in sorted(connection.introspection.table_names()):
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")
            counts[table] = cursor.fetchone()[0]
    return counts


def counted(rows) -> list[dict]:
    counts = Counter(json.dumps(row, sort_keys=True) for row in rows)
    return [{**json.loads(row), "count": count} for row, count in counts.items()]


def media_files() -> list[dict]:
    root = Path(settings.MEDIA_ROOT)
    return [
        {
            "path": str(path.relative_to(root)),
            "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        }
        for path in sorted(root.rglob("*"))
        if path.is_file()
    ]


def data() -> dict:
    return {
        "tables": table_rows(),
        "models": {
            name: {
                "label": model_named(name)._meta.label_lower,
                "table": model_named(name)._meta.db_table,
            }
            for name in MOVED_MODELS
        },
        "content_types": {
            str(ct.pk): f"{ct.app_label}.{ct.model}" for ct in ContentType.objects.all()
        },
        "content_types_without_a_model": sorted(
            f"{ct.app_label}.{ct.model}"
            for ct in ContentType.objects.all()
            if ct.model_class() is None
        ),
        "permissions": {
            str(permission.pk): permission_label(permission)
            for permission in Permission.objects.select_related("content_type")
        },
        "groups": {
            group.name: sorted(
                permission_label(permission)
                for permission in group.permissions.select_related("content_type")
            )
            for group in Group.objects.all()
        },
        "group_page_permissions": [
            {
                "group": grant.group.name,
                "page": url_path(grant.page_id),
                "permission": permission_label(grant.permission),
            }
            for grant in GroupPagePermission.objects.select_related(
                "group", "permission__content_type"
            )
        ],
        "users": {
            user.get_username(): {
                "superuser": user.is_superuser,
                "password": user.password,
                "groups": sorted(group.name for group in user.groups.all()),
                "own_permissions": sorted(
                    permission_label(permission)
                    for permission in user.user_permissions.select_related(
                        "content_type"
                    )
                ),
                "all_permissions": sorted(user.get_all_permissions()),
            }
            for user in User.objects.all()
        },
        "pages": [
            {
                "url_path": page.url_path,
                "type": type_label(page.content_type_id),
                "title": page.title,
                "live": page.live,
                "unpublished_changes": page.has_unpublished_changes,
                "owner": username(page.owner),
                "latest_revision": page.latest_revision_id,
                "live_revision": page.live_revision_id,
            }
            for page in pages_by_id.values()
        ],
        "revisions": [
            {
                "id": revision.pk,
                "type": type_label(revision.content_type_id),
                "base_type": type_label(revision.base_content_type_id),
                "object_id": revision.object_id,
                "user": username(revision.user),
                "created_at": when(revision.created_at),
                "content": digest(revision.content),
            }
            for revision in Revision.objects.select_related("user")
        ],
        "log_entries_by_action": counted(
            {"action": entry.action, "type": type_label(entry.content_type_id)}
            for model in (PageLogEntry, ModelLogEntry)
            for entry in model.objects.all()
        ),
        "log_entries": [
            {
                "kind": model.__name__,
                "action": entry.action,
                "type": type_label(entry.content_type_id),
                "object_id": str(
                    entry.object_id if model is ModelLogEntry else entry.page_id
                ),
                "user": username(entry.user),
                "revision": entry.revision_id,
                "timestamp": when(entry.timestamp),
                "data": entry.data,
            }
            for model in (PageLogEntry, ModelLogEntry)
            for entry in model.objects.select_related("user")
        ],
        "workflows": [
            {
                "name": workflow.name,
                "active": workflow.active,
                "tasks": [task.name for task in workflow.tasks],
                "pages": sorted(
                    url_path(p.page_id) for p in workflow.workflow_pages.all()
                ),
            }
            for workflow in Workflow.objects.all()
        ],
        "workflow_states": [
            {
                "type": type_label(state.content_type_id),
                "base_type": type_label(state.base_content_type_id),
                "object_id": state.object_id,
                "workflow": state.workflow.name,
                "status": state.status,
                "requested_by": username(state.requested_by),
                "current_task": state.current_task_state.task.name
                if state.current_task_state
                else None,
            }
            for state in WorkflowState.objects.select_related(
                "workflow", "requested_by"
            )
        ],
        "task_states": [
            {
                "task": state.task.name,
                "status": state.status,
                "revision": state.revision_id,
                "finished_by": username(state.finished_by),
            }
            for state in TaskState.objects.select_related("task", "finished_by")
        ],
        "reference_index": [
            {
                "type": type_label(row.content_type_id),
                "base_type": type_label(row.base_content_type_id),
                "object_id": row.object_id,
                "to_type": type_label(row.to_content_type_id),
                "to_object_id": row.to_object_id,
                "model_path": row.model_path,
                "content_path": row.content_path,
            }
            for row in ReferenceIndex.objects.all()
        ],
        "reviewers": [
            {
                "name": reviewer.name,
                "credentials": reviewer.credentials,
                "role": reviewer.role,
                "user": username(reviewer.user),
                "photo": reviewer.photo.file.name if reviewer.photo else None,
                "profile_page": url_path(reviewer.profile_page_id),
            }
            for reviewer in Reviewer.objects.select_related("user", "photo")
        ],
        "review_stamps": [
            {
                "page": page.url_path,
                "reviewer": page.reviewer.name if page.reviewer else None,
                "last_reviewed": when(page.last_reviewed),
                "next_review_due": when(page.next_review_due),
                "minor_edit": page.minor_edit,
            }
            for page in pages_by_id.values()
            if hasattr(page, "last_reviewed")
        ],
        "page_feedback": [
            {
                "page": url_path(feedback.page_id),
                "helpful": feedback.helpful,
                "comment": feedback.comment,
                "created_at": when(feedback.created_at),
            }
            for feedback in PageFeedback.objects.all()
        ],
        "form_submissions": [
            {
                "page": url_path(submission.page_id),
                "form_data": submission.form_data,
                "submit_time": when(submission.submit_time),
            }
            for submission in FormSubmission.objects.all()
        ],
        "search_promotions": [
            {"query": promotion.query.query_string, "page": url_path(promotion.page_id)}
            for promotion in SearchPromotion.objects.select_related("query")
        ],
        "media": media_files(),
    }


def text(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", fragment)).split())


def public_page(client, url) -> dict:
    response = client.get(url)
    body = response.content.decode()
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", body, re.S)
    stamp = re.search(r'<aside class="review-stamp".*?</aside>', body, re.S)
    results = re.findall(r'class="search-result__title"><a href="([^"]+)"', body)
    return {
        "status": response.status_code,
        "h1": text(h1.group(1)) if h1 else None,
        "stamp": text(stamp.group(0)) if stamp else None,
        "search_results": results,
    }


def admin_screen(username, url, expected: list[str]) -> dict:
    """What `username` gets at `url`, and which of the expected words it shows."""
    client = Client()
    client.force_login(User.objects.get_by_natural_key(username))
    response = client.get(url)
    body = html.unescape(response.content.decode())
    return {"status": response.status_code, "shows": [w for w in expected if w in body]}


def rendered() -> dict:
    anonymous = Client()
    pages = {
        page.url: public_page(anonymous, page.url)
        for page in Page.objects.live().order_by("path")
        if page.url
    }
    search_url = next(
        p.url for p in pages_by_id.values() if type(p)._meta.model_name == "searchpage"
    )
    for query in ("price", "ketamine"):
        pages[f"{search_url}?q={query}"] = public_page(
            anonymous, f"{search_url}?q={query}"
        )
    comments = sorted(f.comment for f in PageFeedback.objects.exclude(comment=""))
    messages = sorted(
        s.form_data.get("message", "") for s in FormSubmission.objects.all()
    )
    waiting = [
        pages_by_id[int(state.object_id)].title
        for state in WorkflowState.objects.filter(status="in_progress")
    ]
    reviewer_names = sorted(Reviewer.objects.values_list("name", flat=True))
    reviewer_meta = Reviewer._meta
    feedback_report = reverse("page_feedback_report")
    admin = {
        "feedback report, group": admin_screen(
            "feedback-reader", feedback_report, comments
        ),
        "feedback report, own permission": admin_screen(
            "demo-editor", feedback_report, comments
        ),
        "feedback report, clinician": admin_screen("dr-jo", feedback_report, comments),
        "contact messages, reception": admin_screen(
            "reception",
            reverse(
                "wagtailforms:list_submissions",
                args=[FormSubmission.objects.first().page_id],
            ),
            messages,
        ),
        "dashboard, clinician": admin_screen(
            "demo-reviewer", reverse("wagtailadmin_home"), waiting
        ),
        "reviewers, clinician": admin_screen(
            "dr-jo",
            reverse(
                f"wagtailsnippets_{reviewer_meta.app_label}_{reviewer_meta.model_name}:list"
            ),
            reviewer_names,
        ),
    }
    return {"pages": pages, "admin": admin}


snapshot = data()
with transaction.atomic():
    snapshot["rendered"] = rendered()
    transaction.set_rollback(True)
Path(os.environ["UPGRADE_SNAPSHOT"]).write_text(
    json.dumps(snapshot, indent=1, sort_keys=True)
)
