"""Take the screenshots of Help › How to use this admin from the real admin.

Run by scripts/help-screenshots.sh, which builds the demo site in a temporary
SQLite database first: this command adds a draft and a submitted article to it,
serves it with runserver on a free port, opens it in Chromium (CHROMIUM_PATH,
default /usr/bin/chromium) as the demo editor, the demo reviewer and an
administrator, and writes 1000 × 625 PNGs to static/img/guide/.
"""

import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.test import Client, override_settings
from django.urls import reverse
from PIL import Image
from playwright.sync_api import sync_playwright

from articles.models import ArticlePage

OUT = Path(settings.BASE_DIR) / "static" / "img" / "guide"
SIZE = {"width": 1000, "height": 625}
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]
DOCUMENT = Path(settings.BASE_DIR) / "articles/tests/documents/sedation_guide.txt"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def session_cookie(user) -> str:
    client = Client()
    client.force_login(user)
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def save_small(path: Path) -> None:
    """Down to 256 colours: a screenshot of the admin loses nothing visible."""
    image = Image.open(path).convert("RGB").quantize(colors=256)
    image.save(path, optimize=True)


class Command(BaseCommand):
    help = "Take the help guide's screenshots (use scripts/help-screenshots.sh)."

    def handle(self, *args, **options):
        database = str(settings.DATABASES["default"]["NAME"])
        if not database.startswith(tempfile.gettempdir()):
            raise CommandError(
                "This command adds demo drafts to the database: run it through "
                "scripts/help-screenshots.sh, which uses a temporary one."
            )
        # The demo accounts' notification emails are not wanted on the console.
        with override_settings(
            EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"
        ):
            users = self.prepare()
        port = free_port()
        server = subprocess.Popen(
            [
                sys.executable,
                "manage.py",
                "runserver",
                "--noreload",
                f"127.0.0.1:{port}",
            ],
            cwd=settings.BASE_DIR,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            self.wait_for(port)
            self.shoot(f"http://127.0.0.1:{port}", users)
        finally:
            server.terminate()
            server.wait(timeout=10)

    def prepare(self) -> dict:
        User = get_user_model()
        editor = User.objects.get(username="demo-editor")
        reviewer = User.objects.get(username="demo-reviewer")
        admin = User.objects.filter(is_superuser=True).first() or (
            User.objects.create_superuser("admin", "admin@example.com", None)
        )
        draft, submitted = ArticlePage.objects.order_by("path")[:2]
        draft.save_revision(user=editor)
        submitted.save_revision(user=editor)
        submitted.get_workflow().start(submitted, editor)
        return {
            "editor": session_cookie(editor),
            "reviewer": session_cookie(reviewer),
            "admin": session_cookie(admin),
            "draft": draft.pk,
            "submitted": submitted.pk,
        }

    def wait_for(self, port: int) -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                return
            except OSError:
                time.sleep(0.2)
        raise CommandError("runserver did not start within 30 seconds")

    def shoot(self, base: str, users: dict) -> None:
        OUT.mkdir(parents=True, exist_ok=True)
        chromium = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=chromium, args=CHROMIUM_ARGS
            )

            def as_user(role):
                context = browser.new_context(viewport=SIZE, reduced_motion="reduce")
                context.add_cookies(
                    [
                        {
                            "name": settings.SESSION_COOKIE_NAME,
                            "value": users[role],
                            "url": base,
                        }
                    ]
                )
                return context.new_page()

            def snap(page, name):
                path = OUT / f"{name}.png"
                page.screenshot(path=path)
                save_small(path)
                self.stdout.write(f"{path.relative_to(settings.BASE_DIR)}")

            editor = as_user("editor")
            editor.goto(base + reverse("wagtailadmin_home"))
            snap(editor, "editor-dashboard")
            editor.goto(
                base + reverse("wagtailadmin_pages:edit", args=[users["draft"]])
            )
            self.open_action_menu(editor)
            snap(editor, "editor-submit")
            editor.goto(base + reverse("articles_import"))
            editor.set_input_files("input[type=file]", DOCUMENT)
            editor.get_by_role("button", name="Preview the import").click()
            editor.wait_for_load_state()
            snap(editor, "import-preview")

            reviewer = as_user("reviewer")
            reviewer.goto(base + reverse("wagtailadmin_home"))
            snap(reviewer, "reviewer-dashboard")
            reviewer.goto(
                base + reverse("wagtailadmin_pages:edit", args=[users["submitted"]])
            )
            self.open_action_menu(reviewer)
            snap(reviewer, "reviewer-approve")

            admin = as_user("admin")
            admin.goto(
                base + reverse("wagtailsettings:edit", args=["home", "clinicsettings"])
            )
            snap(admin, "clinic-settings")
            browser.close()

    def open_action_menu(self, page) -> None:
        """Open the menu beside the editor's main button, as a person would."""
        page.locator("footer .w-dropdown__toggle").first.click()
        page.locator("footer .w-dropdown__content").first.wait_for()
