"""manage.py import_article: the importer from the command line."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from articles.models import ArticlePage
from faq.models import FAQ, MythCard

DOCUMENTS = Path(__file__).parent / "documents"


def run(*args, **options) -> str:

    out = StringIO()
    call_command("import_article", *args, stdout=out, **options)
    return out.getvalue()


@pytest.mark.django_db
class TestImportArticleCommand:
    def test_imports_a_draft_and_prints_the_report(self, article_index):
        output = run(str(DOCUMENTS / "sedation_guide.txt"), parent="/articles/")

        page = ArticlePage.objects.get()
        assert page.title == "Ketamine for sedation: a guide for patients"
        assert not page.live
        assert page.get_parent().pk == article_index.pk
        assert "Created a draft article “Ketamine for sedation" in output
        assert "phone number: “0800 000 0000”" in output
        assert "All 36 lines with text are accounted for" in output
        assert f"Draft saved: page id {page.pk}." in output

    def test_dry_run_prints_the_same_report_and_saves_nothing(self, article_index):
        output = run(str(DOCUMENTS / "recovery.md"), parent="/articles/", dry_run=True)

        assert (
            "Would create a draft article “Recovering after ketamine sedation”"
            in output
        )
        assert "would create FAQ: When can I eat?" in output
        assert "Dry run: nothing was saved." in output
        assert not ArticlePage.objects.exists()
        assert not FAQ.objects.exists() and not MythCard.objects.exists()

    def test_title_option_replaces_the_documents_title(self, article_index):
        run(
            str(DOCUMENTS / "ketamine_pain.txt"),
            parent="/articles/",
            title="Pain relief",
        )

        assert ArticlePage.objects.get().title == "Pain relief"

    @pytest.mark.parametrize(
        "file,parent,message",
        [
            ("missing.txt", "/articles/", "Cannot read"),
            ("sedation_guide.txt", "/nowhere/", "No page found at “/nowhere/”"),
            ("sedation_guide.txt", "/", "Articles cannot be added under"),
            ("make_aftercare_docx.py", "/articles/", "Only .txt, .md and .docx"),
        ],
    )
    def test_failures_are_one_sentence_and_save_nothing(
        self, article_index, file, parent, message
    ):
        with pytest.raises(CommandError) as error:
            run(str(DOCUMENTS / file), parent=parent)

        assert str(error.value).startswith(message)
        assert str(error.value).endswith(".")
        assert "\n" not in str(error.value)
        assert not ArticlePage.objects.exists()
