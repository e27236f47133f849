"""Automatic list numbers as Word shows them ("1.", "a)", "-"), so that a hand-typed document whose points
come from Word's numbering button is judged on the labels the reader sees (Word letters a, b, c, d, e, f:
no "đ", and an "f)" that ND30 Phụ lục I, mục II.6.đ does not allow).

Counters follow Word: one counter set per abstract list, deeper levels restart when a higher level
advances, and a ``w:startOverride`` restarts a level the first time its list instance is used.
"""

from __future__ import annotations

from dataclasses import dataclass

from docgen import vnformat
from docgen.read.ooxml import Element, attr, child, number, qn

LEVELS = 9


@dataclass(frozen=True)
class Level:
    """One list level: its number format, label pattern (``%1.``), start value and what follows the label."""

    fmt: str
    text: str
    start: int
    suffix: str
    legal: bool
    ppr: Element | None


class ListLabels:
    """The numbering part of a document; ``next_label`` must be called in document order."""

    def __init__(self, numbering: Element | None) -> None:
        self._abstract: dict[str, dict[int, Level]] = {}
        self._nums: dict[str, tuple[str, dict[int, int], dict[int, Level]]] = {}
        self._counts: dict[str, list[int | None]] = {}
        self._restarted: set[tuple[str, int]] = set()
        if numbering is not None:
            self._read(numbering)

    def level_ppr(self, num_id: str, level: int) -> Element | None:
        """Return the paragraph properties (indents) of a list level, or None."""
        found = self._level(num_id, level)
        return found.ppr if found else None

    def next_label(self, num_id: str, level: int) -> str:
        """Return the label of the next paragraph of list ``num_id`` at ``level``, with its trailing space."""
        if num_id not in self._nums or self._level(num_id, level) is None:
            return ""
        abstract, starts, _ = self._nums[num_id]
        counts = self._counts.setdefault(abstract, [None] * LEVELS)
        if level in starts and (num_id, level) not in self._restarted:
            self._restarted.add((num_id, level))
            counts[level] = None
        current = counts[level]
        counts[level] = self._start(num_id, level) if current is None else current + 1
        for deeper in range(level + 1, LEVELS):
            counts[deeper] = None
        return self._render(num_id, level, counts)

    def _render(self, num_id: str, level: int, counts: list[int | None]) -> str:
        pattern = self._level(num_id, level)
        if pattern is None:  # next_label renders only levels the list defines
            return ""
        text = pattern.text
        for index in range(LEVELS):
            token = f"%{index + 1}"
            if token in text:
                part = self._level(num_id, index)
                count = counts[index]
                value = count if count is not None else self._start(num_id, index)
                fmt = "decimal" if pattern.legal or part is None else part.fmt
                text = text.replace(token, _format(value, fmt))
        return f"{text} " if text and pattern.suffix != "nothing" else text

    def _start(self, num_id: str, level: int) -> int:
        _, starts, _ = self._nums[num_id]
        found = self._level(num_id, level)
        return starts.get(level, found.start if found else 1)

    def _level(self, num_id: str, level: int) -> Level | None:
        if num_id not in self._nums:
            return None
        abstract, _, overridden = self._nums[num_id]
        return overridden.get(level) or self._abstract.get(abstract, {}).get(level)

    def _read(self, numbering: Element) -> None:
        for abstract in numbering.findall(qn("w:abstractNum")):
            levels = {int(number(lvl, "w:ilvl") or 0): _read_level(lvl) for lvl in abstract.findall(qn("w:lvl"))}
            self._abstract[attr(abstract, "w:abstractNumId") or ""] = levels
        for num in numbering.findall(qn("w:num")):
            starts, overridden = {}, {}
            for override in num.findall(qn("w:lvlOverride")):
                level = int(number(override, "w:ilvl") or 0)
                start = number(child(override, "w:startOverride"))
                if start is not None:
                    starts[level] = int(start)
                if child(override, "w:lvl") is not None:
                    overridden[level] = _read_level(child(override, "w:lvl"))
            abstract_id = attr(child(num, "w:abstractNumId")) or ""
            self._nums[attr(num, "w:numId") or ""] = (abstract_id, starts, overridden)


def _read_level(lvl: Element) -> Level:
    return Level(fmt=attr(child(lvl, "w:numFmt")) or "decimal", text=attr(child(lvl, "w:lvlText")) or "",
                 start=int(number(child(lvl, "w:start")) or 0), suffix=attr(child(lvl, "w:suff")) or "tab",
                 legal=child(lvl, "w:isLgl") is not None, ppr=child(lvl, "w:pPr"))


def _format(value: int, fmt: str) -> str:
    """Return ``value`` written in Word's number format ``fmt``."""
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1) if value > 0 else ""
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        numeral = vnformat.roman(value) if 1 <= value <= 3999 else str(value)
        return numeral.lower() if fmt == "lowerRoman" else numeral
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt in ("bullet", "none"):
        return ""
    return str(value)
