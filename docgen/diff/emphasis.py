"""``docgen diff --emphasis``: words set in bold, italic or underline on one side and not on the other.

Each paragraph is read as its words with the emphasis all of a word's letters share (a word half in bold is
not bold; the marks around it, "“làm", "học);", do not count); the words of two aligned paragraphs are matched
as ``word_changes`` matches them, and a kept word whose emphasis differs is a change. Neighbouring words with
the same change are reported together.

A change of the paragraph's own look is told apart (``layout``): the emphasis of its leading number alone
("1.", "3.3.", "a)"), or an emphasis that covers every word of the paragraph on the side that has it (a heading
typed in italic printed in bold, a basis typed in bold printed plain). Those are how each side lays its kind
of paragraph out (docgen prints numbers and headings in its own style), not words stressed inside a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import groupby

from docgen.diff.text import opcodes
from docgen.read.document import Paragraph
from docgen.read.text import nfc, snippet

FLAGS = ("bold", "italic", "underline")
NUMBER = re.compile(r"^(?:[IVXL]+|\d+(?:\.\d+)*|[a-zđ])[.)]$", re.IGNORECASE)  # a paragraph's leading number
Word = tuple[str, frozenset[str]]


@dataclass(frozen=True)
class EmphasisChange:
    """Words of a paragraph (or of a table cell, ``where``) whose emphasis differs: ``added`` and ``removed``
    are names of ``FLAGS``."""

    paragraph: str
    words: str
    added: tuple[str, ...]
    removed: tuple[str, ...]
    where: str = ""  # a table cell's place ("" for a paragraph)
    layout: bool = False  # a change of the paragraph's own look (its number, or all its words), not of words


def emphasis_words(paragraph: Paragraph) -> tuple[Word, ...]:
    """Return the paragraph's words, each with the emphasis all its letters share."""
    words: list[Word] = []
    letters, looks = "", []  # type: tuple[str, list[frozenset[str]]]
    for run in paragraph.runs:
        flags = frozenset(name for name in FLAGS if _on(getattr(run.fmt, name)))
        for char in run.text:
            if char.isspace():
                if letters:
                    words.append((nfc(letters), _shared(letters, looks)))
                letters, looks = "", []
                continue
            letters += char
            looks.append(flags)
    if letters:
        words.append((nfc(letters), _shared(letters, looks)))
    return tuple(words)


def _shared(letters: str, looks: list[frozenset[str]]) -> frozenset[str]:
    """The emphasis every letter or digit of a word has (its marks when it has none: a bold "–")."""
    counted = [look for char, look in zip(letters, looks, strict=True) if char.isalnum()] or looks
    return frozenset.intersection(*counted) if counted else frozenset()


def _named(flags: frozenset[str]) -> tuple[str, ...]:
    return tuple(name for name in FLAGS if name in flags)


def _on(value) -> bool:
    return bool(getattr(value, "value", value))


def compare_emphasis(a: tuple[Word, ...], b: tuple[Word, ...], text: str) -> list[EmphasisChange]:
    """Return the emphasis changes of the words kept from paragraph ``a`` to paragraph ``b`` (printed ``text``)."""
    kept: list[tuple[int, str, tuple[tuple[str, ...], tuple[str, ...]]]] = []  # (stretch of kept words, word, change)
    for stretch, (tag, i1, i2, j1, j2) in enumerate(opcodes([w for w, _ in a], [w for w, _ in b])):
        if tag == "equal":
            for (_, before), (word, after) in zip(a[i1:i2], b[j1:j2], strict=True):
                if not any(c.isalnum() for c in word):  # a bold "…" or "-": no word is stressed (as imported)
                    continue
                change = (_named(after - before), _named(before - after))
                kept.append((stretch, word, change))
    changes = []
    for (_, change), group in groupby(kept, key=lambda item: (item[0], item[2])):
        if change != ((), ()):
            words = [word for _, word, _ in group]
            changes.append(EmphasisChange(snippet(text), " ".join(words), change[0], change[1],
                                          layout=_layout(words, change, a, b)))
    return changes


def _layout(words: list[str], change: tuple[tuple[str, ...], tuple[str, ...]], a: tuple[Word, ...],
            b: tuple[Word, ...]) -> bool:
    """True for a change of the paragraph's own look: its leading number alone, or an emphasis added that
    every word of B has, or removed that every word of A had (the number aside)."""
    if len(words) == 1 and b and words[0] == b[0][0] and NUMBER.match(words[0]):
        return True
    added, removed = change
    return all(_throughout(b, flag) for flag in added) and all(_throughout(a, flag) for flag in removed)


def _throughout(words: tuple[Word, ...], flag: str) -> bool:
    """True when every word with a letter or digit has ``flag``, a leading number aside."""
    counted = [looks for text, looks in words if any(c.isalnum() for c in text)]
    if len(words) > 1 and NUMBER.match(words[0][0]):
        counted = counted[1:]
    return bool(counted) and all(flag in looks for looks in counted)
