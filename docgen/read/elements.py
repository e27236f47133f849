"""The objects of the document view: runs, paragraphs, cells and tables as Word shows them.

Rules receive these (through ``docgen.read.document``); they hold effective formatting, never XML.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

from docgen.read import messages
from docgen.read.formats import ParaFormat, RunFormat
from docgen.read.place import Place
from docgen.read.text import snippet


class Run(NamedTuple):  # a named tuple: made for every run of a document, at a fraction of a dataclass's cost
    """A run of text as shown (capitals applied) and its effective formatting."""

    text: str
    fmt: RunFormat


class CellRef(NamedTuple):
    """A table cell by 1-based table number (document order), row and column."""

    table: int
    row: int
    col: int


# Not frozen, compared by identity: a document has tens of thousands of paragraphs, a frozen dataclass costs
# six times as much to build, and a paragraph is one place in one document, never equal to another. Nothing
# changes a paragraph once the walker has made it.
@dataclass(eq=False)
class Paragraph:
    """A paragraph as Word shows it. ``index`` counts every paragraph of the body and its tables from 1
    (0 in headers and footers); ``text`` starts with the automatic list label, if any."""

    index: int
    text: str
    label: str
    runs: tuple[Run, ...]
    fmt: ParaFormat
    mark: RunFormat
    cell: CellRef | None
    section: int
    width_mm: float
    line_shapes_mm: tuple[float, ...]
    has_page_field: bool
    visible_runs: tuple[Run, ...]  # the runs that show something other than white space
    fixed_place: Place | None = field(default=None, repr=False)  # a header's or footer's: its part, not a number

    @cached_property
    def place(self) -> Place:
        """Where the paragraph is, as a clerk finds it: made when a finding or a message needs it, which most
        paragraphs never do."""
        if self.fixed_place:
            return self.fixed_place
        where = messages.WHERE_CELL.format(table=self.cell.table, row=self.cell.row, col=self.cell.col) \
            if self.cell else ""
        quoted = snippet(self.text) if self.text.strip() else messages.WHERE_EMPTY
        return Place((self.index, 2), messages.WHERE_PARAGRAPH.format(index=self.index, cell=where, text=quoted),
                     self.text)

    @property
    def is_empty(self) -> bool:
        """True when the paragraph shows no text."""
        return not self.text.strip()


class Cell(NamedTuple):  # a named tuple, like Run: made for every cell of every table
    """A table cell and the paragraphs directly in it; ``grid`` is its first column in the table's grid
    (0-based, after ``w:gridBefore``), ``span`` how many grid columns it covers (``w:gridSpan``), and
    ``merge`` "restart" or "continue" when it is part of a vertical merge (``w:vMerge``), else ""."""

    ref: CellRef
    paragraphs: tuple[Paragraph, ...]
    grid: int = 0
    span: int = 1
    merge: str = ""

    @property
    def text(self) -> str:
        """Return the cell's paragraphs' texts joined by line breaks."""
        return "\n".join(paragraph.text for paragraph in self.paragraphs)


@dataclass(frozen=True)
class Table:
    """A table: rows of cells, the section it is in and where a clerk finds it."""

    index: int
    rows: tuple[tuple[Cell, ...], ...]
    section: int
    place: Place
    grid_mm: tuple[float, ...] = ()  # the width of each grid column (w:tblGrid), 0 when not stated
    indent_mm: float = 0.0  # from the left margin (w:tblInd; negative: into the margin)
    align: str = "left"  # the table's own alignment between the margins (w:jc): left, center or right
    lines: bool = True  # whether it prints lines around or between its cells (any border of it or of a cell)

    @property
    def cells(self) -> list[Cell]:
        """Return the cells row by row."""
        return [cell for row in self.rows for cell in row]


Block = Paragraph | Table


@dataclass(frozen=True)
class PageLayout:
    """The text of each page as LibreOffice prints it (``docgen.check.layout``), or why there is none."""

    pages: tuple[str, ...] = ()
    missing: str = ""
