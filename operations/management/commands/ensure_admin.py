"""Create the first admin account if the site has none, printing its password once."""

import os
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Create an admin user if there is no superuser yet. The username comes from "
        "DJANGO_ADMIN_USERNAME (default 'admin') and the password from "
        "DJANGO_ADMIN_PASSWORD; without it a strong password is generated and printed once."
    )

    def handle(self, *args, **options):
        User = get_user_model()
        if User.objects.filter(is_superuser=True).exists():
            self.stdout.write(
                "An admin user already exists; its password is unchanged."
            )
            return
        username = os.environ.get("DJANGO_ADMIN_USERNAME", "admin")
        password = os.environ.get("DJANGO_ADMIN_PASSWORD", "")
        generated = not password
        if generated:
            password = secrets.token_urlsafe(15)
        user = User(username=username, email="", is_staff=True, is_superuser=True)
        try:
            validate_password(password, user)
        except ValidationError as error:
            raise CommandError(
                "DJANGO_ADMIN_PASSWORD is too weak: " + " ".join(error.messages)
            ) from None
        user.set_password(password)
        user.save()
        if generated:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Created admin user '{username}' with password: {password}\n"
                    "Write it down now: it is not shown again (change it in the admin under Account)."
                )
            )
        else:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Created admin user '{username}' with the password from DJANGO_ADMIN_PASSWORD."
                )
            )
