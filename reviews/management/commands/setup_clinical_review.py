"""Set up clinical sign-off with Wagtail's own workflows and groups. Safe to re-run.

- "Clinical reviewers" may edit and publish pages under the home page, FAQs
  and myth cards, and manage the reviewer snippets.
- "Editors" (Wagtail's default group) may write and edit pages, FAQs and myth
  cards but never publish them: they submit them to the "Clinical review"
  workflow instead.
- The "Clinical review" workflow has one group approval task for the clinical
  reviewers and covers every page under the home page, FAQs and myth cards.
- Each language's home page (a translation of the default one) gets the same
  page permissions and workflow; both groups may start translations
  (wagtail-localize), which are health content reviewed like the original.
"""

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Site,
    Workflow,
    WorkflowContentType,
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
    ("wagtail_localize", "submit_translation"),
]
# Health content kept as snippets: drafts wait for the same clinical review as pages.
REVIEWED_SNIPPETS = ["faq.FAQ", "faq.MythCard"]
SNIPPET_EDITING = ["add", "change", "view", "lock", "unlock"]
REVIEWER_PERMISSIONS = [
    *COMMON_PERMISSIONS,
    ("reviews", "change_reviewer"),
    ("reviews", "record_review"),
    *[
        (label.split(".")[0], f"{action}_{label.split('.')[1].lower()}")
        for label in REVIEWED_SNIPPETS
        for action in [*SNIPPET_EDITING, "publish"]
    ],
    # Settings › Trusted sources: the websites pages may link to.
    ("contactrules", "change_trustedsources"),
]
EDITOR_PERMISSIONS = [
    *COMMON_PERMISSIONS,
    *[
        (label.split(".")[0], f"{action}_{label.split('.')[1].lower()}")
        for label in REVIEWED_SNIPPETS
        for action in SNIPPET_EDITING
    ],
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
        homes = list(home.get_translations(inclusive=True))
        reviewers = self.group(REVIEWERS_GROUP, REVIEWER_PERMISSIONS)
        editors = self.group(EDITORS_GROUP, EDITOR_PERMISSIONS)
        for page in homes:
            self.page_permissions(reviewers, page, REVIEWER_PAGE_PERMISSIONS)
            self.page_permissions(editors, page, EDITOR_PAGE_PERMISSIONS)
        removed, _ = GroupPagePermission.objects.filter(
            group=editors, permission__codename="publish_page"
        ).delete()
        editors.permissions.remove(
            *Permission.objects.filter(
                codename__in=[
                    f"publish_{label.split('.')[1].lower()}"
                    for label in REVIEWED_SNIPPETS
                ]
            )
        )
        # Wagtail gives its Editors group permissions at the tree root, which
        # opens their page explorer above the home page; they work under home.
        GroupPagePermission.objects.filter(group=editors).exclude(
            page__in=homes
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
        for page in homes:
            WorkflowPage.objects.update_or_create(
                page=page, defaults={"workflow": workflow}
            )
        for label in REVIEWED_SNIPPETS:
            WorkflowContentType.objects.update_or_create(
                content_type=ContentType.objects.get_for_model(apps.get_model(label)),
                defaults={"workflow": workflow},
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"'{WORKFLOW_NAME}' workflow covers '{home.title}', every page under it, "
                "FAQs and myth cards; "
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
