"""Set up clinical sign-off with Wagtail's own workflows and groups. Safe to re-run.

- "Clinical reviewers" may edit and publish pages under the home page, and
  manage the FAQ, myth card and reviewer snippets.
- "Editors" (Wagtail's default group) may write and edit pages but never publish
  them: they submit them to the "Clinical review" workflow instead.
- The "Clinical review" workflow has one group approval task for the clinical
  reviewers and covers every page under the home page.
"""

from django.contrib.auth.models import Group, Permission
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

REVIEWERS_GROUP = "Clinical reviewers"
EDITORS_GROUP = "Editors"
WORKFLOW_NAME = "Clinical review"
TASK_NAME = "Clinical sign-off"

REVIEWER_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "lock_page",
    "unlock_page",
]
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
COMMON_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
    ("reviews", "view_reviewer"),
]
# FAQs and myth cards go live as soon as they are saved, so only clinicians change them.
REVIEWER_PERMISSIONS = [
    *COMMON_PERMISSIONS,
    ("reviews", "change_reviewer"),
    ("reviews", "record_review"),
    ("faq", "add_faq"),
    ("faq", "change_faq"),
    ("faq", "view_faq"),
    ("faq", "add_mythcard"),
    ("faq", "change_mythcard"),
    ("faq", "view_mythcard"),
    # Settings › Trusted sources: the websites pages may link to.
    ("contactrules", "change_trustedsources"),
]
EDITOR_PERMISSIONS = [
    *COMMON_PERMISSIONS,
    ("faq", "view_faq"),
    ("faq", "view_mythcard"),
]


class Command(BaseCommand):
    help = (
        "Create or repair the 'Clinical reviewers' and 'Editors' groups and the "
        "'Clinical review' workflow on the home page. Safe to run again."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise CommandError(
                "There is no default site yet, so there is no home page to put the workflow on; run migrate first."
            )
        home = site.root_page
        reviewers = self.group(REVIEWERS_GROUP, REVIEWER_PERMISSIONS)
        editors = self.group(EDITORS_GROUP, EDITOR_PERMISSIONS)
        self.page_permissions(reviewers, home, REVIEWER_PAGE_PERMISSIONS)
        self.page_permissions(editors, home, EDITOR_PAGE_PERMISSIONS)
        removed, _ = GroupPagePermission.objects.filter(
            group=editors, permission__codename="publish_page"
        ).delete()
        if removed:
            self.stdout.write(
                f"Editors may no longer publish pages ({removed} removed)."
            )

        workflow, created = Workflow.objects.get_or_create(
            name=WORKFLOW_NAME, defaults={"active": True}
        )
        if not workflow.active:
            workflow.active = True
            workflow.save(update_fields=["active"])
        task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
        if task is None:
            task = GroupApprovalTask.objects.create(name=TASK_NAME)
        task.groups.add(reviewers)
        if not WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
            WorkflowTask.objects.create(
                workflow=workflow,
                task=task,
                sort_order=workflow.workflow_tasks.count(),
            )
        WorkflowPage.objects.update_or_create(
            page=home, defaults={"workflow": workflow}
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"'{WORKFLOW_NAME}' workflow covers '{home.title}' and every page under it; "
                f"members of '{REVIEWERS_GROUP}' approve and publish, '{EDITORS_GROUP}' submit."
            )
        )

    def group(self, name, permissions):
        group, created = Group.objects.get_or_create(name=name)
        if created:
            self.stdout.write(f"Created the '{name}' group.")
        for app_label, codename in permissions:
            group.permissions.add(
                Permission.objects.get(
                    content_type__app_label=app_label, codename=codename
                )
            )
        return group

    def page_permissions(self, group, page, codenames):
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=page,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
