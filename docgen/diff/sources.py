"""What ``docgen diff`` compares, read from any of its three kinds of input.

- a .docx: header fields and body paragraphs through the reading side (``open_document`` + ``locate``), its
  appendix tables through ``docgen.read.tables``;
- a plan file (.toml/.json): built in memory (``docgen.build.build``) and read as the .docx above. One reading
  path for both means a plan and the document built from it can only differ where the document does; the
  figures are exact either way (the document prints the calculator's counts and its rates to 0,01);
- an .xlsx that ``build --xlsx`` wrote: tables only (``docgen.tables.xlsx_read``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from docgen import messages
from docgen.errors import DocgenError
from docgen.read.text import squash
from docgen.tables.view import TableSet

PLAN_SUFFIXES = (".toml", ".json")


@dataclass
class Source:
    """One side of a comparison: header fields by name, body paragraphs (texts as printed, in order), the
    tables, and the .docx bytes when there is a document (what ``--redline`` marks up)."""

    name: str
    fields: dict[str, str] = field(default_factory=dict)
    paragraphs: list[str] = field(default_factory=list)
    tables: TableSet | None = None
    docx: bytes | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def has_text(self) -> bool:
        """True when the source is a document (an .xlsx has tables only)."""
        return self.docx is not None


def load_source(path: Path, name: str = "") -> Source:
    """Return the comparable view of ``path``; raise ``DocgenError`` when it cannot be read."""
    name = name or str(path)
    suffix = path.suffix.lower()
    if not path.is_file():
        raise DocgenError.single(messages.DIFF_NOT_FOUND, file=name)
    if suffix == ".xlsx":
        from docgen.tables.xlsx_read import read_workbook

        tables, problems = read_workbook(path, name)
        notes = [f"{p.location.field}: {p.message}" for p in problems]
        return Source(name, tables=tables, notes=notes + tables.notes)
    if suffix in PLAN_SUFFIXES:
        from docgen.build import build

        return document_source(build(path).docx, name)
    if suffix == ".docx":
        return document_source(path.read_bytes(), name)
    raise DocgenError.single(messages.DIFF_KIND.format(suffix=suffix or "?"), file=name, hint=messages.DIFF_KIND_HINT)


def document_source(data: bytes, name: str) -> Source:
    """Return the header fields, body paragraphs and tables of a .docx given as bytes."""
    from docgen.read import locate, open_document
    from docgen.read.tables import read_tables

    view = open_document(data, name)
    parts = locate(view)
    tables = read_tables(view, parts, name)
    return Source(name, header_fields(parts), body_paragraphs(view, parts), tables, data, list(tables.notes))


def header_fields(parts) -> dict[str, str]:
    """Return the fields a reviewer checks first: number, date, signer, recipients (empty when not found)."""
    span_text = lambda span: squash(span.text) if span else ""  # noqa: E731
    return {
        "number": span_text(parts.number),
        "date": span_text(parts.place_date),
        "summary": " ".join(squash(s.text) for s in parts.summary),
        "signer": span_text(parts.signer),
        "recipients": "; ".join(squash(s.text) for s in parts.recipients),
    }


def body_paragraphs(view, parts) -> list[str]:
    """Return the texts of every non-empty paragraph outside tables, in order: the body as a reader reads it.
    The top block and the lines read as header fields are left out (a hand-typed top block is paragraphs,
    not a table): each difference is reported once."""
    spans = [parts.number, parts.place_date, parts.signer, parts.recipients_label, *parts.summary,
             *parts.recipients, *parts.signature_lines]
    fields = {span.paragraph.index for span in spans if span is not None}
    return [p.text for p in view.top_level() if not p.is_empty and p.index > parts.top_end and p.index not in fields]
