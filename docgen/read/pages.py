"""How many pages a document fills, estimated from its text (Word's page count is not in the file reliably):
enough to tell a one-page document, which needs no page number (ND30 Phụ lục I, mục I.7), from a longer one."""

from __future__ import annotations

import math

from docgen import nd30
from docgen.read.document import DocumentView, Paragraph, Table

SINGLE_LINE_EM = 1.15  # Word's single line is about 1.15 × the font size
ONE_PAGE_SHARE = 1.1  # up to this share of the page's text height the document is taken to fit on one page:
# the estimate runs about 10-15% high on real one-page letters (rendered by LibreOffice), and demanding a page
# number of a one-page document is a false finding, while missing one on a barely two-page one costs little


def estimated_pages(view: DocumentView) -> float:
    """Return the pages the body fills (1.0 = one full page); at least 2 for a document of several sections."""
    if len(view.sections) != 1:
        return float(max(len(view.sections), 1)) * 2
    section = view.sections[0]
    usable = section.height_mm - section.margins_mm["top"] - section.margins_mm["bottom"]
    height = sum(_table_height(b) if isinstance(b, Table) else _height(b) for b in view.blocks)
    return height / usable if usable > 0 else 2.0


def is_one_page(view: DocumentView) -> bool:
    """True when the document fits on one page (estimated)."""
    return estimated_pages(view) <= ONE_PAGE_SHARE


def _table_height(table: Table) -> float:
    return sum(max((sum(_height(p) for p in cell.paragraphs) for cell in row), default=0.0) for row in table.rows)


def _height(paragraph: Paragraph) -> float:
    """Return the height of a paragraph in mm: its lines at its size and line spacing, and its spacing."""
    size = max((run.fmt.size.value for run in paragraph.visible_runs), default=paragraph.mark.size.value)
    width = max(paragraph.width_mm - paragraph.fmt.left_mm.value - paragraph.fmt.right_mm.value, 10.0)
    em = nd30.UPPER_CHAR_EM if paragraph.text == paragraph.text.upper() else nd30.MIXED_CHAR_EM
    per_line_mm = em * size * nd30.MM_PER_PT
    lines = sum(max(1, math.ceil(len(line) * per_line_mm / width)) for line in paragraph.text.split("\n"))
    rule, value = paragraph.fmt.line.value
    line_pt = value if rule in ("exact", "atLeast") else size * SINGLE_LINE_EM * (value or 1.0)
    return (lines * line_pt + paragraph.fmt.before_pt.value + paragraph.fmt.after_pt.value) * nd30.MM_PER_PT
