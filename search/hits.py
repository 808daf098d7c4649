"""Searches counted for Wagtail's popular searches report (never shown publicly).

Counted in memory and written at most every SEARCH_HITS_WRITE_SECONDS, all
queries in one go, so a search costs no database write of its own; what is
still counted when the process stops is written then.
"""

import atexit
import logging
import threading
import time
from collections import Counter

from django.conf import settings
from django.db import DatabaseError, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from .ranking import clean_query

logger = logging.getLogger(__name__)

# Searches counted but not yet written, per query string (record_search).
_pending_hits: Counter = Counter()
_pending_lock = threading.Lock()
_last_written = [time.monotonic()]


def record_search(query: str) -> None:
    """Count the search; every SEARCH_HITS_WRITE_SECONDS, write what is counted."""
    with _pending_lock:
        _pending_hits[clean_query(query) or query] += 1
        due = time.monotonic() - _last_written[0] >= settings.SEARCH_HITS_WRITE_SECONDS
    if due:
        write_search_hits()


def write_search_hits() -> None:
    """Add the searches counted in this process to the report's daily counts."""
    with _pending_lock:
        hits = dict(_pending_hits)
        _pending_hits.clear()
        _last_written[0] = time.monotonic()
    if not hits:
        return
    today = timezone.now().date()
    try:
        with transaction.atomic():
            for query_string, count in hits.items():
                daily, _ = QueryDailyHits.objects.get_or_create(
                    query=Query.get(query_string), date=today
                )
                daily.hits = F("hits") + count
                daily.save(update_fields=["hits"])
    except DatabaseError:
        logger.exception("Could not write %d searches to the report", len(hits))


atexit.register(write_search_hits)
