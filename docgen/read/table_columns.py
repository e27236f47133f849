"""What a column of an appendix table holds, from its Vietnamese header, and its cells' numbers as printed.

Headers vary from commune to commune ("Hộ nghèo sau rà soát năm 2021", "Số hộ nghèo đầu kỳ", "Kế hoạch giảm
năm 2022", "Tỷ lệ %"); the household group is often only in the group header above ("Giảm hộ cận nghèo năm
2022") or in the table's title. A column is recognised as a figure id of ``docgen.figures``, or "" when its
header says nothing this module knows: the reader then notes it, and nothing is judged on it.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from docgen.figures import READ_FIGURES, figure_id
from docgen.read.text import fold


def _pattern(source: str) -> re.Pattern[str]:
    """Compile a pattern written in plain Vietnamese for folded text (``fold`` moves tones: "soát" → "sóat")."""
    return re.compile(fold(source))


ORDER = re.compile(r"^(s\.?\s?tt|tt|số\s+(thứ\s+)?tt|số\s+thứ\s+tự)\.?$")
HAMLET = _pattern(r"\b(xóm|thôn|tổ dân phố|tdp|bản|làng|ấp|khu dân cư|khu phố|đơn vị|địa bàn)\b")
HOUSEHOLDS = _pattern(r"^(tổng\s+)?số\s+hộ\b|^tổng\s+(số\s+)?hộ\b")
TOTAL_NAME = _pattern(r"^(tổng\s+cộng|cộng|tổng(\s+số)?|toàn\s+(xã|phường|thị trấn))"
                        r"(\s+(chung|toàn\s+(xã|phường|thị trấn)|cả\s+xã))?\s*[:.]?$")

# A measure by the words of its own header, tried in this order (the end rate before the start count: "Tỷ lệ
# hộ nghèo cuối kỳ" is a rate; "sau rà soát … (cuối năm trước)" is the start, not the end). A report's "Đánh
# giá" (Đạt / Không đạt) is words, read as text; its "Thực hiện giảm" is the reduction the year end counts from.
_MEASURES = (
    ("assessment", _pattern(r"đánh\s+giá|^(đạt|không\s+đạt)\b")),
    ("without_labour", _pattern(r"không\s+(còn|có)\s+khả\s+năng\s+lao\s+động|không\s+có\s+lao\s+động")),
    ("new", _pattern(r"phát\s+sinh|tăng\s+mới|mới\s+phát\s+sinh")),
    ("rate", _pattern(r"tỷ\s+lệ|tỉ\s+lệ|^%$|\(%\)")),
    ("reduction", _pattern(r"giảm|thoát\s+nghèo|thoát\s+cận\s+nghèo|^(kết\s+quả\s+)?thực\s+hiện$|^kết\s+quả$")),
    ("end", _pattern(r"cuối\s+kỳ|cuối\s+năm(?!\s+trước)|còn\s+lại")),
    ("", _pattern(r"sau\s+rà\s+soát|đầu\s+kỳ|đầu\s+năm|cuối\s+năm\s+trước|năm\s+trước"
                  r"|^(tổng\s+)?số\s+hộ\s+(cận\s+)?nghèo$|^hộ\s+(cận\s+)?nghèo$")),
)
_START = _pattern(r"đầu\s+kỳ|đầu\s+năm|sau\s+rà\s+soát|năm\s+trước")
# The target the plan gave ("Chỉ tiêu kế hoạch", "Kế hoạch giảm", "Chỉ tiêu được giao"), unless the header says
# it is what was done. It is the table's reduction unless the table also has one (``settle``).
_TARGET = _pattern(r"chỉ\s+tiêu|kế\s+hoạch|được\s+giao|giao\s+giảm")
_DONE = _pattern(r"thực\s+hiện|kết\s+quả|\bđã\b")


def group_of(text: str) -> str:
    """Return the household group a (folded) text names: ``near_poor`` before ``poor`` ("cận nghèo" contains
    "nghèo"), or "" when it names neither."""
    if re.search(r"cận\s+nghèo", text):
        return "near_poor"
    return "poor" if re.search(r"\bnghèo\b", text) else ""


def recognise(own: str, group_header: str, fallback_group: str) -> tuple[str, str]:
    """Return (figure id, measure) of a column with header ``own`` under ``group_header``. The measure is "?"
    when the header names none; the figure id is "" when the measure or the household group is unknown. The
    group comes from the column's own header, else its group header, else ``fallback_group`` (the title's)."""
    own_f, group_f = fold(own), fold(group_header)
    if ORDER.match(own_f):
        return "order", "order"
    measure = _measure(own_f)
    if HOUSEHOLDS.match(own_f) and not group_of(own_f) and measure is None:
        return "households", "households"
    if HAMLET.search(own_f) and not re.search(r"\bhộ\b", own_f):
        return "hamlet", "hamlet"
    if measure in ("reduction", None) and _TARGET.search(own_f) and not _DONE.search(own_f):
        measure = "target"
    if measure is None:
        return "", "?"
    if measure == "rate" and _START.search(own_f):
        measure = "start_rate"
    group = group_of(own_f) or group_of(group_f) or fallback_group
    return (figure_id(group, measure) if group else ""), measure


def settle(recognised: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Return a table's (figure, measure) columns with each target ("Chỉ tiêu giảm hộ nghèo", "Kế hoạch giảm")
    read as the group's reduction when no other column is: a plan's target is what its year end counts from;
    only a report, which prints the result beside it, has a target apart from its reduction."""
    reductions = {figure for figure, measure in recognised if measure == "reduction"}
    settled = []
    for figure, measure in recognised:
        if measure == "target" and figure and (reduction := figure.replace("_target", "_reduction")) not in reductions:
            figure, measure = reduction, "reduction"
        settled.append((figure, measure))
    return settled


