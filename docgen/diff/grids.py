"""Every table of a document that is not a hamlet table (a schedule in the body, a task matrix, a form's
table, a report's statistics), compared cell by cell: what ``docgen diff`` shows besides the hamlet figures.

A table is matched by its title (the appendix it is in, else the lines just above it) or, without one, by its
header; its rows by their first columns (the number and the name: "3 | Cải cách thể chế"), merged cells
followed both ways, so a row retyped elsewhere or a row inserted does not shift every row below it. A table or
a row on one side only is a difference; a cell is compared as text (numbering and spacing aside, NFC).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from docgen.diff.emphasis import EmphasisChange, Word, compare_emphasis, emphasis_words
from docgen.diff.text import opcodes, pair_block, similarity
from docgen.messages import DIFF_TABLE_CELL as TABLE_CELL
from docgen.read import patterns
from docgen.read.document import Cell, DocumentView, Table
from docgen.read.parts import Parts
from docgen.read.tables import distinct_cells, grid_of, is_numbering_row, table_text
from docgen.read.text import fold, is_upper, nfc, snippet, squash

HEADER_ROWS_MAX = 4


def normalise(text: str) -> str:
    """Return a cell's text as compared: NFC, single spaces (a cell's leading number is content: "20 giờ")."""
    return squash(nfc(text))


TITLE_LINES = 2  # non-empty lines just above a table searched for its title
SAME_TABLE = 0.6
_ORDER = re.compile(r"^(\d+|[IVXLC]+|[a-zđ])(\.\d+)*[.)]?$", re.IGNORECASE)


@dataclass(frozen=True)
class GridTable:
    """A table as text: its name (title, else header), column headers, and rows (their key and cells)."""

    name: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, str, tuple[str, ...]], ...]  # key (matched by), label (shown), cells
    emphasis: tuple[tuple[tuple[Word, ...], ...], ...] = ()  # by row and cell: the words and their emphasis

    @property
    def key(self) -> str:
        return fold(self.name)


@dataclass(frozen=True)
class TableChange:
    """One difference of the other tables. ``kind``: ``cell`` (a cell reads differently), ``title``, ``header``
    (a column's header), ``row_added`` /
    ``row_removed`` (``after`` / ``before`` hold the row's cells), ``table_added`` / ``table_removed``."""

    kind: str
    table: str
    row: str = ""
    column: str = ""
    before: str = ""
    after: str = ""


def _without_empty_columns(grid: list[list[Cell | None]]) -> list[list[Cell | None]]:
    """The grid without its columns empty from top to bottom (a spacer beside a signing box): they hold
    nothing to compare, and a table laid out with one reads as the same table laid out without."""
    width = max((len(row) for row in grid), default=0)
    kept = [i for i in range(width) if any(i < len(row) and table_text(row[i]) for row in grid)]
    if len(kept) == width:
        return grid
    return [[row[i] if i < len(row) else None for i in kept] for row in grid]


def grid_tables(view: DocumentView, parts: Parts, skip: set[int]) -> list[GridTable]:
    """Return the document's tables as text, the top block's, the signature's and those in ``skip`` aside."""
    top = {t.index for t in view.tables if t.rows and any(
        p.index <= parts.top_end for c in t.cells for p in c.paragraphs)}
    aside = skip | top | {t.index for t in parts.end_tables}
    return [_grid_table(view, parts, table) for table in view.tables if table.index not in aside and table.rows]


def _grid_table(view: DocumentView, parts: Parts, table: Table) -> GridTable:
    grid = _without_empty_columns(grid_of(table))
    count = _header_count(grid)
    columns = tuple(" / ".join(dict.fromkeys(normalise(table_text(row[i])) for row in grid[:count]
                                             if table_text(row[i]))) for i in range(len(grid[0]) if grid else 0))
    rows, emphasis = [], []
    for line in grid[count:]:
        cells = tuple(normalise(table_text(cell)) if cell is not None and (i == 0 or line[i - 1] is not cell) else ""
                      for i, cell in enumerate(line))
        if any(cells):
            key = _row_key(line)
            label = f"{cells[0]}. {snippet(key)}" if cells and cells[0] and cells[0] != key else snippet(key)
            rows.append((key, label, cells))
            emphasis.append(tuple(_cell_words(cell) if text else () for cell, text in zip(line, cells, strict=True)))
    header = " | ".join(c for c in columns if c)
    title, appendix = _title(view, parts, table)
    return GridTable(title or " — ".join(snippet(x) for x in (appendix, header) if x), columns, tuple(rows),
                     tuple(emphasis))


def _cell_words(cell) -> tuple[Word, ...]:
    return tuple(word for paragraph in cell.paragraphs for word in emphasis_words(paragraph))


def _header_count(grid) -> int:
    """Return how many rows the header takes: the first row, and the rows below it that continue one of its
    cells downwards (a vertical merge) or number the columns."""
    count = 1 if grid else 0
    while count < min(len(grid), HEADER_ROWS_MAX) and (
            is_numbering_row(grid[count]) or any(cell is not None and cell is grid[count - 1][i]
                                                 for i, cell in enumerate(grid[count]))):
        count += 1
    return count


def _row_key(line) -> str:
    """Return what a row is matched by: its first cell, or the next when the first is only its number
    (rows renumbered after an insertion are the same rows)."""
    texts = [normalise(table_text(cell)) for cell in distinct_cells(line)]
    first = texts[0] if texts else ""
    if len(texts) > 1 and (not first or _ORDER.match(first)):
        return texts[1] or first
    return first


def _title(view: DocumentView, parts: Parts, table: Table) -> tuple[str, str]:
    """Return the table's title (the upper-case lines just above it, or "") and the appendix it is in (or ""):
    the last appendix or form ("Mẫu số 01/HNCT", under a "PHỤ LỤC" over a list of forms or not) above it."""
    start = table.place.order[0]
    before = [p for p in view.top_level() if p.index < start and not p.is_empty]
    titles = [squash(p.text) for p in before[-TITLE_LINES:] if is_upper(p.text) and len(squash(p.text)) > 3]
    above = [a for a in parts.appendices if a.label.paragraph.index < start]
    appendix = above[-1].label.text if above and above[-1].labelled else \
        " ".join(s.text for s in above[-1].titles) if above else ""
    form = next((p for p in reversed(before) if _is_form_label(p.text)), None)
    if form is not None and (not above or form.index > above[-1].label.paragraph.index):
        appendix = form.text
    return normalise(" ".join(titles)), normalise(appendix)


def _is_form_label(text: str) -> bool:
    return len(squash(text)) <= patterns.FORM_LABEL_MAX and bool(patterns.FORM_LABEL.match(fold(squash(text))))


def compare_grids(a: list[GridTable], b: list[GridTable],
                  emphasis: list[EmphasisChange] | None = None) -> list[TableChange]:
    """Return every difference between the tables of A and of B, in B's order; with an ``emphasis`` list, add
    to it the emphasis changes of the cells kept."""
    changes: list[TableChange] = []
    for tag, i1, i2, j1, j2 in opcodes([t.key for t in a], [t.key for t in b]):
        olds, news = list(a[i1:i2]), list(b[j1:j2])
        if tag == "equal":
            for old, new in zip(olds, news, strict=True):
                changes += _compare_table(old, new, emphasis)
            continue
        while olds and news:  # a table retitled or reheaded in place is the same table
            if similarity(olds[0].name, news[0].name) >= SAME_TABLE or olds[0].columns == news[0].columns:
                changes += _compare_table(olds.pop(0), news.pop(0), emphasis)
            elif len(olds) > len(news):
                changes.append(TableChange("table_removed", olds.pop(0).name))
            else:
                changes.append(TableChange("table_added", news.pop(0).name))
        changes += [TableChange("table_removed", t.name) for t in olds]
        changes += [TableChange("table_added", t.name) for t in news]
    return changes


def _compare_table(old: GridTable, new: GridTable, emphasis: list[EmphasisChange] | None) -> list[TableChange]:
    changes = []
    name = new.name
    if old.name != new.name:
        changes.append(TableChange("title", name, "", "", old.name, new.name))
    changes += [TableChange("header", name, "", _column(new, i), before, after) for i, (before, after)
                in enumerate(zip(old.columns, new.columns, strict=False)) if before != after]
    left, right = [fold(key) for key, _, _ in old.rows], [fold(key) for key, _, _ in new.rows]
    for tag, i1, i2, j1, j2 in opcodes(left, right):
        steps = zip(range(i1, i2), range(j1, j2), strict=True) if tag == "equal" else \
            ((s.a, s.b) for s in pair_block(left, right, list(range(i1, i2)), list(range(j1, j2))))
        for i, j in steps:
            if i is None and j is not None:
                changes.append(TableChange("row_added", name, new.rows[j][1], after=_joined(new.rows[j][2])))
            elif j is None and i is not None:
                changes.append(TableChange("row_removed", name, old.rows[i][1], before=_joined(old.rows[i][2])))
            elif i is not None and j is not None:
                _, label, after = new.rows[j]
                changes += [TableChange("cell", name, label, _column(new, k), x, y)
                            for k, (x, y) in enumerate(_padded(old.rows[i][2], after))
                            if x != y and not (k == 0 and _ORDER.match(x) and _ORDER.match(y))]  # renumbered
                if emphasis is not None:
                    emphasis += _cell_emphasis(old, new, i, j)
    return changes


def _cell_emphasis(old: GridTable, new: GridTable, i: int, j: int) -> list[EmphasisChange]:
    changes = []
    for k, (before, after) in enumerate(zip(old.emphasis[i], new.emphasis[j], strict=False)):
        where = TABLE_CELL.format(table=new.name, row=new.rows[j][1], column=_column(new, k))
        # a cell's look is what was typed in it (docgen prints it as typed), not a paragraph kind's: each is said
        changes += [replace(c, paragraph="", where=where, layout=False) for c in compare_emphasis(before, after, "")]
    return changes


def _padded(a: tuple[str, ...], b: tuple[str, ...]) -> list[tuple[str, str]]:
    width = max(len(a), len(b))
    return list(zip(a + ("",) * (width - len(a)), b + ("",) * (width - len(b)), strict=True))


def _column(table: GridTable, index: int) -> str:
    header = table.columns[index] if index < len(table.columns) else ""
    return snippet(header.split(" / ")[-1]) if header else str(index + 1)


def _joined(cells: tuple[str, ...]) -> str:
    return " | ".join(cell for cell in cells if cell)
