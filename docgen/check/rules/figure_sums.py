"""Figures of the tables that are not hamlet tables but have a total row (a report's statistics, a budget, a
list of classes): each judged column's total, and each rate the table says how to compute. Read once per
document (``docgen.read.sum_tables``); the findings go out under the figure rules of the hamlet tables
(``figure-total``, ``figure-rate``, ``figure-tables-unreadable``) so that a clerk sees one rule per idea.

Sums are exact for whole numbers; for decimals the total may differ from the sum of the printed cells by what
their rounding can explain (half a unit of the last printed decimal, per cell and for the total), never more.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

from docgen.check import messages as m
from docgen.check.finding import Issue
from docgen.read.document import DocumentView
from docgen.read.parts import Parts
from docgen.read.sum_tables import SumCell, SumRow, SumTable, read_sum_tables
from docgen.vnformat import number

_MEMO = "figure_sums"


def sum_tables(view: DocumentView, parts: Parts, skip: set[int]) -> tuple[list[SumTable], dict[int, str]]:
    """Return the document's tables with a total row and their notes, read once for all the figure rules."""
    if _MEMO not in parts.memo:
        parts.memo[_MEMO] = read_sum_tables(view, skip)
    return parts.memo[_MEMO]


def total_issues(tables: list[SumTable]) -> Iterator[Issue]:
    """The total row of each judged column is the sum of the rows it adds, and a group row I, II … that prints
    a subtotal is the sum of its own rows, when every one of them is a number."""
    for table in tables:
        for column in table.columns:
            if column.is_rate or column.index in table.unreadable:
                continue
            rows = table.addends(column.index)
            if rows is not None:
                yield from _sum_issue(table.total, rows, column.index)
            if rows is not None and rows and rows[0].group:
                for group, members in table.groups():
                    yield from _sum_issue(group, members, column.index)


def _sum_issue(total: SumRow, rows: list[SumRow], index: int) -> Iterator[Issue]:
    seen = total.cells.get(index)
    values = [row.cells[index] for row in rows if index in row.cells]
    if seen is None or seen.blank or not values or len(values) != len(rows):
        return
    expected = sum((v.number for v in values), start=Decimal(0))
    if abs(Decimal(seen.number) - expected) > _slack([*values, seen]):
        yield Issue(seen.place, seen.text, m.FIGURES_SUM.format(value=_shown(expected, seen), count=len(rows)))


def rate_issues(tables: list[SumTable]) -> Iterator[Issue]:
    """A rate column the table defines ("(5) = (4)/(3)") is its numerator ÷ its denominator × 100, rounded to
    the decimals printed (a denominator of 0 has no rate to judge)."""
    for table in tables:
        for column in table.columns:
            if column.rate_of is None:
                continue
            for row in [*table.rows, table.total]:
                issue = _rate(row, column.index, *column.rate_of)
                if issue:
                    yield issue


def _rate(row: SumRow, index: int, numerator: int, denominator: int) -> Issue | None:
    rate, top, bottom = (row.cells.get(i) for i in (index, numerator, denominator))
    if rate is None or top is None or bottom is None or rate.blank or not bottom.number:
        return None
    exact = Decimal(top.number) * 100 / Decimal(bottom.number)
    step = Decimal(1).scaleb(min(0, int(Decimal(rate.number).as_tuple().exponent)))
    if rate.number in {exact.quantize(step, rounding=mode) for mode in (ROUND_HALF_UP, ROUND_HALF_EVEN)}:
        return None
    shown = exact.quantize(step, rounding=ROUND_HALF_UP)
    return Issue(rate.place, rate.text, m.FIGURES_RATE_OF.format(
        value=number(shown), top=top.text, bottom=bottom.text))


def _slack(cells: list[SumCell]) -> Decimal:
    """Return how far a printed total may be from the sum of printed cells through rounding alone."""
    exponents = [_exponent(c.number) for c in cells]
    return sum((Decimal(1).scaleb(e) / 2 for e in exponents if e < 0), start=Decimal(0))


def _exponent(value) -> int:
    return int(Decimal(value).as_tuple().exponent) if isinstance(value, Decimal) else 0


def _shown(expected: int | Decimal, seen: SumCell) -> str:
    """Return the expected total as the table prints its total (its decimals)."""
    places = _exponent(seen.number)
    value = Decimal(expected).quantize(Decimal(1).scaleb(min(0, places)), rounding=ROUND_HALF_UP)
    return number(int(value) if places >= 0 else value)
