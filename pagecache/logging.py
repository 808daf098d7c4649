"""A log filter for outages: the same message at most once a minute.

While Redis is down, every cache call fails, and django-redis (which ignores the
error so pages are still served) logs each one with its traceback: hundreds of
lines a second under load, and the writing of them takes the CPU the pages
need. Production's log handler (clinic_site/settings/production.py) keeps the
first of each message and drops repeats for a minute, then says how many it
dropped.
"""

import logging
import threading
import time


class OncePerMinute(logging.Filter):
    """Pass a message (logger and text) once per `seconds`; count the repeats."""

    def __init__(self, seconds: float = 60):
        super().__init__()
        self.seconds = seconds
        self.seen: dict[tuple[str, str], list] = {}
        self.lock = threading.Lock()

    def filter(self, record: logging.LogRecord) -> bool:
        key = (record.name, record.getMessage())
        now = time.monotonic()
        with self.lock:
            seen = self.seen.get(key)
            if seen is not None and now - seen[0] < self.seconds:
                seen[1] += 1
                return False
            dropped = seen[1] if seen is not None else 0
            self.seen[key] = [now, 0]
            if len(self.seen) > 1000:
                self.seen.clear()
        if dropped:
            record.msg = f"{record.msg} (and {dropped} more like it in the last minute)"
        return True
