from django.db import migrations
from wagtail.models import BootstrapTranslatableModel

from languages.locales import sync_locales


def make_locales(apps, schema_editor):
    sync_locales(apps.get_model("wagtailcore", "Locale"), schema_editor.connection.alias)


class Migration(migrations.Migration):
    """Every existing FAQ and myth card is in the site's default language.

    Each row gets the default locale (made first if CLINIC_LANGUAGES names a new
    one) and a translation key of its own; nothing else changes, so live items stay
    live (Wagtail's BootstrapTranslatableMixin steps).
    """

    dependencies = [
        ("faq", "0006_bootstrap_translatable_snippets"),
    ]

    operations = [
        migrations.RunPython(make_locales, migrations.RunPython.noop),
        BootstrapTranslatableModel("faq.FAQ"),
        BootstrapTranslatableModel("faq.MythCard"),
    ]
