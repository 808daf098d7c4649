"""Date formats that differ from Django's own (FORMAT_MODULE_PATH).

Public templates write dates with `|date:"DATE_FORMAT"`, so each language gets
its own order and words ("17 October 2026", "17 de octubre de 2026").
"""