def _measure(text: str) -> str | None:
    for measure, pattern in _MEASURES:
        if pattern.search(text):
            return measure
    return None


def kind(figure: str) -> str:
    """Return the kind of a figure id: order, name, count, rate or text (a report's «Đánh giá»)."""
    return READ_FIGURES[figure].kind


def is_total_name(text: str) -> bool:
    """True for the name of a total row: Cộng, Tổng cộng, Tổng, Tổng số, Toàn xã …"""
    return bool(TOTAL_NAME.match(fold(text)))


_BLANK = {"", "-", "–", "—", "x", "0"}
_PLAIN = re.compile(r"^\d+$")
_THOUSANDS = re.compile(r"^\d{1,3}([.,]\d{3})+$")
_DECIMAL = re.compile(r"^\d+([.,]\d+)?$")


@functools.lru_cache(maxsize=4096)  # a table repeats the same few figures ("0", "1", "12") in many cells
def parse_count(text: str) -> tuple[int, bool] | None:
    """Return (count, blank) of a cell as printed: ``2.211`` and ``2,211`` are 2211, a blank cell or a dash is
    0 and blank; None when the text is not a whole number."""
    cleaned = _cleaned(text)
    if cleaned in _BLANK:
        return 0, cleaned != "0"
    if _PLAIN.match(cleaned) or _THOUSANDS.match(cleaned):
        return int(cleaned.replace(".", "").replace(",", "")), False
    return None


@functools.lru_cache(maxsize=4096)
def parse_rate(text: str) -> tuple[Decimal, bool] | None:
    """Return (rate, blank) with the precision printed: ``1,40`` is Decimal("1.40"), ``1.4`` Decimal("1.4"), a
    trailing "%" is ignored, a blank cell or dash is 0 and blank; None when the text is not a number."""
    cleaned = _cleaned(text).rstrip("%").strip()
    if cleaned in _BLANK - {"0"}:
        return Decimal(0), True
    if _DECIMAL.match(cleaned):
        return Decimal(cleaned.replace(",", ".")), False
    return None


# A space inside a figure is read through only where it parts groups of three digits ("1 250") or comes before
# "%" ("1,36 %"): "3 90" is two figures typed in one cell, not 390.
_INNER_SPACE = re.compile(r"(?<=\d)\s+(?=\d{3}(?!\d))|\s+(?=%)")


def _cleaned(text: str) -> str:
    return _INNER_SPACE.sub("", text.strip())
