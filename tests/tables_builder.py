"""Hamlet tables as a clerk types them in Word, built with python-docx (never with docgen's template): a group
header merged across the group's columns (``w:gridSpan``), the shared columns merged down over the two header
rows (``w:vMerge``), optionally a row of column numbers, the hamlet rows and a total row."""

from __future__ import annotations

import io

import docx
from docx.shared import Pt

POOR_HEADERS = ["TT", "Tên thôn", "Tổng số hộ", "Số hộ nghèo đầu kỳ", "Tỷ lệ hộ nghèo đầu kỳ (%)",
                "Hộ nghèo phát sinh mới", "Kế hoạch thoát nghèo", "Hộ nghèo cuối kỳ", "Tỷ lệ % cuối kỳ"]
# households, start, start rate, new, reduction, end, end rate — consistent figures
POOR_ROWS = [("Thôn Đông", "1.250", "20", "1,60", "2", "5", "17", "1,36"),
             ("Thôn Tây", "980", "12", "1,22", "", "4", "8", "0,82"),
             ("Bản Mới", "15", "1", "6,67", "0", "1", "0", "0,00")]
POOR_TOTAL = ("Tổng cộng", "2.245", "33", "1,47", "2", "10", "25", "1,11")


def add_table(doc, headers: list[str], rows, total, group: str | None = "Hộ nghèo năm 2023",
              numbering: bool = False):
    """Append a hamlet table: shared columns TT, name, households, then the group's columns under
    ``group`` (one header row when ``group`` is None). ``rows`` hold name and figures; ``total`` too."""
    shared = 3
    header_rows = 2 if group else 1
    table = doc.add_table(rows=header_rows + numbering + len(rows) + (total is not None), cols=len(headers))
    table.style = doc.styles["Table Grid"]
    if group:
        for column in range(shared):
            table.cell(0, column).merge(table.cell(1, column)).text = headers[column]
        table.cell(0, shared).merge(table.cell(0, len(headers) - 1)).text = group
        for column in range(shared, len(headers)):
            table.cell(1, column).text = headers[column]
    else:
        for column, text in enumerate(headers):
            table.cell(0, column).text = text
    first = header_rows
    if numbering:
        for column in range(len(headers)):
            table.cell(first, column).text = f"({column + 1})"
        first += 1
    for offset, (name, *figures) in enumerate(rows):
        cells = table.rows[first + offset].cells
        for cell, text in zip(cells, [str(offset + 1), name, *figures], strict=True):
            cell.text = text
    if total is not None:
        cells = table.rows[first + len(rows)].cells
        label = cells[0].merge(cells[1])
        label.text = total[0]
        for cell, text in zip(cells[2:], total[1:], strict=True):
            cell.text = text
    _times(table)
    return table


def _times(table) -> None:
    """Type every cell in Times New Roman 12 pt, as a clerk's table is (python-docx's template says Cambria)."""
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.name, run.font.size = "Times New Roman", Pt(12)


def document(*tables, before: list[str] = (), titles: list[list[str]] | None = None) -> bytes:
    """Return the bytes of a document with paragraphs ``before``, then each table (``add_table`` arguments as a
    dict) under its title lines."""
    doc = docx.Document()
    for text in before:
        doc.add_paragraph(text)
    for position, arguments in enumerate(tables):
        for text in (titles[position] if titles else []):
            doc.add_paragraph(text)
        add_table(doc, **arguments)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


NEAR_HEADERS = ["TT", "Tên thôn", "Tổng số hộ", "Đầu kỳ", "Giảm", "Cuối kỳ", "Tỷ lệ %"]
NEAR_ROWS = [("Thôn Đông", "1.250", "10", "2", "8", "0,64"), ("Thôn Tây", "980", "5", "1", "4", "0,41"),
             ("Bản Mới", "15", "", "", "", "")]
NEAR_TOTAL = ("Cộng", "2.245", "15", "3", "12", "0,53")


def in_appendices(*tables):
    """Return a ``Spec.mutate`` that puts each table (``add_table`` arguments) in place of the small table under
    the builder's appendices, in order."""
    def mutate(doc) -> None:
        small = doc.tables[-len(tables):]
        for old, arguments in zip(small, tables, strict=True):
            new = add_table(doc, **arguments)
            old._element.addnext(new._element)
            old._element.getparent().remove(old._element)
    return mutate
