"""The cells of a worksheet, read in bounded memory and time whatever the sheet declares.

openpyxl pads every row to the sheet's declared dimension and creates every missing row up to it: one value
typed at XFD1048576 (a 7 KB file) would make it create some 17 billion cells. Here its own parser reads the
rows the sheet actually holds, and a value past ``ROWS_MAX`` or ``COLUMNS_MAX`` refuses the workbook, naming
the cell (a hamlet table is a few hundred rows and a few dozen columns). Empty, merely formatted cells out
there are ignored. A formula whose result was never saved (a sheet written by a program, never opened in
Excel) is ``UNCALCULATED``, not an empty cell: it must not be read as 0.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from openpyxl.utils import get_column_letter
from openpyxl.worksheet._reader import FORMULA_TAG, WorkSheetParser

from docgen import messages
from docgen.errors import DocgenError

ROWS_MAX = 5000
COLUMNS_MAX = 200


class Uncalculated:
    """The value of a formula cell saved without its result."""

    def __repr__(self) -> str:
        return "UNCALCULATED"


UNCALCULATED = Uncalculated()


class Cell(NamedTuple):
    row: int
    column: int
    value: Any

    @property
    def coordinate(self) -> str:
        return f"{get_column_letter(self.column)}{self.row}"


class _Parser(WorkSheetParser):
    """openpyxl's sheet parser (data only), telling a formula without a saved result from an empty cell."""

    def parse_cell(self, element):
        cell = super().parse_cell(element)
        if cell["value"] is None and element.find(FORMULA_TAG) is not None:
            cell["value"] = UNCALCULATED
        return cell


def sheet_rows(sheet, name: str) -> list[list[Cell]]:
    """Return the rows of a read-only openpyxl sheet, row 1 first, each as long as its last value; raise
    ``DocgenError`` naming the file and the cell when a value lies past the bounds."""
    workbook = sheet.parent
    by_number: dict[int, list[Cell]] = {}
    with sheet._get_source() as source:
        parser = _Parser(source, sheet._shared_strings, data_only=True, epoch=workbook.epoch,
                         date_formats=workbook._date_formats, timedelta_formats=workbook._timedelta_formats)
        for number, found in parser.parse():
            present = [c for c in found if c["value"] is not None]
            if present:
                width = max(c["column"] for c in present)
                _within_bounds(sheet.title, name, number, width)
                row = by_number.setdefault(number, [])
                row += [Cell(number, column, None) for column in range(len(row) + 1, width + 1)]
                for cell in present:
                    row[cell["column"] - 1] = Cell(number, cell["column"], cell["value"])
    return [by_number.get(number, []) for number in range(1, max(by_number, default=0) + 1)]


def _within_bounds(sheet: str, name: str, row: int, column: int) -> None:
    if row > ROWS_MAX or column > COLUMNS_MAX:
        cell = f"{get_column_letter(min(column, 16384))}{row}"
        raise DocgenError.single(messages.XLSX_TOO_FAR.format(sheet=sheet, cell=cell, rows=ROWS_MAX,
                                                              columns=COLUMNS_MAX),
                                 file=name, hint=messages.XLSX_TOO_FAR_HINT)
