"""Upgrading from the previous release keeps every row, permission and review stamp.

"One app per concern" moved three models out of `home`: Reviewer to `reviews`,
PageFeedback to `feedback` and SearchPage to `search`, with their tables,
permissions and content types (renamed in place, so their ids stay). This test
takes the previous release's code from this repository (PREVIOUS_RELEASE), builds
a database with it as a clinic would have it (demo content, page feedback with
comments, a review recorded by a clinician's approval, contact messages, an
article waiting in the "Clinical review" workflow: upgrade/populate.py), takes a
snapshot of it (upgrade/snapshot.py) and a backup (`manage.py backup`). Then this
code migrates that database, and restores that backup into a new one, and each
must give the same snapshot, read with the new names (RENAMED), apart from the
first revisions faq 0010 gives FAQs and myth cards (checked, then set aside); a
clinician can still approve the waiting article afterwards (upgrade/approve.py).

It runs on the database the suite runs on: SQLite, or PostgreSQL in `make test`'s
second pass (DATABASE_URL=$TEST_DATABASE_URL), where it makes new databases on that
server and drops them afterwards. Each tree runs in its own process, with the same
Python, its own test settings and uploads in a temporary folder
(upgrade/upgrade_settings.py).
"""

import json
import os
import secrets
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest
from psycopg import sql

PROJECT = Path(__file__).resolve().parents[2]
SCRIPTS = Path(__file__).resolve().parent / "upgrade"

# The code before "One app per concern": main at 4c43dd4 ("bench/README.md: a run on
# a quiet machine…"), where `home` still held Reviewer, PageFeedback and SearchPage.
PREVIOUS_RELEASE = "4c43dd46c8600891807655ff49fd8fccba306696"

# The previous release's names of the moved models' content types ("app.model"),
# tables and permissions ("app.codename"), and this code's. Nothing else moved.
RENAMED = {
    "home.reviewer": "reviews.reviewer",
    "home_reviewer": "reviews_reviewer",
    "home.add_reviewer": "reviews.add_reviewer",
    "home.change_reviewer": "reviews.change_reviewer",
    "home.delete_reviewer": "reviews.delete_reviewer",
    "home.view_reviewer": "reviews.view_reviewer",
    "home.record_review": "reviews.record_review",
    "home.pagefeedback": "feedback.pagefeedback",
    "home_pagefeedback": "feedback_pagefeedback",
    "home.add_pagefeedback": "feedback.add_pagefeedback",
    "home.change_pagefeedback": "feedback.change_pagefeedback",
    "home.delete_pagefeedback": "feedback.delete_pagefeedback",
    "home.view_pagefeedback": "feedback.view_pagefeedback",
    "home.searchpage": "search.searchpage",
    "home_searchpage": "search_searchpage",
    "home.add_searchpage": "search.add_searchpage",
    "home.change_searchpage": "search.change_searchpage",
    "home.delete_searchpage": "search.delete_searchpage",
    "home.view_searchpage": "search.view_searchpage",
}
MOVED_CONTENT_TYPES = ["home.reviewer", "home.pagefeedback", "home.searchpage"]

# Tables whose rows migrate may add to for new code: migrations applied, and content
# types and permissions of new models. Content types and permissions are compared
# by id instead: every old one must keep its id, under its new name.
GROWN_BY_MIGRATE = [
    "django_migrations",
    "django_content_type",
    "auth_permission",
    # Grants a new app's own migration adds (GRANTED_BY_NEW_APPS); the groups'
    # permissions are compared one by one instead.
    "auth_group_permissions",
]
# wagtail-localize's migration lets Wagtail's Editors and Moderators groups start
# translations (which stay drafts until a clinician approves them: reviews/).
GRANTED_BY_NEW_APPS = {"wagtail_localize.submit_translation"}


# faq 0010 gives each FAQ and myth card made before they had drafts (all of the
# previous release's) a first revision and a history entry. They are checked, then
# set aside, so that everything else is still compared row by row.
INITIAL_REVISION_ACTION = "clinic.faq.initial_revision"
GIVEN_FIRST_REVISIONS = {"faq.faq": "faq_faq", "faq.mythcard": "faq_mythcard"}


