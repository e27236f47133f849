"""Tables of any columns that have a total row ("Cộng", "Tổng", "Tổng cộng", at the top or the bottom): the
figures ``docgen check`` can judge without knowing what the table is about.

A statistics table of a report, a budget or a list of classes adds its rows the same way a hamlet table does.
The header is every row above the first row of figures (a row of column numbers "(1) (2) …" included), its
merged cells followed both ways (``w:gridSpan`` across, ``w:vMerge`` down), so that a column's header is its
group header and its own joined ("Kết quả / Số lượng"). A column is judged when the total row prints a number
in it: its total is the sum of the rows (of the group rows I, II … when the table has them; rows "Trong đó", "-"
and "+" detail the row above and are not added again). A rate column is judged when the table says what it is a
rate of: a formula in its header or column number ("(5) = (4)/(3)", "Tỷ lệ % (4/3)").

A table whose total cannot be judged (a cell that is not a number) is named once, with why; nothing is summed
over part of a column. The hamlet tables are read by ``docgen.read.tables`` and are not read again here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from docgen.read import messages
from docgen.read.document import Cell, DocumentView, Table
from docgen.read.place import Place
from docgen.read.table_columns import is_total_name, parse_count, parse_rate
from docgen.read.tables import distinct_cells, grid_of, table_text
from docgen.read.text import fold, snippet

Number = int | Decimal
_RATE = re.compile(r"t[yỷỉi]\s*l[eệ]|%")  # folded text: "tỷ lệ", "tỉ lệ", "%"
_AVERAGE = re.compile(r"bình\s+quân|trung\s+bình|\bbq\b")  # an average is not added up
_FORMULA = re.compile(r"\(?(\d{1,2})\)?\s*[/:÷]\s*\(?(\d{1,2})\)?")
_ROMAN = re.compile(r"^[IVX]+\.?$")
_DETAIL = re.compile(r"^(trong\s+đó|[-+•–])")
_PERCENT = re.compile(r"%\s*$")
_COLUMN_NUMBER = re.compile(r"^\(?\d{1,2}\)?(\s*=.+)?$|^[a-d]$", re.IGNORECASE)  # (6) = (5)/(3)


@dataclass(frozen=True)
class SumCell:
    """A figure cell: the number, the text as printed and where it is."""

    number: Number
    text: str
    place: Place
    blank: bool = False


@dataclass
class SumColumn:
    """A column the total row prints a number in; ``rate_of`` is (numerator, denominator) grid columns when the
    table says the column is a rate of two others, ``is_rate`` when it is a rate or an average (never summed)."""

    index: int
    header: str
    is_rate: bool = False
    rate_of: tuple[int, int] | None = None


@dataclass
class SumRow:
    """A row of figures by grid column; ``group`` for a row I, II … that sums the rows under it."""

    label: str
    cells: dict[int, SumCell]
    place: Place
    group: bool = False
    detail: bool = False
    bad: dict[int, str] = field(default_factory=dict)


@dataclass
class SumTable:
    """A table with a total row: its columns, rows (header and total row aside), total row, and the cells of a
    judged column that are not numbers (grid column → their places and texts)."""

    index: int
    place: Place
    columns: list[SumColumn]
    rows: list[SumRow]
    total: SumRow
    unreadable: dict[int, list[tuple[str, str]]] = field(default_factory=dict)
    headers: dict[int, str] = field(default_factory=dict)  # every column's header, judged or not

    def addends(self, column: int | None = None) -> list[SumRow] | None:
        """Return the rows the total of ``column`` adds: the group rows (I, II …) when they print its figures,
        the other rows when the group rows are only headings (blank there), every row that does not detail the
        one above when there are no group rows; None when some group rows print it and others not."""
        groups = [row for row in self.rows if row.group]
        others = [row for row in self.rows if not row.detail and not row.group]
        if not groups or column is None:
            return groups or others
        filled = [row for row in groups if column in row.bad or (column in row.cells and not row.cells[column].blank)]
        return groups if len(filled) == len(groups) else others if not filled else None


    def groups(self) -> list[tuple[SumRow, list[SumRow]]]:
        """Return each group row (I, II …) with the rows under it that it adds (its "Trong đó" rows aside)."""
        found: list[tuple[SumRow, list[SumRow]]] = []
        for row in self.rows:
            if row.group:
                found.append((row, []))
            elif found and not row.detail:
                found[-1][1].append(row)
        return found


def read_sum_tables(view: DocumentView, skip: set[int]) -> tuple[list[SumTable], dict[int, str]]:
    """Return the tables with a total row (tables numbered in ``skip`` aside) and, by table number, the one
    note of a table whose total could not be judged in full."""
    found, notes = [], {}
    for table in view.tables:
        if table.index in skip:
            continue
        read = _read(table)
        if read is None:
            continue
        note = _note(read)
        if note:
            notes[table.index] = note
        if read.columns:
            found.append(read)
    return found, notes


def _read(table: Table) -> SumTable | None:
    grid = grid_of(table)
    total_at = _total_row(grid)
    if total_at is None:
        return None
    first = _first_figure_row(grid, total_at)
    header = [row for row in grid[:first] if not is_numbering_row(row)]
    numbering = next((row for row in grid[:first] if is_numbering_row(row)), None)
    where = messages.WHERE_TABLE.format(index=table.index)
    total = _row(grid[total_at], total_at + 1, where, header)
    columns = _columns(grid, header, numbering, total)
    body = [_row(line, number, where, header) for number, line in enumerate(grid[first:], start=first + 1)
            if number != total_at + 1 and any(table_text(c) for c in line)]
    if total_at != first:  # a total at the bottom: what follows it (a note) is not added
        body = [row for row in body if row.place.order < total.place.order]
    result = SumTable(table.index, Place(table.place.order, where), columns, body, total)
    result.unreadable = _unreadable(result)
    result.headers = {i: " / ".join(dict.fromkeys(table_text(row[i]) for row in header if table_text(row[i])))
                      for i in range(len(grid[0]) if grid else 0)}
    for index, text in total.bad.items():  # a total typed as text over a column of figures ("4.69O")
        if text and _is_figure_column(result, index, header):
            result.unreadable.setdefault(index, []).append((total.place.label, text))
    return result


def _total_row(grid: list[list[Cell | None]]) -> int | None:
    """Return the position of the total row: the first or the last row with figures that is named a total."""
    filled = [i for i, line in enumerate(grid) if any(table_text(c) for c in line)]
    for position in (*filled[1:HEADER_SEARCH], *filled[-1:]):
        if _is_total(grid[position]):
            return position
    return None


HEADER_SEARCH = 6  # a total row at the top comes right after a header of at most a few rows


def _is_total(line: list[Cell | None]) -> bool:
    labels = [table_text(c) for c in distinct_cells(line)][:2]
    has_number = any(_number(table_text(c)) is not None and table_text(c) for c in distinct_cells(line)[1:])
    return has_number and any(is_total_name(text) for text in labels if text)


def _first_figure_row(grid: list[list[Cell | None]], total_at: int) -> int:
    """Return the position of the first row below the header: the first that prints a number beside its
    labels (a row of column numbers aside), or the total row."""
    for position, line in enumerate(grid[:total_at]):
        cells = distinct_cells(line)
        if position and not is_numbering_row(line) and any(
                _number(table_text(c)) is not None and table_text(c) for c in cells[1:]):
            return position
    return total_at


def _columns(grid, header, numbering, total: SumRow) -> list[SumColumn]:
    labels = {table_text(numbering[i]).strip("()"): i for i in range(len(numbering))} if numbering else {}
    columns = []
    for index, cell in sorted(total.cells.items()):
        if cell.blank:  # an empty cell of the total row (a unit, a note): nothing to judge
            continue
        texts = list(dict.fromkeys(table_text(row[index]) for row in header if table_text(row[index])))
        heading = " / ".join(texts)
        said = fold(" ".join([heading, table_text(numbering[index]) if numbering else ""]))
        is_rate = bool(_RATE.search(fold(heading)) or _AVERAGE.search(fold(heading)) or _PERCENT.search(cell.text))
        columns.append(SumColumn(index, heading, is_rate, _rate_of(said, labels, index) if is_rate else None))
    return columns


def _rate_of(said: str, labels: dict[str, int], index: int) -> tuple[int, int] | None:
    """Return the grid columns of a rate's numerator and denominator named by a formula in its header."""
    match = _FORMULA.search(said)
    if not match:
        return None
    numerator = labels.get(match.group(1), int(match.group(1)) - 1 if not labels else None)
    denominator = labels.get(match.group(2), int(match.group(2)) - 1 if not labels else None)
    if numerator is None or denominator is None or index in (numerator, denominator):
        return None
    return numerator, denominator


