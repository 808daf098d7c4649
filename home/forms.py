"""Forms of the site shell: server-side limits for forms built in the admin
(Wagtail's form builder), the contact messages as Reception reads them, and the
brand colour's input with its preview.

Every form-builder field type gets a maximum length and refuses control
characters, whatever the browser was told: bots do not read `maxlength`.
"""

from django import forms
from django.template.loader import render_to_string
from wagtail.contrib.forms.forms import FormBuilder
from wagtail.contrib.forms.views import SubmissionsListView

from security.protection import HoneypotFormMixin
from security.validators import validate_multi_line, validate_single_line

from .colours import HEX_COLOUR

SINGLE_LINE_MAX_LENGTH = 255
MULTI_LINE_MAX_LENGTH = 5000
EMAIL_MAX_LENGTH = 254  # the longest address SMTP allows
URL_MAX_LENGTH = 2000
NUMBER_MAX_DIGITS = 15


class ClinicFormBuilder(FormBuilder):
    """Wagtail's form builder with length limits, no control characters and a honeypot."""

    def create_singleline_field(self, field, options):
        options["max_length"] = SINGLE_LINE_MAX_LENGTH
        options["validators"] = [validate_single_line]
        return forms.CharField(**options)

    def create_multiline_field(self, field, options):
        options["max_length"] = MULTI_LINE_MAX_LENGTH
        options["validators"] = [validate_multi_line]
        options.setdefault("widget", forms.Textarea)
        return forms.CharField(**options)

    def create_email_field(self, field, options):
        options["max_length"] = EMAIL_MAX_LENGTH
        return forms.EmailField(**options)

    def create_url_field(self, field, options):
        options["max_length"] = URL_MAX_LENGTH
        options["validators"] = [validate_single_line]
        return super().create_url_field(field, options)

    def create_number_field(self, field, options):
        options["max_digits"] = NUMBER_MAX_DIGITS
        return forms.DecimalField(**options)

    def create_hidden_field(self, field, options):
        options["max_length"] = SINGLE_LINE_MAX_LENGTH
        options["validators"] = [validate_single_line]
        return super().create_hidden_field(field, options)

    def get_form_class(self):
        form_class = super().get_form_class()
        return type(form_class.__name__, (HoneypotFormMixin, form_class), {})


class ContactSubmissionsListView(SubmissionsListView):
    """Messages as Reception reads them: a ticked box says "Yes", not "True"."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        for row in context.get("data_rows", []):
            row["fields"] = [yes_no(value) for value in row["fields"]]
        return context

    def to_row_dict(self, item):
        return {key: yes_no(value) for key, value in super().to_row_dict(item).items()}


def yes_no(value):
    if isinstance(value, bool):
        return "Yes" if value else "No"
    return value


class BrandColourInput(forms.TextInput):
    """The brand colour typed as #rrggbb, with a preview of text in and on it.

    Without JavaScript the preview shows the saved colour; with it, the preview
    follows what is typed or picked with the browser's colour picker.
    """

    class Media:
        js = ["js/brand_colour_admin.js"]

    def render(self, name, value, attrs=None, renderer=None):
        colour = str(value or "")
        return render_to_string(
            "home/widgets/brand_colour.html",
            {
                "input": super().render(name, value, attrs, renderer),
                "preview_colour": colour if HEX_COLOUR.match(colour) else "",
            },
        )
