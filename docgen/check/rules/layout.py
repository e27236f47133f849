"""What only the laid-out pages show (``docgen check --layout``): the signature block alone at the top of a page,
away from the text it signs, or cut over two pages. A report-only warning: the decree draws the block as one
(Phụ lục I, mục II.7), and a clerk keeps it with the last lines of the text."""

from __future__ import annotations

from collections.abc import Iterator

from docgen.check import messages as m
from docgen.check.finding import WARNING, Issue
from docgen.check.rules.base import rule
from docgen.read.document import DocumentView
from docgen.read.parts import Parts

TAIL = 30  # letters of the text's last paragraph looked for on the pages: enough to be found once


def _letters(text: str) -> str:
    """Return the text without its white space: the PDF's line breaks fall anywhere."""
    return "".join(text.split())


def _first_page(pages: list[str], text: str, start: int = 0) -> int | None:
    """Return the number (from 0) of the first page from ``start`` holding ``text``, or None."""
    wanted = _letters(text)
    return next((n for n in range(start, len(pages)) if wanted and wanted in pages[n]), None)


@rule("signature-page", WARNING, "Phụ lục I, mục II.7")
def signature_page(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """The signature block on the page of the text's last lines, and whole on one page (needs --layout)."""
    if view.layout is None or not parts.signature_lines or parts.signer is None or not parts.body:
        return
    if view.layout.missing:
        yield Issue(parts.signature_lines[0].place, m.LAYOUT_NOT_JUDGED.format(reason=view.layout.missing),
                    variant="unknown")
        return
    pages = [_letters(page) for page in view.layout.pages]
    text_page = _first_page(pages, _letters(parts.body[-1].text)[-TAIL:])
    signed = _first_page(pages, parts.signature_lines[0].text, text_page or 0)
    named = _first_page(pages, parts.signer.text, signed or 0)
    if text_page is None or signed is None or named is None:
        return  # the pages do not hold these lines as the file does (a field, a shape): nothing to judge
    if named > signed:
        yield Issue(parts.signature_lines[0].place, m.SIGNATURE_SPLIT.format(first=signed + 1, second=named + 1),
                    m.SIGNATURE_TOGETHER)
    elif signed > text_page:
        yield Issue(parts.signature_lines[0].place, m.SIGNATURE_ALONE.format(page=signed + 1, text=text_page + 1),
                    m.SIGNATURE_TOGETHER)
