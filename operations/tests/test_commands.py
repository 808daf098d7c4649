import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


def test_ensure_admin_prints_a_generated_password_once(capsys, monkeypatch):
    monkeypatch.delenv("DJANGO_ADMIN_PASSWORD", raising=False)
    call_command("ensure_admin")
    out = capsys.readouterr().out
    password = out.split("password: ")[1].split()[0]
    user = get_user_model().objects.get(username="admin")
    assert user.is_superuser and user.check_password(password)

    call_command("ensure_admin")
    out = capsys.readouterr().out
    assert password not in out
    assert "already exists" in out
    assert get_user_model().objects.count() == 1


def test_ensure_admin_uses_the_password_from_the_environment(capsys, monkeypatch):
    monkeypatch.setenv("DJANGO_ADMIN_USERNAME", "clinicadmin")
    monkeypatch.setenv("DJANGO_ADMIN_PASSWORD", "a-long-and-unusual-passphrase")
    call_command("ensure_admin")
    assert "a-long-and-unusual-passphrase" not in capsys.readouterr().out
    assert (
        get_user_model()
        .objects.get(username="clinicadmin")
        .check_password("a-long-and-unusual-passphrase")
    )


def test_ensure_admin_refuses_a_weak_password(monkeypatch):
    monkeypatch.setenv("DJANGO_ADMIN_PASSWORD", "password")
    with pytest.raises(CommandError, match="too weak"):
        call_command("ensure_admin")
    assert not get_user_model().objects.exists()
