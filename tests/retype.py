"""A clerk's retyped copy of a document, made with python-docx: the same words and table cells, typed into a
blank document (default styles, one run per paragraph, no automatic numbering), with edits of the words."""

from __future__ import annotations

import io
from collections.abc import Callable

import docx
from docx.oxml.ns import qn

Edit = Callable[[str], str | None]  # None: the clerk left the paragraph out


def retype(source: bytes, edit: Edit = lambda text: text) -> bytes:
    """Return a new .docx holding the paragraphs and tables of ``source`` as plain typed text, each text
    passed through ``edit`` (a paragraph or a cell: "giảm 06" → "giảm 07")."""
    original = docx.Document(io.BytesIO(source))
    copy = docx.Document()
    copy.element.body.remove(copy.paragraphs[0]._p) if copy.paragraphs else None
    for block in original.element.body.iterchildren():
        if block.tag == qn("w:p"):
            _add_like(copy, docx.text.paragraph.Paragraph(block, original), edit)
        elif block.tag == qn("w:tbl"):
            _copy_table(docx.table.Table(block, original), copy, edit)
    buffer = io.BytesIO()
    copy.save(buffer)
    return buffer.getvalue()


def _typed(paragraph) -> str:
    """Return the paragraph's text as a clerk types it: its automatic number written out is not kept (the
    comparison ignores numbering), line breaks as spaces."""
    nodes = paragraph.iter(qn("w:t"), qn("w:br"), qn("w:tab"))
    return "".join((node.text or "") if node.tag == qn("w:t") else " " for node in nodes)


def _add_like(copy, paragraph, edit: Edit) -> None:
    """Type the paragraph with the two things a clerk does set by hand: centring and bold."""
    text = edit(_typed(paragraph._p))
    if text is None:
        return
    typed = copy.add_paragraph()
    typed.alignment = paragraph.alignment or paragraph.style.paragraph_format.alignment
    bold = any(run.bold for run in paragraph.runs) or bool(paragraph.style.font.bold)
    typed.add_run(text).bold = bold or None


def _copy_table(table, copy, edit: Edit) -> None:
    rows, cols = len(table.rows), len(table.columns)
    grid = [[table.cell(r, c) for c in range(cols)] for r in range(rows)]
    typed = copy.add_table(rows=rows, cols=cols)
    typed.style = "Table Grid"
    for r in range(rows):
        for c in range(cols):
            cell = grid[r][c]
            if (c and cell._tc is grid[r][c - 1]._tc) or (r and cell._tc is grid[r - 1][c]._tc):
                continue
            last_c = c
            while last_c + 1 < cols and grid[r][last_c + 1]._tc is cell._tc:
                last_c += 1
            last_r = r
            while last_r + 1 < rows and grid[last_r + 1][c]._tc is cell._tc:
                last_r += 1
            target = typed.cell(r, c)
            if (last_r, last_c) != (r, c):
                target = target.merge(typed.cell(last_r, last_c))
            lines = [line for p in cell.paragraphs if (line := edit(_typed(p._p))) is not None]
            target.paragraphs[0].text = lines[0] if lines else ""
            for line in lines[1:]:
                target.add_paragraph(line)
