"""Read a generated .docx back the way a reviewer would: texts, tables, sections."""

from __future__ import annotations

import io
from pathlib import Path

import docx


def open_docx(source: Path | bytes):
    """Return the python-docx Document of a path or of bytes."""
    return docx.Document(io.BytesIO(source) if isinstance(source, bytes) else str(source))


def body_texts(document) -> list[str]:
    """Return the texts of the top-level paragraphs, in order, without empty ones."""
    return [p.text for p in document.paragraphs if p.text.strip()]


def table_texts(table) -> list[list[str]]:
    """Return the table as rows of cell texts (a merged cell repeats its text in each grid cell)."""
    return [[cell.text for cell in row.cells] for row in table.rows]


def cell_lines(cell) -> list[str]:
    """Return the non-empty paragraph texts of a table cell."""
    return [p.text for p in cell.paragraphs if p.text.strip()]
