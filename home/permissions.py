"""Who may read messages sent through the site's forms: the Reception group.

Wagtail lets anyone who may edit a form page read its submissions. Editors may
edit every page, so submissions are further limited (see wagtail_hooks.py) to
superusers and users holding `wagtailforms.view_formsubmission`, which only the
Reception group is given.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.admin.models import Admin
from wagtail.contrib.forms.models import FormMixin, FormSubmission
from wagtail.models import GroupPagePermission, Page, get_page_models

RECEPTION_GROUP = "Reception"
READ_SUBMISSIONS = "wagtailforms.view_formsubmission"


def form_page_types() -> list[ContentType]:
    models = [model for model in get_page_models() if issubclass(model, FormMixin)]
    return list(ContentType.objects.get_for_models(*models).values())


def _permission(model, codename: str, name: str) -> Permission:
    # get_or_create: on a fresh database this runs before Django has made the
    # default permissions of every app.
    permission, _ = Permission.objects.get_or_create(
        content_type=ContentType.objects.get_for_model(model),
        codename=codename,
        defaults={"name": name},
    )
    return permission


@transaction.atomic
def ensure_reception_group() -> Group:
    """Create or complete the Reception group; safe to run any number of times.

    Reception may sign in to the admin, read and delete form submissions, and edit
    the form pages (Wagtail's forms listing needs a page permission).
    """
    group, _ = Group.objects.get_or_create(name=RECEPTION_GROUP)
    group.permissions.add(
        _permission(Admin, "access_admin", "Can access Wagtail admin"),
        _permission(FormSubmission, "view_formsubmission", "Can view form submission"),
        _permission(
            FormSubmission, "delete_formsubmission", "Can delete form submission"
        ),
    )
    change_page = _permission(Page, "change_page", "Can change page")
    for page in Page.objects.filter(content_type__in=form_page_types()):
        grant_form_page(group, page, change_page)
    return group


def grant_form_page(group: Group, page: Page, change_page: Permission | None = None):
    """Let `group` open the submissions of one form page."""
    change_page = change_page or _permission(Page, "change_page", "Can change page")
    GroupPagePermission.objects.get_or_create(
        group=group, page=page, permission=change_page
    )


def can_read_submissions(user) -> bool:
    return user.is_active and (user.is_superuser or user.has_perm(READ_SUBMISSIONS))
