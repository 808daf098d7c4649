from django.apps import AppConfig


class ContactRulesConfig(AppConfig):
    name = "contactrules"
    verbose_name = "Contact details rule"

    def ready(self):
        # Importing the module connects the save guard (it needs the models), and
        # the rule is added to the Wagtail models it reads that we do not own.
        from . import contrib, signals  # noqa: F401, PLC0415

        contrib.connect()