def set_aside_first_revisions(before: dict, after: dict) -> None:
    """Check faq 0010's revisions and history entries in `after`, then remove them."""
    old_ids = {revision["id"] for revision in before["revisions"]}
    new = [revision for revision in after["revisions"] if revision["id"] not in old_ids]
    assert all(
        revision["base_type"] in GIVEN_FIRST_REVISIONS and revision["user"] is None
        for revision in new
    ), new
    for label, table in GIVEN_FIRST_REVISIONS.items():
        given = [revision["object_id"] for revision in new if revision["type"] == label]
        assert before["tables"][table] > 0  # the demo content has some
        assert len(given) == len(set(given)) == before["tables"][table], label
    new_ids = {revision["id"] for revision in new}
    entries = [
        entry
        for entry in after["log_entries"]
        if entry["action"] == INITIAL_REVISION_ACTION
    ]
    assert sorted(entry["revision"] for entry in entries) == sorted(new_ids)
    assert all(
        entry["kind"] == "ModelLogEntry" and entry["user"] is None for entry in entries
    )
    after["revisions"] = [r for r in after["revisions"] if r["id"] not in new_ids]
    after["log_entries"] = [
        entry
        for entry in after["log_entries"]
        if entry["action"] != INITIAL_REVISION_ACTION
    ]
    after["log_entries_by_action"] = [
        row
        for row in after["log_entries_by_action"]
        if row["action"] != INITIAL_REVISION_ACTION
    ]
    after["tables"]["wagtailcore_revision"] -= len(new)
    after["tables"]["wagtailcore_modellogentry"] -= len(entries)


def postgres_server() -> str | None:
    """The PostgreSQL server the suite runs on, or None on SQLite."""
    url = os.environ.get("DATABASE_URL", "")
    return url if url.startswith(("postgres://", "postgresql://")) else None


@pytest.fixture
def new_database(tmp_path):
    """new_database(name): the DATABASE_URL of a new, empty database."""
    server = postgres_server()
    created = []

    def make(name: str) -> str:
        if server is None:
            return f"sqlite:///{tmp_path / name}.sqlite3"
        database = f"clinic_upgrade_{name}_{secrets.token_hex(4)}"
        with psycopg.connect(server, autocommit=True) as connection:
            connection.execute(
                sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database))
            )
        created.append(database)
        return urlsplit(server)._replace(path=f"/{database}").geturl()

    yield make
    if created:
        with psycopg.connect(server, autocommit=True) as connection:
            for database in created:
                connection.execute(
                    sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                        sql.Identifier(database)
                    )
                )


def export_previous_release(directory: Path) -> Path:
    """PREVIOUS_RELEASE's files, from this repository's history."""
    if shutil.which("git") is None:
        pytest.fail(
            "git is not installed, so the upgrade test cannot export the previous "
            "release: install git.",
            pytrace=False,
        )
    found = subprocess.run(
        ["git", "-C", str(PROJECT), "cat-file", "-e", f"{PREVIOUS_RELEASE}^{{commit}}"],
        capture_output=True,
    )
    if found.returncode != 0:
        pytest.fail(
            f"The previous release, commit {PREVIOUS_RELEASE}, is not in a git "
            f"repository at {PROJECT}: run the tests in a full clone (git fetch "
            "--unshallow).",
            pytrace=False,
        )
    directory.mkdir()
    archive = subprocess.run(
        ["git", "-C", str(PROJECT), "archive", PREVIOUS_RELEASE],
        capture_output=True,
        check=True,
    )
    subprocess.run(
        ["tar", "-x", "-C", str(directory)], input=archive.stdout, check=True
    )
    return directory


