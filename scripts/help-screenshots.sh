#!/bin/sh
# Retake the screenshots of Help › How to use this admin (static/img/guide/)
# from the real admin, on the demo site in a temporary SQLite database.
# Needs the dev tools (make .venv/.installed-dev) and Chromium (CHROMIUM_PATH).
set -eu
cd "$(dirname "$0")/.."
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export DJANGO_SETTINGS_MODULE=clinic_site.settings.dev
export DATABASE_URL="sqlite:///$dir/screenshots.sqlite3"
export DJANGO_MEDIA_ROOT="$dir/media"
.venv/bin/python manage.py migrate --no-input -v 0
.venv/bin/python manage.py load_demo_content > /dev/null
.venv/bin/python manage.py help_screenshots
