"""Production's log keeps the first of a repeated message, not every repeat."""

import logging

from pagecache.logging import OncePerMinute


def record(message: str, *args) -> logging.LogRecord:
    return logging.LogRecord(
        "django_redis", logging.ERROR, __file__, 1, message, args, None
    )


def test_a_repeated_message_is_logged_once_a_minute_with_the_count(monkeypatch):
    now = [100.0]
    monkeypatch.setattr("pagecache.logging.time.monotonic", lambda: now[0])
    once = OncePerMinute()

    assert once.filter(record("Exception ignored"))
    assert not once.filter(record("Exception ignored"))
    assert not once.filter(record("Exception ignored"))
    # Another message (here another address) is not held back.
    assert once.filter(record("Internal Server Error: %s", "/a/"))
    assert once.filter(record("Internal Server Error: %s", "/b/"))

    now[0] += 61
    again = record("Exception ignored")
    assert once.filter(again)
    assert (
        again.getMessage()
        == "Exception ignored (and 2 more like it in the last minute)"
    )