class Installation:
    """One tree of code with a database and an uploads folder, run in new processes."""

    def __init__(self, tree: Path, database_url: str, media: Path):
        self.tree, self.database_url, self.media = tree, database_url, media
        clean = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith("DJANGO_")
            and key not in {"DATABASE_URL", "REDIS_URL"}
        }
        self.env = {
            **clean,
            "PYTHONPATH": str(SCRIPTS),
            "DJANGO_SETTINGS_MODULE": "upgrade_settings",
            "DATABASE_URL": database_url,
            "DJANGO_MEDIA_ROOT": str(media),
        }

    def manage(self, *args: str, **env: str) -> str:
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=self.tree,
            env={**self.env, **env},
            capture_output=True,
            text=True,
            timeout=600,
        )
        if result.returncode != 0:
            what = "this code" if self.tree == PROJECT else "the previous release"
            pytest.fail(
                f"manage.py {args[0]} failed with {what}:\n"
                f"{result.stdout[-2000:]}{result.stderr[-6000:]}",
                pytrace=False,
            )
        return result.stdout

    def run(self, *scripts: str, **env: str) -> None:
        """Run files from upgrade/, one after the other, in one `manage.py shell`."""
        paths = [str(SCRIPTS / script) for script in scripts]
        command = "import runpy\n" + "".join(f"runpy.run_path({p!r})\n" for p in paths)
        self.manage("shell", "--no-imports", "--command", command, **env)


def canonical(value, names: dict):
    """value with names replaced (dict keys too), rows in a stable order, and lists
    that were sorted sorted again under their new names."""
    if isinstance(value, dict):
        return {
            names.get(key, key): canonical(item, names) for key, item in value.items()
        }
    if isinstance(value, list):
        items = [canonical(item, names) for item in value]
        if all(isinstance(item, dict) for item in value) or value == sorted(value):
            items.sort(key=lambda item: json.dumps(item, sort_keys=True))
        return items
    if isinstance(value, str):
        return names.get(value, value)
    return value


def assert_same(before: dict, after: dict, when: str) -> None:
    """`after` holds everything `before` did, under this code's names."""
    expected, found = canonical(before, RENAMED), canonical(after, {})
    for section in ("content_types", "permissions"):
        found[section] = {key: found[section].get(key) for key in expected[section]}
    # A model the new code adds brings new permissions, which superusers hold.
    for name, user in found["users"].items():
        old_user = expected["users"].get(name, {})
        if user.get("superuser") and old_user.get("superuser"):
            user["all_permissions"] = [
                label
                for label in user["all_permissions"]
                if label in old_user["all_permissions"]
            ]
    for group, labels in found["groups"].items():
        found["groups"][group] = [
            label
            for label in labels
            if label not in GRANTED_BY_NEW_APPS
            or label in expected["groups"].get(group, [])
        ]
    for name, user in found["users"].items():
        old_user = expected["users"].get(name, {})
        user["all_permissions"] = [
            label
            for label in user["all_permissions"]
            if label not in GRANTED_BY_NEW_APPS
            or label in old_user.get("all_permissions", [])
        ]
    for table in GROWN_BY_MIGRATE:
        del expected["tables"][table]
    # A table the new code adds is allowed; every old one must be there, as full.
    found["tables"] = {
        table: found["tables"].get(table) for table in expected["tables"]
    }
    for section, value in expected.items():
        assert found[section] == value, f"{section} are not the same {when}"


def assert_previous_release_holds_the_clinic(before: dict, facts: dict) -> None:
    """What populate.py made is there, so the comparisons compare something."""
    pages = before["rendered"]["pages"]
    assert pages[facts["reviewed"]["url"]]["stamp"].startswith(
        facts["reviewed"]["stamp"]
    )
    assert pages["/search/?q=price"]["search_results"] == ["/contact/"]
    assert all(page["status"] == 200 for page in pages.values())
    states = sorted(state["status"] for state in before["workflow_states"])
    assert states == ["approved", "in_progress"]
    actions = {row["action"] for row in before["log_entries_by_action"]}
    assert {"clinic.review.clinical", "wagtail.workflow.start"} <= actions
    assert len(before["page_feedback"]) == 4
    assert len(before["form_submissions"]) == len(facts["messages"])
    assert [row["path"] for row in before["media"]] == ["original_images/dr-jo.png"]
    admin = before["rendered"]["admin"]
    assert admin["feedback report, group"] == {
        "status": 200,
        "shows": facts["comments"],
    }
    assert admin["feedback report, own permission"]["shows"] == facts["comments"]
    assert admin["feedback report, clinician"]["status"] == 302  # not allowed
    assert admin["contact messages, reception"]["shows"] == sorted(facts["messages"])
    assert admin["dashboard, clinician"]["shows"] == [facts["waiting"]["title"]]
    assert admin["reviewers, clinician"]["shows"] == [
        "Dr Alex Example",
        "Dr Jo Example",
    ]
    assert before["content_types_without_a_model"] == []


