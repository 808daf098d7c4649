# English, British or not: the day, the month in full, the year (as the NHS writes
# dates), rather than Django's "17 Oct 2026" (en-gb) or "Oct. 17, 2026" (en).
DATE_FORMAT = "j F Y"
