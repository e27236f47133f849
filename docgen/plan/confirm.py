"""Values a person must confirm before a plan is built: marked in the file, next to the field.

``docgen new`` carries figures, dates, the signer and the legal bases over from last year's plan. Each
such field gets a comment line just above it, starting with ``MARK``::

    # CẦN XÁC NHẬN: số hộ nghèo cuối năm 2022 theo kế hoạch năm trước; sửa theo kết quả rà soát.
    poor = 8

The clerk sees the note where the value is, and confirms by deleting the comment line. The marker is a
fixed text, so docgen finds every one left (``unconfirmed``) and ``docgen build`` refuses the plan with
one list of them: file, line and field.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from docgen import messages
from docgen.errors import DocgenError, Location, Problem
from docgen.plan.linemap import LineMap, toml_line_map
from docgen.plan.load import field_path

MARK = "CẦN XÁC NHẬN"
_MARK_LINE = re.compile(rf"^\s*#\s*{MARK}\b")


def mark_fields(text: str, notes: dict[tuple[Any, ...], str]) -> str:
    """Return ``text`` with a marker comment above the line of each field path in ``notes`` (path → note)."""
    lines = text.splitlines(keepends=True)
    where = toml_line_map(text).lines
    inserts = sorted(((where[path], note) for path, note in notes.items() if path in where), reverse=True)
    for line, note in inserts:
        target = lines[line - 1]
        indent = target[: len(target) - len(target.lstrip())]
        lines.insert(line - 1, f"{indent}# {MARK}: {note}\n")
    return "".join(lines)


def unconfirmed(text: str, path: Path) -> list[Problem]:
    """Return one problem per marker left in the plan text: the field under it, with its line."""
    rows = text.splitlines()
    by_line = _fields_by_line(toml_line_map(text))
    problems = []
    for number, row in enumerate(rows, start=1):
        if not _MARK_LINE.match(row):
            continue
        field_line = _next_field_line(rows, number)
        note = row.split(":", 1)[1].strip() if ":" in row else ""
        location = Location(str(path), field_line or number, by_line.get(field_line, ""))
        hint = "" if problems else messages.CONFIRM_HINT  # said once, under the first field
        problems.append(Problem(location, messages.CONFIRM_FIELD.format(note=note), hint))
    return problems


def require_confirmed(path: Path) -> None:
    """Raise ``DocgenError`` listing every field of the TOML plan at ``path`` still marked to confirm."""
    if path.suffix.lower() != ".toml":
        return
    text = path.read_text(encoding="utf-8-sig")
    problems = unconfirmed(text, path)
    if problems:
        raise DocgenError(problems)


def _next_field_line(rows: list[str], marker: int) -> int:
    """Return the line of the first row after the marker that is neither blank nor a comment (0 if none)."""
    for number in range(marker + 1, len(rows) + 1):
        stripped = rows[number - 1].strip()
        if stripped and not stripped.startswith("#"):
            return number
    return 0


def _fields_by_line(lines: LineMap) -> dict[int, str]:
    """Return line → field path (the deepest field that starts on that line)."""
    found: dict[int, tuple[Any, ...]] = {}
    for parts, line in lines.lines.items():
        if len(parts) > len(found.get(line, ())):
            found[line] = parts
    return {line: field_path(parts) for line, parts in found.items()}
