"""Font family and colour of every visible run (ND30 Phụ lục I, mục I.4), reported once per cause."""

from __future__ import annotations

from collections.abc import Iterator

from docgen import nd30
from docgen.check import messages as m
from docgen.check.finding import ERROR, Issue
from docgen.check.rules.base import rule
from docgen.check.rules.common import grouped
from docgen.read.document import DocumentView, Paragraph
from docgen.read.formats import Source
from docgen.read.parts import Parts

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


def _all_paragraphs(view: DocumentView) -> Iterator[Paragraph]:
    """Yield the paragraphs of the body and tables, then of each header and footer part once."""
    yield from view.paragraphs
    seen: set[str] = set()
    for section in view.sections:
        for part in [*section.headers.values(), *section.footers.values()]:
            if part.key not in seen:
                seen.add(part.key)
                yield from part.paragraphs
