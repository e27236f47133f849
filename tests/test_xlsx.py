"""The Excel copy of the appendix tables holds the same figures as the document, as numbers."""

from __future__ import annotations

import io

import openpyxl

from docgen.build import build
from docgen.tables.xlsx import tables_workbook
from tests.conftest import PLAN_2022
from tests.readback import open_docx, table_texts


def as_number(text: str) -> float:
    """Read a Vietnamese number as printed: ``2.111`` → 2111, ``1,47`` → 1.47."""
    return float(text.replace(".", "").replace(",", "."))


def test_workbook_matches_the_document_tables():
    built = build(PLAN_2022)
    workbook = openpyxl.load_workbook(io.BytesIO(tables_workbook(built.plan, built.results)))
    document = open_docx(built.docx)
    assert workbook.sheetnames == ["Phụ lục I", "Phụ lục II"]
    for sheet, table in zip(workbook, document.tables[2:4], strict=True):
        printed = table_texts(table)[2:]
        values = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=3)]
        assert len(values) == len(printed) == 13
        for got, shown in zip(values, printed, strict=True):
            assert got[2:] == [as_number(text) for text in shown[2:]]
        assert sum(row[2] for row in values[:-1]) == values[-1][2] == 2111


def test_workbook_is_reproducible_on_another_day_and_time_zone(move_clock):
    built = build(PLAN_2022)
    move_clock(0, "UTC")
    first = tables_workbook(built.plan, built.results)
    move_clock(3 * 86400 + 5 * 3600 + 7, "America/New_York")
    assert tables_workbook(built.plan, built.results) == first
