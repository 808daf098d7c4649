"""Who reads what patients send through the site's forms: the Reception group."""

from django.contrib.auth.models import Group
from wagtail import hooks
from wagtail.contrib.forms.models import FormMixin

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
