"""The elements of an ND30 document as found by ``docgen.read.locate``: what the rules judge.

The top block is usually a borderless table; hand-typed documents may instead separate the left and right
columns with tabs, so an element is a ``Span``: a whole paragraph or one tab-separated piece of it.
Anything not found stays None or empty; the rules then skip it and ``element-missing`` says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from docgen.read.document import Paragraph, Run, Table
from docgen.read.place import Place
from docgen.read.text import fold, squash



@dataclass(frozen=True)
class Span:
    """An element: a whole paragraph (``whole``) or the ``column``-th tab-separated piece of one."""

    paragraph: Paragraph
    text: str
    runs: tuple[Run, ...]
    whole: bool
    column: int = 0

    @property
    def place(self) -> Place:
        """Return where the element is: its paragraph."""
        return self.paragraph.place

    @property
    def folded(self) -> str:
        """Return the text for loose comparison."""
        return fold(self.text)


@dataclass
class Appendix:
    """One appendix: its "Phụ lục" line, title lines and "(Kèm theo …)" line."""

    label: Span
    titles: list[Span] = field(default_factory=list)
    reference: Span | None = None
    starts_section: bool = False  # nothing but empty paragraphs before it in its section


@dataclass
class Parts:
    """The elements of an ND30 document that were found, in reading order."""

    national_name: Span | None = None
    motto: Span | None = None
    parent_lines: list[Span] = field(default_factory=list)
    issuer_lines: list[Span] = field(default_factory=list)
    number: Span | None = None
    place_date: Span | None = None
    doc_type: Span | None = None
    summary: list[Span] = field(default_factory=list)
    bases: list[Paragraph] = field(default_factory=list)
    body: list[Paragraph] = field(default_factory=list)
    recipients_label: Span | None = None
    recipients: list[Span] = field(default_factory=list)
    signature_lines: list[Span] = field(default_factory=list)
    signer: Span | None = None
    appendices: list[Appendix] = field(default_factory=list)
    end_table: Table | None = None
    rule_lines: dict[str, list[float | None]] = field(default_factory=dict)


def whole(paragraph: Paragraph) -> Span:
    """Return the paragraph as one span, whatever tabs or line breaks it holds (a title or a heading)."""
    return Span(paragraph, squash(paragraph.text), paragraph.runs, not paragraph.text.startswith("\t"))


def spans(paragraph: Paragraph) -> list[Span]:
    """Return the paragraph as one span, or as its pieces when tabs or line breaks (Shift+Enter) separate
    columns or lines inside it; a piece's column counts the tab groups before it on its line."""
    if not re.search(r"[\t\n]", paragraph.text.strip("\t\n ")):
        tabbed = paragraph.text.startswith("\t")  # placed by tabs: its alignment says nothing
        return [Span(paragraph, squash(paragraph.text), paragraph.runs, not tabbed, int(tabbed))]
    pieces: list[Span] = []
    column, text, runs = 0, paragraph.label, []
    for run in paragraph.runs:
        for part in re.split(r"(\t+|\n)", run.text):
            if part[:1] in ("\t", "\n") and part:
                pieces += [Span(paragraph, squash(text), tuple(runs), False, column)] if text.strip() else []
                column, text, runs = (0 if part == "\n" else column + 1), "", []
            elif part:
                text, runs = text + part, runs if run in runs else [*runs, run]
    pieces += [Span(paragraph, squash(text), tuple(runs), False, column)] if text.strip() else []
    return pieces
