"""Line numbers for field paths in a TOML plan file, so that every problem can say which line to fix.

``tomllib`` keeps no positions, so this scans the text for table headers and ``key =`` lines. It only
has to be right for the files ``tomllib`` accepted, and falls back to the nearest enclosing table.
"""

from __future__ import annotations

import re
from typing import Any

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-\"]+(?:\s*\.\s*[A-Za-z0-9_\-\"]+)*)\s*=")

Path_ = tuple[Any, ...]


class LineMap:
    """Map from a field path such as ``("hamlets", 2, "poor")`` (0-based list indexes) to a 1-based line.

    Built from the TOML text only when a line is first asked for: a plan without problems never needs it,
    so a successful build does not pay for the scan.
    """

    def __init__(self, lines: dict[Path_, int] | None = None, text: str = "") -> None:
        self._lines, self._text = lines, text

    @property
    def lines(self) -> dict[Path_, int]:
        """Return the map, scanning the text the first time."""
        if self._lines is None:
            scanner = _Scanner()
            for number, line in enumerate(self._text.splitlines(), start=1):
                scanner.feed(number, line)
            self._lines = scanner.lines
        return self._lines

    def line_of(self, path: Path_) -> int:
        """Return the line of ``path``, or of its nearest ancestor that has one; 0 when unknown."""
        for end in range(len(path), 0, -1):
            line = self.lines.get(tuple(path[:end]))
            if line:
                return line
        return 0


def toml_line_map(text: str) -> LineMap:
    """Return the (lazy) line map of a TOML document that ``tomllib`` has already parsed successfully."""
    return LineMap(text=text)


class _Scanner:
    """Reads TOML line by line, keeping string and bracket state across lines, and records where each
    table, key and array item starts."""

    def __init__(self) -> None:
        self.lines: dict[Path_, int] = {}
        self.counts: dict[Path_, int] = {}
        self.table: Path_ = ()
        self.array: Path_ = ()  # the key whose array value is open
        self.element = self.depth = 0
        self.expecting = False  # inside an array, before an item
        self.quote = ""  # the open string delimiter, kept across lines for multi-line strings

    def feed(self, number: int, line: str) -> None:
        if not self.quote and self.depth == 0:
            if header := _HEADER.match(_strip_comment(line)):
                self.table = _open_table(header.group(1) == "[[", _split_key(header.group(2)), self.counts)
                self.lines.setdefault(self.table, number)
                return
            if key := _KEY.match(line):
                self.array, self.element = self.table + _split_key(key.group(1)), 0
                self.lines.setdefault(self.array, number)
                line = line[key.end():]
        self._scan_value(number, line)

    def _scan_value(self, number: int, line: str) -> None:
        index = 0
        while index < len(line):
            if self.quote:
                index = self._close_string(line, index)
                continue
            char = line[index]
            if char == "#":
                return
            if self.depth == 1 and self.expecting and not char.isspace() and char not in ",]":
                self.lines.setdefault(self.array + (self.element,), number)
                self.element, self.expecting = self.element + 1, False
            if char in "\"'":
                triple = line.startswith(char * 3, index)
                self.quote = char * 3 if triple else char
                index += 3 if triple else 1
                continue
            if char == "[":
                self.depth += 1
                self.expecting = self.depth == 1
            elif char == "]":
                self.depth = max(0, self.depth - 1)
            elif char == "," and self.depth == 1:
                self.expecting = True
            index += 1

    def _close_string(self, line: str, index: int) -> int:
        """Return the index after the closing delimiter on this line, or the line's end if it stays open."""
        while index < len(line):
            if line[index] == "\\" and self.quote[0] == '"':
                index += 2
            elif line.startswith(self.quote, index):
                index += len(self.quote)
                self.quote = ""
                return index
            else:
                index += 1
        if len(self.quote) == 1:
            self.quote = ""  # a one-line string cannot continue (tomllib accepted the file)
        return index


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