def assert_new_names(after: dict) -> None:
    """The moved models are known only by their new names, each once."""
    labels = list(after["content_types"].values())
    for old_label in MOVED_CONTENT_TYPES:
        assert old_label not in labels
        assert labels.count(RENAMED[old_label]) == 1
    assert after["content_types_without_a_model"] == []
    assert RENAMED["home.record_review"] in after["groups"]["Clinical reviewers"]
    assert RENAMED["home.view_pagefeedback"] in after["groups"]["Feedback readers"]
    own_permissions = after["users"]["demo-editor"]["own_permissions"]
    assert RENAMED["home.view_pagefeedback"] in own_permissions


def upgrade(old: Installation, work: Path) -> tuple[dict, dict]:
    """This code migrates the previous release's database in place; then a clinician
    approves the article that was waiting in the workflow before the upgrade."""
    upgraded = Installation(PROJECT, old.database_url, old.media)
    upgraded.manage("migrate", "--no-input")
    upgraded.run(
        "snapshot.py",
        "approve.py",
        UPGRADE_SNAPSHOT=str(work / "upgraded.json"),
        UPGRADE_RESULT=str(work / "approved.json"),
    )
    return (
        json.loads((work / "upgraded.json").read_text()),
        json.loads((work / "approved.json").read_text()),
    )


def restore(archive: Path, database_url: str, work: Path) -> dict:
    """This code restores the previous release's backup into a new installation
    (`restore` runs migrate after loading it)."""
    restored = Installation(PROJECT, database_url, work / "restored-media")
    restored.manage("restore", str(archive))
    restored.run("snapshot.py", UPGRADE_SNAPSHOT=str(work / "restored.json"))
    return json.loads((work / "restored.json").read_text())


# The parameter only names the database in the test's id.
@pytest.mark.parametrize("database", ["postgresql" if postgres_server() else "sqlite"])
def test_a_previous_release_database_and_backup_upgrade_with_every_row(
    database, tmp_path, new_database
):
    old = Installation(
        export_previous_release(tmp_path / "previous-release"),
        new_database("upgraded"),
        tmp_path / "media",
    )
    # Independent steps run two at a time: the suite itself runs on one core.
    with ThreadPoolExecutor(max_workers=2) as pool:
        no_changes = pool.submit(
            Installation(PROJECT, new_database("makemigrations"), tmp_path).manage,
            *("makemigrations", "--check", "--dry-run"),
        )
        old.manage("migrate", "--no-input")
        no_changes.result()  # this code's models all have their migrations

    old.run(
        "populate.py",
        "snapshot.py",
        UPGRADE_FACTS=str(tmp_path / "facts.json"),
        UPGRADE_SNAPSHOT=str(tmp_path / "before.json"),
    )
    facts = json.loads((tmp_path / "facts.json").read_text())
    before = json.loads((tmp_path / "before.json").read_text())
    assert_previous_release_holds_the_clinic(before, facts)
    old.manage("backup", "--output", str(tmp_path / "backups"))
    (archive,) = (tmp_path / "backups").glob("clinic-backup-*.tar.gz")

    with ThreadPoolExecutor(max_workers=2) as pool:
        upgrading = pool.submit(upgrade, old, tmp_path)
        restoring = pool.submit(restore, archive, new_database("restored"), tmp_path)
        after, approved = upgrading.result()
        restored = restoring.result()

    set_aside_first_revisions(before, after)
    set_aside_first_revisions(before, restored)
    assert_same(before, after, "after migrating the previous release's database")
    assert_new_names(after)
    assert_same(before, restored, "after restoring the previous release's backup")
    # The editor's change made before the upgrade went live with the review.
    assert approved["status"] == 302
    assert approved["workflow_state"] == "approved"
    assert approved["summary"] == "Now with what to expect afterwards."
    assert (approved["reviewer"], approved["last_reviewed"]) == (
        "Dr Alex Example",
        approved["today"],
    )
    assert approved["review_logged"]
    assert approved["stamp"].startswith(
        "Medically reviewed by Dr Alex Example, MB ChB, FRCA · Last reviewed"
    )
