"""Font family and colour of every visible run (ND30 Phụ lục I, mục I.4), reported once per cause; and the
Vietnamese script itself: a text typed without its marks ("Quyet dinh so …") is not Vietnamese Unicode text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from docgen import nd30
from docgen.check import messages as m
from docgen.check.finding import ERROR, WARNING, Issue, Place
from docgen.check.rules.base import rule
from docgen.check.rules.common import grouped
from docgen.read.document import DocumentView, Paragraph, Run
from docgen.read.formats import Source
from docgen.read.parts import Parts
from docgen.read.text import is_unmarked

BLACK = ("auto", "000000", "theme:text1", "theme:dark1")


@rule("font-family", ERROR, "Phụ lục I, mục I.4")
def font_family(view: DocumentView, parts: Parts) -> list[Issue]:
    """All text is in Times New Roman (a wrong style or default is reported once, not per paragraph)."""
    return grouped(_font_hits(view), nd30.FONT)


def _font_hits(view: DocumentView) -> Iterator[tuple[Paragraph, Source, str]]:
    for paragraph in _all_paragraphs(view):
        for run in paragraph.visible_runs:
            for font in (run.fmt.font_ascii, run.fmt.font_hansi):
                if font.value.casefold() != nd30.FONT.casefold():
                    yield paragraph, font.source, font.value
                    break


@rule("font-color", ERROR, "Phụ lục I, mục I.4")
def font_color(view: DocumentView, parts: Parts) -> list[Issue]:
    """All text is black."""
    hits = ((p, r.fmt.color.source, m.COLOR.format(value=r.fmt.color.value.removeprefix("theme:")))
            for p in _all_paragraphs(view) for r in p.visible_runs if r.fmt.color.value not in BLACK)
    return grouped(hits, m.COLOR_BLACK)


@rule("text-highlight", WARNING, "Phụ lục I, mục I.4")
def text_highlight(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """No text is left highlighted (Word's text highlight colour): a reviewer's mark, not part of the text."""
    marked = [p for p in view.paragraphs if any(_marked(r) for r in p.visible_runs)]
    if marked:
        colour = next(r.fmt.highlight for r in marked[0].visible_runs if _marked(r))
        yield Issue(marked[0].place, m.HIGHLIGHTED.format(count=len(marked), colour=colour))


def _marked(run: Run) -> bool:
    """True for a run highlighted in a colour that prints (white on white paper shows nothing)."""
    return run.fmt.highlight not in ("", "white")


def _all_paragraphs(view: DocumentView) -> Iterator[Paragraph]:
    """Yield the paragraphs of the body and tables, then of each header and footer part once."""
    yield from view.paragraphs
    seen: set[str] = set()
    for section in view.sections:
        for part in [*section.headers.values(), *section.footers.values()]:
            if part.key not in seen:
                seen.add(part.key)
                yield from part.paragraphs


# Vietnamese words typed without their marks that exist neither so in Vietnamese nor in English ("duoc" for
# "được", "khong" for "không", "truong" for "trường"): found in a text, they show it was typed without diacritics.
UNMARKED_WORDS = frozenset({"duoc", "cac", "viec", "khong", "hien", "nhiem", "thuc", "nguoi", "hoac", "quyet",
                            "gui", "luu", "mot", "viet", "dieu", "tren", "chuc", "trien", "truong", "thuong",
                            "duong", "huong", "phuc", "tiep", "nhat", "ket", "luat", "tac", "dap"})
UNMARKED_MIN = 5  # words typed without marks: fewer may be a quotation or a file name
UNMARKED_SHARE = 0.2  # of those words and the words with marks together: below, a few slips in a Vietnamese text
WORD = re.compile(r"[^\W\d_]+")


@rule("text-diacritics", WARNING, "Phụ lục I, mục I.4 (TCVN 6909:2001)")
def text_diacritics(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """The text is Vietnamese with its marks: a text typed without diacritics ("Quyet dinh nay co hieu luc …")
    is reported once, as a reviewer's point (the elements read without marks are judged as usual)."""
    unmarked, marked, lines = 0, 0, []
    bare_words: dict[str, bool] = {}  # a document repeats its words: each is decomposed once
    for paragraph in view.paragraphs:
        words = WORD.findall(paragraph.text)
        bare = sum(1 for w in words if w.lower() in UNMARKED_WORDS)
        unmarked += bare
        marked += sum(1 for w in words if not _is_unmarked_word(w, bare_words))
        if bare:
            lines.append(paragraph)
    if unmarked < UNMARKED_MIN or unmarked < UNMARKED_SHARE * (unmarked + marked):
        return
    first, others = lines[0], ", ".join(f"đoạn {p.index}" for p in lines[1:REPEATED_SHOWN])
    where = m.WHERE_REPEATED.format(count=len(lines), first=first.place.label, others=others)
    yield Issue(Place(first.place.order, where), m.UNMARKED.format(count=len(lines)), m.MARKED)


REPEATED_SHOWN = 4


def _is_unmarked_word(word: str, known: dict[str, bool]) -> bool:
    if word not in known:
        known[word] = is_unmarked(word)
    return known[word]
