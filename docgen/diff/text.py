"""Paragraph-by-paragraph comparison of two texts: difflib alignment on normalised paragraphs, then the
changed words of each changed paragraph.

Numbering (``I.``, ``1.``, ``a)``, ``-``, ``+``) and formatting noise (white space, NFC, old and new tone
placement) are not differences: a clerk who retypes "1. Mục đích" as an automatic list has changed nothing.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from docgen.read import patterns
from docgen.read.text import fold, nfc, squash

# The numbering a paragraph starts with, typed or automatic: I. II. 1. 1.2. a) đ) - + • …
# I.  1.  1)  3.1.  3.1  a)  a. (as typed before Decree 30)  -  +  •: docgen numbers again, so numbering is not a
# change. A bare figure is no numbering ("15 hộ nghèo", "1.500 hộ": levels have one or two digits).
# a number typed without its space ("1.Bên giao:") is a number too; a bullet mark needs its space
_NUMBERING = re.compile(r"^(?:(?:[IVXLC]+\.|\d+(?:\.\d{1,2})*(?:\.\)?|\))|\d+(?:\.\d{1,2})+|[a-zđ][).])"
                        r"(?:\s+|(?=[^\W\d_]))|[-+•–—*]\s+)")
SAME_PARAGRAPH = 0.6  # letter similarity above which a replaced paragraph is "changed", not removed + added
# Above this many pairs of elements, an exact alignment (difflib without autojunk, quadratic or worse on text of
# repeated words) gives way to anchors first: a 37 KB paragraph of repeated words took 47 s.
EXACT_PAIRS = 40_000
PAIRED_MAX = 400  # a replaced block of more paragraph pairs than this is paired in one pass, not the best chain


def normalise(text: str) -> str:
    """Return the paragraph's words as compared: NFC, single spaces, without its leading numbering."""
    return _NUMBERING.sub("", squash(nfc(text)), count=1)


@dataclass(frozen=True)
class Words:
    """One piece of a changed paragraph: ``equal``, ``delete`` (only in A) or ``insert`` (only in B)."""

    kind: str
    text: str


@dataclass(frozen=True)
class Alignment:
    """One step of the alignment: ``equal``, ``changed``, ``removed`` (A only) or ``added`` (B only), with the
    paragraph positions on each side (None for the side that lacks it)."""

    kind: str
    a: int | None
    b: int | None


def align(a: list[str], b: list[str]) -> list[Alignment]:
    """Return the alignment of two paragraph lists (texts as printed), in B's order."""
    left, right = [normalise(t) for t in a], [normalise(t) for t in b]
    steps: list[Alignment] = []
    for tag, i1, i2, j1, j2 in opcodes(left, right):
        if tag == "equal":
            steps += [Alignment("equal", i, j) for i, j in zip(range(i1, i2), range(j1, j2), strict=True)]
        else:
            steps += pair_block(left, right, list(range(i1, i2)), list(range(j1, j2)))
    return steps


def pair_block(left: list[str], right: list[str], olds: list[int], news: list[int]) -> list[Alignment]:
    """Pair the paragraphs of a replaced block in order: all of them when the block has as many on each side
    (a row of table cells retyped, a sentence rewritten in place), else the longest chain of pairs alike
    enough (a paragraph added before a changed one does not push it out of its pair)."""
    if len(olds) == len(news):
        return [Alignment("changed", i, j) for i, j in zip(olds, news, strict=True)]
    if len(olds) * len(news) > PAIRED_MAX:
        return _greedy(left, right, olds, news)
    alike = [[_alike(left[i], right[j]) for j in news] for i in olds]
    chain = [[0] * (len(news) + 1) for _ in range(len(olds) + 1)]  # longest chain of alike pairs from (x, y)
    for x in range(len(olds) - 1, -1, -1):
        for y in range(len(news) - 1, -1, -1):
            chain[x][y] = max(chain[x + 1][y], chain[x][y + 1], chain[x + 1][y + 1] + 1 if alike[x][y] else 0)
    steps: list[Alignment] = []
    x = y = 0
    while x < len(olds) and y < len(news):
        if alike[x][y] and chain[x][y] == chain[x + 1][y + 1] + 1:
            steps.append(Alignment("changed", olds[x], news[y]))
            x, y = x + 1, y + 1
        elif chain[x + 1][y] > chain[x][y + 1] or (chain[x + 1][y] == chain[x][y + 1]
                                                    and len(olds) - x > len(news) - y):  # the longer side first
            steps.append(Alignment("removed", olds[x], None))
            x += 1
        else:
            steps.append(Alignment("added", None, news[y]))
            y += 1
    return steps + [Alignment("removed", i, None) for i in olds[x:]] + [Alignment("added", None, j) for j in news[y:]]


