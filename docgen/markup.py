"""Emphasis inside a text: ``**đậm**``, ``*nghiêng*``, ``__gạch chân__``, nested as in ``**Mục tiêu *chung***``.

A clerk types the marks; the importer writes them from Word's bold, italic and underlined runs. ``parse`` gives
the runs, ``to_markup`` writes runs back as text (escaping only what must be), so a plan file read and written
again keeps its emphasis exactly.

A mark counts only where it is meant (CommonMark-like "flanking"): an opening mark is followed by a character
that is neither a space nor a closing bracket, a closing mark is preceded by one that is neither a space nor an
opening bracket, and every opening mark needs its closing one. So ``(*)``, ``5 * 3``, ``1.250*`` and blanks
``______`` or ``__ tháng __`` stay as typed. A backslash before ``*``, ``_`` or ``\\`` prints that character
itself: ``\\*\\*`` is two asterisks. docs/plan-file.md explains it for the clerk.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

MARKS = "*_"
ESCAPABLE = "*_\\"
_NO_OPEN_BEFORE = ")]}"  # an opening mark followed by one of these is an ordinary character: "(*)"
_NO_CLOSE_AFTER = "([{"
_DELIMITERS = {"bold": "**", "italic": "*", "underline": "__"}
# A run of marks of this length is a delimiter; other lengths ("****", "______") are ordinary characters.
_KINDS = {("*", 1): ("italic",), ("*", 2): ("bold",), ("*", 3): ("bold", "italic"), ("_", 2): ("underline",)}
STYLES = ("bold", "italic", "underline")


@dataclass(frozen=True)
class Run:
    """A stretch of text in one style."""

    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False

    @property
    def style(self) -> tuple[bool, bool, bool]:
        return self.bold, self.italic, self.underline

    @property
    def plain(self) -> bool:
        return not any(self.style)


def parse(text: str) -> list[Run]:
    """Return the runs of ``text``: its characters in their styles, marks and escapes taken out."""
    if not any(c in text for c in ESCAPABLE):  # most texts: nothing to read, one plain run (or none)
        return [Run(text)] if text else []
    chars = _characters(text)
    delimiters = _delimiters(chars)
    _match(delimiters)
    return _runs(chars, delimiters)


def plain(text: str) -> str:
    """Return ``text`` as printed, without its marks and escapes."""
    return "".join(run.text for run in parse(text))


def has_emphasis(text: str) -> bool:
    """True when some of ``text`` is bold, italic or underlined."""
    return any(not run.plain for run in parse(text)) if any(c in text for c in MARKS) else False


def all_bold(text: str) -> bool:
    """True when the whole text is bold (and only bold): a sub-heading."""
    runs = parse(text)
    return len(runs) == 1 and runs[0].style == (True, False, False)


def escape(text: str) -> str:
    """Return markup that prints ``text`` exactly as it is, with no emphasis."""
    return to_markup([Run(text)])


def to_markup(runs: list[Run]) -> str:
    """Return the text that ``parse`` reads back as ``normalise(runs)``.

    Literal marks are escaped only where they would otherwise count; where bold and italic overlap without
    nesting (bold "ab" over italic "bc"), no text can say it, and the result is the nearest one."""
    wanted = normalise(runs)
    attempt = ""
    for level in range(3):
        attempt = _write(wanted, level)
        if parse(attempt) == wanted:
            return attempt
    return attempt


def normalise(runs: list[Run]) -> list[Run]:
    """Return the runs as ``parse`` gives them: no empty run, neighbours in the same style joined, and each
    style's stretch beginning and ending on a character that is not a space (nor a bracket facing outwards)."""
    chars = [c for run in runs for c in run.text]
    flags = [[getattr(run, style) for style in STYLES] for run in runs for _ in run.text]
    for index in range(len(STYLES)):
        position = 0
        while position < len(chars):
            if not flags[position][index]:
                position += 1
                continue
            end = position
            while end < len(chars) and flags[end][index]:
                end += 1
            first, last = position, end - 1
            while first <= last and (chars[first].isspace() or chars[first] in _NO_OPEN_BEFORE):
                flags[first][index] = False
                first += 1
            while last >= first and (chars[last].isspace() or chars[last] in _NO_CLOSE_AFTER):
                flags[last][index] = False
                last -= 1
            position = end
    return _grouped(chars, [tuple(f) for f in flags])


