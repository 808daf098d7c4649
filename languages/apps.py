from django.apps import AppConfig
from django.core.signals import setting_changed
from django.db.models.signals import post_delete, post_migrate, post_save

from .locales import forget_locale_codes, sync_locales


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
        locale_model = self.apps.get_model("wagtailcore", "Locale")
        for signal in (post_save, post_delete):
            signal.connect(
                forget_locale_codes,
                sender=locale_model,
                dispatch_uid=f"forget-locale-codes-{id(signal)}",
            )
        setting_changed.connect(forget_locale_codes, dispatch_uid="forget-locale-codes")
