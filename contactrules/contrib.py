"""The rule for two Wagtail models patients see that we do not own.

Promoted search results (`SearchPromotion`): the search page shows each one as a
result, its external link as the result's link, its link text as the title and
its description as the text. Redirects (`Redirect`): "redirect to any URL" sends
a patient who opens an old address to that URL. Both are read with the same rule
and the same Allowed (`allowed_for`) as pages, snippets and settings, and are
refused with the same message; a promoted page and a redirect to a page or to
a path or address of the clinic's own site stay allowed, as do trusted sources.

How the rule reaches Wagtail's own admin views: they build their own forms
(`SearchPromotionForm` in the promotions' formset, `RedirectForm` in the add and
edit views and for every row of the CSV/XLSX import, in the admin and in
`manage.py import_redirects`) and offer no setting to swap
them, so replacing the forms would mean patching Wagtail's modules or copying its
views. A validator on the model fields would change the fields Wagtail's
migrations describe (or poke Django's cached validator list), and a validator
sees only the value, not the redirect's site, so it could not use
`allowed_for(site)`. What every one of those forms does is call the instance's
`full_clean`, which calls `Model.clean()`: Django's documented place for
validation that needs the whole object, whose `{field: message}` errors a
ModelForm shows on that field while keeping what was typed. So `connect()`
(from `apps.py` `ready()`) wraps these two models' `clean()`: Wagtail's own clean
runs first (a redirect normalises its paths there), then the rule. The import
lists the refused row with this message in its summary ("From", "To", "Error";
`import_redirects` prints "Error: … (Reason: …)"),
saves from code meet the save guard (`signals.py`), and `audit_contact_details`
reads them (`audit.py`).
"""

from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps

from django.db import models
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Site

from .checking import Place, pieces, places, validation_error
from .models import allowed_for


@dataclass(frozen=True)
class ContribRule:
    """How the rule reads one of Wagtail's models."""

    label: str  # what the audit calls it (the admin's own name)
    fields: tuple[str, ...]  # the fields patients read or are sent to
    site: Callable[[models.Model], Site | None]  # whose Allowed applies


CONTRIB_RULES: dict[type[models.Model], ContribRule] = {
    # A promotion has no site: it shows on the search page (allowed_for's default).
    SearchPromotion: ContribRule(
        "Promoted search result",
        ("external_link_url", "external_link_text", "description"),
        lambda promotion: None,
    ),
    # The old path is typed, never read; a redirect to a page is internal.
    Redirect: ContribRule(
        "Redirect",
        ("redirect_link",),
        lambda redirect: redirect.site if redirect.site_id else None,
    ),
}


def contrib_rule(obj) -> ContribRule | None:
    return CONTRIB_RULES.get(type(obj))


def contrib_places(obj) -> list[Place]:
    """Every finding in a promotion or redirect, in field order."""
    rule = CONTRIB_RULES[type(obj)]
    fields = [obj._meta.get_field(name) for name in rule.fields]
    if not any(True for _ in pieces(obj, fields=fields)):
        return []  # nothing to read: no need to look up what is allowed
    return places(obj, allowed_for(rule.site(obj)), fields=fields)


def refuse_in_contrib(obj) -> None:
    """Raise ContactDetailsRefused naming each field, its text and how to fix it."""
    if refused := validation_error(contrib_places(obj), obj=obj):
        raise refused


def _clean_with_rule(clean):
    @wraps(clean)
    def clean_then_apply_rule(self):
        clean(self)
        refuse_in_contrib(self)

    clean_then_apply_rule.applies_contact_rule = True
    return clean_then_apply_rule


def connect() -> None:
    """Add the rule to the models' clean() (see the module's docstring for why)."""
    for model in CONTRIB_RULES:
        if not getattr(model.clean, "applies_contact_rule", False):
            model.clean = _clean_with_rule(model.clean)
