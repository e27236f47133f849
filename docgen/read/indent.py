"""Where the first line of a paragraph prints: its indents, then the tabs typed at its start.

Word starts the first line at the left indent plus the first-line indent (negative: hanging) and moves each
leading tab to the next tab stop: a custom stop of the paragraph, the left indent itself when the first line
hangs (Word's implicit stop), else the next default stop (every ``w:defaultTabStop`` from the margin; custom
stops clear the default ones to their left, which the next stop past the last custom one respects).
"""

from __future__ import annotations

import math

from docgen.read.elements import Paragraph

_EPSILON_MM = 0.05


def first_line_start_mm(paragraph: Paragraph, default_tab_mm: float) -> float:
    """Return how far from the left margin the first character (or the list label) of ``paragraph`` prints."""
    fmt = paragraph.fmt
    position = fmt.left_mm.value + fmt.first_line_mm.value
    if paragraph.label:  # an automatic number prints at the start; what follows it is not the indent
        return position
    for character in paragraph.text:
        if character != "\t":
            break
        position = _next_stop(position, paragraph, default_tab_mm)
    return position


def _next_stop(position: float, paragraph: Paragraph, default_tab_mm: float) -> float:
    fmt = paragraph.fmt
    stops = [stop for stop in fmt.tabs_mm if stop > position + _EPSILON_MM]
    if fmt.first_line_mm.value < 0 and fmt.left_mm.value > position + _EPSILON_MM:
        stops.append(fmt.left_mm.value)
    if stops:
        return min(stops)
    return (math.floor((position + _EPSILON_MM) / default_tab_mm) + 1) * default_tab_mm
