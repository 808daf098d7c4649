"""Translations are health content: each one carries its own clinical review.

A translation is a health page, FAQ or myth card whose original (the same
content, by `translation_key`, in the site's default language: see
ReviewStampMixin.original) exists. The rule
in publishing.py applies to it like to any health content, and this module
closes the routes by which wagtail-localize would get round it:

- wagtail-localize copies an original's fields into its translation; the review
  stamp is not copied (ReviewStampMixin.override_translatable_fields), and a new
  translation starts with none (`clear_copied_stamp`);
- wagtail-localize writes a translation's new text straight onto the object and
  publishes it later without a user. `guarded_create_or_update` saves the text
  as a draft only, puts back what patients saw, and publishes, when asked, as the
  user who asked, so the review rule sees who it is. This holds for every page
  and draft-state snippet, health content or not: a saved draft of a translated
  home or standard page changes nothing patients see until it is published;
- its "Update translations" page with "publish" ticked publishes only for a
  clinical reviewer (`guarded_update_translations`);
- a translation of a page that carries group permissions or the workflow (the
  home page: a new language's tree) gets the same (`cover_like_source`).

When a translation is reviewed, publishing.py records which version of the
original it was checked against (`translated_from_revision`,
`translated_from_reviewed`).
"""

import functools

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail.actions.publish_revision import PublishPermissionError
from wagtail.models import (
    DraftStateMixin,
    GroupPagePermission,
    Page,
    TranslatableMixin,
    WorkflowPage,
)
from wagtail.signals import copy_for_translation_done
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.views.update_translations import UpdateTranslationsView

from contactrules.checking import ContactDetailsRefused
from contactrules.models import refuse_contact_details

from .models import REVIEW_FIELDS, ReviewStampMixin
from .publishing import REFUSAL, reviewer_for

UNPUBLISHED_TRANSLATION_UPDATE = (
    "The translations were updated as drafts but not published: only a clinical "
    "reviewer can publish health information. Submit each translation to "
    "Clinical review instead."
)


def clear_copied_stamp(sender, source_obj, target_obj, **kwargs) -> None:
    """A new translation starts unreviewed and as a draft, whatever its original was."""
    cover_like_source(source_obj, target_obj)
    if not isinstance(target_obj, ReviewStampMixin) or getattr(
        target_obj, "alias_of_id", None
    ):
        return  # an alias shows its original's reviewed content and stamp
    cleared = dict.fromkeys(REVIEW_FIELDS) | {"minor_edit": False}
    for name, value in cleared.items():
        setattr(target_obj, name, value)
    if not isinstance(target_obj, Page):
        target_obj.live = False  # an unsaved snippet copy: saved by the caller
        return
    target_obj.save(update_fields=list(cleared), clean=False)
    revision = target_obj.latest_revision
    if revision is not None:
        revision.content.update(cleared)
        revision.save(update_fields=["content"])


def cover_like_source(source, target) -> None:
    """Give a translated page the group permissions and workflow its source carries.

    Only the home page carries them here: the new language's home page needs
    them so that editors can write there and clinical reviewers approve.
    """
    if not isinstance(source, Page) or not isinstance(target, Page):
        return
    for permission in GroupPagePermission.objects.filter(page=source):
        GroupPagePermission.objects.get_or_create(
            group=permission.group, page=target, permission=permission.permission
        )
    assigned = WorkflowPage.objects.filter(page=source).first()
    if assigned is not None:
        WorkflowPage.objects.update_or_create(
            page=target, defaults={"workflow": assigned.workflow}
        )


def synced_translation(obj) -> Translation | None:
    """wagtail-localize's record of `obj` as the target of a synced translation."""
    if not isinstance(obj, TranslatableMixin):
        return None
    return (
        Translation.objects.filter(
            source__object_id=obj.translation_key,
            target_locale_id=obj.locale_id,
            enabled=True,
        )
        .select_related("source", "target_locale")
        .first()
    )


def contact_details_refusal(translation) -> ContactDetailsRefused | None:
    """What the contact details rule refuses in the translation as it would be published."""
    instance = translation.source.get_ephemeral_translated_instance(
        translation.target_locale, fallback=True
    )
    try:
        refuse_contact_details(instance)
    except ContactDetailsRefused as refused:
        return refused
    return None


