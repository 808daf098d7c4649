"""`make run` serves the site on 127.0.0.1:8000, and its emails link there."""

import importlib
import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import CommandError, call_command
from wagtail.models import Site

from reviews.models import Reviewer

pytestmark = pytest.mark.django_db


@pytest.fixture
def dev_base_url(settings):
    """The address dev settings (what `make run` uses) give the admin."""
    dev = importlib.import_module("clinic_site.settings.dev")
    settings.WAGTAILADMIN_BASE_URL = dev.WAGTAILADMIN_BASE_URL
    return dev.WAGTAILADMIN_BASE_URL


def test_approval_emails_in_dev_link_to_the_running_site(
    dev_base_url, article_page, django_user_model, capsys
):
    assert dev_base_url == "http://127.0.0.1:8000"
    call_command("setup_clinical_review", stdout=None)
    call_command("set_site_address")
    assert "now at http://127.0.0.1:8000" in capsys.readouterr().out
    editor = django_user_model.objects.create_user(
        "robin", "robin@example.com", "pw", first_name="Robin"
    )
    editor.groups.add(Group.objects.get(name="Editors"))
    clinician = django_user_model.objects.create_user("sam", "sam@example.com", "pw")
    clinician.groups.add(Group.objects.get(name="Clinical reviewers"))
    # Only a clinician linked to a Reviewer may approve health pages.
    Reviewer.objects.create(name="Dr Sam Example", user=clinician)
    page = article_page()

    page.get_workflow().start(page, editor)
    page.refresh_from_db()
    page.current_workflow_state.current_task_state.approve(user=clinician)

    bodies = [message.body for message in mail.outbox]
    to_editor = [m.body for m in mail.outbox if m.to == ["robin@example.com"]]
    to_clinician = [m.body for m in mail.outbox if m.to == ["sam@example.com"]]
    assert to_editor and to_clinician  # approval and submission notices
    links = re.findall(r"https?://\S+", "\n".join(bodies))
    assert f"http://127.0.0.1:8000{page.url}" in links  # "view the page here"
    assert any(link.startswith("http://127.0.0.1:8000/admin/pages/") for link in links)
    assert all(link.startswith("http://127.0.0.1:8000/") for link in links), links


def test_set_site_address_is_repeatable_and_refuses_a_non_address(capsys):
    call_command("set_site_address", "https://clinic.example.org")
    call_command("set_site_address", "https://clinic.example.org")
    assert "already at https://clinic.example.org" in capsys.readouterr().out
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("clinic.example.org", 443)
    with pytest.raises(CommandError, match="not a web address"):
        call_command("set_site_address", "127.0.0.1:8000")
    site.refresh_from_db()
    assert site.hostname == "clinic.example.org"
