"""The languages app keeps no tables: the languages are Wagtail's Locale rows."""
