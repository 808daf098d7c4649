"""Approving health content in the workflow needs a clinical reviewer, said plainly.

Approving publishes, and the review rule (publishing.py) refuses a user who is
not linked to a Reviewer; Wagtail turned that refusal into its generic "Sorry,
you do not have permission" on the dashboard (and an error in the approve
modal). ApprovalRefusalMiddleware asks first, before Wagtail's workflow action
view runs, for the dashboard's and the object's Approve buttons, the approve
modal and snippets (FAQs, myth cards): the person is told why and how to fix
it, and the submission still waits for review.

The edit screen's own Approve (its action menu, with or without the comment
modal) posts the whole form to the edit view instead; `approve_on_edit_screen`
turns that into Save draft, so what they typed is kept, and says the same
sentence.
"""

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.http import JsonResponse
from django.shortcuts import redirect
from wagtail.admin.utils import get_latest_str
from wagtail.admin.views.generic.workflow import WorkflowAction
from wagtail.admin.views.pages.edit import EditView as PageEditView
from wagtail.models import Page, TaskState
from wagtail.snippets.views.snippets import EditView as SnippetEditView

from contactrules.middleware import came_from

from .publishing import may_publish

APPROVAL_REFUSAL = (
    "Only clinical reviewers can approve health information, so it is still "
    "waiting for review. Link your account to a reviewer under Snippets › "
    "Reviewers (or ask an administrator to), then approve it again."
)


def approval_refusal(request, view_kwargs) -> str:
    """The sentence refusing this approval, or "" when Wagtail should go on."""
    if view_kwargs.get("action_name") != "approve":
        return ""
    task_state = (
        TaskState.objects.filter(
            pk=view_kwargs.get("task_state_id"), status=TaskState.STATUS_IN_PROGRESS
        )
        .select_related("workflow_state", "task")
        .first()
    )
    return task_state_refusal(request, task_state)


def task_state_refusal(request, task_state) -> str:
    """Why `request.user` may not approve `task_state`'s object, or ""."""
    if task_state is None:
        return ""  # Wagtail says it is not awaiting moderation
    obj = task_state.workflow_state.content_object
    obj = obj.specific if isinstance(obj, Page) else obj
    actions = task_state.task.specific.get_actions(obj, request.user)
    if "approve" not in {name for name, *_ in actions}:
        return ""  # not theirs to approve at all: Wagtail's own refusal
    if may_publish(request.user, obj):
        return ""
    return f"Not approved: “{get_latest_str(obj)}”. {APPROVAL_REFUSAL}"


class ApprovalRefusalMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        view_class = getattr(view_func, "view_class", None)
        if request.method != "POST" or view_class is None:
            return None
        if not issubclass(view_class, WorkflowAction):
            approve_on_edit_screen(request, view_class, view_func, view_kwargs)
            return None
        if not (refusal := approval_refusal(request, view_kwargs)):
            return None
        messages.error(request, refusal)
        target = came_from(request)
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            # Wagtail's workflow modal follows "redirect" (the message shows there).
            return JsonResponse({"step": "success", "redirect": target})
        return redirect(target)


def edit_screen_object(view_class, view_func, view_kwargs):
    """The page or snippet a page or snippet edit view edits, or None for other views."""
    if issubclass(view_class, PageEditView):
        page = Page.objects.filter(pk=view_kwargs.get("page_id")).first()
        return page.specific if page else None
    if issubclass(view_class, SnippetEditView):
        model = view_func.view_initkwargs.get("model")
        return model.objects.filter(pk=unquote(str(view_kwargs.get("pk")))).first()
    return None


def approve_on_edit_screen(request, view_class, view_func, view_kwargs) -> None:
    """Save instead of approve when the edit screen's Approve is not theirs to press.

    Wagtail would save the draft, then fail to publish with its generic
    "Sorry, you do not have permission" on the dashboard. Dropping the workflow
    action (before the view reads it) makes the post a plain Save draft: the
    submission keeps waiting, and the message says why it was not approved.
    """
    if request.POST.get("workflow-action-name") != "approve" or not (
        request.POST.get("action-workflow-action")
    ):
        return
    obj = edit_screen_object(view_class, view_func, view_kwargs)
    task_state = getattr(obj, "current_workflow_task_state", None)
    if not (refusal := task_state_refusal(request, task_state)):
        return
    post = request.POST.copy()
    for key in ("action-workflow-action", "workflow-action-name"):
        post.pop(key, None)
    request.POST = post
    messages.error(request, f"{refusal} Your changes are saved as a draft.")
