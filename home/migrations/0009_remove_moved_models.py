"""Reviewer, PageFeedback and SearchPage now live in reviews, feedback and search.

Their content types are renamed in place (same ids), so that everything pointing
at them follows the models: permissions and their group grants (Clinical
reviewers' "record review", the page feedback report), the search page's row in
the page tree and its revisions, log entries, workflow states and Wagtail's
reference and search indexes. Then the models leave `home`'s state; their
tables and rows stay as they are.
"""

from django.db import migrations

MOVED = [
    ("reviews", "reviewer"),
    ("feedback", "pagefeedback"),
    ("search", "searchpage"),
]


def move_content_types(apps, schema_editor):
    content_types = apps.get_model("contenttypes", "ContentType").objects.using(
        schema_editor.connection.alias
    )
    for new_app, model in MOVED:
        old = content_types.filter(app_label="home", model=model)
        if old.exists():
            # A content type made for the new app by an interrupted earlier run
            # has nothing of the clinic's pointing at it: the old one wins.
            content_types.filter(app_label=new_app, model=model).delete()
            old.update(app_label=new_app)


def restore_content_types(apps, schema_editor):
    content_types = apps.get_model("contenttypes", "ContentType").objects.using(
        schema_editor.connection.alias
    )
    for new_app, model in MOVED:
        content_types.filter(app_label=new_app, model=model).update(app_label="home")


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("home", "0008_rename_tables_of_moved_models"),
        ("reviews", "0001_initial"),
        ("feedback", "0001_initial"),
        ("search", "0001_initial"),
        ("articles", "0009_move_reviewer_and_share_health_fields"),
        ("faq", "0004_move_reviewer_and_share_listing_fields"),
    ]

    operations = [
        migrations.RunPython(move_content_types, restore_content_types),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="PageFeedback"),
                migrations.DeleteModel(name="Reviewer"),
                migrations.DeleteModel(name="SearchPage"),
            ],
        ),
    ]