def _grouped(chars: list[str], flags: list[tuple[bool, ...]]) -> list[Run]:
    out = []
    for style, group in groupby(zip(chars, flags, strict=True), key=lambda pair: pair[1]):
        out.append(Run("".join(c for c, _ in group), *style))
    return out


# --- reading ---------------------------------------------------------------------------------------------------

@dataclass
class _Char:
    char: str
    escaped: bool = False


@dataclass
class _Delimiter:
    start: int  # index in the characters
    length: int
    kinds: tuple[str, ...]
    can_open: bool
    can_close: bool
    opens: tuple[str, ...] = ()
    closes: tuple[str, ...] = ()


def _characters(text: str) -> list[_Char]:
    chars, index = [], 0
    while index < len(text):
        if text[index] == "\\" and index + 1 < len(text) and text[index + 1] in ESCAPABLE:
            chars.append(_Char(text[index + 1], escaped=True))
            index += 2
        else:
            chars.append(_Char(text[index]))
            index += 1
    return chars


def _is_mark(char: _Char) -> bool:
    return char.char in MARKS and not char.escaped


def _delimiters(chars: list[_Char]) -> list[_Delimiter]:
    found, index = [], 0
    while index < len(chars):
        if not _is_mark(chars[index]):
            index += 1
            continue
        end = index
        while end < len(chars) and _is_mark(chars[end]) and chars[end].char == chars[index].char:
            end += 1
        kinds = _KINDS.get((chars[index].char, end - index))
        if kinds:
            before, after = _neighbour(chars, index - 1, -1), _neighbour(chars, end, 1)
            found.append(_Delimiter(index, end - index, kinds,
                                    can_open=after is not None and not after.isspace() and after not in _NO_OPEN_BEFORE,
                                    can_close=before is not None and not before.isspace()
                                    and before not in _NO_CLOSE_AFTER))
        index = end
    return found


def _neighbour(chars: list[_Char], index: int, step: int) -> str | None:
    """The nearest character that is not a mark: marks next to marks do not decide whether a mark counts."""
    while 0 <= index < len(chars) and _is_mark(chars[index]):
        index += step
    return chars[index].char if 0 <= index < len(chars) else None


def _match(delimiters: list[_Delimiter]) -> None:
    """Pair openers with closers, innermost first; an opener left open, or crossed by another pair, is text."""
    stack: list[tuple[_Delimiter, list[str]]] = []  # an opener and the kinds it still holds open
    for delimiter in delimiters:
        remaining = list(delimiter.kinds)
        closed: list[str] = []
        while delimiter.can_close and remaining:
            depth = next((d for d in range(len(stack) - 1, -1, -1) if set(stack[d][1]) & set(remaining)), None)
            if depth is None:
                break
            del stack[depth + 1:]  # openers crossed by this pair stay text
            opener, open_kinds = stack[depth]
            kind = next(k for k in reversed(remaining) if k in open_kinds) if len(open_kinds) == 1 else \
                next(k for k in remaining if k in open_kinds)
            open_kinds.remove(kind)
            remaining.remove(kind)
            opener.opens += (kind,)
            closed.append(kind)
            if not open_kinds:
                stack.pop()
        delimiter.closes = tuple(closed)
        if delimiter.can_open and remaining:
            stack.append((delimiter, remaining))
    # opens were recorded when matched; an opener never matched keeps opens == () and is text


