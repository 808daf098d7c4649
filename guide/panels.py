"""The dashboard's "Start here" panel: each role's work, first."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, OuterRef
from django.db.models.functions import Cast
from django.urls import reverse
from wagtail.admin.ui.components import Component
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Page, WorkflowState

from articles.importer.views import import_parents
from home.permissions import form_page_types

from . import roles

SHOWN = 8


def own_drafts(user):
    """Pages whose latest changes this user saved and has not yet submitted or published."""
    in_review = WorkflowState.objects.active().filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id=Cast(OuterRef("pk"), CharField()),
    )
    return (
        Page.objects.filter(has_unpublished_changes=True, latest_revision__user=user)
        .exclude(Exists(in_review))
        .order_by("-latest_revision_created_at")
    )


def latest_messages(user):
    if not roles.reads_messages(user):
        return FormSubmission.objects.none()
    return (
        FormSubmission.objects.filter(page__content_type__in=form_page_types())
        .select_related("page")
        .order_by("-submit_time")
    )


class StartPanel(Component):
    """Links to what this user's role does, then their drafts or messages."""

    name = "start_here"
    order = 10
    template_name = "guide/start_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        user = self.user
        context = {"guide_url": reverse("guide")}
        if roles.is_admin(user):
            context["settings_url"] = reverse(
                "wagtailsettings:edit", args=["home", "clinicsettings"]
            )
            context["users_url"] = reverse("wagtailusers_users:index")
        if roles.writes_pages(user):
            parents = import_parents(user)
            if parents:
                context["add_article_url"] = reverse(
                    "wagtailadmin_pages:add",
                    args=["articles", "articlepage", parents[0].pk],
                )
                context["import_url"] = reverse("articles_import")
            drafts = list(own_drafts(user)[: SHOWN + 1])
            context["drafts"] = drafts[:SHOWN]
            context["more_drafts"] = len(drafts) > SHOWN
            context["writes"] = True
        if roles.reviews_pages(user):
            context["reviews"] = True
            context["waiting"] = roles.waiting_for_review(user).count()
            context["reviews_due_url"] = reverse("review_due_report")
        if roles.reads_messages(user):
            context["submissions"] = list(latest_messages(user)[:SHOWN])
            context["forms_url"] = reverse("wagtailforms:index")
        return context
