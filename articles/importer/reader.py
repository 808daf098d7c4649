"""Read a .txt, .md or .docx file into numbered lines of formatted text.

Every format ends up as the same list of Line objects, each with runs of text that
are bold, italic or a link, and the hints the format gives (a Word heading style, a
Markdown list item). Structure is recognised later, from these lines alone.
"""

import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePath

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.hyperlink import Hyperlink
from docx.text.paragraph import Paragraph
from lxml.etree import LxmlError
from markdown_it import MarkdownIt

from .report import DocumentError, Removal

EXTENSIONS = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".docx": "word",
}
# A .docx is a zip; refuse one that unpacks to far more than any article needs.
MAX_UNPACKED_BYTES = 100 * 1024 * 1024


@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    href: str = ""


@dataclass
class Line:
    """A line (text, Markdown) or paragraph (Word) of the source, with its number."""

    number: int
    runs: list[Run]
    # What the format says this line is: "" (nothing), "title", "heading",
    # "bullet", "numbered" or "toc" (a Word table-of-contents entry).
    style: str = ""
    level: int = 0  # heading level given by the format, 1 = top
    blank_before: bool = False

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass
class Source:
    lines: list[Line]
    unit: str  # "line" or "paragraph", for the report
    removals: list[Removal] = field(default_factory=list)


