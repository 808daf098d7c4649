from django.apps import AppConfig
from django.db.models.signals import post_migrate


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Site"

    def ready(self):
        post_migrate.connect(set_up_groups, sender=self)


def set_up_groups(**kwargs):
    """Every `migrate` makes sure the Reception group exists with its permissions."""
    # Uses auth models, which cannot be imported while apps.py itself loads.
    from .permissions import ensure_reception_group  # noqa: PLC0415

    ensure_reception_group()
