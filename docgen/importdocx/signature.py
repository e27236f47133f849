"""The signature block as it is really signed, read line by line from its column: the authority lines (TM.,
KT., TL., TUQ., Q. or none), one to three title lines, the signing space, the name, and any line under the
name (a rank, "Chủ tịch Ủy ban MTTQ xã", a telephone number); a second column signed too is a second signer
(a joint document). Notes in brackets ("(Ký, đóng dấu)") say where the seal goes and are not lines.

The locator (``read.locate_end``) takes the last line for the name, which is what the checker needs; an extra
line under the name would then be taken for the name and the name for a title, so the importer reads the
column again here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from docgen.read import patterns
from docgen.read.document import DocumentView, Paragraph
from docgen.read.parts import Parts, Span, spans
from docgen.read.text import fold, is_upper, squash

AUTHORITY = re.compile(r"^(T\s*/\s*M|K\s*/\s*T|TM|KT|TL|TUQ|Q)\s*[.:]?\s+(\S.*)$")
COLUMN_LINES = 14  # a signature column, typed without a table, fits in this many paragraphs
NAME_WORDS = 6


@dataclass
class Signer:
    """One signer: the authority lines as (word, rest) pairs ("TM.", "ỦY BAN NHÂN DÂN"), the title lines, the
    name, the lines under the name and the notes in brackets; ``sources`` the paragraphs read."""

    above: str = ""
    authority: list[tuple[str, str]] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    name: str = ""
    below: list[str] = field(default_factory=list)
    brackets: list[str] = field(default_factory=list)
    sources: list[int] = field(default_factory=list)


def signers(view: DocumentView, parts: Parts) -> list[Signer]:
    """Return each signer of the document, left to right (none when no signature line was found)."""
    first = parts.signature_lines[0] if parts.signature_lines else parts.signer
    if first is None:
        return []
    columns = _columns(view, parts, first)
    return [s for s in (read_column(lines) for lines in columns) if s.authority or s.titles]


def _columns(view: DocumentView, parts: Parts, first: Span) -> list[list[Span | None]]:
    """Return the lines of each column that holds signature lines (None for an empty line: signing space)."""
    recipients = {id(s.paragraph) for s in parts.recipients} | (
        {id(parts.recipients_label.paragraph)} if parts.recipients_label else set())
    if parts.end_table is not None:
        by_column: dict[int, list[Span | None]] = {}
        for cell in parts.end_table.cells:
            for paragraph in cell.paragraphs:
                if id(paragraph) in recipients:
                    continue
                pieces = [s for s in spans(paragraph) if s.text]
                by_column.setdefault(cell.ref.col, []).extend(pieces or [None])
        return [lines for _, lines in sorted(by_column.items()) if _signed(lines)]
    lines: list[Span | None] = []
    for paragraph in _after(view, first.paragraph)[:COLUMN_LINES]:
        if lines and patterns.APPENDIX_LABEL.match(squash(paragraph.text).lower()):
            break
        pieces = [s for s in spans(paragraph) if s.text and s.column == first.column and id(s.paragraph) not in
                  recipients and not patterns.LIST_ITEM.match(s.text)]
        lines.extend(pieces or [None])
    return [lines]


def _after(view: DocumentView, paragraph: Paragraph) -> list[Paragraph]:
    return [p for p in view.top_level() if p.index >= paragraph.index]


def _signed(lines: list[Span | None]) -> bool:
    return any(s is not None and is_upper(s.text) for s in lines)


def read_column(lines: list[Span | None]) -> Signer:
    """Authority lines, then upper-case title lines, then (after the signing space, or at the first line not in
    capitals) the name, then whatever is under it."""
    signer = Signer()
    stage, gap = "top", False
    for span in _trimmed(lines):
        if span is None:
            gap = stage == "titles" or (stage == "top" and bool(signer.authority))
            continue
        text = squash(span.text)
        signer.sources.append(span.paragraph.index)
        if text.startswith("(") and text.endswith(")"):
            signer.brackets.append(text)
            continue
        found = AUTHORITY.match(text)
        if stage == "top" and not (signer.above or signer.authority or signer.titles) and _place_date(text):
            signer.above = text  # "Minh Họa, ngày … tháng … năm …" over a form's signer
        elif stage == "top" and found and is_upper(text):
            signer.authority.append((re.sub(r"[\s/]", "", found.group(1)) + ".", found.group(2)))
        elif stage in ("top", "titles") and is_upper(text) and not (gap and _name_like(text)):
            stage = "titles"
            signer.titles.append(text)
        elif stage in ("top", "titles"):
            stage, signer.name = "name", text
        else:
            signer.below.append(text)
    return signer


def _place_date(text: str) -> bool:
    return bool(patterns.PLACE_DATE.match(fold(text)))


def _trimmed(lines: list[Span | None]) -> list[Span | None]:
    while lines and lines[-1] is None:
        lines = lines[:-1]
    return lines


def _name_like(text: str) -> bool:
    """A line in capitals after the signing space is a name when it is a few words of letters only."""
    words = text.split()
    return 2 <= len(words) <= NAME_WORDS and all(w.isalpha() for w in words)


def under_titles(signer: Signer) -> dict[str, Any]:
    """Return what a signer has besides its title lines, as the plan file holds it: the date line above them,
    the bracketed note, the name and the lines under the name (each only when there is one)."""
    entry: dict[str, Any] = {"above": signer.above} if signer.above else {}
    if signer.brackets:
        entry["note"] = " ".join(signer.brackets)
    if signer.name:
        entry["name"] = signer.name
    if signer.below:
        entry["below"] = signer.below
    return entry
