"""The save guard: contact details are refused on every save, not only in forms.

Forms and Page.save run `full_clean` (ContactRuleMixin); this guard covers the
rest: snippets and settings saved from code, imports and data fixes. It lets a
save through when the object is not live (unpublishing must always work), when
only fields the rule does not read change (Wagtail's own bookkeeping), and when
loading fixtures or running migrations.
"""

from django.apps import apps as global_apps
from django.db.models.signals import pre_save
from django.dispatch import receiver

from .checking import checked_fields, validation_error
from .models import ContactRuleMixin


@receiver(pre_save, dispatch_uid="contactrules-guard")
def refuse_contact_details(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not isinstance(instance, ContactRuleMixin):
        return
    if sender._meta.apps is not global_apps:
        return  # a migration's historical model
    if getattr(instance, "live", True) is False:
        return
    if update_fields is not None:
        names = {field.name for field in checked_fields(instance)}
        if not names & set(update_fields):
            return
    if error := validation_error(instance.contact_rule_places(), obj=instance):
        raise error
