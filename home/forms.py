"""Server-side limits for forms built in the admin (Wagtail's form builder).

Every field type gets a maximum length and refuses control characters, whatever
the browser was told: bots do not read `maxlength`.
"""

import re

from django import forms
from django.core.exceptions import ValidationError
from wagtail.contrib.forms.forms import FormBuilder

from .protection import HoneypotFormMixin

SINGLE_LINE_MAX_LENGTH = 255
MULTI_LINE_MAX_LENGTH = 5000
EMAIL_MAX_LENGTH = 254  # the longest address SMTP allows
URL_MAX_LENGTH = 2000
NUMBER_MAX_DIGITS = 15

# C0 and C1 control characters and Unicode line/paragraph separators. Tabs and
# line breaks are allowed only in multi-line fields.
_CONTROL = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029"
_SINGLE_LINE_FORBIDDEN = re.compile(f"[{_CONTROL}\t\n\r]")
_MULTI_LINE_FORBIDDEN = re.compile(f"[{_CONTROL}]")


def validate_single_line(value: str) -> None:
    if _SINGLE_LINE_FORBIDDEN.search(value):
        raise ValidationError(
            "Remove the line breaks or special characters from this answer.",
            code="control_characters",
        )


def validate_multi_line(value: str) -> None:
    if _MULTI_LINE_FORBIDDEN.search(value):
        raise ValidationError(
            "Remove the special characters from this message.",
            code="control_characters",
        )


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
