"""The year-end Báo cáo: each hamlet's result set against the plan's target, computed, never typed.

From ``[[results]]`` (what each hamlet reached: households out of poverty, newly poor) and the targets of
``[[hamlets]]``, docgen makes one table per household group (target, result, reached or not, year-end count
and rate, and the commune's total) and the figures the text may quote: ``{result.poor_reduced}``,
``{result.poor_new}``, ``{result.poor_end}``, ``{result.poor_rate}``, ``{result.poor_reached}`` (hamlets that
reached their target), ``{result.poor_target}``, ``{result.poor_of_target}`` (the result against the target in
words: "đạt 200% chỉ tiêu kế hoạch (06 hộ)"), and the same with ``near_poor``. The clerk places a table with a
paragraph ``{table.ket_qua_ngheo}`` (``ket_qua_can_ngheo`` for near-poor households), as any table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from docgen import vnformat
from docgen.calc import GROUPS, hamlet_reductions, rate
from docgen.figures import GROUP_WORDS
from docgen.plan.model import Align, Plan, Table
from docgen.plan.placeholders import texts_matching, with_texts

RESULT = re.compile(r"\{result\.([a-z_]+)\}")
RESULT_MEASURES = ("target", "reduced", "new", "end", "rate", "reached", "of_target")
RESULT_NAMES = tuple(f"result.{group}_{measure}" for group in GROUPS for measure in RESULT_MEASURES)
TABLE_IDS = {"poor": "ket_qua_ngheo", "near_poor": "ket_qua_can_ngheo"}
REACHED, NOT_REACHED = "Đạt", "Không đạt"
# Relative widths (11.9 units over the text width: 0.75 is the 10.4 mm "TT" needs for one line). "Đánh giá" is
# wide enough for "Không đạt" and the total "11/12 đạt" on one line in LibreOffice and Word (issue 17, seen on
# the PDF); the name and figure columns give what it takes.
WIDTHS = ("0.75", "1.85", "1.05", "1.15", "1.1", "1.05", "1.05", "1.15", "1.1", "1.65")
SHEET_NAMES = {"poor": "Kết quả hộ nghèo", "near_poor": "Kết quả hộ cận nghèo"}  # Excel: 31 characters at most
ALIGN: list[Align] = ["center", "left", "center", "center", "center", "center", "center", "center", "center",
                      "center"]


@dataclass(frozen=True)
class Line:
    name: str
    households: int
    start: int
    target: int
    reduced: int
    new: int

    @property
    def end(self) -> int:
        return self.start + self.new - self.reduced

    @property
    def rate(self) -> Decimal:
        return rate(self.end, self.households)

    @property
    def reached(self) -> bool:
        return self.reduced >= self.target


def result_lines(plan: Plan, group: str) -> list[Line]:
    """One line per hamlet: its start, the plan's target (typed or allocated, as the build computes it), and the
    result the report states. The results follow the hamlets in order (checked by docgen/kinds/validate.py)."""
    targets = hamlet_reductions(plan, group)
    return [Line(h.name, h.households, getattr(h, group), target, getattr(r, f"{group}_reduced"),
                 getattr(r, f"{group}_new")) for h, r, target in zip(plan.hamlets, plan.results, targets, strict=False)]


def commune(lines: list[Line]) -> Line:
    return Line("", sum(x.households for x in lines), sum(x.start for x in lines), sum(x.target for x in lines),
                sum(x.reduced for x in lines), sum(x.new for x in lines))


def with_report(plan: Plan) -> Plan:
    """Return the plan with its result tables added and every ``{result.…}`` placeholder filled; a plan without
    ``[[results]]`` (or whose results do not match its hamlets: said by the plan checks) is returned as it is."""
    if not plan.results or len(plan.results) != len(plan.hamlets) or not plan.hamlets:
        return plan
    values: dict[str, str] = {}
    tables = []
    for group in GROUPS:
        lines = result_lines(plan, group)
        total = commune(lines)
        reached = sum(line.reached for line in lines)
        values |= {f"{group}_target": _count(total.target), f"{group}_reduced": _count(total.reduced),
                   f"{group}_new": _count(total.new), f"{group}_end": _count(total.end),
                   f"{group}_rate": vnformat.decimal2(total.rate), f"{group}_reached": str(reached),
                   f"{group}_of_target": of_target(total)}
        tables.append(_table(group, lines, total, reached, plan.targets.year))
    filled = {path: RESULT.sub(lambda m: values.get(m.group(1), m.group(0)), text)
              for path, text in texts_matching(plan, RESULT)}
    plan = with_texts(plan, filled)
    own = {table.id for table in plan.tables}
    return plan.model_copy(update={"tables": [*plan.tables, *(t for t in tables if t.id not in own)]})


def of_target(line: Line) -> str:
    """The result against the target, as a report says it: "đạt 200% chỉ tiêu kế hoạch (06 hộ)" (a whole
    percent, rounded half up); "kế hoạch không giao chỉ tiêu" when the target is 0. The target is not written
    "giảm 06 hộ nghèo": that is how the text states a result, and the checker compares it with the result."""
    if not line.target:
        return "kế hoạch không giao chỉ tiêu"
    percent = (Decimal(line.reduced * 100) / line.target).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return f"đạt {vnformat.integer(int(percent))}% chỉ tiêu kế hoạch ({_count(line.target)} hộ)"


def _count(value: int) -> str:
    return vnformat.padded(value) if value < 1000 else vnformat.integer(value)


def _table(group: str, lines: list[Line], total: Line, reached: int, year: int) -> Table:
    words = GROUP_WORDS[group]
    # "Chỉ tiêu kế hoạch", not "… giảm": the checker reads a "giảm" column as the reduction the year end is
    # computed from, and here that is the result ("Thực hiện giảm").
    header = [["TT", "Tên xóm", "Tổng số hộ", f"Số {words} đầu năm", "Chỉ tiêu kế hoạch", "Thực hiện giảm",
               "Phát sinh mới",
               f"Số {words} cuối năm", "Tỷ lệ % cuối năm", "Đánh giá"]]
    rows = [[str(i), line.name, *_figures(line), REACHED if line.reached else NOT_REACHED]
            for i, line in enumerate(lines, start=1)]
    return Table(id=TABLE_IDS[group], title=f"Kết quả giảm {words} năm {year} theo xóm", header=header, rows=rows,
                 total=["Cộng", "<", *_figures(total), f"{reached}/{len(lines)} đạt"],
                 widths=[Decimal(w) for w in WIDTHS],
                 align=ALIGN)


def _figures(line: Line) -> list[str]:
    counts = (line.households, line.start, line.target, line.reduced, line.new, line.end)
    return [vnformat.integer(v) for v in counts] + [vnformat.decimal2(line.rate)]


@dataclass(frozen=True)
class Sheet:
    """A result table as figures for a workbook: its title, header and rows (numbers as numbers)."""

    name: str
    title: str
    header: list[str]
    rows: list[list[object]]
    total: list[object]
    note: str = ""  # under the table: what the clerk does with a sheet of results still to fill


def result_sheets(plan: Plan, to_fill: str = "") -> list[Sheet]:
    """The report's result tables as ``build --xlsx`` writes them, one per household group (none for a plan
    without ``[[results]]`` matching its hamlets); ``docgen import`` reads the same sheets back. ``to_fill``: the
    note of a report whose results are still in ``confirm``; then the results and what follows from them are
    blank cells for the clerk, and only the plan's figures (households, start, target) are written."""
    if not plan.results or len(plan.results) != len(plan.hamlets) or not plan.hamlets:
        return []
    sheets = []
    for group in GROUPS:
        lines = result_lines(plan, group)
        total = commune(lines)
        table = _table(group, lines, total, sum(line.reached for line in lines), plan.targets.year)
        rows = [[i, line.name, *_numbers(line, to_fill), _assessment(line, to_fill)]
                for i, line in enumerate(lines, start=1)]
        sheets.append(Sheet(SHEET_NAMES[group], table.title, table.header[0], rows,
                            ["Cộng", None, *_numbers(total, to_fill), None if to_fill else table.total[-1]], to_fill))
    return sheets


