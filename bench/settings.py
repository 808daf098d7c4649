"""The production settings, for make bench and make audit on loopback.

They run without nginx and without TLS: requests carry X-Forwarded-Proto: https
as nginx would add, but a client that cannot add it (Lighthouse's robots.txt
check) must not be redirected to an https:// address nobody answers on.
"""

from clinic_site.settings.production import *  # noqa: F403

SECURE_SSL_REDIRECT = False
