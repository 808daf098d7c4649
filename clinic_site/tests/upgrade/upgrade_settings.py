"""Settings for the upgrade test's runs of either tree (clinic_site/tests/test_upgrade.py).

The test settings of the tree being run, except that uploads stay where the test
puts them (DJANGO_MEDIA_ROOT): test.py gives each process its own temporary media
folder, but here one process writes an image, the next one backs it up and a third
restores it. DATABASE_URL names the database, as in production.
"""

import os
from pathlib import Path

from clinic_site.settings.test import *  # noqa: F403

MEDIA_ROOT = Path(os.environ["DJANGO_MEDIA_ROOT"])
