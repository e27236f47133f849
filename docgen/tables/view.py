"""Appendix tables as data, whatever they were read from (a .docx of any origin, an .xlsx that
``build --xlsx`` wrote, or a plan file through the calculator): the one shape that ``check`` (figure
rules), ``diff``, ``import`` and the importer of Word plans compare.

Values are exact: counts as ``int``, rates as ``Decimal`` with the precision that was printed (``1,40`` →
``Decimal("1.40")``); a blank cell read as zero is ``0`` with ``blank=True``. Every value keeps where it
came from, in words a reviewer finds it by (``Place`` of docgen.read.place).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from docgen.read.place import Place

Number = int | Decimal


@dataclass(frozen=True)
class Value:
    """One figure cell: the number, the text as printed, where it is, and whether the cell was blank."""

    number: Number
    text: str
    place: Place
    blank: bool = False


@dataclass(frozen=True)
class Column:
    """A column: the figure it holds (an id of docgen.figures.FIGURES; "" when not recognised), its header
    text as printed (group header and own header joined by " / "), and its position (0-based)."""

    figure: str
    header: str
    index: int


@dataclass
class HamletRow:
    """A hamlet's line (or the total line, ``is_total``): its name as printed and its figures by id."""

    name: str
    values: dict[str, Value]
    place: Place
    is_total: bool = False


@dataclass
class AppendixTable:
    """One appendix table: its label ("Phụ lục I", or "" when the document has none), title, columns,
    hamlet rows in order, and the total row (None when the table has none)."""

    label: str
    title: str
    columns: list[Column]
    rows: list[HamletRow]
    total: HamletRow | None
    place: Place

    def take_rows(self, rows: Iterable[HamletRow | None]) -> None:
        """Add the hamlet rows in order up to the total row, kept as ``total``; what follows it is not read
        (None: a line that is not a hamlet's)."""
        for row in rows:
            if row is None:
                continue
            if row.is_total:
                self.total = row
                return
            self.rows.append(row)

    def figures(self) -> list[str]:
        """Return the recognised figure ids of the columns, in print order."""
        return [c.figure for c in self.columns if c.figure]


@dataclass
class TableSet:
    """Every appendix table of one source (a file name as the user gave it), in document order; ``notes``
    are what could not be understood, one sentence each (the checker turns them into one warning)."""

    source: str
    tables: list[AppendixTable] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    by_table: dict[int, list[str]] = field(default_factory=dict)  # a .docx's notes by table number
    read: set[int] = field(default_factory=set)  # the numbers of a .docx's tables read as hamlet tables
