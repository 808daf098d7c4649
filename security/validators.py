"""Text that must not carry control characters: form answers and feedback comments.

Bots do not read `maxlength` or field types; these validators refuse, server-side,
the characters no person types into a form.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

# C0 and C1 control characters and Unicode line/paragraph separators. Tabs and
# line breaks are allowed only in multi-line fields.
_CONTROL = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029"
_SINGLE_LINE_FORBIDDEN = re.compile(f"[{_CONTROL}\t\n\r]")
_MULTI_LINE_FORBIDDEN = re.compile(f"[{_CONTROL}]")


def validate_single_line(value: str) -> None:
    if _SINGLE_LINE_FORBIDDEN.search(value):
        raise ValidationError(
            _("Remove the line breaks or special characters from this answer."),
            code="control_characters",
        )


def validate_multi_line(value: str) -> None:
    if _MULTI_LINE_FORBIDDEN.search(value):
        raise ValidationError(
            _("Remove the special characters from this message."),
            code="control_characters",
        )
