"""Read hamlet tables from an Excel workbook into a ``TableSet``: the workbook ``build --xlsx`` writes, or a
plain sheet with one row per hamlet under recognisable Vietnamese headers.

Columns are recognised by the same header words as the tables of a Word document
(``docgen.read.table_columns``), so a column means the same figure whatever file it was read from. A cell
that is not a usable number is a ``Problem`` naming the sheet, the cell, its value and why: ``diff`` shows
them as notes, ``import`` refuses the whole workbook.
"""

from __future__ import annotations

import io
import zipfile
from decimal import Decimal
from pathlib import Path

from docgen import messages
from docgen.errors import DocgenError, Location, Problem
from docgen.figures import READ_FIGURES
from docgen.read.package import Unreadable, vetted_file
from docgen.read.place import Place
from docgen.read.table_columns import group_of, is_total_name, recognise, settle
from docgen.read.text import fold, squash
from docgen.tables.view import AppendixTable, Column, HamletRow, TableSet, Value
from docgen.tables.xlsx_cells import UNCALCULATED, sheet_rows

HEADER_ROWS_MAX = 6  # rows searched for the header line (a title line or two may come first)
RATE_PLACES = Decimal("0.01")  # the precision the document prints a rate with


def read_workbook(path: Path, name: str = "") -> tuple[TableSet, list[Problem]]:
    """Return the hamlet tables of every sheet and the problems of cells that are not usable numbers; raise
    ``DocgenError`` when the file cannot be opened as a workbook."""
    name = name or str(path)
    found, problems = TableSet(name), list[Problem]()
    for number, (title, rows) in enumerate(workbook_sheets(path, name), start=1):
        table = _read_sheet(rows, title, number, name, problems)
        if table is None:
            found.notes.append(messages.XLSX_SHEET_SKIPPED.format(sheet=title))
        else:
            found.tables.append(table)
    return found, problems


def workbook_sheets(path: Path, name: str) -> list[tuple[str, list]]:
    """Return each sheet's title and rows (openpyxl cells, read-only, within bounds); raise ``DocgenError``
    when the file cannot be opened as a workbook."""
    from openpyxl import load_workbook

    try:
        data = vetted_file(path)  # a user's file: its zip directory is vetted (sizes, bombs) before openpyxl
    except FileNotFoundError:
        raise DocgenError.single(messages.XLSX_NOT_FOUND, file=name) from None
    except (zipfile.BadZipFile, OSError, Unreadable):
        raise _unreadable(name) from None
    try:
        # read-only: openpyxl makes no cell itself; sheet_rows reads the rows the sheet holds, within bounds
        workbook = load_workbook(io.BytesIO(data), data_only=True, read_only=True)
        return [(sheet.title, sheet_rows(sheet, name)) for sheet in workbook.worksheets]
    except DocgenError:
        raise
    except Exception:  # whatever openpyxl or lxml raise on a malformed file: it is unreadable
        raise _unreadable(name) from None


def _unreadable(name: str) -> DocgenError:
    return DocgenError.single(messages.XLSX_UNREADABLE, file=name, hint=messages.XLSX_UNREADABLE_HINT)


def _cell_text(value) -> str:
    return squash(str(value)) if value is not None and value is not UNCALCULATED else ""


def _read_sheet(rows: list, title_of_sheet: str, number: int, name: str,
                problems: list[Problem]) -> AppendixTable | None:
    header_at = next((i for i, row in enumerate(rows[:HEADER_ROWS_MAX]) if _names_hamlets(row)), None)
    if header_at is None:
        return None
    title = " ".join(_cell_text(c.value) for row in rows[:header_at] for c in row if c.value is not None)
    label, _, heading = title.partition(":") if fold(title).startswith("phụ lục") else ("", "", title)
    columns = _columns(rows[header_at], rows[header_at - 1] if header_at else [], title or title_of_sheet)
    table = AppendixTable(squash(label) or title_of_sheet, squash(heading), columns, [], None,
                          Place((number,), messages.XLSX_SHEET.format(sheet=title_of_sheet)))
    table.take_rows(_row(row, columns, title_of_sheet, name, problems) for row in rows[header_at + 1:] if row)
    return table


