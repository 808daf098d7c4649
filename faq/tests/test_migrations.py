"""faq 0010: live FAQs and myth cards made before drafts get a first revision.

Run against a database built at the previous faq migration (0009), in its own
SQLite file and its own processes: migrating back and forth inside the shared
test database has broken later tests before.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
PREVIOUS = "0009_add_translation_review_fields"

# Items as a clinic had them before FAQs and myth cards had drafts: live rows with
# no revision; and one FAQ published since, whose revisions must be left alone.
POPULATE = """
from django.contrib.auth import get_user_model
from faq.models import FAQ, MythCard

get_user_model().objects.create_superuser("ada", "ada@example.com", "pw")
FAQ.objects.create(
    question="Can I drive home afterwards?",
    answer="<p>No. Arrange for someone to take you home.</p>",
    slug="drive-home",
    live=True,
)
MythCard.objects.create(
    myth="It is only used recreationally.",
    fact="It is a licensed anaesthetic.",
    explanation="<p>Hospitals have used it for decades.</p>",
    live=True,
)
published = FAQ(question="Will I feel strange?", answer="<p>Briefly.</p>", slug="strange")
published.save()
published.save_revision().publish()
"""

# Everything the migration may touch, and what an editor sees in History.
SNAPSHOT = """
import json, os
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from wagtail.models import ModelLogEntry, Revision
from faq.models import FAQ, MythCard


def same_content(a, b):
    skip = {"latest_revision", "live_revision"}
    data_a, data_b = a.serializable_data(), b.serializable_data()
    return {k: v for k, v in data_a.items() if k not in skip} == {
        k: v for k, v in data_b.items() if k not in skip
    }


client = Client()
client.force_login(get_user_model().objects.get())
items = {}
for model in (FAQ, MythCard):
    for item in model.objects.order_by("pk"):
        revisions = Revision.objects.for_instance(item).order_by("pk")
        name = f"{model._meta.model_name} {item}"
        items[name] = {
            "row": {
                field.attname: str(field.value_from_object(item))
                for field in model._meta.concrete_fields
                if field.attname not in ("latest_revision_id", "live_revision_id")
            },
            "revisions": [r.pk for r in revisions],
            "latest_revision": item.latest_revision_id,
            "live_revision": item.live_revision_id,
            # (the revision fields are set after a revision is made, as Wagtail does)
            "first_revision_matches_row": bool(revisions)
            and same_content(revisions[0].as_object(), item),
            "log": list(
                ModelLogEntry.objects.for_instance(item)
                .order_by("pk")
                .values_list("action", "revision_id")
            ),
        }
        if revisions:
            url = lambda name, *args: reverse(
                model.snippet_viewset.get_url_name(name), args=[item.pk, *args]
            )
            history = client.get(url("history"))
            items[name]["screens"] = {
                "history": history.status_code,
                "history shows": "Version recorded on upgrade" in history.content.decode(),
                "compare": client.get(url("revisions_compare", revisions[0].pk, "live")).status_code,
                "revert": client.get(url("revisions_revert", revisions[0].pk)).status_code,
            }
with open(os.environ["SNAPSHOT"], "w") as file:
    json.dump({"items": items, "revisions": Revision.objects.count(), "log": ModelLogEntry.objects.count()}, file)
"""


def manage(database: str, *args: str, **env: str) -> None:
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT,
        env={
            **{k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")},
            "DJANGO_SETTINGS_MODULE": "clinic_site.settings.test",
            "DATABASE_URL": f"sqlite:///{database}",
            **env,
        },
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]


def snapshot(database: str, path: Path) -> dict:
    manage(database, "shell", "--no-imports", "--command", SNAPSHOT, SNAPSHOT=str(path))
    return json.loads(path.read_text())


@pytest.fixture(scope="module")
def upgraded(tmp_path_factory):
    """(before, after, after going back and forward again) snapshots."""
    work = tmp_path_factory.mktemp("faq-0010")
    database = str(work / "db.sqlite3")
    manage(database, "migrate", "--no-input")
    manage(database, "migrate", "faq", PREVIOUS, "--no-input")
    manage(database, "shell", "--no-imports", "--command", POPULATE)
    before = snapshot(database, work / "before.json")
    manage(database, "migrate", "--no-input")
    after = snapshot(database, work / "after.json")
    manage(database, "migrate", "faq", PREVIOUS, "--no-input")
    manage(database, "migrate", "--no-input")
    again = snapshot(database, work / "again.json")
    return before, after, again


OLD_ITEMS = [
    "faq Can I drive home afterwards?",
    "mythcard It is only used recreationally.",
]


def test_items_made_before_drafts_get_a_first_revision_and_history(upgraded):
    before, after, _ = upgraded
    for name in OLD_ITEMS:
        old, new = before["items"][name], after["items"][name]
        assert old["revisions"] == [] and old["log"] == []
        assert new["row"] == old["row"]  # nothing lost or changed
        (revision,) = new["revisions"]
        assert new["latest_revision"] == new["live_revision"] == revision
        assert new["first_revision_matches_row"]
        assert new["log"] == [["clinic.faq.initial_revision", revision]]
        assert new["screens"] == {
            "history": 200,
            "history shows": True,
            "compare": 200,
            "revert": 200,
        }
    assert after["revisions"] == before["revisions"] + 2
    assert after["log"] == before["log"] + 2


def test_items_with_revisions_are_left_alone(upgraded):
    before, after, _ = upgraded
    name = "faq Will I feel strange?"
    assert before["items"][name]["revisions"]  # published with a revision
    assert after["items"][name] == before["items"][name]


def test_going_back_and_forward_again_adds_nothing(upgraded):
    _, after, again = upgraded
    assert again == after
