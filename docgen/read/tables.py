"""The appendix tables of any .docx as figures (``docgen.tables.view.TableSet``): what ``check``, ``diff``
and the importers compare.

A table is an appendix table when its header names a hamlet column and at least one figure of a household
group. Its header may span two or more rows with merged cells (``w:gridSpan``, ``w:vMerge``); a row of column
numbers under it ("1 2 3 …", "(1) (2) …", "A B") is skipped. Each column is recognised from its own header
and its group header (``docgen.read.table_columns``). The rows follow, up to the total row (Cộng, Tổng cộng,
Tổng …). Whatever cannot be understood becomes a note of the ``TableSet``, never an exception.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from pathlib import Path

from docgen.figures import READ_FIGURES
from docgen.read import messages
from docgen.read.document import Cell, DocumentView, Table, open_document
from docgen.read.parts import Parts
from docgen.read.place import Place
from docgen.read.table_columns import group_of, is_total_name, kind, parse_count, parse_rate, recognise, settle
from docgen.read.text import fold, is_upper, snippet, squash
from docgen.tables.view import AppendixTable, Column, HamletRow, TableSet, Value

HEADER_ROWS_MAX = 4
TITLE_LINES_MAX = 4  # lines above a table searched for its title when no "Phụ lục" line was found
_NUMBERING = re.compile(r"^\(?([0-9]{1,2}|[a-zđ])\)?$")
_FIGURE_TABLE = re.compile(r"\bnghèo\b")


def tables_of_docx(source: Path | bytes, name: str = "") -> TableSet:
    """Return the appendix tables of a .docx given as a path or bytes; raise ``DocgenError`` only when the
    file cannot be opened as a .docx."""
    from docgen.read.locate import locate

    view = open_document(source, name)
    return read_tables(view, locate(view), name or str(source))


def read_tables(view: DocumentView, parts: Parts, source: str) -> TableSet:
    """Return every appendix table of the document, in document order, with notes on what was not understood."""
    found = TableSet(source)
    for table in view.tables:
        grid = grid_of(table)
        header_count = _header_rows(grid)
        if not header_count:
            continue
        label, title = _heading(view, parts, table)
        if not _FIGURE_TABLE.search(fold(" ".join([title, *_texts(grid[:header_count])]))):
            continue
        notes: list[str] = []
        appendix = _read_table(table, grid, header_count, label, title, notes)
        if appendix is not None:
            found.tables.append(appendix)
            found.read.add(table.index)
        if notes:
            found.notes += notes
            found.by_table[table.index] = notes
    return found


def grid_of(table: Table) -> list[list[Cell | None]]:
    """Return the table as rows of grid columns: a cell spanning columns fills each, a cell continuing a
    vertical merge is the cell that started it."""
    width = max((c.grid + c.span for row in table.rows for c in row), default=0)
    grid: list[list[Cell | None]] = []
    for row in table.rows:
        line: list[Cell | None] = [None] * width
        for cell in row:
            above = grid[-1][cell.grid] if grid and cell.merge == "continue" else None
            for column in range(cell.grid, cell.grid + cell.span):
                line[column] = above or cell
        grid.append(line)
    return grid


@functools.lru_cache(maxsize=256)  # asked for every cell of a column
def _own_header(header: str) -> str:
    """Return the column's own header (under its group's), shortened: ``Tỷ lệ %``."""
    return snippet(header.split(" / ")[-1])


def table_text(cell: Cell | None) -> str:
    return squash(cell.text) if cell is not None else ""


def _texts(rows: list[list[Cell | None]]) -> list[str]:
    return [table_text(cell) for row in rows for cell in row]


def _header_rows(grid: list[list[Cell | None]]) -> int:
    """Return how many rows the header takes (its numbering row included): the rows before the first row
    that holds figures; 0 when there is no such row within the first few."""
    for position, row in enumerate(grid[:HEADER_ROWS_MAX + 1]):
        if position and not is_numbering_row(row) and _holds_figures(row):
            return position
    return 0


def _holds_figures(row: list[Cell | None]) -> bool:
    texts = [table_text(cell) for cell in distinct_cells(row)]
    numbers = [t for t in texts[1:] if parse_count(t) is not None or parse_rate(t) is not None]
    return len(numbers) >= max(1, (len(texts) - 1) // 2) and any(t.strip() for t in numbers)


def is_numbering_row(row: list[Cell | None]) -> bool:
    """True for the row of column numbers some communes print under the header: 1 2 3 …, (1) (2) …, A B 1 2."""
    texts = [fold(table_text(cell)) for cell in distinct_cells(row)]
    if len(texts) < 3 or not all(_NUMBERING.match(t) for t in texts):
        return False
    numbers = [int(m.group(1)) for t in texts if (m := _NUMBERING.match(t)) and m.group(1).isdigit()]
    return numbers == list(range(numbers[0], numbers[0] + len(numbers))) if numbers else True


def distinct_cells(row: list[Cell | None]) -> list[Cell | None]:
    """Return the row's cells once each, in order (a cell spanning columns appears once)."""
    seen, cells = set(), []
    for cell in row:
        key = id(cell)
        if key not in seen:
            seen.add(key)
            cells.append(cell)
    return cells


