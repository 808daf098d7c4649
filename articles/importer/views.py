"""Admin views: upload a document, preview what the import will do, then confirm.

Between the preview and the confirmation the upload waits in a private temporary
directory, named by a random token kept only in the editor's session, so the
editor does not upload it twice and nobody else can confirm it.
"""

import re
import secrets
import tempfile
import time
from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language_info
from django.views.decorators.http import require_POST
from wagtail.models import Page

from articles.models import ArticlePage

from .build import import_document, max_upload_bytes
from .reader import _megabytes
from .report import DocumentError

SESSION_KEY = "article_import"
UPLOAD_DIR = Path(tempfile.gettempdir()) / "clinic-article-imports"
UPLOAD_MAX_AGE = 24 * 60 * 60  # an abandoned preview's file is deleted after a day
TOKEN_RE = re.compile(r"[0-9a-f]{32}")


def import_parents(user) -> list[Page]:
    """Pages the user may add an article under, in tree order."""

    parents = []
    for model in ArticlePage.allowed_parent_page_models():
        for page in model.objects.order_by("path"):
            if can_import_under(page, user):
                parents.append(page)
    return parents


def can_import_under(page: Page, user) -> bool:

    return (
        ArticlePage.can_create_at(page)
        and page.permissions_for_user(user).can_add_subpage()
    )


class ImportForm(forms.Form):
    document = forms.FileField(
        help_text="A .txt, .md or .docx file. Nothing is saved until you confirm.",
        widget=forms.ClearableFileInput(attrs={"accept": ".txt,.md,.markdown,.docx"}),
    )
    parent = forms.TypedChoiceField(
        coerce=int,
        label="Add the article under",
        help_text="The section the new draft article belongs to.",
    )
    title = forms.CharField(
        required=False,
        max_length=255,
        help_text="Leave blank to use the document's own title.",
    )
    language = forms.ChoiceField(
        label="The document's language",
        help_text="The draft is made in this language, under the section's version in "
        "it. A translation of an existing article is made from that article instead "
        "(Translate in its menu), so that the two stay linked.",
    )

    def __init__(self, *args, parents: list[Page], **kwargs):
        super().__init__(*args, **kwargs)
        self.parents = {page.pk: page for page in parents}
        self.fields["parent"].choices = [
            (page.pk, page.get_admin_display_title()) for page in parents
        ]
        self.fields["document"].help_text += f" Up to {_megabytes(max_upload_bytes())}."
        self.fields["language"].choices = [
            (code, get_language_info(code)["name"])
            for code, _name in settings.LANGUAGES
        ]
        self.fields["language"].initial = settings.LANGUAGE_CODE
        if len(settings.LANGUAGES) < 2:
            del self.fields["language"]  # one language: nothing to choose

    def clean_document(self):
        upload = self.cleaned_data["document"]
        if upload.size > max_upload_bytes():
            raise ValidationError(
                f"The file is {_megabytes(upload.size)}; the largest file that can be "
                f"imported is {_megabytes(max_upload_bytes())}."
            )
        return upload


def upload(request):
    """Step 1: choose the file and the parent page; step 2: the preview."""
    parents = import_parents(request.user)
    if not parents:
        raise PermissionDenied
    if request.method == "POST":
        form = ImportForm(request.POST, request.FILES, parents=parents)
        if form.is_valid():
            document = form.cleaned_data["document"]
            data = document.read()
            parent = form.parents[form.cleaned_data["parent"]]
            title = form.cleaned_data["title"]
            language = form.cleaned_data.get("language", "")
            try:
                report = import_document(
                    document.name,
                    data,
                    parent,
                    user=request.user,
                    title=title,
                    dry_run=True,
                    language=language,
                )
            except DocumentError as error:
                form.add_error("document", str(error))
            else:
                request.session[SESSION_KEY] = {
                    "token": _keep_upload(data),
                    "filename": document.name,
                    "parent": parent.pk,
                    "title": title,
                    "language": language,
                }
                body_blocks = ArticlePage.body.field.stream_block.child_blocks
                return TemplateResponse(
                    request,
                    "articles/import/preview.html",
                    {
                        "page_title": "Import a document",
                        "header_title": "Import a document",
                        "header_icon": "doc-full-inverse",
                        "report": report,
                        "parent": parent,
                        # What the editor calls each block ("Myth cards", not myth_cards).
                        "blocks": [
                            (body_blocks[block.kind].label, block)
                            for block in report.blocks
                        ],
                        "can_publish": parent.permissions_for_user(
                            request.user
                        ).can_publish_subpage(),
                    },
                )
    else:
        form = ImportForm(
            parents=parents, initial={"parent": request.GET.get("parent")}
        )
    return TemplateResponse(
        request,
        "articles/import/upload.html",
        {
            "page_title": "Import a document",
            "header_title": "Import a document",
            "header_icon": "doc-full-inverse",
            "form": form,
        },
    )


@require_POST
def confirm(request):
    """Step 3: create the draft from the kept upload and open it in the editor."""
    pending = request.session.get(SESSION_KEY) or {}
    data = _kept_upload(pending.get("token", ""))
    if data is None:
        messages.error(
            request,
            "The uploaded document is no longer waiting (it was already imported or "
            "has expired): upload it again.",
        )
        return redirect("articles_import")
    parent = {page.pk: page for page in import_parents(request.user)}.get(
        pending.get("parent")
    )
    if parent is None:
        raise PermissionDenied
    try:
        report = import_document(
            pending["filename"],
            data,
            parent,
            user=request.user,
            title=pending.get("title", ""),
            language=pending.get("language", ""),
        )
    except DocumentError as error:
        messages.error(request, str(error))
        return redirect("articles_import")
    _discard_upload(pending["token"])
    del request.session[SESSION_KEY]
    if parent.permissions_for_user(request.user).can_publish_subpage():
        next_step = "check it, then publish it when it is ready"
    else:
        next_step = "check it, then submit it for clinical review"
    messages.success(
        request,
        f"Draft “{report.title}” created from {pending['filename']}. It is not "
        f"published: {next_step}.",
    )
    return redirect("wagtailadmin_pages:edit", report.page_id)


def _keep_upload(data: bytes) -> str:
    UPLOAD_DIR.mkdir(mode=0o700, parents=True, exist_ok=True)
    cutoff = time.time() - UPLOAD_MAX_AGE
    for old in UPLOAD_DIR.iterdir():
        try:
            if old.stat().st_mtime < cutoff:
                old.unlink()
        except OSError:
            pass  # another process removed it first
    token = secrets.token_hex(16)
    (UPLOAD_DIR / token).write_bytes(data)
    return token


def _kept_upload(token: str) -> bytes | None:
    if not TOKEN_RE.fullmatch(token or ""):
        return None
    try:
        return (UPLOAD_DIR / token).read_bytes()
    except OSError:
        return None


def _discard_upload(token: str) -> None:
    if TOKEN_RE.fullmatch(token or ""):
        (UPLOAD_DIR / token).unlink(missing_ok=True)
