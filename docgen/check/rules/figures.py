"""Figures of the appendix tables, in any .docx: totals, year-end counts, rates, hamlet names and the targets
the body states. Not a Decree 30 matter: a plan whose tables do not add up misleads whoever reads it.

The tables are read once per document (``docgen.read.tables``); a cell that could not be read is not judged
(its row or column is left out of the sums), so a table the reader did not understand gives the one
``figure-tables-unreadable`` warning and never a false error.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from weakref import WeakKeyDictionary

from docgen.check import messages as m
from docgen.check.finding import ERROR, WARNING, Issue
from docgen.check.rules.base import DECREE_30, rule
from docgen.check.rules.figure_sums import rate_issues, sum_tables, total_issues
from docgen.figures import GROUP_WORDS, GROUPS
from docgen.hamlet_names import hamlet_key
from docgen.read.document import DocumentView, Paragraph
from docgen.read.parts import OUTSIDE, Parts
from docgen.read.table_columns import kind
from docgen.read.tables import read_tables
from docgen.read.text import fold, squash
from docgen.tables.view import AppendixTable, HamletRow, TableSet, Value
from docgen.vnformat import number, padded

ANY_DOCUMENT = (*DECREE_30, *OUTSIDE)  # figures are judged whatever the document's form
NOTES_SHOWN = 3
_READ: WeakKeyDictionary[DocumentView, TableSet] = WeakKeyDictionary()
_TARGET = re.compile(r"giảm\s+(\d+)\s+hộ\s+(cận\s+nghèo|nghèo)(?:\s*(?:và|,)\s*(\d+)\s+hộ\s+(cận\s+nghèo|nghèo))?")


def tables_of(view: DocumentView, parts: Parts) -> TableSet:
    """Return the document's appendix tables, read once for all the figure rules."""
    if view not in _READ:
        _READ[view] = read_tables(view, parts, "")
    return _READ[view]


