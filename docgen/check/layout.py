"""The pages as LibreOffice lays them out, for what only the layout shows (a signature block pushed to the top
of the last page, or cut in two). Asked for with ``docgen check --layout``: converting takes seconds, where
checking the file takes hundredths of a second.

The texts of the pages come from LibreOffice's PDF (``docgen.pdf``) and poppler's ``pdftotext``; without them the
layout is said not judged, never guessed.
"""

from __future__ import annotations

from docgen.check import messages as m
from docgen.errors import DocgenError
from docgen.read.document import PageLayout


def page_layout(docx: bytes, name: str) -> PageLayout:
    """Return the pages of the document as LibreOffice prints them, or why they could not be had."""
    from docgen.pdf import libreoffice, page_texts, to_pdf

    if libreoffice() is None:
        return PageLayout(missing=m.LAYOUT_NO_LIBREOFFICE)
    try:
        pdf = to_pdf({name or "document.docx": docx})
    except DocgenError as error:
        return PageLayout(missing=error.problems[0].message)
    pages = page_texts(next(iter(pdf.values())))
    return PageLayout(tuple(pages)) if pages else PageLayout(missing=m.LAYOUT_NO_PDFTOTEXT)