def read_document(filename: str, data: bytes, max_bytes: int) -> Source:
    """Lines of the uploaded file, or DocumentError with one sentence saying why not."""
    extension = PurePath(filename or "").suffix.lower()
    if extension not in EXTENSIONS:
        shown = extension or "no extension"
        raise DocumentError(
            f"Only .txt, .md and .docx files can be imported; “{filename}” has {shown}."
        )
    if len(data) > max_bytes:
        raise DocumentError(
            f"The file is {_megabytes(len(data))}; the largest file that can be "
            f"imported is {_megabytes(max_bytes)}."
        )
    if not data.strip():
        raise DocumentError("The file is empty.")
    kind = EXTENSIONS[extension]
    if kind == "word":
        source = _read_word(data)
    else:
        text = _decode(data)
        source = _read_markdown(text) if kind == "markdown" else _read_text(text)
    if not source.lines:
        raise DocumentError("The file has no text in it.")
    return source


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError(
            "The file is saved as UTF-16, not UTF-8: save it again as UTF-8 text "
            "and upload that."
        )
    if b"\x00" in data or _looks_binary(data):
        raise DocumentError(
            "The file is not a text file: upload a .txt, .md or .docx document."
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DocumentError(
            "The file is not UTF-8 text (it may be saved as Windows-1252 or Latin-1): "
            "save it again as UTF-8 and upload that."
        ) from error
    controls = sum(
        1
        for char in text
        if unicodedata.category(char) == "Cc" and char not in "\t\n\r\f"
    )
    if controls > max(8, len(text) // 100):
        raise DocumentError(
            "The file is not a text file: upload a .txt, .md or .docx document."
        )
    return text


def _looks_binary(data: bytes) -> bool:
    head = data[:4]
    return head.startswith((b"PK\x03\x04", b"%PDF", b"\x89PNG", b"\xd0\xcf\x11\xe0"))


def _clean(text: str) -> str:
    """Normalise spaces; keep every visible character."""
    text = text.replace("\u00a0", " ").replace("\t", " ")
    text = "".join(
        char
        for char in text
        if not (unicodedata.category(char) == "Cc" and char != "\n")
    )
    return re.sub(r"[ \u2000-\u200b\u202f\u205f\u3000]+", " ", text)


def _split_lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _read_text(text: str) -> Source:
    lines, blank = [], False
    for number, raw in enumerate(_split_lines(text), start=1):
        content = _clean(raw).strip()
        if not content:
            blank = True
            continue
        lines.append(Line(number, [Run(content)], blank_before=blank))
        blank = False
    return Source(lines, "line")


# Markdown ---------------------------------------------------------------------


def _read_markdown(text: str) -> Source:

    text = "\n".join(_split_lines(text))
    parser = MarkdownIt("commonmark", {"html": False})
    tokens = parser.parse(text)
    source = Source([], "line")
    lists: list[str] = []  # open lists, innermost last: "bullet" or "numbered"
    item_start = False  # the next paragraph starts a list item
    style, level = "", 0
    for token in tokens:
        kind = token.type
        if kind == "heading_open":
            style, level = "heading", int(token.tag[1])
        elif kind in ("bullet_list_open", "ordered_list_open"):
            lists.append("bullet" if kind == "bullet_list_open" else "numbered")
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "list_item_open":
            item_start = True
        elif kind == "inline":
            first = token.map[0] + 1 if token.map else 1
            if style != "heading" and item_start and lists:
                style = lists[-1]
            item_start = False
            _markdown_inline(token, first, style, level, source)
            style, level = "", 0
        elif kind in ("fence", "code_block", "html_block"):
            first = token.map[0] + 1 if token.map else 1
            if kind == "fence":
                first += 1
            for offset, raw in enumerate(token.content.split("\n")):
                content = _clean(raw).strip()
                if content:
                    source.lines.append(Line(first + offset, [Run(content)]))
    return source


def _markdown_inline(token, first: int, style: str, level: int, source: Source):
    number = first
    runs: list[Run] = []
    bold = italic = 0
    href = ""

    def finish():
        text_runs = [run for run in runs if run.text]
        if "".join(run.text for run in text_runs).strip():
            _strip_runs(text_runs)
            source.lines.append(Line(number, text_runs, style=style, level=level))

    for child in token.children or []:
        kind = child.type
        if kind in ("text", "code_inline", "html_inline"):
            runs.append(Run(_clean(child.content), bool(bold), bool(italic), href))
        elif kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic -= 1
        elif kind == "link_open":
            href = child.attrGet("href") or ""
        elif kind == "link_close":
            href = ""
        elif kind in ("softbreak", "hardbreak"):
            finish()
            runs = []
            number += 1
        elif kind == "image":
            alt = child.content or ""
            source.removals.append(
                Removal(
                    "image (add images in the editor, with alt text)",
                    alt or child.attrGet("src") or "image",
                    number,
                )
            )
    finish()


def _strip_runs(runs: list[Run]) -> None:
    """Trim spaces at both ends of a line held in runs."""
    if runs:
        runs[0].text = runs[0].text.lstrip()
        runs[-1].text = runs[-1].text.rstrip()


# Word -------------------------------------------------------------------------


def _read_word(data: bytes) -> Source:

    damaged = DocumentError(
        "The .docx file is damaged or is not a Word document: open it in Word or "
        "LibreOffice, save it again as .docx and upload that."
    )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
                raise damaged
        document = docx.Document(io.BytesIO(data))
    except (
        zipfile.BadZipFile,
        PackageNotFoundError,
        KeyError,
        ValueError,
        LxmlError,
    ) as error:
        raise damaged from error

    source = Source([], "paragraph")
    number, blank = 0, False
    try:
        for item in _word_blocks(document):
            if isinstance(item, Table):
                for row in item.rows:
                    number += 1
                    cells = []
                    for cell in row.cells:
                        text = _clean(cell.text).strip()
                        if text and text not in cells:
                            cells.append(text)
                    if cells:
                        source.lines.append(Line(number, [Run(" – ".join(cells))]))
                continue
            number += 1
            images = item._p.xpath(".//w:drawing | .//w:pict")
            if images:
                source.removals.append(
                    Removal(
                        "image (add images in the editor, with alt text)",
                        f"{len(images)} image{'s' if len(images) > 1 else ''}",
                        number,
                    )
                )
            style, level = _word_style(item)
            parts = _word_runs(item)
            if not "".join(run.text for run in parts).strip():
                blank = True
                continue
            # A line break inside a paragraph starts a new line with the same number.
            for runs in _split_runs_at_newlines(parts):
                _strip_runs(runs)
                if "".join(run.text for run in runs).strip():
                    source.lines.append(
                        Line(number, runs, style=style, level=level, blank_before=blank)
                    )
            blank = False
    except (KeyError, ValueError, LxmlError) as error:
        raise damaged from error
    return source


def _word_blocks(document):
    """Paragraphs and tables in order, including those inside content controls
    (Word puts its automatic table of contents in one)."""

    def walk(element):
        for child in element.iterchildren():
            if child.tag == qn("w:p"):
                yield Paragraph(child, document._body)
            elif child.tag == qn("w:tbl"):
                yield Table(child, document._body)
            elif child.tag == qn("w:sdt"):
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    yield from walk(content)

    yield from walk(document.element.body)


def _word_style(paragraph) -> tuple[str, int]:
    name = (paragraph.style.name if paragraph.style is not None else "") or ""
    lowered = name.lower()
    if lowered == "title":
        return "title", 1
    match = re.fullmatch(r"heading (\d)", lowered)
    if match:
        return "heading", int(match.group(1))
    if lowered.startswith("toc"):
        return "toc", 0
    if lowered.startswith("list bullet"):
        return "bullet", 0
    if lowered.startswith("list number"):
        return "numbered", 0
    if paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None:
        return _numbering_kind(paragraph), 0
    if lowered.startswith("list"):
        return "bullet", 0
    return "", 0


def _numbering_kind(paragraph) -> str:
    """'numbered' for a decimal/letter Word list, 'bullet' otherwise."""
    try:
        num_pr = paragraph._p.pPr.numPr
        num_id = num_pr.numId.val
        ilvl = num_pr.ilvl.val if num_pr.ilvl is not None else 0
        numbering = paragraph.part.numbering_part.element
        ns = numbering.nsmap["w"]
        num = numbering.find(f"{{{ns}}}num[@{{{ns}}}numId='{num_id}']")
        abstract_id = num.find(f"{{{ns}}}abstractNumId").get(f"{{{ns}}}val")
        abstract = numbering.find(
            f"{{{ns}}}abstractNum[@{{{ns}}}abstractNumId='{abstract_id}']"
        )
        lvl = abstract.find(f"{{{ns}}}lvl[@{{{ns}}}ilvl='{ilvl}']")
        fmt = lvl.find(f"{{{ns}}}numFmt").get(f"{{{ns}}}val")
    except (AttributeError, KeyError, NotImplementedError):
        return "bullet"
    return "bullet" if fmt in ("bullet", "none") else "numbered"


def _word_runs(paragraph) -> list[Run]:

    runs = []
    for item in paragraph.iter_inner_content():
        if isinstance(item, Hyperlink):
            href = item.address or ""
            if item.fragment and not href:
                href = f"#{item.fragment}"
            for run in item.runs:
                runs.append(
                    Run(_clean(run.text), bool(run.bold), bool(run.italic), href)
                )
        else:
            runs.append(Run(_clean(item.text), bool(item.bold), bool(item.italic)))
    return runs


def _split_runs_at_newlines(runs: list[Run]) -> list[list[Run]]:
    lines: list[list[Run]] = [[]]
    for run in runs:
        pieces = run.text.split("\n")
        for index, piece in enumerate(pieces):
            if index:
                lines.append([])
            if piece:
                lines[-1].append(Run(piece, run.bold, run.italic, run.href))
    return lines
