from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    name = "pagecache"
    verbose_name = "Page cache"

    def ready(self):
        # Its signal handlers use models, which cannot load before apps are ready.
        from .cache import connect_signals  # noqa: PLC0415

        connect_signals()
