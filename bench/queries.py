"""Print how many database queries each benchmarked page costs, and its size.

Run by bench/run.sh with the same settings and database as the server:
    python bench/queries.py PATH...
For each path: one request to warm up, then one counted request as an
anonymous visitor (cached pages: a page-cache hit), then one with the page
cache bypassed by a query string (what a miss costs).
Prints "path<TAB>bytes<TAB>queries-cached<TAB>queries-uncached" lines.
"""

import os
import sys

import django

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clinic_site.settings.production")
django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402


def count(client: Client, path: str) -> tuple[int, int]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, secure=True, headers={"host": "localhost"})
    if response.status_code != 200:
        raise SystemExit(f"{path} answered {response.status_code}, not 200")
    return len(queries), len(response.content)


def main(paths: list[str]) -> None:
    for path in paths:
        # A new visitor for each path: a CSRF cookie from the contact page would
        # keep later pages out of the page cache (they vary by cookie).
        client = Client()
        count(client, path)
        cached, size = count(client, path)
        separator = "&" if "?" in path else "?"
        uncached, _ = count(client, f"{path}{separator}bench=1")
        print(f"{path}\t{size}\t{cached}\t{uncached}")  # noqa: T201 (a script)


if __name__ == "__main__":
    main(sys.argv[1:])