@rule("figure-tables-unreadable", WARNING, m.FIGURES_CLAUSE, genres=ANY_DOCUMENT)
def figure_tables_unreadable(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """Each table of figures that could not be read in full is named once, at the table, with why and with
    what could therefore not be judged (a total, a target stated in the text)."""
    found = tables_of(view, parts)
    generic_notes = sum_tables(view, parts, found.read)[1]
    notes = {i: list(n) for i, n in found.by_table.items()}
    for index, note in generic_notes.items():
        notes.setdefault(index, []).append(note)
    unjudged = _not_judged(view, parts, found)
    places = {table.index: table.place for table in view.tables}
    for index in sorted(notes):
        shown = notes[index]
        more = m.FIGURES_MORE_NOTES.format(count=len(shown) - NOTES_SHOWN) if len(shown) > NOTES_SHOWN else ""
        what = m.FIGURES_NOT_JUDGED.format(what=", ".join(unjudged[index])) if unjudged.get(index) else ""
        yield Issue(places[index], " ".join(shown[:NOTES_SHOWN]) + more + what)


def _not_judged(view: DocumentView, parts: Parts, found: TableSet) -> dict[int, list[str]]:
    """Return, by table number, the totals and the stated targets a cell that is not a number keeps from being
    judged (they are never compared with a sum over part of a column)."""
    numbers = {table.place.order: table.index for table in view.tables}
    what: dict[int, list[str]] = {}
    for table in found.tables:
        index = numbers[table.place.order]
        for figure in (f for f in table.figures() if kind(f) == "count"):
            if table.total and figure in table.total.values and not _complete(table, figure):
                header = next(c.header for c in table.columns if c.figure == figure)
                what.setdefault(index, []).append(m.FIGURES_NOT_JUDGED_TOTAL.format(header=header.split(" / ")[-1]))
    stated = [target for paragraph in _body(view, parts) for target in _targets(paragraph.text)]
    for value, group, _ in stated:
        first = next((t for t in found.tables if f"{group}_reduction" in t.figures()), None)
        if first is not None and total_reduction(found, group) is None:
            what.setdefault(numbers[first.place.order], []).append(
                m.FIGURES_NOT_JUDGED_TARGET.format(value=padded(value), group=GROUP_WORDS[group]))
    return what


def _complete(table: AppendixTable, figure: str) -> bool:
    return all(figure in row.values for row in table.rows)


@rule("figure-total", ERROR, m.FIGURES_CLAUSE, genres=ANY_DOCUMENT)
def figure_total(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """The total row of a table is the sum of its hamlet rows, column by column (counts, not rates)."""
    for table in tables_of(view, parts).tables:
        for figure in (f for f in table.figures() if kind(f) == "count"):
            seen = table.total.values.get(figure) if table.total else None
            rows = [row.values[figure].number for row in table.rows if figure in row.values]
            if seen is not None and _complete(table, figure) and seen.number != sum(rows):
                yield Issue(seen.place, number(seen.number),
                            m.FIGURES_SUM.format(value=number(sum(rows)), count=len(rows)))
    yield from total_issues(sum_tables(view, parts, tables_of(view, parts).read)[0])


@rule("figure-year-end", ERROR, m.FIGURES_CLAUSE, genres=ANY_DOCUMENT)
def figure_year_end(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """A year-end count is the start count minus the reduction, plus the new households when the table has
    that column."""
    for table in tables_of(view, parts).tables:
        for group in _groups(table):
            names = (group, f"{group}_reduction", f"{group}_end")
            new = f"{group}_new" if f"{group}_new" in table.figures() else ""
            for row in _all_rows(table):
                if not all(name in row.values for name in names) or (new and new not in row.values):
                    continue
                start, reduction, end = (row.values[name] for name in names)
                added = row.values[new].number if new else 0
                expected = start.number - reduction.number + added
                if end.number != expected:
                    formula = m.FIGURES_END_NEW if new else m.FIGURES_END
                    yield Issue(end.place, number(end.number), formula.format(
                        value=number(expected), start=number(start.number), reduction=number(reduction.number),
                        new=number(added)))


@rule("figure-rate", ERROR, m.FIGURES_CLAUSE, genres=ANY_DOCUMENT)
def figure_rate(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """A rate is its count ÷ the households × 100, rounded to the decimals printed: the year-end rate from the
    year-end count, the start rate from the start count."""
    for table in tables_of(view, parts).tables:
        for group in _groups(table):
            for rate_id, count_id in ((f"{group}_rate", f"{group}_end"), (f"{group}_start_rate", group)):
                for row in _all_rows(table):
                    issue = _rate_issue(row, rate_id, count_id)
                    if issue:
                        yield issue
    yield from rate_issues(sum_tables(view, parts, tables_of(view, parts).read)[0])


def _rate_issue(row: HamletRow, rate_id: str, count_id: str) -> Issue | None:
    rate, count, households = (row.values.get(key) for key in (rate_id, count_id, "households"))
    if rate is None or count is None or households is None or not households.number:
        return None
    exact = Decimal(count.number * 100) / Decimal(households.number)
    step = Decimal(1).scaleb(int(Decimal(rate.number).as_tuple().exponent))
    allowed = {exact.quantize(step, rounding=mode) for mode in (ROUND_HALF_UP, ROUND_HALF_EVEN)}
    if rate.number in allowed:
        return None
    shown = exact.quantize(step, rounding=ROUND_HALF_UP)
    return Issue(rate.place, number(rate.number), m.FIGURES_RATE.format(
        value=number(shown), count=number(count.number), households=number(households.number)))


@rule("figure-hamlet-name", ERROR, m.FIGURES_CLAUSE, genres=ANY_DOCUMENT)
def figure_hamlet_name(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """A hamlet is spelled the same way in every table (a difference of case, diacritics or of the word
    "Xóm" in front is a misspelling of the same hamlet)."""
    first: dict[str, tuple[HamletRow, AppendixTable]] = {}
    for table in tables_of(view, parts).tables:
        for row in table.rows:
            key = hamlet_key(row.name)
            if key in first and fold(first[key][0].name) != fold(row.name):
                earlier, where = first[key]
                yield Issue(row.place, row.name, m.FIGURES_NAME.format(name=earlier.name, table=where.place.label))
            first.setdefault(key, (row, table))


@rule("figure-target", ERROR, m.FIGURES_CLAUSE, genres=ANY_DOCUMENT)
def figure_target(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """A target stated in the body ("giảm 06 hộ nghèo", "giảm 04 hộ cận nghèo") is the total reduction of the
    group's table."""
    found = tables_of(view, parts)
    totals = {group: total_reduction(found, group) for group in GROUPS}
    planned = {group: total_reduction(found, group, "target") for group in GROUPS}  # a report's «Chỉ tiêu kế hoạch»
    for paragraph in _body(view, parts):
        for stated, group, of_plan in _targets(paragraph.text):
            of_target = of_plan and planned[group] is not None
            total = planned[group] if of_target else totals[group]
            if total is not None and total[0] != stated:
                words = GROUP_WORDS[group]
                expected = m.FIGURES_TARGET_OF_PLAN if of_target else m.FIGURES_TARGET
                yield Issue(paragraph.place, m.FIGURES_TARGET_FOUND.format(value=padded(stated), group=words),
                            expected.format(value=padded(total[0]), group=words, table=total[1]))


REACHED = {fold("Đạt"): True, fold("Không đạt"): False, fold("Chưa đạt"): False}
_REACHED_TOTAL = re.compile(r"^(\d+)\s*/\s*(\d+)(\s+xóm)?\s+đạt$")


@rule("figure-assessment", ERROR, m.FIGURES_CLAUSE, genres=ANY_DOCUMENT)
def figure_assessment(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """A report's «Đánh giá» says «Đạt» when the result is at least the target, «Không đạt» (or «Chưa đạt»)
    when below; its total row says how many hamlets reached it («11/12 đạt»). Other words are not judged."""
    for table in tables_of(view, parts).tables:
        for group in _groups(table):
            names = (f"{group}_target", f"{group}_reduction", f"{group}_assessment")
            judged = []
            for row in table.rows:
                if not all(name in row.values for name in names):
                    continue
                target, result, said = (row.values[name] for name in names)
                reached = REACHED.get(fold(squash(said.text)))
                if reached is None:
                    continue
                judged.append(result.number >= target.number)
                if reached != judged[-1]:
                    expected = "Đạt" if judged[-1] else "Không đạt"
                    yield Issue(said.place, said.text, m.FIGURES_ASSESSMENT.format(
                        value=expected, result=number(result.number), target=number(target.number)))
            yield from _assessment_total(table, names[2], judged, len(table.rows))


def _assessment_total(table: AppendixTable, figure: str, judged: list[bool], count: int) -> Iterator[Issue]:
    """The total row's «n/m đạt», judged only when every hamlet's row was."""
    said = table.total.values.get(figure) if table.total else None
    match = _REACHED_TOTAL.match(fold(squash(said.text))) if said is not None else None
    if said is None or match is None or len(judged) != count:
        return
    reached = sum(judged)
    if (int(match.group(1)), int(match.group(2))) != (reached, count):
        yield Issue(said.place, said.text, m.FIGURES_ASSESSMENT_TOTAL.format(
            value=f"{reached}/{count} đạt", reached=reached, count=count))


_OF_PLAN = re.compile(fold(r"(kế\s+hoạch|chỉ\s+tiêu)[^.;]{0,20}$"))


def _targets(text: str) -> Iterator[tuple[int, str, bool]]:
    """Each «giảm 06 hộ nghèo» of the text: the count, the group, and whether the words just before say it is the
    plan's («kế hoạch giảm 06 hộ nghèo», «chỉ tiêu giảm …»: a report compares it with its target, not its result)."""
    folded = fold(text)
    for match in _TARGET.finditer(folded):
        of_plan = bool(_OF_PLAN.search(folded[:match.start()]))
        for value, words in ((match.group(1), match.group(2)), (match.group(3), match.group(4))):
            if value:
                yield int(value), "near_poor" if "cận" in words else "poor", of_plan


def total_reduction(found: TableSet, group: str, measure: str = "reduction") -> tuple[int, str] | None:
    """Return the total reduction (or ``target``: a report's «Chỉ tiêu kế hoạch») of the group's first table that
    has it (its total row, else the sum of its rows) and where it is; None when no table has it or a cell of it
    could not be read."""
    figure = f"{group}_{measure}"
    for table in found.tables:
        if figure not in table.figures():
            continue
        total: Value | None = table.total.values.get(figure) if table.total else None
        if total is not None:
            return int(total.number), total.place.label
        if not _complete(table, figure):
            return None  # a cell that is not a number: no target is compared with a sum over part of the column
        return sum(int(row.values[figure].number) for row in table.rows), table.place.label
    return None


def _body(view: DocumentView, parts: Parts) -> list[Paragraph]:
    """Return the body paragraphs, or every paragraph outside tables when the body was not located."""
    return parts.body or [p for p in view.top_level() if squash(p.text)]


def _groups(table: AppendixTable) -> list[str]:
    figures = table.figures()
    return [group for group in GROUPS if any(f == group or f.startswith(f"{group}_") for f in figures)]


def _all_rows(table: AppendixTable) -> list[HamletRow]:
    return [*table.rows, *([table.total] if table.total else [])]
