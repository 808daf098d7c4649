"""Where an uncached page's time goes: cProfile over repeated renders.

Run with the bench settings and database (bench/run.sh prepares them):
    python bench/profile_page.py PATH [REQUESTS]
Times are CPU time of this process. Each request bypasses the page cache with a new query string (for the search
page: a new query each time, from a new address). Prints the top functions by
own time and by cumulative time.
"""

import cProfile
import io
import os
import pstats
import sys
import time

import django

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
django.setup()

from django.test import Client  # noqa: E402

WORDS = (
    "ketamine depression pain anaesthesia side effects driving legal safe risk".split()
)


def url(path: str, number: int) -> str:
    if path.startswith("/search/"):
        words = [WORDS[(number * 7 + i * 3) % len(WORDS)] for i in range(3)]
        return f"/search/?q={'+'.join(words)}+{number}"
    return f"{path}?profile={number}"


def main(path: str, requests: int) -> None:
    client = Client()
    headers = {"host": "localhost"}
    for number in range(3):  # warm up
        client.get(url(path, 10_000 + number), secure=True, headers=headers)
    # CPU time, as the bench's CPU rows measure: waiting for other processes
    # on a shared machine is left out.
    profile = cProfile.Profile(time.process_time)
    profile.enable()
    for number in range(requests):
        response = client.get(
            url(path, number),
            secure=True,
            headers=headers,
            REMOTE_ADDR=f"10.0.{number // 250}.{number % 250 + 1}",
        )
        assert response.status_code == 200, response.status_code
    profile.disable()
    for order in ("tottime", "cumulative"):
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats(order).print_stats(
            int(os.environ.get("PROFILE_LINES", 25))
        )
        print(out.getvalue())  # noqa: T201 (a script)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 20)
