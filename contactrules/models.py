"""Trusted sources (an editable list in Settings) and what the rule allows for a site."""

import re
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Page, Site

from .checking import ContactDetailsRefused, pieces, places, validation_error
from .middleware import previewing
from .rule import Allowed, clean_domain

# The hook through which the site shell tells the rule the clinic's own details:
# a function taking a Site and returning ClinicContacts.
CLINIC_CONTACTS_HOOK = "clinic_own_contacts"
DOMAIN_LINE_RE = re.compile(r"^(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+[a-z]{2,63}$")


@dataclass
class ClinicContacts:
    """The clinic's own phone numbers (in any wording) and email addresses."""

    phone_texts: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)


def domain_lines(text: str) -> list[str]:
    return [clean_domain(line) for line in (text or "").splitlines() if line.strip()]


def validate_domains(text: str) -> None:
    wrong = [line for line in domain_lines(text) if not DOMAIN_LINE_RE.match(line)]
    if wrong:
        raise ValidationError(
            "Write one web address a line, such as nhs.uk or www.nice.org.uk. "
            f"Not understood: {', '.join(wrong)}"
        )


class ContactRuleMixin:
    """Refuses third-party contact details in every text field when saved.

    Add it first in the bases of every page, snippet and setting model. Forms
    (the admin) call `full_clean` and show the error on the field; Page.save
    and revision publishing (revert, bulk and scheduled publishing, code) call
    it too; `signals.py` guards the other saves. Set `contact_rule_skip_fields`
    for fields patients never read (the contact form's own email addresses).
    """

    contact_rule_skip_fields: tuple[str, ...] = ()
    # Inline rows patients read (ContactRuleChildMixin models), read with the parent.
    contact_rule_child_relations: tuple[str, ...] = ()

    def contact_rule_site(self) -> Site | None:
        if isinstance(self, Page):
            return self.get_site() if self.path else None
        return getattr(self, "site", None) if getattr(self, "site_id", None) else None

    def contact_rule_allowed(self) -> Allowed:
        return allowed_for(self.contact_rule_site())

    def contact_rule_places(self, *, children: bool = True):
        if not any(True for _ in pieces(self, children=children)):
            return []  # nothing to read: no need to look up what is allowed
        return places(self, self.contact_rule_allowed(), children=children)

    def full_clean(self, exclude=None, validate_unique=True, validate_constraints=True):
        errors = {}
        try:
            super().full_clean(
                exclude=exclude,
                validate_unique=validate_unique,
                validate_constraints=validate_constraints,
            )
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        exclude = set(exclude) if exclude is not None else None
        refused = None
        # In a form (`exclude` given) each inline row is checked by its own form,
        # which shows the error on the row; the rows here are the ones saved before.
        in_form = exclude is not None
        if previewing():
            pass  # the Checks panel points at it instead (middleware.py)
        elif refused := validation_error(
            self.contact_rule_places(children=not in_form), exclude, self
        ):
            errors = refused.update_error_dict(errors)
        if refused:
            raise ContactDetailsRefused(errors, self)
        if errors:
            raise ValidationError(errors)


class ContactRuleChildMixin:
    """The rule for an inline row patients read (a field of the contact form).

    The parent model lists the relation in `contact_rule_child_relations`, so
    publishing, the save guard and `audit_contact_details` read every row with
    the parent. In the editor each row is checked by its own form, so the error
    shows on that row and keeps what was typed. Set `contact_rule_parent_field`
    to the ParentalKey's name.
    """

    contact_rule_skip_fields: tuple[str, ...] = ()
    contact_rule_parent_field = "page"

    def contact_rule_parent(self):
        field = self._meta.get_field(self.contact_rule_parent_field)
        if getattr(self, field.attname) is None:
            return None  # a new row of a page not saved yet
        return getattr(self, field.name)

    def contact_rule_allowed(self) -> Allowed:
        parent = self.contact_rule_parent()
        if isinstance(parent, ContactRuleMixin):
            return parent.contact_rule_allowed()
        return allowed_for(None)

    def contact_rule_places(self):
        if not any(True for _ in pieces(self)):
            return []
        return places(self, self.contact_rule_allowed())

    def clean(self):
        super().clean()
        if previewing():
            return  # the Checks panel points at it instead (middleware.py)
        if refused := validation_error(self.contact_rule_places(), obj=self):
            raise refused


def refuse_contact_details(obj) -> None:
    """Raise ContactDetailsRefused when obj gives patients contact details that are
    not the clinic's (reviews/publishing.py asks before every publication)."""
    if isinstance(obj, ContactRuleMixin) and (
        refused := validation_error(obj.contact_rule_places(), obj=obj)
    ):
        raise refused


@register_setting(icon="link")
class TrustedSources(ContactRuleMixin, BaseSiteSetting):
    """Websites of trustworthy sources that pages, FAQs and myth cards may link to."""

    domains = models.TextField(
        blank=True,
        validators=[validate_domains],
        help_text=(
            "One website a line, for example nhs.uk or www.nice.org.uk. Links to these "
            "sites and their subdomains (bnf.nice.org.uk) are allowed everywhere; links "
            "to any other website are refused. Add only national health bodies, "
            "guidelines and research, never a seller of medicines."
        ),
    )

    panels = [FieldPanel("domains")]
    contact_rule_skip_fields = ("domains",)

    class Meta:
        verbose_name = "Trusted sources"
        verbose_name_plural = "Trusted sources"

    def __str__(self):
        return "Trusted sources"


def default_site() -> Site | None:
    return Site.objects.filter(is_default_site=True).first() or Site.objects.first()


def clinic_contacts(site: Site | None) -> ClinicContacts:
    contacts = ClinicContacts()
    for fn in hooks.get_hooks(CLINIC_CONTACTS_HOOK):
        found = fn(site)
        contacts.phone_texts += found.phone_texts
        contacts.emails += found.emails
    return contacts


def allowed_for(site: Site | None = None, own: ClinicContacts | None = None) -> Allowed:
    """What patients may be given on `site` (the default site when None).

    The clinic's own domains are CLINIC_IMPORT_ALLOWED_DOMAINS and every Site's
    hostname; email addresses may also use the domain of the clinic's email
    address. Trusted sources come from Settings › Trusted sources. `own` replaces the saved clinic details
    (Clinic settings are checked against what is being saved).
    """
    site = site or default_site()
    own = own if own is not None else clinic_contacts(site)
    own_domains = {
        *settings.CLINIC_IMPORT_ALLOWED_DOMAINS,
        *(host for host in Site.objects.values_list("hostname", flat=True) if host),
    }
    email_domains = {email.rpartition("@")[2] for email in own.emails if "@" in email}
    trusted = TrustedSources.for_site(site).domains if site else ""
    allowed = Allowed(
        email_domains=own_domains | email_domains,
        web_domains=own_domains | set(domain_lines(trusted)),
    )
    for text in own.phone_texts:
        allowed.add_phone_numbers(text)
    return allowed