def _runs(chars: list[_Char], delimiters: list[_Delimiter]) -> list[Run]:
    depth = dict.fromkeys(STYLES, 0)
    out_chars: list[str] = []
    out_flags: list[tuple[bool, ...]] = []
    by_start = {d.start: d for d in delimiters}
    index = 0

    def emit(char: str) -> None:
        out_chars.append(char)
        out_flags.append(tuple(depth[style] > 0 for style in STYLES))

    while index < len(chars):
        delimiter = by_start.get(index)
        if delimiter is None:
            emit(chars[index].char)
            index += 1
            continue
        for kind in delimiter.closes:
            depth[kind] -= 1
        used = sum(len(_DELIMITERS[k]) for k in delimiter.closes + delimiter.opens)
        for _ in range(delimiter.length - used):  # marks of the run that pair with nothing are text
            emit(chars[index].char)
        for kind in delimiter.opens:
            depth[kind] += 1
        index += delimiter.length
    return _grouped(out_chars, out_flags)


# --- writing ---------------------------------------------------------------------------------------------------

def _write(runs: list[Run], level: int) -> str:
    """Write the runs with their marks; ``level`` 0 escapes only backslashes before marks, 1 also marks that
    could count, 2 every mark."""
    chars = [c for run in runs for c in run.text]
    flags = [run.style for run in runs for _ in run.text]
    ends = _stretch_ends(flags)
    out: list[str] = []
    stack: list[int] = []
    pieces: list[str] = []  # the literal text since the last delimiter, escaped when written
    for position in range(len(chars) + 1):
        now = flags[position] if position < len(chars) else (False, False, False)
        was = flags[position - 1] if position else (False, False, False)
        closing = {i for i in range(3) if was[i] and not now[i]}
        opening = {i for i in range(3) if now[i] and not was[i]}
        if closing or opening:
            out.append(_literal("".join(pieces), level))
            pieces = []
            while closing:
                top = stack.pop()
                out.append(_DELIMITERS[STYLES[top]])
                if top in closing:
                    closing.discard(top)
                else:
                    opening.add(top)  # crossed: closed here and opened again
            _split_early(stack, opening, chars, ends[position], position, out)
            for style in sorted(opening, key=lambda i: -ends[position][i]):  # the longest stretch outermost
                stack.append(style)
                out.append(_DELIMITERS[STYLES[style]])
        if position < len(chars):
            pieces.append(chars[position])
    out.append(_literal("".join(pieces), level))
    return "".join(out)


def _split_early(stack: list[int], opening: set[int], chars: list[str], ends: list[int], position: int,
                 out: list[str]) -> None:
    """A style opening inside one that ends first would be closed and opened again where that one ends; when
    no mark can open there (a space follows), close the earlier style here instead and open it again inside."""
    if not opening or not position or chars[position - 1].isspace() or chars[position - 1] in _NO_CLOSE_AFTER:
        return
    longest = max(ends[i] for i in opening)
    for depth, style in enumerate(stack):
        end = ends[style]
        if end < longest and end < len(chars) and (chars[end].isspace() or chars[end] in _NO_OPEN_BEFORE):
            while len(stack) > depth:
                top = stack.pop()
                out.append(_DELIMITERS[STYLES[top]])
                opening.add(top)
            return


def _stretch_ends(flags: list[tuple[bool, bool, bool]]) -> list[list[int]]:
    """For each position and style, where the stretch of that style running through it ends."""
    ends = [[0, 0, 0] for _ in range(len(flags) + 1)]
    for index in range(3):
        end = len(flags)
        for position in range(len(flags) - 1, -1, -1):
            if not flags[position][index]:
                end = position
            ends[position][index] = end
    return ends


def _literal(text: str, level: int) -> str:
    out, index = [], 0
    while index < len(text):
        char = text[index]
        if char == "\\":
            nxt = text[index + 1] if index + 1 < len(text) else ""
            out.append("\\\\" if nxt in ESCAPABLE or level or not nxt else "\\")
            index += 1
        elif char in MARKS:
            end = index
            while end < len(text) and text[end] == char:
                end += 1
            length = end - index
            at_edge = index == 0 or end == len(text)
            risky = level == 2 or (level == 1 and ((char, length) in _KINDS or char == "*" or at_edge))
            out.append(("\\" + char) * length if risky else char * length)
            index = end
        else:
            out.append(char)
            index += 1
    return "".join(out)
