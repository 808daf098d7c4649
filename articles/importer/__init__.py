"""Turn a .txt, .md or .docx document into a draft ArticlePage.

reader.py reads the file into numbered lines of formatted text, stripping.py
removes contact details and links that are not the clinic's own, structure.py
recognises the article's parts (title, summary, what to drop), has body.py turn
the rest into blocks (both read lines with lines.py) and has sales.py remove
adverts and calls to action by what they say. build.py saves the draft and its
FAQ and myth-card snippets in one transaction. Everything dropped is listed in
the ImportReport (report.py).
"""

from .build import import_document
from .report import DocumentError, ImportReport

__all__ = ["DocumentError", "ImportReport", "import_document"]
