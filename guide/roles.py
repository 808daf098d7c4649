"""What each member of staff does in the admin, read from their permissions.

The groups (Editors, Clinical reviewers, Reception) are made by
`setup_clinical_review` and `home.permissions`; here a role is what a user may
do, so a user in two groups gets both starting points and an administrator
(superuser) sees everything.
"""

from wagtail.models import TaskState
from wagtail.permissions import page_permission_policy

from home.permissions import can_read_submissions


def is_admin(user) -> bool:
    return user.is_active and user.is_superuser


def writes_pages(user) -> bool:
    """Editors (and reviewers, who may also write): may add pages somewhere."""
    return page_permission_policy.user_has_permission(user, "add")


def reviews_pages(user) -> bool:
    """Clinical reviewers: may publish, so approve what editors submit."""
    return page_permission_policy.user_has_permission(user, "publish")


def reads_messages(user) -> bool:
    """Reception: reads the contact form's messages."""
    return can_read_submissions(user)


def reception_only(user) -> bool:
    """Reception staff who neither write nor review pages."""
    return (
        reads_messages(user)
        and not is_admin(user)
        and not writes_pages(user)
        and not reviews_pages(user)
    )


def waiting_for_review(user):
    """Task states (pages and snippets) this user may approve now."""
    return TaskState.objects.reviewable_by(user)
