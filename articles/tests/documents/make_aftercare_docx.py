"""Write aftercare.docx, the Word sample document the importer tests read.

Run from the project root after changing it:
    .venv/bin/python articles/tests/documents/make_aftercare_docx.py
"""

from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement

HERE = Path(__file__).resolve().parent


def add_link(paragraph, text: str, url: str) -> None:
    """A real Word hyperlink (python-docx has no call for one)."""
    rel_id = paragraph.part.relate_to(
        url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True
    )
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    run = OxmlElement("w:r")
    text_element = OxmlElement("w:t")
    text_element.text = text
    text_element.set(qn("xml:space"), "preserve")
    run.append(text_element)
    link.append(run)
    paragraph._p.append(link)


def build() -> docx.Document:
    document = docx.Document()
    document.add_paragraph("Looking after yourself after sedation", style="Title")
    document.add_paragraph(
        "Simple steps for the first day at home after a procedure with ketamine."
    )
    document.add_paragraph("Contents", style="Heading 1")
    for entry in ("At home", "Common myths", "Frequently asked questions"):
        document.add_paragraph(entry, style="List Bullet")

    document.add_paragraph("At home", style="Heading 1")
    intro = document.add_paragraph("Rest for the ")
    intro.add_run("whole day").bold = True
    intro.add_run(" and keep someone with you. ")
    intro.add_run("Effects can come back in waves.").italic = True
    more = document.add_paragraph("The clinic's ")
    add_link(more, "aftercare page", "https://clinic.example.org/aftercare/")
    more.add_run(" lists what to watch for. A ")
    add_link(more, "supplier's brochure", "https://www.example-pharma.test/brochure")
    more.add_run(" is not advice.")
    document.add_paragraph("The first evening", style="Heading 2")
    document.add_paragraph("Eat something light", style="List Bullet")
    document.add_paragraph("Drink water", style="List Bullet")
    document.add_paragraph("Go to bed early", style="List Bullet")
    document.add_paragraph("Call the clinic if you are worried", style="List Number")
    document.add_paragraph(
        "Call the emergency number in an emergency", style="List Number"
    )

    document.add_paragraph("Common myths", style="Heading 1")
    myth = document.add_paragraph()
    myth.add_run("Myth:").bold = True
    myth.add_run(" The effects are always over by the time you leave.")
    fact = document.add_paragraph()
    fact.add_run("Fact:").bold = True
    fact.add_run(" Some people feel unsteady until the next morning.")

    document.add_paragraph("Frequently asked questions", style="Heading 1")
    document.add_paragraph("Can I go back to work the next day?")
    document.add_paragraph("Most people can, but ask the team about your own job.")
    document.add_paragraph("Is it normal to feel low afterwards?")
    document.add_paragraph(
        "Some people do for a day or two. Tell the team if it lasts."
    )

    document.add_paragraph("Take the next step", style="Heading 1")
    document.add_paragraph("Acme Pharma offers recovery packs for every patient.")
    document.add_paragraph("Call free on 0800 000 0000 or +1 800 555 0100.")
    document.add_paragraph("Visit www.example-pharma.test to order.")
    return document


if __name__ == "__main__":
    build().save(HERE / "aftercare.docx")
