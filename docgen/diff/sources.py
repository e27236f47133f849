"""What ``docgen diff`` compares, read from any of its three kinds of input.

- a .docx: header fields and body paragraphs through the reading side (``open_document`` + ``locate``), its
  appendix tables through ``docgen.read.tables``;
- a plan file (.toml/.json): built in memory (``docgen.build.build``) and read as the .docx above. One reading
  path for both means a plan and the document built from it can only differ where the document does; the
  figures are exact either way (the document prints the calculator's counts and its rates to 0,01);
- an .xlsx that ``build --xlsx`` wrote: tables only (``docgen.tables.xlsx_read``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from docgen import messages
from docgen.diff.emphasis import Word, emphasis_words
from docgen.diff.grids import GridTable, grid_tables
from docgen.errors import DocgenError
from docgen.kinds import kind_of_document
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
    grids: list[GridTable] = field(default_factory=list)  # the other tables, as text
    appendices: list[str] = field(default_factory=list)  # each appendix's label and title lines
    emphasis: list[tuple[Word, ...]] = field(default_factory=list)  # by paragraph, as ``paragraphs``

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
    texts, emphasis = body_lines(body_paragraphs(view, parts))
    return Source(name, header_fields(parts), texts, tables, data, list(tables.notes),
                  grid_tables(view, parts, tables.read), appendix_names(parts), emphasis)


def body_lines(body: list) -> tuple[list[str], list[tuple[Word, ...]]]:
    """Return each line of the body paragraphs (Shift+Enter breaks a paragraph into lines) with its words'
    emphasis: a title typed as two paragraphs and the same title printed as two lines of one read alike."""
    texts: list[str] = []
    emphasis: list[tuple[Word, ...]] = []
    for paragraph in body:
        words = emphasis_words(paragraph)
        lines = [line for line in paragraph.text.split("\n") if line.strip()]
        if len(lines) < 2:
            texts.append(paragraph.text)
            emphasis.append(words)
            continue
        for line in lines:
            count = len(line.split())
            texts.append(line)
            emphasis.append(words[:count])
            words = words[count:]
    return texts, emphasis


_PREFIX = re.compile(r"^(TM|KT|TL|TUQ|Q|T/M|K/T)\.\s*", re.IGNORECASE)


def header_fields(parts) -> dict[str, str]:
    """Return the fields a reviewer checks first: number, date, signature block (prefix, title lines, name),
    recipients (empty when not found)."""
    span_text = lambda span: squash(span.text) if span else ""  # noqa: E731
    lines = [squash(s.text) for s in parts.signature_lines]
    prefix = _PREFIX.match(lines[0]) if lines else None
    titles = [lines[0][prefix.end():] if prefix else lines[0], *lines[1:]] if lines else []
    return {
        "kind": kind_of_document(parts),
        "number": span_text(parts.number),
        "date": span_text(parts.place_date),
        "summary": " ".join(squash(s.text) for s in parts.summary),
        "signature_prefix": prefix.group(0).strip() if prefix else "",
        "signature_titles": " / ".join(t for t in titles if t),
        "signer": span_text(parts.signer),
        "recipients": " ".join(squash(s.text) for s in parts.recipients),  # each line ends in its own ";"
        # what a kind adds (docgen/kinds): a letter's or submission's "Kính gửi:", a decision's authority line
        "addressees": " ".join(squash(p.text) for p in parts.salutation),
        "authority": " ".join(squash(p.text) for p in parts.authority),
    }


def appendix_names(parts) -> list[str]:
    """Return each appendix as its label, title and "(Kèm theo …)" lines ("Phụ lục II — PHÂN CÔNG … — (Kèm …)")."""
    names = []
    for appendix in parts.appendices:
        lines = [appendix.label.text if appendix.labelled else "", *(s.text for s in appendix.titles),
                 appendix.reference.text if appendix.reference else ""]
        names.append(" — ".join(squash(line) for line in lines if line.strip()))
    return names


def body_paragraphs(view, parts) -> list:
    """Return every non-empty paragraph outside tables, in order: the body as a reader reads it. The top
    block, the lines read as header fields and the appendices' label and title lines (compared as appendices)
    are left out (a hand-typed top block is paragraphs, not a table): each difference is reported once."""
    spans = [parts.number, parts.place_date, parts.signer, parts.recipients_label, *parts.summary,
             *parts.recipients, *parts.signature_lines]
    fields = {span.paragraph.index for span in spans if span is not None}
    fields |= {p.index for a in parts.appendices for p in a.paragraphs}
    fields |= {p.index for p in [*parts.salutation, *parts.authority]}
    return [p for p in view.top_level() if not p.is_empty and p.index > parts.top_end and p.index not in fields]


ARTICLE = re.compile(r"^Điều\s+(\d+)\s*[.:]")


def articles_of(paragraphs: list[str], kind: str) -> list[str]:
    """For a Quyết định, the article each body paragraph belongs to ("Điều 2", "" before "Điều 1"); for any
    other kind, "" for each: a change is said with its article, as a reviewer of a decision says it."""
    if kind != "Quyết định":
        return ["" for _ in paragraphs]
    where, found = "", []
    for text in paragraphs:
        article = ARTICLE.match(squash(text))
        where = f"Điều {article.group(1)}" if article else where
        found.append(where)
    return found
