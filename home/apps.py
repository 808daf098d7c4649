from django.apps import AppConfig
from django.db.models.signals import post_migrate


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Site"

    def ready(self):
        post_migrate.connect(set_up_groups, sender=self)

        from .cache import connect_signals

        connect_signals()


def set_up_groups(**kwargs):
    """Every `migrate` makes sure the Reception group exists with its permissions."""
    from .permissions import ensure_reception_group

    ensure_reception_group()