def _keep_what_patients_see(translation) -> None:
    """Put the live version back on a live object wagtail-localize just wrote a draft into."""
    current = type(translation).objects.get(pk=translation.pk)
    live = current.live_revision.as_object()
    live.live = True
    live.has_unpublished_changes = True
    if isinstance(live, Page):
        live.draft_title = current.draft_title
        live.save(clean=False)
    else:
        live.save()


def guarded_create_or_update(create_or_update):
    @functools.wraps(create_or_update)
    def wrapper(
        self, locale, user=None, publish=True, copy_parent_pages=False, fallback=False
    ):
        model = self.specific_content_type.model_class()
        if not (model and issubclass(model, DraftStateMixin)):
            return create_or_update(
                self,
                locale,
                user=user,
                publish=publish,
                copy_parent_pages=copy_parent_pages,
                fallback=fallback,
            )
        health = issubclass(model, ReviewStampMixin)
        if publish and health and user is not None and reviewer_for(user) is None:
            raise PublishPermissionError(REFUSAL)
        existing = model.objects.filter(
            translation_key=self.object_id, locale=locale
        ).first()
        was_live = bool(existing and existing.live and existing.live_revision_id)
        refused = None
        with transaction.atomic():
            try:
                translation, created = create_or_update(
                    self,
                    locale,
                    user=user,
                    publish=False,
                    copy_parent_pages=copy_parent_pages,
                    fallback=fallback,
                )
            except ValidationError as error:
                # wagtail-localize has rolled its own changes back and marked the
                # strings at fault for its editor: keep those marks.
                refused = error
            else:
                if was_live:
                    _keep_what_patients_see(translation)
        if refused is not None:
            raise refused
        if publish:
            translation = type(translation).objects.get(pk=translation.pk)
            translation.get_latest_revision().publish(user=user)
        return translation, created

    wrapper.keeps_translations_unreviewed = True
    return wrapper


def guarded_update_translations(form_valid):
    @functools.wraps(form_valid)
    def wrapper(self, form):
        model = self.object.specific_content_type.model_class()
        refused = (
            form.cleaned_data.get("publish_translations")
            and model is not None
            and issubclass(model, ReviewStampMixin)
            and reviewer_for(self.request.user) is None
        )
        if refused:
            form.cleaned_data["publish_translations"] = False
        response = form_valid(self, form)
        if refused:
            messages.error(self.request, UNPUBLISHED_TRANSLATION_UPDATE)
        return response

    wrapper.keeps_translations_unreviewed = True
    return wrapper


def install() -> None:
    """Route wagtail-localize's publications of health content through the review rule."""
    method = TranslationSource.create_or_update_translation
    if not getattr(method, "keeps_translations_unreviewed", False):
        TranslationSource.create_or_update_translation = guarded_create_or_update(
            method
        )
    view = UpdateTranslationsView.form_valid
    if not getattr(view, "keeps_translations_unreviewed", False):
        UpdateTranslationsView.form_valid = guarded_update_translations(view)
    copy_for_translation_done.connect(
        clear_copied_stamp, dispatch_uid="reviews-clear-copied-stamp"
    )


def submit_for_review(translation: Translation, user) -> str:
    """Save the translation's text as a draft and send it to Clinical review.

    wagtail-localize's editor offers only "Publish"; a translator who may not
    publish uses this instead. Returns what happened, in a sentence.
    """
    obj, _ = translation.source.create_or_update_translation(
        translation.target_locale,
        user=user,
        publish=False,
        copy_parent_pages=True,
        fallback=True,
    )
    obj = type(obj).objects.get(pk=obj.pk)
    state = obj.current_workflow_state
    if state is not None and state.status == state.STATUS_NEEDS_CHANGES:
        state.resume(user=user)
        return "The translation was sent back to Clinical review with your changes."
    if state is not None:
        return "The translation's draft was updated; it is still waiting for clinical review."
    workflow = obj.get_workflow()
    if workflow is None:
        raise PublishPermissionError(
            "Saved as a draft, but there is no Clinical review workflow for it: ask an "
            "administrator to run 'manage.py setup_clinical_review'."
        )
    workflow.start(obj, user)
    return (
        "Submitted to Clinical review: a clinical reviewer checks the translation "
        "before it goes live."
    )
