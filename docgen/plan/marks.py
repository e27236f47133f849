"""Numbering and bullet marks that docgen prints itself, found typed (or pasted) at the start of a text.

Text pasted from last year's Word plan keeps its "3.", "a)" or "•": printed after docgen's own number it
reads "2. 3. …", which the Decree 30 check then takes for a numbering out of order and the build is refused.
The mark is left out when the document is built, and the field is named with a warning, so a doubled
number never blocks a build and the clerk still sees where it was.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from docgen import messages
from docgen.errors import Location, Problem
from docgen.plan.linemap import LineMap
from docgen.plan.load import field_path
from docgen.plan.model import Plan
from docgen.plan.placeholders import texts_matching, with_texts

# "3.", "3.1.", "II.", "a)", "đ)", "Phần thứ hai." at the start of a title or a paragraph of the outline
NUMBER_MARK = re.compile(r"^\s*(?:Phần thứ \w+[.:]?|[IVXL]+\.|\d+(?:\.\d+)*\.|\d+\)|[a-zđ]\))\s+(?=\S)")
# "-", "–", "+", "•", "o" (Word's second-level bullet), "*" at the start of a bullet point; "o" and "*" only with a
# space after them: "ong" is a word, "**Quản lý:** …" and "***Lưu ý:*** …" open with emphasis markup (docgen/markup.py)
BULLET_MARK = re.compile(r"^\s*(?:[-–—+•●▪◦·]|[o*](?=\s))\s*(?=\S)")
ANY_MARK = re.compile(f"{NUMBER_MARK.pattern}|{BULLET_MARK.pattern}")
_OUTLINE = ("sections", "parts")


def _numbered(plan: Plan, parts: tuple[Any, ...]) -> bool:
    """True for a text docgen prints right after a number of its own: a title, the first paragraph of an
    untitled item, the first paragraph of a point (a paragraph of a section's own text has no number)."""
    if parts[-1] == "title":
        return True
    if len(parts) < 4 or parts[-2] != "text" or parts[-1] != 0 or parts[-4] not in ("items", "points"):
        return False
    node: Any = plan
    for part in parts[:-2]:
        node = node[part] if isinstance(part, int) else getattr(node, part)
    return parts[-4] == "points" or not getattr(node, "title", "")


def without_own_marks(plan: Plan, path: Path, lines: LineMap) -> tuple[Plan, list[Problem]]:
    """Return the plan with docgen's own marks left out of its outline texts, and a warning for each."""
    changed: dict[tuple[Any, ...], str] = {}
    warnings = []
    for parts, text in texts_matching(plan, ANY_MARK):
        if not parts or parts[0] not in _OUTLINE:
            continue
        pattern = BULLET_MARK if "bullets" in parts else NUMBER_MARK if _numbered(plan, parts) else None
        if pattern is None:
            continue
        match = pattern.match(text)
        if match is None:
            continue
        changed[parts] = text[match.end():]
        location = Location(str(path), lines.line_of(parts), field_path(parts))
        warnings.append(Problem(location, messages.OWN_MARK.format(mark=match.group().strip()), messages.OWN_MARK_HINT))
    return (with_texts(plan, changed) if changed else plan), warnings
