"""Any table of the original as plain data: its rows of cells (text, with emphasis as markup, and how many
columns and rows each spans), how many rows are its header, its total row, and each column's alignment.

The hamlet tables are read by ``importdocx.tables`` into figures; every other table (a schedule in the body,
a task matrix in an appendix, the box of a form) comes here and is kept as typed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from docgen.importdocx.emphasis import segments, to_text
from docgen.read.document import Cell, Paragraph, Table
from docgen.read.text import fold, squash

TOTAL_WORDS = ("cộng", "tổng", "tổng cộng", "tổng số")


@dataclass
class GridCell:
    """One cell as printed: its text (paragraphs joined by line breaks) and its spans."""

    text: str
    colspan: int = 1
    rowspan: int = 1


@dataclass
class Grid:
    """A table: rows of cells (a cell covered by a merge above it is not repeated), the number of header rows,
    the position of the total row (or None), the alignment of each grid column, and the paragraphs read."""

    rows: list[list[GridCell]]
    columns: int
    header_rows: int = 0
    total_row: int | None = None
    align: list[str] = field(default_factory=list)
    sources: list[int] = field(default_factory=list)

    @property
    def header_text(self) -> str:
        """The words of the header, for a note or a title: "TT | Nội dung | Trách nhiệm"."""
        rows = self.rows[:max(self.header_rows, 1)]
        return " | ".join(c.text.replace("\n", " ") for row in rows for c in row if c.text)


def read_grid(table: Table) -> Grid:
    """Return the table as data."""
    rows: list[list[GridCell]] = []
    for r, row in enumerate(table.rows):
        cells = []
        for cell in row:
            if cell.merge == "continue":
                continue
            cells.append(GridCell(_cell_text(cell), cell.span, _rowspan(table, r, cell)))
        rows.append(cells)
    columns = max((sum(c.span for c in row) for row in table.rows), default=0)
    grid = Grid(rows, columns, sources=[p.index for c in table.cells for p in c.paragraphs])
    grid.header_rows = _header_rows(table)
    grid.total_row = _total_row(rows, grid.header_rows)
    grid.align = _alignments(table, grid.header_rows, columns)
    return grid


def _cell_text(cell: Cell) -> str:
    lines = [p for p in cell.paragraphs if not p.is_empty]
    return "\n".join(to_text(segments(p, squash(p.text))) for p in lines)


def _rowspan(table: Table, row: int, cell: Cell) -> int:
    if cell.merge != "restart":
        return 1
    span = 1
    for below in table.rows[row + 1:]:
        if not any(c.grid == cell.grid and c.merge == "continue" for c in below):
            break
        span += 1
    return span


def _header_rows(table: Table) -> int:
    """The rows at the top printed in bold throughout, and the rows a merged header cell reaches down into."""
    count = 0
    for row in table.rows:
        texts = [p for c in row for p in c.paragraphs if not p.is_empty]
        if not texts or not all(_bold(p) for p in texts):
            break
        count += 1
    reach = 0
    for r, row in enumerate(table.rows[:count]):
        for cell in row:
            reach = max(reach, r + _rowspan(table, r, cell))
    return min(max(count, reach), len(table.rows) - 1) if count else 0


def _bold(paragraph: Paragraph) -> bool:
    runs = [r for r in paragraph.visible_runs if r.text.strip()]
    return bool(runs) and all(r.fmt.bold.value for r in runs)


def _total_row(rows: list[list[GridCell]], header_rows: int) -> int | None:
    """The first data row or the last one, when it starts with "Cộng", "Tổng" …"""
    body = range(header_rows, len(rows))
    for position in (body[0], body[-1]) if body else ():
        first = next((c.text for c in rows[position] if c.text.strip()), "")
        if fold(first).rstrip(" :.") in TOTAL_WORDS:
            return position
    return None


def _alignments(table: Table, header_rows: int, columns: int) -> list[str]:
    """Each grid column's most frequent paragraph alignment in the data rows ("left" when it has none)."""
    seen: list[Counter] = [Counter() for _ in range(columns)]
    for row in table.rows[header_rows:]:
        for cell in row:
            for paragraph in cell.paragraphs:
                if not paragraph.is_empty and cell.grid < columns:
                    seen[cell.grid][paragraph.fmt.alignment.value] += 1
    return [counter.most_common(1)[0][0] if counter else "left" for counter in seen]
