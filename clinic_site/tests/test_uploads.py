"""Upload rules: images without SVG, documents PDF only, and one size limit that
Wagtail explains and nginx lets through."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

NGINX_CONF = Path(settings.BASE_DIR) / "deploy" / "nginx" / "clinic-site.conf"
LIMIT = settings.CLINIC_MAX_UPLOAD_MB * 1024 * 1024
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def admin_client(client, db):
    client.force_login(User.objects.create_superuser("uploader", "", "x-long-pass-1"))
    return client


def upload_image(client, name, content, content_type="image/png"):
    return client.post(
        reverse("wagtailimages:add"),
        {"title": name, "file": SimpleUploadedFile(name, content, content_type)},
    )


def upload_document(client, name, content, content_type="application/pdf"):
    return client.post(
        reverse("wagtaildocs:add"),
        {"title": name, "file": SimpleUploadedFile(name, content, content_type)},
    )


def test_wagtail_limits_follow_the_one_setting():
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == LIMIT
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == LIMIT


def nginx_limits() -> dict[str, int]:
    """client_max_body_size in MB: the server default and the /admin/ location."""
    conf = NGINX_CONF.read_text()
    admin = re.search(r"location /admin/ \{(.*?)\}", conf, re.S).group(1)
    server_default = re.search(r"^    client_max_body_size (\d+)m;", conf, re.M)
    return {
        "public": int(server_default.group(1)),
        "admin": int(re.search(r"client_max_body_size (\d+)m;", admin).group(1)),
    }


def test_nginx_lets_admin_uploads_through_up_to_the_wagtail_limit_and_more():
    limits = nginx_limits()
    # Above Wagtail's limit, so Wagtail (not nginx) explains a file that is too big.
    assert limits["admin"] > settings.CLINIC_MAX_UPLOAD_MB
    # Public forms are small: a maximal contact message fits with room to spare.
    assert limits["public"] * 1024 * 1024 >= 4 * 5000 * 4
    assert limits["public"] < settings.CLINIC_MAX_UPLOAD_MB


def test_an_image_over_the_limit_is_refused_with_a_clear_message(admin_client):
    response = upload_image(admin_client, "huge.png", PNG_MAGIC + b"\0" * (LIMIT + 1))
    assert response.status_code == 200
    assert "This file is too big" in response.content.decode()
    assert not Image.objects.exists()


def test_an_svg_image_is_refused(admin_client):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    response = upload_image(admin_client, "logo.svg", svg, "image/svg+xml")
    assert "Not a supported image format" in response.content.decode()
    assert not Image.objects.exists()


def test_a_normal_image_is_accepted(admin_client):
    image_file = get_test_image_file()
    response = upload_image(admin_client, "photo.png", image_file.file.getvalue())
    assert response.status_code == 302
    assert Image.objects.count() == 1


def test_a_document_over_the_limit_is_refused(admin_client):
    response = upload_document(
        admin_client, "big.pdf", b"%PDF-1.4\n" + b"\0" * (LIMIT + 1)
    )
    assert response.status_code == 200
    assert "too big" in response.content.decode()
    assert not Document.objects.exists()


@pytest.mark.parametrize(
    ("name", "content_type"),
    [
        ("leaflet.html", "text/html"),
        ("leaflet.svg", "image/svg+xml"),
        ("macro.docm", "application/vnd.ms-word"),
        ("run.exe", "application/octet-stream"),
    ],
)
def test_documents_other_than_pdf_are_refused(admin_client, name, content_type):
    response = upload_document(
        admin_client, name, b"<script>alert(1)</script>", content_type
    )
    assert response.status_code == 200
    assert "File extension" in response.content.decode()
    assert not Document.objects.exists()


def test_a_pdf_document_is_accepted(admin_client):
    response = upload_document(admin_client, "leaflet.pdf", b"%PDF-1.4\n%%EOF\n")
    assert response.status_code == 302
    assert Document.objects.get().file.name.endswith(".pdf")
