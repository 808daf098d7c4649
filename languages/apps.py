from django.apps import AppConfig
from django.db.models.signals import post_migrate

from .locales import sync_locales


def sync_locales_after_migrate(sender, apps, using, **kwargs) -> None:
    """After every migrate: a Locale for each language in CLINIC_LANGUAGES."""
    try:
        locale_model = apps.get_model("wagtailcore", "Locale")
    except LookupError:  # migrated only up to before Wagtail's locales
        return
    sync_locales(locale_model, using)


class LanguagesConfig(AppConfig):
    """The site's languages: locales, the language switcher and per-language links."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "languages"

    def ready(self):
        post_migrate.connect(
            sync_locales_after_migrate, sender=self, dispatch_uid="sync-locales"
        )