def _row(line: list[Cell | None], number: int, where: str, header) -> SumRow:
    """Return a row's figures by grid column; what is typed in a column and is not a number is kept in ``bad``."""
    cells = distinct_cells(line)
    label = next((table_text(c) for c in cells if table_text(c) and _number(table_text(c)) is None
                  and not _ROMAN.match(table_text(c))), "")  # the name, not the order mark I, II
    order = table_text(line[0]) if line else ""
    row_where = messages.WHERE_TABLE_ROW.format(table=where, row=number, name=snippet(label or order))
    first = next((c for c in cells if c is not None and c.paragraphs), None)
    row = SumRow(label or order, {}, Place((first.paragraphs[0].index if first else 0, 2), row_where),
                 bool(_ROMAN.match(order)), bool(_DETAIL.match(fold(label))))
    for index, cell in enumerate(line):
        if cell is None or index == 0 or line[index - 1] is cell:  # a merged cell counts in its first column
            continue
        text = table_text(cell)
        parsed = _number(text)
        if parsed is None:
            row.bad[index] = text
            continue
        head = " / ".join(dict.fromkeys(table_text(r[index]) for r in header if table_text(r[index])))
        place = Place((cell.paragraphs[0].index if cell.paragraphs else row.place.order[0], 2),
                      messages.WHERE_TABLE_VALUE.format(row=row_where, col=index + 1,
                                                         header=snippet(head.split(" / ")[-1])))
        row.cells[index] = SumCell(parsed[0], text, place, parsed[1])
    return row


