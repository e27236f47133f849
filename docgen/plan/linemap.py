"""Line numbers for field paths in a plan file (TOML or JSON), so that every problem can say which line to fix.

Neither parser keeps positions. For TOML this scans the text for table headers and ``key =`` lines; for JSON it
walks the tokens. Each only has to be right for a file its parser accepted, and falls back to the nearest
enclosing table or object.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable
from typing import Any

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-\"]+(?:\s*\.\s*[A-Za-z0-9_\-\"]+)*)\s*=")

Path_ = tuple[Any, ...]


class LineMap:
    """Map from a field path such as ``("hamlets", 2, "poor")`` (0-based list indexes) to a 1-based line.

    Built from the TOML text only when a line is first asked for: a plan without problems never needs it,
    so a successful build does not pay for the scan.
    """

    def __init__(self, lines: dict[Path_, int] | None = None, text: str = "",
                 scan: Callable[[str], dict[Path_, int]] | None = None) -> None:
        self._lines, self._text, self._scan = lines, text, scan or _toml_lines

    @property
    def lines(self) -> dict[Path_, int]:
        """Return the map, scanning the text the first time."""
        if self._lines is None:
            self._lines = self._scan(self._text)
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


def json_line_map(text: str) -> LineMap:
    """Return the (lazy) line map of a JSON document that ``json`` has already parsed successfully."""
    return LineMap(text=text, scan=_json_lines)


def _toml_lines(text: str) -> dict[Path_, int]:
    scanner = _Scanner()
    # Lines end at "\n" alone, as in the TOML grammar and in a clerk's editor: str.splitlines would also break
    # at characters a text may hold (U+2028, U+0085) and count lines the clerk does not see.
    for number, line in enumerate(text.split("\n"), start=1):
        scanner.feed(number, line.removesuffix("\r"))
    return scanner.lines


_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
_JSON_TOKEN = re.compile(r'[ \t\n\r]*(?:(")|([{}\[\],:])|([^ \t\n\r{}\[\],:"]+))')


def _json_lines(text: str) -> dict[Path_, int]:
    """Walk the tokens of a JSON document (without recursion) and record the line of each key and array item."""
    breaks = [index for index, char in enumerate(text) if char == "\n"]
    lines: dict[Path_, int] = {}
    stack: list[list[Any]] = []  # [path, is_object, key or index, expecting a key]
    position = 0
    while (token := _JSON_TOKEN.match(text, position)) is not None and token.end() > position:
        start, position = token.start(token.lastindex or 0), token.end()
        line = bisect.bisect_left(breaks, start) + 1
        top, mark = (stack[-1] if stack else None), token.group(2) or ""
        if token.group(1):  # a string: a key, or a value
            string = _JSON_STRING.match(text, start)
            value, position = (json.loads(string.group()), string.end()) if string else ("", len(text))
            if top is not None and top[1] and top[3]:
                top[2], top[3] = value, False
                lines.setdefault(top[0] + (value,), line)
                continue
        elif mark in ("}", "]"):
            stack.pop()
            continue
        elif mark in (",", ":"):
            if mark == "," and top is not None:
                if top[1]:
                    top[3] = True
                else:
                    top[2] += 1
            continue
        here = () if top is None else top[0] + (top[2],)  # the path of the value that starts here
        lines.setdefault(here, line)
        if mark in ("{", "["):
            stack.append([here, mark == "{", 0, mark == "{"])
    return lines


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
