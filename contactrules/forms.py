"""The contact details rule in page forms, for what the model cannot see yet."""

from wagtail.admin.forms import WagtailAdminPageForm

from .checking import places_in_pieces, tag_fields, tag_pieces, validation_error


class ContactRulePageForm(WagtailAdminPageForm):
    """Checks the tags typed into the form (an article's topics).

    The page's own `full_clean` (ContactRuleMixin) checks every other field
    while the form validates, but typed tags reach the page only when the form
    is saved. Checked here, the error shows on the tags field and keeps what
    was typed; publishing and the audit read the saved tags (checking.pieces).
    """

    def clean(self):
        cleaned_data = super().clean()
        found = []
        for field in tag_fields(self.instance):
            if field.name in cleaned_data:
                names = cleaned_data[field.name] or []
                found += places_in_pieces(
                    tag_pieces(field, names), self.instance.contact_rule_allowed()
                )
        if refused := validation_error(found, exclude=set(), obj=self.instance):
            for field_name, errors in refused.message_dict.items():
                for error in errors:
                    self.add_error(field_name, error)
        return cleaned_data
