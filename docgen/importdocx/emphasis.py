"""Bold, italic and underlined words inside a paragraph: read from its runs, for the text the plan file keeps.

The outline gives each paragraph's text without its number, its spaces squashed; here the runs are walked
with the same squashing, so that each letter of that text gets the emphasis it has in the original. An
emphasis that covers the whole text is the paragraph's own look (a bold heading, an italic reference line)
and is left to docgen's layout; only emphasis on part of the text is kept as markup.
"""

from __future__ import annotations

import unicodedata
from typing import NamedTuple

from docgen.markup import Run, to_markup
from docgen.read.document import Paragraph
from docgen.read.text import squash

BOLD, ITALIC, UNDERLINE = "bold", "italic", "underline"
KINDS = (BOLD, ITALIC, UNDERLINE)


class Segment(NamedTuple):
    """A piece of text and the emphases every letter of it has."""

    text: str
    kinds: frozenset[str]


def segments(paragraph: Paragraph, text: str, breaks: bool = False, whole: bool = False) -> list[Segment]:
    """Return ``text`` (a squashed tail of the paragraph's text, as the outline gives it) in pieces of one
    emphasis each; one plain piece when the paragraph has no emphasis on part of it, or ``text`` is not
    found in it. With ``breaks``, ``text`` keeps the paragraph's line breaks (``lines``); with ``whole``, an
    emphasis over all of it is kept too (where docgen's layout gives it none: a form's box)."""
    letters, flags = _squashed(paragraph, breaks)
    start = letters.rfind(text) if text else -1
    if start < 0:
        return [Segment(text, frozenset())]
    flags = flags[start:start + len(text)]
    partial = {kind for kind in KINDS if _partial(text, flags, kind) or (whole and _all(text, flags, kind))}
    pieces: list[Segment] = []
    for char, kinds in zip(text, flags, strict=True):
        kept = frozenset(kinds & partial) if not char.isspace() else None
        if pieces and (kept is None or pieces[-1].kinds == kept):
            pieces[-1] = Segment(pieces[-1].text + char, pieces[-1].kinds)
        else:
            pieces.append(Segment(char, kept or frozenset()))
    return _spaces_outside(pieces)


def has_emphasis(pieces: list[Segment]) -> bool:
    """True when some piece carries an emphasis."""
    return any(piece.kinds for piece in pieces)


def lines(paragraph: Paragraph) -> str:
    """Return the paragraph's text squashed line by line, its line breaks (Shift+Enter) kept as "\n"."""
    return "\n".join(squash(line) for line in paragraph.text.split("\n") if line.strip())


def _squashed(paragraph: Paragraph, breaks: bool = False) -> tuple[str, list[frozenset[str]]]:
    """Return the paragraph's text with white space squashed as ``read.text.squash`` does (``breaks``: as
    ``lines`` does), and the emphases of each of its characters (the automatic label has none)."""
    chars: list[tuple[str, frozenset[str]]] = [(c, frozenset()) for c in paragraph.label]
    for run in paragraph.runs:
        if run.fmt.hidden:
            continue
        kinds = frozenset(k for k, on in zip(KINDS, (run.fmt.bold.value, run.fmt.italic.value, run.fmt.underline),
                                             strict=True) if on)
        chars += [(c, kinds) for c in unicodedata.normalize("NFC", run.text)]
    text, flags = "", []  # type: tuple[str, list[frozenset[str]]]
    for char, kinds in chars:
        if char.isspace():
            space = "\n" if breaks and char == "\n" else " "
            if text.endswith(" ") and space == "\n":
                text, flags = text[:-1], flags[:-1]
            if text and not text.endswith(("\n", " ")):
                text, flags = text + space, flags + [kinds]
            continue
        text, flags = text + char, flags + [kinds]
    if text.endswith((" ", "\n")):
        text, flags = text[:-1], flags[:-1]
    return text, flags


def _partial(text: str, flags: list[frozenset[str]], kind: str) -> bool:
    """True when ``kind`` is on some letters of ``text`` and not on others (only letters and digits count)."""
    marks = [kind in f for c, f in zip(text, flags, strict=True) if c.isalnum()]
    return any(marks) and not all(marks)


def _all(text: str, flags: list[frozenset[str]], kind: str) -> bool:
    """True when ``kind`` is on every letter of ``text``."""
    marks = [kind in f for c, f in zip(text, flags, strict=True) if c.isalnum()]
    return bool(marks) and all(marks)


def _spaces_outside(pieces: list[Segment]) -> list[Segment]:
    """Move the spaces at the ends of an emphasised piece into the plain text around it ("**a **b" → "**a** b"),
    and drop the emphasis of a piece holding no letter or digit (a bold comma)."""
    out: list[Segment] = []
    for piece in pieces:
        if piece.kinds and not any(c.isalnum() for c in piece.text):
            piece = Segment(piece.text, frozenset())
        core = piece.text.strip(" \n") if piece.kinds else piece.text
        lead = piece.text[:len(piece.text) - len(piece.text.lstrip(" \n"))] if piece.kinds else ""
        tail = piece.text[len(piece.text.rstrip(" \n")):] if piece.kinds else ""
        for part in (Segment(lead, frozenset()), Segment(core, piece.kinds), Segment(tail, frozenset())):
            if not part.text:
                continue
            if out and out[-1].kinds == part.kinds:
                out[-1] = Segment(out[-1].text + part.text, part.kinds)
            else:
                out.append(part)
    return out


def to_text(pieces: list[Segment]) -> str:
    """Return the pieces as plan-file text: emphasis as markup, every other mark escaped (docgen.markup)."""
    return to_markup([Run(p.text, BOLD in p.kinds, ITALIC in p.kinds, UNDERLINE in p.kinds) for p in pieces])


def marked(paragraph: Paragraph, text: str, whole: bool = False) -> str:
    """Return ``text`` (a squashed part of the paragraph's text) as plan-file text with its emphasis; with
    ``whole``, an emphasis over all of it too (``segments``)."""
    return to_text(segments(paragraph, text, whole=whole))
