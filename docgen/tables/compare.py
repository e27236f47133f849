"""Compare two ``TableSet``s figure by figure: tables by appendix, rows by hamlet, columns by figure id, never
by position. A hamlet spelled slightly differently ("Xóm Một", "xóm một", "Mot") is the same hamlet with a
name difference, not one removed and one added."""

from __future__ import annotations

from dataclasses import dataclass

from docgen import messages
from docgen.figures import FIGURES, READ_FIGURES
from docgen.hamlet_names import hamlet_key
from docgen.read.text import fold
from docgen.tables.view import AppendixTable, HamletRow, TableSet


@dataclass(frozen=True)
class FigureChange:
    """One difference of the tables. ``kind``: ``figure`` (a value differs), ``name`` (a hamlet spelled
    differently), ``hamlet_added`` / ``hamlet_removed``, ``column_added`` / ``column_removed``,
    ``table_added`` / ``table_removed``. ``before`` and ``after`` are the texts as printed (A's and B's)."""

    kind: str
    appendix: str
    hamlet: str = ""
    figure: str = ""
    column: str = ""
    before: str = ""
    after: str = ""
    by_header: bool = False  # the column is named by its printed header (a report's «Thực hiện giảm» is a result,
    # not the plan's «kế hoạch giảm» the catalogue would say)


def compare_tables(a: TableSet, b: TableSet) -> list[FigureChange]:
    """Return every difference between the tables of A and of B, in B's order."""
    changes: list[FigureChange] = []
    # a clerk's copy may lack the "Phụ lục" lines: then both sides are matched by what their tables hold
    by_label = all(t.label for t in [*a.tables, *b.tables])
    olds = {_table_key(t, i, by_label): t for i, t in enumerate(a.tables)}
    news = {_table_key(t, i, by_label): t for i, t in enumerate(b.tables)}
    for key, new in news.items():
        old = olds.get(key)
        if old is None:
            changes.append(FigureChange("table_added", _name(new)))
        else:
            changes += _compare_table(old, new)
    changes += [FigureChange("table_removed", _name(old)) for key, old in olds.items() if key not in news]
    return changes


def _table_key(table: AppendixTable, index: int, by_label: bool) -> str:
    """Return the appendix a table is matched by: its label, else the household groups of its figures."""
    if by_label:
        return fold(table.label)
    groups = sorted({READ_FIGURES[f].group for f in table.figures() if READ_FIGURES[f].group})
    return "+".join(groups) or f"#{index}"


def _name(table: AppendixTable) -> str:
    """The appendix label, else the table's title, else where it is ("bảng 3")."""
    return table.label or table.title or table.place.label


def _compare_table(old: AppendixTable, new: AppendixTable) -> list[FigureChange]:
    appendix, changes = _name(new), []
    old_figures, new_figures = set(old.figures()), set(new.figures())
    headers = {c.figure: c.header for c in [*old.columns, *new.columns] if c.figure}
    changes += [FigureChange("column_added", appendix, figure=f, column=headers[f])
                for f in new.figures() if f not in old_figures]
    changes += [FigureChange("column_removed", appendix, figure=f, column=headers[f])
                for f in old.figures() if f not in new_figures]
    shared = [f for f in new.figures() if f in old_figures and f not in ("order", "hamlet")]
    by_header = any(f not in FIGURES for f in new.figures())  # a report's table: its own columns, in its words
    olds = {hamlet_key(r.name): r for r in old.rows}
    for row in new.rows:
        before = olds.pop(hamlet_key(row.name), None)
        if before is None:
            changes.append(FigureChange("hamlet_added", appendix, hamlet=row.name))
            continue
        if before.name != row.name:
            changes.append(FigureChange("name", appendix, hamlet=row.name, before=before.name, after=row.name))
        changes += _compare_row(appendix, before, row, shared, headers, by_header)
    changes += [FigureChange("hamlet_removed", appendix, hamlet=r.name) for r in olds.values()]
    if old.total and new.total:
        changes += _compare_row(appendix, old.total, new.total, shared, headers, by_header)
    return changes


def _compare_row(appendix: str, old: HamletRow, new: HamletRow, figures: list[str],
                 headers: dict[str, str], by_header: bool = False) -> list[FigureChange]:
    changes = []
    for figure in figures:
        before, after = old.values.get(figure), new.values.get(figure)
        if before is None or after is None or (before.number, before.text if _is_text(figure) else "") == (
                after.number, after.text if _is_text(figure) else ""):
            continue
        changes.append(FigureChange("figure", appendix, new.name, figure, headers[figure],
                                    _printed(before), _printed(after), by_header))
    return changes


def _is_text(figure: str) -> bool:
    """True for a column of words (a report's «Đánh giá»): compared by its text, it has no number."""
    return READ_FIGURES[figure].kind == "text"


def _printed(value) -> str:
    """Return a figure as the document shows it: a blank cell says so, rather than a 0 nobody typed."""
    return messages.DIFF_BLANK_CELL if value.blank else value.text or "0"