def is_numbering_row(row: list[Cell | None]) -> bool:
    """True for the row of column numbers under a header, formulas included: (1) (2) … (6) = (5)/(3)."""
    texts = [table_text(cell) for cell in distinct_cells(row)]
    return len(texts) >= 3 and all(_COLUMN_NUMBER.match(text) for text in texts)


def _number(text: str) -> tuple[Number, bool] | None:
    count = parse_count(text)
    if count is not None:
        return count
    return parse_rate(text)


def _unreadable(table: SumTable) -> dict[int, list[tuple[str, str]]]:
    """Return, by judged column, the cells of the added rows that are not numbers ("12 hộ", "?")."""
    found: dict[int, list[tuple[str, str]]] = {}
    for column in table.columns:
        for row in table.addends(column.index) or []:
            if column.index in row.bad and not column.is_rate:
                found.setdefault(column.index, []).append((row.place.label, row.bad[column.index]))
    return found


def _is_figure_column(table: SumTable, index: int, header) -> bool:
    """True when every added row prints a number in the column and its header says no rate or average."""
    heading = fold(" ".join(table_text(row[index]) for row in header))
    rows = table.addends() or []
    return bool(rows) and all(index in row.cells and not row.cells[index].blank for row in rows) and not (
        _RATE.search(heading) or _AVERAGE.search(heading))


def _note(table: SumTable) -> str:
    """Return the one note of a table whose total could not be judged in full, or ""."""
    if not table.columns:
        return messages.SUM_NO_FIGURES.format(table=table.place.label)
    if not table.unreadable:
        mixed = [c for c in table.columns if not c.is_rate and table.addends(c.index) is None]
        return messages.SUM_MIXED_GROUPS.format(table=table.place.label, header=_short(table, mixed[0].index)) \
            if mixed else ""
    column = min(table.unreadable)
    place, text = table.unreadable[column][0]
    others = sum(len(cells) for cells in table.unreadable.values()) - 1
    return messages.SUM_UNREADABLE.format(place=place, col=column + 1, text=snippet(text) or messages.SUM_EMPTY,
                                          header=_short(table, column),
                                          more=messages.SUM_MORE.format(count=others) if others else "")


def _short(table: SumTable, column: int) -> str:
    header = table.headers.get(column, "")
    return snippet(header.split(" / ")[-1]) if header else str(column + 1)
