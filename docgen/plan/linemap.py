"""Line numbers for field paths in a TOML plan file, so that every problem can say which line to fix.

``tomllib`` keeps no positions, so this scans the text for table headers and ``key =`` lines. It only
has to be right for the files ``tomllib`` accepted, and falls back to the nearest enclosing table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-\"]+(?:\s*\.\s*[A-Za-z0-9_\-\"]+)*)\s*=")

Path_ = tuple[Any, ...]


@dataclass(frozen=True)
class LineMap:
    """Map from a field path such as ``("hamlets", 2, "poor")`` (0-based list indexes) to a 1-based line."""

    lines: dict[Path_, int]

    def line_of(self, path: Path_) -> int:
        """Return the line of ``path``, or of its nearest ancestor that has one; 0 when unknown."""
        for end in range(len(path), 0, -1):
            line = self.lines.get(tuple(path[:end]))
            if line:
                return line
        return 0


def toml_line_map(text: str) -> LineMap:
    """Return the line map of a TOML document that ``tomllib`` has already parsed successfully."""
    lines: dict[Path_, int] = {}
    counts: dict[Path_, int] = {}
    table: Path_ = ()
    array: Path_ = ()  # the key whose multi-line array is open, so its items can be located too
    element = depth = 0
    for number, raw in enumerate(text.splitlines(), start=1):
        line = _strip_comment(raw)
        if depth == 0 and (header := _HEADER.match(line)):
            table = _open_table(header.group(1) == "[[", _split_key(header.group(2)), counts)
            lines.setdefault(table, number)
        elif depth == 0 and (key := _KEY.match(line)):
            array, element = table + _split_key(key.group(1)), 0
            lines.setdefault(array, number)
        elif depth == 1 and line.strip()[:1] in ("\"", "'", "["):
            lines.setdefault(array + (element,), number)
            element += 1
        depth = max(0, depth + _bracket_balance(line))
    return LineMap(lines)


def _open_table(is_array: bool, names: Path_, counts: dict[Path_, int]) -> Path_:
    """Return the full path of a table header, resolving ``[[a.b]]`` against the latest item of each array."""
    resolved: Path_ = ()
    for name in names[:-1]:
        resolved += (name,)
        if resolved in counts:
            resolved += (counts[resolved] - 1,)
    resolved += (names[-1],)
    if is_array:
        counts[resolved] = counts.get(resolved, 0) + 1
        for stale in [k for k in counts if k[: len(resolved)] == resolved and len(k) > len(resolved)]:
            del counts[stale]
        return resolved + (counts[resolved] - 1,)
    return resolved


def _split_key(key: str) -> Path_:
    return tuple(part.strip().strip('"') for part in key.split("."))


def _bracket_balance(line: str) -> int:
    """Return opened minus closed square brackets outside strings (a key line's own ``[`` included)."""
    chars = [char for _, char in _outside_strings(line)]
    return chars.count("[") - chars.count("]")


def _strip_comment(line: str) -> str:
    """Return the line without a trailing comment, ignoring ``#`` inside strings."""
    for index, char in _outside_strings(line):
        if char == "#":
            return line[:index]
    return line


def _outside_strings(line: str):
    """Yield ``(index, char)`` for the characters of ``line`` that are not inside a TOML string."""
    quote, escaped = "", False
    for index, char in enumerate(line):
        if quote:
            if escaped:
                escaped = False
            elif char == "\\" and quote == '"':
                escaped = True
            elif char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        else:
            yield index, char