def _heading(view: DocumentView, parts: Parts, table: Table) -> tuple[str, str]:
    """Return the label ("Phụ lục I", or "") and the title of the appendix a table belongs to: the nearest
    appendix above it, else the upper-case lines just above it (a "BIỂU …" title typed by hand)."""
    start = table.place.order[0]
    above = [a for a in parts.appendices if a.label.paragraph.index < start]
    if above:
        appendix = above[-1]
        label = appendix.label.text if appendix.labelled else ""
        return label, " ".join(span.text for span in appendix.titles)
    lines = [p for p in view.top_level() if p.index < start and not p.is_empty][-TITLE_LINES_MAX:]
    titles = [squash(p.text) for p in lines if is_upper(p.text)]
    return "", " ".join(titles)


def _read_table(table: Table, grid: list[list[Cell | None]], header_count: int, label: str, title: str,
                notes: list[str]) -> AppendixTable | None:
    appendix = messages.WHERE_TABLE_APPENDIX.format(label=label) if label else ""
    where = messages.WHERE_TABLE_OF.format(table=table.index, appendix=appendix)
    column_notes: list[str] = []
    columns = _columns(grid[:header_count], fold(title), where, column_notes)
    figures = [c.figure for c in columns if c.figure]
    grouped = [f for f in figures if kind(f) in ("count", "rate") and f != "households"]
    if "hamlet" not in figures or not grouped:
        # a hamlet table with columns not understood, or figures without hamlets; not a list of activities, nor
        # a table of hamlets and households only (nothing in it to judge)
        if ("hamlet" in figures and column_notes) or ("hamlet" not in figures and len(grouped) >= 2):
            notes.append(messages.TABLE_NO_HAMLETS.format(table=where))
        return None
    notes.extend(column_notes)
    result = AppendixTable(label, title, columns, [], None, Place(table.place.order, where))
    result.take_rows(_row(line, number, columns, where, notes)
                     for number, line in enumerate(grid[header_count:], start=header_count + 1))
    if not result.rows:
        notes.append(messages.TABLE_NO_ROWS.format(table=where))
        return None
    return result


