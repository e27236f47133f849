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

Kind = Literal["order", "name", "count", "rate"]


@dataclass(frozen=True)
class Measure:
    """One measure of a household group: its id suffix, what it is in words, and its kind."""

    suffix: str
    words: str  # "{group}" is replaced by "hộ nghèo" / "hộ cận nghèo"
    kind: Kind


# In the order a table usually prints them.
MEASURES = (
    Measure("", "{group} sau rà soát đầu kỳ (cuối năm trước)", "count"),
    Measure("start_rate", "tỷ lệ {group} đầu kỳ (%)", "rate"),
    Measure("without_labour", "{group} không còn khả năng lao động", "count"),
    Measure("new", "{group} phát sinh mới trong năm", "count"),
    Measure("reduction", "kế hoạch giảm (thoát) {group} trong năm", "count"),
    Measure("end", "{group} cuối kỳ", "count"),
    Measure("rate", "tỷ lệ {group} cuối kỳ (%)", "rate"),
)

COMMON: dict[str, tuple[str, Kind]] = {
    "order": ("số thứ tự (TT)", "order"),
    "hamlet": ("tên xóm (thôn)", "name"),
    "households": ("tổng số hộ", "count"),
}


@dataclass(frozen=True)
class Figure:
    """A column kind: its id (``poor_end``), its group (``poor``, or "" for the shared columns), its measure
    suffix, what it is in words, and its kind (order, name, count or rate)."""

    id: str
    group: str
    measure: str
    words: str
    kind: Kind


def figure_id(group: str, measure: str) -> str:
    """Return ``poor`` for the group's start count, else ``poor_end`` and the like."""
    return f"{group}_{measure}" if measure else group


def _catalogue() -> dict[str, Figure]:
    figures = {key: Figure(key, "", "", words, kind) for key, (words, kind) in COMMON.items()}
    for group in GROUPS:
        for m in MEASURES:
            key = figure_id(group, m.suffix)
            figures[key] = Figure(key, group, m.suffix, m.words.format(group=GROUP_WORDS[group]), m.kind)
    return figures


FIGURES: dict[str, Figure] = _catalogue()
