"""The catalogue of figures a hamlet table can print: one id per column kind, shared by everything that
reads or writes tables (the calculator, the renderer, the .xlsx exchange, the table reader, diff, import).

A figure of a household group (``poor`` or ``near_poor``) has the id ``<group>_<measure>``, for example
``poor_end``; the columns every table shares (``order``, ``hamlet``, ``households``) have no group.
The calculator says which figures it derives from which (``docs/calculation.md``); this module only names
them, so that a column read from a Word or Excel table and a column computed from a plan compare by id.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

GROUPS = ("poor", "near_poor")
GROUP_WORDS = {"poor": "hộ nghèo", "near_poor": "hộ cận nghèo"}

Kind = Literal["order", "name", "count", "rate", "text"]


@dataclass(frozen=True)
class Measure:
    """One measure of a household group: its id suffix, what it is in words, and its kind."""

    suffix: str
    words: str  # "{group}" is replaced by "hộ nghèo" / "hộ cận nghèo"
    kind: Kind
    source: str  # how the calculator gets it, for the clerk (docs/calculation.md)


# In the order a table usually prints them.
MEASURES = (
    Measure("", "{group} sau rà soát đầu kỳ (cuối năm trước)", "count", "given"),
    Measure("start_rate", "tỷ lệ {group} đầu kỳ (%)", "rate", "computed"),
    Measure("without_labour", "{group} không còn khả năng lao động", "count", "given"),
    Measure("new", "{group} phát sinh mới trong năm", "count", "given"),
    Measure("reduction", "kế hoạch giảm (thoát) {group} trong năm", "count", "given or allocated"),
    Measure("end", "{group} cuối kỳ", "count", "computed"),
    Measure("rate", "tỷ lệ {group} cuối kỳ (%)", "rate", "computed"),
)

COMMON: dict[str, tuple[str, Kind, str]] = {
    "order": ("số thứ tự (TT)", "order", "computed"),
    "hamlet": ("tên xóm (thôn)", "name", "given"),
    "households": ("tổng số hộ", "count", "given"),
}

# The figures a table column can only print when every hamlet states them (the hamlet field of that name):
# the calculator has no way to derive them, and a silent 0 would print a claim nobody made.
STATED_PER_HAMLET = frozenset(f"{group}_{suffix}" for group in GROUPS for suffix in ("without_labour", "new"))


@dataclass(frozen=True)
class Figure:
    """A column kind: its id (``poor_end``), its group (``poor``, or "" for the shared columns), its measure
    suffix, what it is in words, and its kind (order, name, count or rate)."""

    id: str
    group: str
    measure: str
    words: str
    kind: Kind
    source: str  # "given" (a hamlet field), "computed", or "given or allocated" (the reductions)


def figure_id(group: str, measure: str) -> str:
    """Return ``poor`` for the group's start count, else ``poor_end`` and the like."""
    return f"{group}_{measure}" if measure else group


def _catalogue() -> dict[str, Figure]:
    figures = {key: Figure(key, "", "", words, kind, source) for key, (words, kind, source) in COMMON.items()}
    for group in GROUPS:
        for m in MEASURES:
            key = figure_id(group, m.suffix)
            figures[key] = Figure(key, group, m.suffix, m.words.format(group=GROUP_WORDS[group]), m.kind, m.source)
    return figures


FIGURES: dict[str, Figure] = _catalogue()

# The columns a year-end Báo cáo prints beside a plan's own (docgen/kinds/report.py): the target the plan gave
# ("Chỉ tiêu kế hoạch") next to the result ("Thực hiện giảm", read as the reduction the year end counts from),
# and the words saying whether the target was reached ("Đánh giá": Đạt / Không đạt). The readers know them; a
# plan's table cannot print them (the calculator has no such figure), so they are not in ``FIGURES``.
REPORT_MEASURES = (
    Measure("target", "chỉ tiêu giảm {group} được giao (kế hoạch)", "count", "the report's plan"),
    Measure("assessment", "đánh giá đạt / không đạt chỉ tiêu giảm {group}", "text", "the report's results"),
)
READ_FIGURES: dict[str, Figure] = FIGURES | {
    figure_id(group, m.suffix): Figure(figure_id(group, m.suffix), group, m.suffix,
                                       m.words.format(group=GROUP_WORDS[group]), m.kind, m.source)
    for group in GROUPS for m in REPORT_MEASURES}
