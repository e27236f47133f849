"""Any table of the original as plain data: its rows of cells (text, with emphasis as markup, and how many
columns and rows each spans), how many rows are its header, its total row, and each column's alignment.

The hamlet tables are read by ``importdocx.tables`` into figures; every other table (a schedule in the body,
a task matrix in an appendix, the box of a form) comes here and is kept as typed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from docgen.importdocx.emphasis import lines, segments, to_text
from docgen.read.document import Cell, Paragraph, Table
from docgen.read.text import fold

TOTAL_WORDS = ("cộng", "tổng", "tổng cộng", "tổng số")


MERGED_LEFT, MERGED_UP = "<", "^"  # a cell covered by the one on its left, or above it (docs/plan-file.md)


@dataclass
class Grid:
    """A table as the plan file holds it: every row with one text per grid column ("<" and "^" for the parts of
    merged cells), how many rows are its header, its total row at the bottom (or none), each column's
    alignment, and the paragraphs of the original it was read from."""

    rows: list[list[str]]
    header_rows: int = 0
    total: list[str] = field(default_factory=list)
    align: list[str] = field(default_factory=list)
    widths: list[float] = field(default_factory=list)
    sources: list[int] = field(default_factory=list)
    borders: bool = True  # False: typed without lines (a form's box, blanks laid out side by side)

    @property
    def columns(self) -> int:
        return max((len(row) for row in self.rows), default=0)

    def header_text(self) -> str:
        """The words of the header, for a note: "TT | Nội dung | Trách nhiệm"."""
        rows = self.rows[:max(self.header_rows, 1)]
        return " | ".join(c.replace("\n", " ") for row in rows for c in row if c not in (MERGED_LEFT, MERGED_UP) and c)

    def as_plan(self, ident: str) -> dict:
        """Return the ``[[tables]]`` entry for this table."""
        table: dict = {"id": ident}
        if self.header_rows:
            table["header"] = self.rows[:self.header_rows]
        table["rows"] = self.rows[self.header_rows:]
        if self.total:
            table["total"] = self.total
        if any(a != "left" for a in self.align):
            table["align"] = self.align
        if len(self.widths) == self.columns and all(w > 0 for w in self.widths) and len(set(self.widths)) > 1:
            table["widths"] = [round(w) or 1 for w in self.widths]  # relative: mm as Word's grid states them
        if not self.borders:
            table["borders"] = False
        return table


def read_grid(table: Table, looks: bool = False) -> Grid:
    """Return the table as the plan file holds it. A cell's emphasis over the whole cell is kept in the rows
    under the header (a row of subtotals in bold, a note in italic: docgen prints those cells plain), not in
    the header and total rows, which docgen prints bold; with ``looks``, in every row (a box without header)."""
    columns = max((c.grid + c.span for row in table.rows for c in row), default=0)
    header = _header_rows(table)
    rows = [_row(row, columns, looks or r >= header) for r, row in enumerate(table.rows)]
    grid = Grid(rows, header, sources=[p.index for c in table.cells for p in c.paragraphs], borders=table.lines)
    grid.align = _alignments(table, grid.header_rows, columns)
    grid.widths = list(table.grid_mm)
    last = _row(table.rows[-1], columns, looks) if table.rows else []  # as printed: docgen prints it bold
    if len(rows) > grid.header_rows + 1 and _is_total(last):
        rows.pop()
        grid.total = last
    return grid


def _row(cells: tuple[Cell, ...], columns: int, looks: bool) -> list[str]:
    texts = [""] * columns
    for cell in cells:
        for offset in range(cell.span):
            if cell.grid + offset >= columns:
                break
            if cell.merge == "continue":
                texts[cell.grid + offset] = MERGED_UP
            else:
                texts[cell.grid + offset] = _cell_text(cell, looks) if offset == 0 else MERGED_LEFT
    return texts


def _cell_text(cell: Cell, looks: bool) -> str:
    """The cell's paragraphs and their lines (Shift+Enter) as one text with line breaks; a cell holding just
    "<" or "^" keeps it as text."""
    filled = [p for p in cell.paragraphs if not p.is_empty]
    text = "\n".join(to_text(segments(p, lines(p), breaks=True, whole=looks)) for p in filled)
    return "\\" + text if text in (MERGED_LEFT, MERGED_UP) else text


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


def _is_total(row: list[str]) -> bool:
    """A row that starts with "Cộng", "Tổng" …"""
    first = next((c for c in row if c and c not in (MERGED_LEFT, MERGED_UP)), "")
    return fold(first).rstrip(" :.") in TOTAL_WORDS


def _alignments(table: Table, header_rows: int, columns: int) -> list[str]:
    """Each grid column's most frequent paragraph alignment in the data rows ("left" when it has none)."""
    seen: list[Counter] = [Counter() for _ in range(columns)]
    for row in table.rows[header_rows:]:
        for cell in row:
            for paragraph in cell.paragraphs:
                if not paragraph.is_empty and cell.grid < columns:
                    seen[cell.grid][paragraph.fmt.alignment.value] += 1
    return [counter.most_common(1)[0][0] if counter else "left" for counter in seen]
