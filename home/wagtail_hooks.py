"""Who reads what patients send through the site's forms (the Reception group),
and the clinic's own contact details for the contact details rule."""

from django.contrib.auth.models import Group
from wagtail import hooks
from wagtail.contrib.forms.models import FormMixin

from contactrules.models import CLINIC_CONTACTS_HOOK, ClinicContacts

from .models import ClinicSettings
from .permissions import RECEPTION_GROUP, can_read_submissions, grant_form_page


@hooks.register("filter_form_submissions_for_user")
def only_reception_reads_form_submissions(user, form_pages):
    """Editors may edit form pages but not read what patients sent through them."""
    return form_pages if can_read_submissions(user) else form_pages.none()


@hooks.register("after_create_page")
def let_reception_read_new_form_pages(request, page):
    if isinstance(page.specific, FormMixin):
        group = Group.objects.filter(name=RECEPTION_GROUP).first()
        if group:
            grant_form_page(group, page)


@hooks.register(CLINIC_CONTACTS_HOOK)
def clinic_own_contacts(site):
    """The contact details rule allows the clinic's own numbers and email."""
    return ClinicSettings.for_site(site).own_contacts() if site else ClinicContacts()