def _greedy(left: list[str], right: list[str], olds: list[int], news: list[int]) -> list[Alignment]:
    """Pair a long replaced block in one pass: each paragraph with the next of the other side when alike."""
    steps: list[Alignment] = []
    olds, news = list(olds), list(news)
    while olds and news:
        if _alike(left[olds[0]], right[news[0]]):
            steps.append(Alignment("changed", olds.pop(0), news.pop(0)))
        elif len(olds) > len(news):
            steps.append(Alignment("removed", olds.pop(0), None))
        else:
            steps.append(Alignment("added", None, news.pop(0)))
    return steps + [Alignment("removed", i, None) for i in olds] + [Alignment("added", None, j) for j in news]


def _alike(a: str, b: str) -> bool:
    """True when two paragraphs are one changed: alike letter by letter, or the same part's line numbered
    another way ("Phần 2." and "Phần thứ hai")."""
    return similarity(a, b) >= SAME_PARAGRAPH or _division(a) == _division(b) != ""


def _division(text: str) -> str:
    """The word of a part's or chapter's line ("phần" for "Phần 2.", "PHẦN THỨ HAI"), else ""."""
    line = squash(text).rstrip(" .:")
    return fold(line.split()[0]) if patterns.DIVISION.match(line) else ""


def similarity(a: str, b: str) -> float:
    """Return how alike two paragraphs are, letter by letter, case and tone placement aside (0 to 1)."""
    left, right = fold(a), fold(b)
    if not left and not right:
        return 1.0
    kept = sum(i2 - i1 for tag, i1, i2, _, _ in opcodes(left, right) if tag == "equal")
    return 2 * kept / (len(left) + len(right))


Opcode = tuple[str, int, int, int, int]


def opcodes(a, b) -> list[Opcode]:
    """Return difflib's opcodes turning ``a`` into ``b`` in near-linear time: the common start and end are taken
    first; what is left is aligned exactly when small, else on anchors (difflib with autojunk) and each gap
    between anchors again, down to a replacement when a gap is still too large. Kept, deleted and inserted
    pieces still give ``a`` and ``b`` exactly; only the detail of a very long change is coarser."""
    start = 0
    while start < len(a) and start < len(b) and a[start] == b[start]:
        start += 1
    end = 0
    while end < len(a) - start and end < len(b) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    steps: list[Opcode] = [("equal", 0, start, 0, start)] if start else []
    steps += _middle(a, b, start, len(a) - end, start, len(b) - end)
    steps += [("equal", len(a) - end, len(a), len(b) - end, len(b))] if end else []
    return _merged(steps)


