"""Help › How to use this admin: four jobs, each with real screenshots."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.urls import reverse
from PIL import Image

pytestmark = pytest.mark.django_db

JOBS = [
    "Write an article and submit it for clinical review",
    "Review and approve a page",
    "Import a document",
    "Change the clinic's details",
]


def test_the_help_menu_opens_the_guide_with_described_screenshots(
    client, django_user_model, home_page
):
    user = django_user_model.objects.create_superuser("admin", "", "pw")
    client.force_login(user)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert '"url": "/admin/guide/"' in dashboard  # in the Help menu

    response = client.get(reverse("guide"))
    html = response.content.decode()
    assert response.status_code == 200
    for job in JOBS:
        assert re.search(
            rf"<h2[^>]*>\d\. {re.escape(job)}</h2>", html.replace("&#x27;", "'")
        )
    images = re.findall(r'<img src="([^"]+)"[^>]*alt="([^"]+)"', html)
    assert len(images) == 6
    for src, alt in images:
        assert len(alt) > 40, src  # says what the screen shows
        path = finders.find(src.removeprefix(settings.STATIC_URL))
        assert path, f"{src} is missing: run scripts/help-screenshots.sh"
        with Image.open(path) as image:
            assert image.size == (1000, 625), src
        assert Path(path).stat().st_size < 80_000, src  # small enough to commit
