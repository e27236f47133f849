"""The lines above each appendix table ("Phụ lục I", its title, its "(Kèm theo …)" line): which paragraphs
they are, so that nothing else after the signature goes unnoticed, and whether docgen rewrites the reference
line (it always prints the document's own number and date there)."""

from __future__ import annotations

from typing import Any

from docgen import vnformat
from docgen.importdocx import messages as m
from docgen.importdocx.notes import CORRECTED, Notes
from docgen.read import patterns
from docgen.read.document import DocumentView, Table
from docgen.read.text import fold, is_upper, squash
from docgen.tables.view import TableSet

LINES_ABOVE = 5


def appendix_lines(view: DocumentView, tables: TableSet, after: int) -> dict[int, list[int]]:
    """Return, for each appendix table (by its position in ``tables``), the paragraphs it consists of: its
    cells and the label, title and reference lines just above it (after paragraph ``after``)."""
    starts = {table.place.order[0]: position for position, table in enumerate(tables.tables)}
    found: dict[int, list[int]] = {}
    previous = after
    for block in view.blocks:
        if not isinstance(block, Table):
            continue
        cells = [p.index for c in block.cells for p in c.paragraphs]
        if not cells or cells[0] not in starts:
            continue
        above = [p for p in view.top_level() if previous < p.index < cells[0] and not p.is_empty]
        heading = [p.index for p in above[-LINES_ABOVE:] if _heading_line(p.text)]
        found[starts[cells[0]]] = heading + cells
        previous = cells[-1]
    return found


def _heading_line(text: str) -> bool:
    folded = fold(text.strip())
    return bool(patterns.APPENDIX_LABEL.match(folded) or patterns.REFERENCE.match(folded)) or is_upper(text)


def note_references(view: DocumentView, lines: dict[int, list[int]], plan: dict[str, Any], notes: Notes) -> None:
    """Note each "(Kèm theo …)" line that docgen will print differently (a blank number, another date)."""
    document, issuer = plan["document"], plan["issuer"]
    symbol = f"{vnformat.document_number(document.get('number'))}/{document['code']}-{issuer['abbreviation']}"
    date = vnformat.long_date(document.get("date"), document.get("draft_month"), document.get("draft_year"))
    printed = f"(Kèm theo {document['kind']} số {symbol} {date} của {issuer['name']})"
    by_index = {p.index: p for p in view.paragraphs}
    for position, indexes in lines.items():
        for index in indexes:
            text = squash(by_index[index].text)
            if by_index[index].cell is None and patterns.REFERENCE.match(fold(text)) and fold(text) != fold(printed):
                notes.add(("appendices", position), CORRECTED, m.REFERENCE_REWRITTEN.format(written=text), [index],
                          m.REFERENCE_REWRITTEN)


def titles(view: DocumentView, lines: dict[int, list[int]]) -> dict[int, str]:
    """Return each table's title: the upper-case lines just above it that are neither its label nor its
    reference line (the reader's guess may run into the title of the table before)."""
    by_index = {p.index: p for p in view.paragraphs}
    found = {}
    for position, indexes in lines.items():
        texts = [squash(by_index[i].text) for i in indexes if by_index[i].cell is None]
        kept = [t for t in texts if is_upper(t) and not patterns.APPENDIX_LABEL.match(fold(t))]
        if kept:
            found[position] = " ".join(kept)
    return found
