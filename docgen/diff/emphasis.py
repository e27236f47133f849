"""``docgen diff --emphasis``: words set in bold, italic or underline on one side and not on the other.

Each paragraph is read as its words with the emphasis all of a word's letters share (a word half in bold is
not bold); the words of two aligned paragraphs are matched as ``word_changes`` matches them, and a kept word
whose emphasis differs is a change. Neighbouring words with the same change are reported together.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from docgen.diff.text import opcodes
from docgen.read.document import Paragraph
from docgen.read.text import nfc, snippet

FLAGS = ("bold", "italic", "underline")
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


def emphasis_words(paragraph: Paragraph) -> tuple[Word, ...]:
    """Return the paragraph's words, each with the emphasis all its letters share."""
    words: list[Word] = []
    letters, shared = "", None
    for run in paragraph.runs:
        flags = frozenset(name for name in FLAGS if _on(getattr(run.fmt, name)))
        for char in run.text:
            if char.isspace():
                if letters:
                    words.append((nfc(letters), shared or frozenset()))
                letters, shared = "", None
                continue
            letters += char
            shared = flags if shared is None else shared & flags
    if letters:
        words.append((nfc(letters), shared or frozenset()))
    return tuple(words)


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
                change = (_named(after - before), _named(before - after))
                kept.append((stretch, word, change))
    changes = []
    for (_, change), group in groupby(kept, key=lambda item: (item[0], item[2])):
        if change != ((), ()):
            changes.append(EmphasisChange(snippet(text), " ".join(word for _, word, _ in group), *change))
    return changes
