from django.db import migrations
from django.utils import timezone
from modelcluster.models import get_serializable_data_for_fields

# Registered in faq/wagtail_hooks.py ("Version recorded on upgrade").
INITIAL_REVISION_ACTION = "clinic.faq.initial_revision"
# What each model shows as its name (its __str__), which migrations cannot call.
NAME_FIELDS = {"FAQ": "question", "MythCard": "myth"}


def record_initial_revisions(apps, schema_editor):
    """Give each live FAQ and myth card that has no revision a first one.

    Items made before FAQs and myth cards had drafts (0005) have none, so their
    History had nothing to compare with or revert to. The revision holds the
    item as patients see it, and is its latest and live revision, as if it had
    been published; a history entry says it was recorded on upgrade. Items with
    any revision are left as they are.
    """
    db = schema_editor.connection.alias
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    ModelLogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    now = timezone.now()
    for name, name_field in NAME_FIELDS.items():
        model = apps.get_model("faq", name)
        items = model.objects.using(db).filter(live=True)
        if not items.exists():
            continue
        content_type, _ = ContentType.objects.using(db).get_or_create(
            app_label="faq", model=name.lower()
        )
        with_revisions = set(
            Revision.objects.using(db)
            .filter(base_content_type=content_type)
            .values_list("object_id", flat=True)
        )
        for item in items.order_by("pk").iterator():
            if str(item.pk) in with_revisions:
                continue
            label = str(getattr(item, name_field))[:255]
            revision = Revision.objects.using(db).create(
                content_type=content_type,
                base_content_type=content_type,
                object_id=str(item.pk),
                object_str=label,
                content=get_serializable_data_for_fields(item),
                created_at=now,
            )
            model.objects.using(db).filter(pk=item.pk).update(
                latest_revision=revision, live_revision=revision
            )
            ModelLogEntry.objects.using(db).create(
                content_type=content_type,
                object_id=str(item.pk),
                label=label,
                action=INITIAL_REVISION_ACTION,
                data={},
                timestamp=now,
                revision=revision,
                content_changed=False,
            )


class Migration(migrations.Migration):
    """Live FAQs and myth cards made before drafts get a first revision (History).

    Reversing it changes nothing: the revisions stay, as any other revision would.
    """

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("faq", "0009_add_translation_review_fields"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.RunPython(record_initial_revisions, migrations.RunPython.noop),
    ]
