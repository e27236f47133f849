"""What lies after the signature and was not read as an appendix: kept in the plan file as comments, so that
nothing of the original is silently left out."""

from __future__ import annotations

from docgen.importdocx import messages as m
from docgen.importdocx.notes import UNPLACED, Notes
from docgen.read.document import DocumentView, Paragraph, Table
from docgen.read.parts import Parts
from docgen.read.text import squash


def end_of_signature(parts: Parts) -> int:
    """Return the index of the last paragraph of the end block (its last table's last, when it is in tables)."""
    if parts.end_tables:
        return max(p.index for cell in parts.end_tables[-1].cells for p in cell.paragraphs)
    spans = [*parts.recipients, *parts.signature_lines, parts.signer, parts.recipients_label]
    return max((s.paragraph.index for s in spans if s is not None), default=0)


def note_leftovers(view: DocumentView, parts: Parts, used: set[int], notes: Notes) -> None:
    """Note every paragraph after the end block that no part of the import used (``used`` holds paragraph
    indexes), with its text, and every table after it that was not read."""
    last = end_of_signature(parts)
    if last == 0:
        return
    for block in view.blocks:
        first = _first_index(block)
        if first is None or first <= last:
            continue
        texts = _texts(block)
        if not texts or all(p.index in used for p in _paragraphs(block)):
            continue
        kind = m.LEFTOVER_TABLE if isinstance(block, Table) else m.LEFTOVER_PARAGRAPH
        notes.add(("leftover", first), UNPLACED, kind.format(where=block.place.label, text=" | ".join(texts)))


def _paragraphs(block: Paragraph | Table) -> list[Paragraph]:
    return [p for c in block.cells for p in c.paragraphs] if isinstance(block, Table) else [block]


def _first_index(block: Paragraph | Table) -> int | None:
    paragraphs = _paragraphs(block)
    return paragraphs[0].index if paragraphs else None


def _texts(block: Paragraph | Table) -> list[str]:
    if isinstance(block, Table):
        return [" ; ".join(squash(" ".join(p.text for p in c.paragraphs)) for c in row) for row in block.rows]
    return [squash(block.text)] if not block.is_empty else []
