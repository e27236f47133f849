"""The tables of the body (a schedule, a list of who does what, a hamlet table of targets, between two
paragraphs): each goes into the plan's ``[[tables]]`` (a hamlet table with its ``columns``, its figures going
to the hamlets) and a paragraph "{table.id}" stands at its place in the outline, so it is printed where it
was."""

from __future__ import annotations

from docgen.importdocx.grid import Grid, read_grid
from docgen.read.document import DocumentView, Table
from docgen.read.locate_end import title_end
from docgen.read.outline import TEXT, Line
from docgen.read.parts import Parts
from docgen.tables.view import AppendixTable, TableSet


def end_start(parts: Parts) -> int:
    """Return the index of the first paragraph of the end block (recipients, signature); a large number when
    there is none."""
    if parts.end_tables:
        return min(p.index for cell in parts.end_tables[0].cells for p in cell.paragraphs)
    spans = [parts.recipients_label, *parts.recipients, *parts.signature_lines, parts.signer]
    return min((s.paragraph.index for s in spans if s is not None), default=10 ** 9)


def body_tables(view: DocumentView, parts: Parts, taken: set[int]) -> list[tuple[Table, Grid]]:
    """Return the tables between the title and the end block that are not hamlet tables (``taken`` holds the
    first paragraph of each of those), with their grids."""
    start, stop = title_end(parts), end_start(parts)
    found = []
    for block in view.blocks:
        if not isinstance(block, Table) or not block.cells:
            continue
        first = _first(block)
        if first is not None and start < first < stop and first not in taken:
            found.append((block, read_grid(block)))
    return found


def hamlet_tables_in_body_of(parts: Parts, found: TableSet) -> list[AppendixTable]:
    """Return the hamlet tables of ``found`` that stand between the title and the end block."""
    start, stop = title_end(parts), end_start(parts)
    return [table for table in found.tables if start < table.place.order[0] < stop]


def hamlet_tables_in_body(view: DocumentView, parts: Parts, found: TableSet) -> list[Table]:
    """Return the tables of the document that hold the hamlet tables of the body, in order."""
    starts = {table.place.order[0] for table in hamlet_tables_in_body_of(parts, found)}
    return [block for block in view.blocks if isinstance(block, Table) and _first(block) in starts]


def table_line(table: Table, ident: str) -> Line:
    """The outline line that holds the table's place: a paragraph "{table.id}"."""
    paragraph = next(p for c in table.cells for p in c.paragraphs)
    return Line(paragraph, TEXT, "", "", "{table." + ident + "}", False, False)


def _first(table: Table) -> int | None:
    indexes = [p.index for c in table.cells for p in c.paragraphs]
    return min(indexes) if indexes else None