def _assessment(line: Line, to_fill: str) -> str | None:
    if to_fill:
        return None
    return REACHED if line.reached else NOT_REACHED


def _numbers(line: Line, to_fill: str = "") -> list[object]:
    """Excel stores binary floats: the rate goes in as a float, shown with two decimals. A sheet to fill has
    the plan's figures only."""
    if to_fill:
        return [line.households, line.start, line.target, None, None, None, None]
    return [line.households, line.start, line.target, line.reduced, line.new, line.end, float(line.rate)]


def year_end_counts(report_path, plan: Plan) -> list[list[int]]:
    """Each hamlet's year-end count per household group (in ``GROUPS`` order) as the report at ``report_path``
    states it (start + newly poor − reduced); raise ``DocgenError`` when it is not a report of ``plan``'s year
    with a result for each of its hamlets, in order."""
    from docgen.errors import DocgenError
    from docgen.kinds import messages as m
    from docgen.plan.load import load_plan

    report, _ = load_plan(report_path)
    names = [h.name for h in plan.hamlets]
    if report.targets.year != plan.targets.year or not report.results or \
            [r.hamlet for r in report.results] != names or [h.name for h in report.hamlets] != names:
        raise DocgenError.single(m.NEW_FROM_REPORT_MISMATCH.format(year=plan.targets.year),
                                 file=str(report_path), hint=m.NEW_FROM_REPORT_MISMATCH_HINT)
    return [[line.end for line in result_lines(report, group)] for group in GROUPS]