def _columns(header: list[list[Cell | None]], title: str, where: str, notes: list[str]) -> list[Column]:
    """Return the recognised columns; unknown ones are kept with figure "" and noted. A column whose header
    names no household group ("Tỷ lệ %") takes the title's group, else the table's only group."""
    header = [row for row in header if not is_numbering_row(row)]
    printed = [_header_texts(header, index) for index in range(len(header[0]) if header else 0)]
    recognised = [recognise(texts[-1] if texts else "", " ".join(texts[:-1]), group_of(title)) for texts in printed]
    groups = {READ_FIGURES[f].group for f, _ in recognised if f and READ_FIGURES[f].group}
    if len(groups) == 1 and any(not f and m != "?" for f, m in recognised):
        only = groups.pop()
        recognised = [recognise(t[-1] if t else "", " ".join(t[:-1]), only) for t in printed]
    recognised = settle(recognised)
    columns, unknown, seen = [], [], set()
    for index, (texts, (figure, measure)) in enumerate(zip(printed, recognised, strict=True)):
        header_text = " / ".join(texts)
        if figure and figure in seen:
            notes.append(messages.TABLE_SAME_COLUMN.format(table=where, header=header_text))
            figure = ""
        elif not figure and measure != "?":
            notes.append(messages.TABLE_NO_GROUP.format(table=where, header=header_text))
        elif not figure and texts:
            unknown.append(f"«{snippet(header_text)}»")
        seen.add(figure)
        columns.append(Column(figure, header_text, index))
    if unknown:
        notes.append(messages.TABLE_UNKNOWN_COLUMNS.format(table=where, headers=", ".join(unknown)))
    return columns


def _header_texts(header: list[list[Cell | None]], index: int) -> list[str]:
    """Return the distinct header texts of a column, top to bottom (group header first, its own last)."""
    return list(dict.fromkeys(table_text(row[index]) for row in header if table_text(row[index])))


def _row(line: list[Cell | None], number: int, columns: list[Column], where: str,
         notes: list[str]) -> HamletRow | None:
    """Return a hamlet row or the total row; None for an empty row."""
    by_figure = {c.figure: c for c in columns if c.figure}
    texts = [table_text(cell) for cell in line]
    name = texts[by_figure["hamlet"].index]
    order = texts[by_figure["order"].index] if "order" in by_figure else ""
    if not any(texts):
        return None
    is_total = is_total_name(name) or (not name and is_total_name(order)) or (
        not parse_count(order) and is_total_name(order))
    shown = name if name and not (is_total and not is_total_name(name) and is_total_name(order)) else order
    first = next((cell for cell in line if cell is not None and cell.paragraphs), None)
    order_key = (first.paragraphs[0].index, 2) if first else (0, 2)
    row_where = messages.WHERE_TABLE_ROW.format(table=where, row=number, name=shown)
    values = {}
    for column in columns:
        if not column.figure or column.figure == "hamlet":
            continue
        value = _value(line[column.index], texts[column.index], column, row_where, order_key, is_total)
        if isinstance(value, Value):
            values[column.figure] = value
        elif value is not None:
            notes.append(messages.TABLE_BAD_NUMBER.format(place=value, text=texts[column.index]))
    return HamletRow(shown, values, Place(order_key, row_where), is_total)


def _value(cell: Cell | None, text: str, column: Column, row_where: str, order_key: tuple[int, int],
           is_total: bool) -> Value | str | None:
    """Return the Value of the cell showing ``text``, the place of a cell that is not a number (a str), or None
    for a cell that needs no value (the order cell of the total row)."""
    label = messages.WHERE_TABLE_VALUE.format(row=row_where, col=column.index + 1, header=_own_header(column.header))
    key = (cell.paragraphs[0].index, 2) if cell is not None and cell.paragraphs else order_key
    if column.figure == "order":
        order = parse_count(text)
        return Value(order[0], text, Place(key, label), order[1]) if order and not is_total else None
    if kind(column.figure) == "text":  # a report's «Đánh giá»: the words as printed
        return Value(0, text, Place(key, label), not text)
    parsed: tuple[int | Decimal, bool] | None = parse_rate(text) if kind(column.figure) == "rate" else parse_count(text)
    if parsed is None:
        return label
    return Value(parsed[0], text, Place(key, label), parsed[1])
