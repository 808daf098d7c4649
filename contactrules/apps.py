from django.apps import AppConfig


class ContactRulesConfig(AppConfig):
    name = "contactrules"
    verbose_name = "Contact details rule"

    def ready(self):
        # Importing the module connects the save guard (it needs the models).
        from . import signals  # noqa: F401, PLC0415