def _names_hamlets(row) -> bool:
    """True for a header line: a hamlet column and at least one other recognised column (not a title line
    that happens to say "thôn")."""
    figures = [recognise(_cell_text(c.value), "", "")[0] for c in row]
    return "hamlet" in figures and len([f for f in figures if f]) >= 2


def _columns(header, above, title: str) -> list[Column]:
    """Return the columns of the header row; a column's group is written before " / " in its own cell (as
    ``build --xlsx`` writes it), or in a group header above (a merged cell: the nearest text to the left in the
    row above), else the title names it."""
    headers, recognised, group_text = [], [], ""
    for index, cell in enumerate(header):
        over = _cell_text(above[index].value) if index < len(above) else ""
        group_text = over or group_text
        printed = _cell_text(cell.value)
        *inline, own = printed.split(" / ") if printed else [""]  # build --xlsx writes "group / header"
        group = " ".join(inline) or (group_text if group_of(fold(group_text)) else "")
        recognised.append(recognise(own, group, group_of(fold(title))))
        headers.append(" / ".join(t for t in (over, printed) if t))
    return [Column(figure, text, index)
            for index, (text, (figure, _)) in enumerate(zip(headers, settle(recognised), strict=True))]


def _row(row, columns: list[Column], sheet: str, name: str, problems: list[Problem]) -> HamletRow | None:
    by_figure = {c.figure: c for c in columns if c.figure}
    texts = [_cell_text(c.value) for c in row]
    if not any(texts):
        return None
    hamlet = texts[by_figure["hamlet"].index] if by_figure["hamlet"].index < len(texts) else ""
    is_total = any(is_total_name(t) for t in texts[:2])
    shown = hamlet or next((t for t in texts[:2] if is_total_name(t)), "")
    where = messages.XLSX_ROW.format(sheet=sheet, row=row[0].row, name=shown)
    values = {}
    for column in columns:
        if not column.figure or column.figure == "hamlet" or column.index >= len(row):
            continue
        cell = row[column.index]
        if column.figure == "order" and is_total:
            continue
        value = _value(cell, column, sheet, name, problems)
        if value is not None:
            values[column.figure] = value
    return HamletRow(shown, values, Place((row[0].row,), where), is_total)


def _value(cell, column: Column, sheet: str, name: str, problems: list[Problem]) -> Value | None:
    """Return the cell's figure, or None after adding a problem naming the cell and why."""
    place = Place((cell.row, cell.column), messages.XLSX_CELL.format(sheet=sheet, cell=cell.coordinate))
    raw = cell.value
    if READ_FIGURES[column.figure].kind == "text":  # a report's «Đánh giá»: the words as typed
        return Value(0, _cell_text(raw) if raw is not None else "", place, blank=raw is None)
    rate = READ_FIGURES[column.figure].kind == "rate"
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return Value(Decimal(0) if rate else 0, "", place, blank=True)
    if raw is UNCALCULATED:
        problems.append(Problem(Location(name, 0, place.label), messages.XLSX_UNCALCULATED.format(
            header=column.header), messages.XLSX_UNCALCULATED_HINT))
        return None
    why = _bad(raw, rate)
    if why:
        problems.append(Problem(Location(name, 0, place.label), messages.XLSX_BAD_CELL.format(
            value=raw, header=column.header, why=why)))
        return None
    number = Decimal(str(raw)).quantize(RATE_PLACES) if rate else int(raw)
    return Value(number, _cell_text(raw), place)


def _bad(raw, rate: bool) -> str:
    """Return why a cell cannot be a figure, or "" when it can."""
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        return messages.XLSX_NOT_NUMBER
    if raw < 0:
        return messages.XLSX_NEGATIVE
    if not rate and raw != int(raw):
        return messages.XLSX_NOT_WHOLE
    return ""
