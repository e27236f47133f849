"""Paragraph-by-paragraph comparison of two texts: difflib alignment on normalised paragraphs, then the
changed words of each changed paragraph.

Numbering (``I.``, ``1.``, ``a)``, ``-``, ``+``) and formatting noise (white space, NFC, old and new tone
placement) are not differences: a clerk who retypes "1. Mục đích" as an automatic list has changed nothing.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from docgen.read.text import fold, nfc, squash

# The numbering a paragraph starts with, typed or automatic: I. II. 1. 1.2. a) đ) - + • …
# I.  1.  3.1.  a)  a. (as typed before Decree 30)  -  +  •: docgen numbers again, so numbering is not a change
_NUMBERING = re.compile(r"^(?:[IVXLC]+\.|\d+(?:\.\d+)*\.?\)?|[a-zđ][).]|[-+•–—*])\s+")
SAME_PARAGRAPH = 0.6  # letter similarity above which a replaced paragraph is "changed", not removed + added


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
    matcher = difflib.SequenceMatcher(None, left, right, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            steps += [Alignment("equal", i, j) for i, j in zip(range(i1, i2), range(j1, j2), strict=True)]
        else:
            steps += _pair(left, right, list(range(i1, i2)), list(range(j1, j2)))
    return steps


def _pair(left: list[str], right: list[str], olds: list[int], news: list[int]) -> list[Alignment]:
    """Pair the paragraphs of a replaced block in order: all of them when the block has as many on each side
    (a row of table cells retyped, a sentence rewritten in place), else those alike enough."""
    steps: list[Alignment] = []
    together = len(olds) == len(news)
    while olds and news:
        if together or similarity(left[olds[0]], right[news[0]]) >= SAME_PARAGRAPH:
            steps.append(Alignment("changed", olds.pop(0), news.pop(0)))
        elif len(olds) > len(news):
            steps.append(Alignment("removed", olds.pop(0), None))
        else:
            steps.append(Alignment("added", None, news.pop(0)))
    steps += [Alignment("removed", i, None) for i in olds] + [Alignment("added", None, j) for j in news]
    return steps


def similarity(a: str, b: str) -> float:
    """Return how alike two paragraphs are, letter by letter, case and tone placement aside (0 to 1)."""
    return difflib.SequenceMatcher(None, fold(a), fold(b), autojunk=False).ratio()


def word_changes(a: str, b: str) -> list[Words]:
    """Return B's paragraph as pieces kept, deleted and inserted against A's: the kept and deleted pieces
    joined give A exactly, the kept and inserted ones give B."""
    left, right = re.findall(r"\s+|\S+", a), re.findall(r"\s+|\S+", b)  # words and the spaces between
    pieces: list[Words] = []
    matcher = difflib.SequenceMatcher(None, left, right, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
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