def _middle(a, b, i1: int, i2: int, j1: int, j2: int) -> list[Opcode]:
    """Return the opcodes of ``a[i1:i2]`` against ``b[j1:j2]``: exact when small, else on anchors and windows."""
    if i1 == i2 or j1 == j2:
        return [] if i1 == i2 and j1 == j2 else [("delete" if j1 == j2 else "insert", i1, i2, j1, j2)]
    if (i2 - i1) * (j2 - j1) <= EXACT_PAIRS:
        return _exact(a, b, i1, i2, j1, j2)
    steps: list[Opcode] = []
    anchors = difflib.SequenceMatcher(None, a[i1:i2], b[j1:j2], autojunk=True)  # popular elements are no anchors
    for tag, x1, x2, y1, y2 in anchors.get_opcodes():
        if tag == "equal":
            steps.append((tag, i1 + x1, i1 + x2, j1 + y1, j1 + y2))
        else:
            steps += _windowed(a, b, i1 + x1, i1 + x2, j1 + y1, j1 + y2)
    return steps


def _exact(a, b, i1: int, i2: int, j1: int, j2: int) -> list[Opcode]:
    matcher = difflib.SequenceMatcher(None, a[i1:i2], b[j1:j2], autojunk=False)
    return [(tag, i1 + x1, i1 + x2, j1 + y1, j1 + y2) for tag, x1, x2, y1, y2 in matcher.get_opcodes()]


def _windowed(a, b, i1: int, i2: int, j1: int, j2: int) -> list[Opcode]:
    """Align a long gap window by window (each small enough to align exactly), keeping each window's result up
    to its last kept piece and starting the next window there: linear in the gap's length."""
    window = int(EXACT_PAIRS ** 0.5)
    steps: list[Opcode] = []
    while i1 < i2 and j1 < j2:
        same = 0
        while i1 + same < i2 and j1 + same < j2 and a[i1 + same] == b[j1 + same]:
            same += 1  # what is equal before the next change is kept as it stands (never shifted by a period)
        if same:
            steps.append(("equal", i1, i1 + same, j1, j1 + same))
            i1, j1 = i1 + same, j1 + same
            continue
        x2, y2 = min(i2, i1 + window), min(j2, j1 + window)
        found = _exact(a, b, i1, x2, j1, y2)
        if x2 == i2 and y2 == j2:
            return steps + found
        last = max((k for k, op in enumerate(found) if op[0] == "equal"), default=-1)
        kept = found[:last + 1] if last >= 0 else [("replace", i1, x2, j1, y2)]
        steps += kept
        i1, j1 = kept[-1][2], kept[-1][4]
    return steps + _middle(a, b, i1, i2, j1, j2)


def _merged(steps: list[Opcode]) -> list[Opcode]:
    """Return the opcodes with neighbours of the same kind joined (difflib's own are never adjacent)."""
    out: list[Opcode] = []
    for step in steps:
        if out and out[-1][0] == step[0] and step[0] != "replace":
            tag, i1, _, j1, _ = out[-1]
            out[-1] = (tag, i1, step[2], j1, step[4])
        else:
            out.append(step)
    return out


def word_changes(a: str, b: str) -> list[Words]:
    """Return B's paragraph as pieces kept, deleted and inserted against A's: the kept and deleted pieces
    joined give A exactly, the kept and inserted ones give B."""
    left, right = re.findall(r"\s+|\S+", a), re.findall(r"\s+|\S+", b)  # words and the spaces between
    pieces: list[Words] = []
    for tag, i1, i2, j1, j2 in opcodes(left, right):
        if tag == "equal":
            pieces.append(Words("equal", "".join(right[j1:j2])))
            continue
        if i1 < i2:
            pieces.append(Words("delete", "".join(left[i1:i2])))
        if j1 < j2:
            pieces.append(Words("insert", "".join(right[j1:j2])))
    return pieces


def marked(a: str, b: str) -> str:
    """Return the change in one line, the way wdiff marks it: ``giảm [-06-]{+07+} hộ nghèo``."""
    out = []
    for piece in word_changes(normalise(a), normalise(b)):
        text = piece.text.strip()
        if not text:
            continue
        out.append(text if piece.kind == "equal" else f"[-{text}-]" if piece.kind == "delete" else f"{{+{text}+}}")
    return " ".join(out)
