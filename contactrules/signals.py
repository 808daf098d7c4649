"""The save guard: contact details are refused on every save, not only in forms.

Forms and Page.save run `full_clean` (ContactRuleMixin); this guard covers the
rest: snippets and settings saved from code, imports and data fixes, a
contact form field saved on its own, and promoted search results and redirects
saved from code (`contrib.py`). It lets a
save through when the object is not live (unpublishing must always work), when
only fields the rule does not read change (Wagtail's own bookkeeping), and when
loading fixtures or running migrations.
"""

from django.apps import apps as global_apps
from django.db.models.signals import pre_save
from django.dispatch import receiver

from .checking import checked_fields, validation_error
from .contrib import contrib_rule, refuse_in_contrib
from .models import ContactRuleChildMixin, ContactRuleMixin


@receiver(pre_save, dispatch_uid="contactrules-guard")
def refuse_contact_details(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or sender._meta.apps is not global_apps:
        return  # loading fixtures, or a migration's historical model
    if rule := contrib_rule(instance):
        # A promotion or redirect is live as soon as it is saved.
        if update_fields is None or set(rule.fields) & set(update_fields):
            refuse_in_contrib(instance)
        return
    if not isinstance(instance, ContactRuleMixin | ContactRuleChildMixin):
        return
    # A row (a contact form field) goes live with its parent page.
    owner = (
        instance.contact_rule_parent()
        if isinstance(instance, ContactRuleChildMixin)
        else instance
    )
    if getattr(owner, "live", True) is False:
        return
    if update_fields is not None:
        names = {field.name for field in checked_fields(instance)}
        names |= set(getattr(instance, "contact_rule_child_relations", ()))
        if not names & set(update_fields):
            return
    if error := validation_error(instance.contact_rule_places(), obj=instance):
        raise error
