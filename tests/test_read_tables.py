"""The table reader on tables typed by hand (built here with python-docx) and on the document docgen builds."""

from __future__ import annotations

from decimal import Decimal

import pytest

from docgen.build import build
from docgen.calc import calculate
from docgen.read import table_columns
from docgen.read.tables import tables_of_docx
from tests import tables_builder as tb
from tests.conftest import PLAN_2022

BIEU = ["BIỂU KẾ HOẠCH GIẢM NGHÈO NĂM 2023", "(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/01/2023 của UBND xã)"]


@pytest.fixture(autouse=True)
def _cells_read_afresh() -> None:
    """Each test reads its cells itself: the readers' caches would otherwise answer with what an earlier test
    read, and a broken cell cleaner (a mutant of ``_cleaned``) would go unnoticed."""
    table_columns.parse_count.cache_clear()
    table_columns.parse_rate.cache_clear()


def _poor(**changes):
    return {"headers": tb.POOR_HEADERS, "rows": tb.POOR_ROWS, "total": tb.POOR_TOTAL} | changes


def test_merged_two_row_header_and_numbering_row_are_read_column_by_column():
    found = tables_of_docx(tb.document(_poor(numbering=True), titles=[BIEU]), "tay.docx")
    assert found.notes == []
    (table,) = found.tables
    assert table.label == "" and table.title == "BIỂU KẾ HOẠCH GIẢM NGHÈO NĂM 2023"
    assert table.figures() == ["order", "hamlet", "households", "poor", "poor_start_rate", "poor_new",
                               "poor_reduction", "poor_end", "poor_rate"]
    assert table.columns[3].header == "Hộ nghèo năm 2023 / Số hộ nghèo đầu kỳ"
    assert [row.name for row in table.rows] == ["Thôn Đông", "Thôn Tây", "Bản Mới"]
    first = table.rows[0].values
    assert first["households"].number == 1250 and first["households"].text == "1.250"
    assert first["poor_rate"].number == Decimal("1.36") and str(first["poor_rate"].number) == "1.36"
    assert first["order"].number == 1
    blank = table.rows[1].values["poor_new"]
    assert (blank.number, blank.blank) == (0, True)
    assert table.rows[2].values["poor_new"].blank is False
    assert table.total is not None and table.total.is_total and table.total.name == "Tổng cộng"
    assert table.total.values["households"].number == 2245
    assert "dòng 4 «Thôn Đông», cột 9 «Tỷ lệ % cuối kỳ»" in first["poor_rate"].place.label


def test_group_from_title_numbers_with_commas_and_total_named_tong():
    headers = ["STT", "Tên xóm", "Số hộ", "Số hộ đầu năm", "Giảm trong năm", "Còn lại cuối năm", "Tỷ lệ (%)"]
    rows = [("Xóm 1", "2,211", "10", "2", "8", "0.36"), ("Xóm 2", "300", "3", "-", "3", "1")]
    total = ("Tổng", "2,511", "13", "2", "11", "0.44")
    data = tb.document({"headers": headers, "rows": rows, "total": total, "group": None},
                       titles=[["BIỂU CHỈ TIÊU GIẢM HỘ CẬN NGHÈO NĂM 2023"]])
    (table,) = tables_of_docx(data, "x.docx").tables
    assert table.figures() == ["order", "hamlet", "households", "near_poor", "near_poor_reduction",
                               "near_poor_end", "near_poor_rate"]
    assert table.rows[0].values["households"].number == 2211
    assert table.rows[0].values["near_poor_rate"].number == Decimal("0.36")
    assert table.rows[1].values["near_poor_rate"].number == Decimal("1")
    assert table.rows[1].values["near_poor_reduction"].blank
    assert table.total.name == "Tổng" and table.total.values["households"].number == 2511


def test_what_cannot_be_understood_is_noted_never_raised():
    rows = [("Thôn Đông", "1.250", "mười", "1,60", "2", "5", "17", "1,36"), *tb.POOR_ROWS[1:]]
    odd = ["TT", "Tên thôn", "Tổng số hộ", "Ghi chú", "Số hộ nghèo đầu kỳ", "Số hộ cận nghèo đầu kỳ", "Tỷ lệ",
           "Giảm hộ nghèo", "Hộ nghèo đầu kỳ"]
    activities = {"headers": ["STT", "Nội dung", "Số hộ nghèo đầu kỳ", "Hộ nghèo cuối kỳ"],
                  "rows": [("Hỗ trợ giống", "3", "2")], "total": None, "group": None}
    data = tb.document(_poor(rows=rows), _poor(headers=odd, group="Năm 2023"), activities)
    found = tables_of_docx(data, "x.docx")
    assert len(found.tables) == 2
    assert "poor" not in found.tables[0].rows[0].values
    assert found.tables[0].rows[0].values["poor_start_rate"].number == Decimal("1.60")
    assert any("«mười» không phải là một số" in note and "dòng 3 «Thôn Đông»" in note for note in found.notes)
    assert any("không biết cột «Năm 2023 / Tỷ lệ»" in note for note in found.notes)
    assert any("không nhận ra cột «Năm 2023 / Ghi chú»" in note for note in found.notes)
    assert any("cột «Năm 2023 / Hộ nghèo đầu kỳ» lặp lại" in note for note in found.notes)
    assert found.tables[1].figures() == ["order", "hamlet", "households", "poor", "near_poor", "poor_reduction"]
    assert any("bảng 3" in note and "không tìm thấy cột tên xóm" in note for note in found.notes)
    assert not any("bảng 3" in note and "không nhận ra" in note for note in found.notes)


def test_spaces_inside_a_printed_figure_are_read_through():
    rows = [("Thôn Đông", " 1.250 ", "17 ", " 1,36", "2", "5", "17", "1,36 %"), *tb.POOR_ROWS[1:]]
    (table,) = tables_of_docx(tb.document(_poor(rows=rows)), "x.docx").tables
    first = table.rows[0].values
    assert first["households"].number == 1250 and first["poor"].number == 17
    assert first["poor_rate"].number == Decimal("1.36")


@pytest.mark.parametrize(("typed", "count"), [("1 250", 1250), ("12 345 678", 12345678), (" 7 ", 7),
                                              ("3 90", None), ("1 2500", None), ("17 5", None)])
def test_a_space_inside_a_count_parts_thousands_only(typed, count):
    """"3 90" is two figures typed in one cell: reading it as 390 would make a reviewer trust a wrong total."""
    read = table_columns.parse_count(typed)
    assert (read[0] if read else None) == count


def test_a_column_of_households_that_names_a_hamlet_is_not_the_hamlet_column():
    headers = ["TT", "Tên thôn", "Tổng số hộ", "Hộ chuyển đến từ thôn khác", "Số hộ nghèo đầu kỳ"]
    rows = [("Thôn Đông", "1.250", "3", "17"), ("Thôn Tây", "900", "0", "9")]
    found = tables_of_docx(tb.document({"headers": headers, "rows": rows, "total": None, "group": None}), "x.docx")
    (table,) = found.tables
    assert table.figures() == ["order", "hamlet", "households", "poor"]
    assert [row.name for row in table.rows] == ["Thôn Đông", "Thôn Tây"]
    assert any("không nhận ra cột «Hộ chuyển đến từ thôn khác»" in note for note in found.notes)
    assert not any("lặp lại" in note for note in found.notes)


def test_tables_without_household_figures_are_ignored_silently():
    data = tb.document({"headers": ["TT", "Thôn", "Số hộ"], "rows": [("Nhân Hòa", "219")], "total": None,
                        "group": None})
    found = tables_of_docx(data, "x.docx")
    assert found.tables == [] and found.notes == []


@pytest.fixture(scope="module")
def built_2022():
    return build(PLAN_2022)


def test_every_figure_of_the_built_2022_plan_reads_back_as_calculated(built_2022):
    found = tables_of_docx(built_2022.docx, "85-KH-UBND.docx")
    results = calculate(built_2022.plan)
    assert found.notes == []
    assert [t.label for t in found.tables] == ["Phụ lục I", "Phụ lục II"]
    for table, group in zip(found.tables, ("poor", "near_poor"), strict=True):
        expected = results.tables[group]
        assert [r.name for r in table.rows] == [r.name for r in expected.rows]
        for read, row in [*zip(table.rows, expected.rows, strict=True), (table.total, expected.total)]:
            numbers = {key: value.number for key, value in read.values.items() if key != "order"}
            wanted = {"households": row.households, group: row.start, f"{group}_reduction": row.reduction,
                      f"{group}_end": row.end, f"{group}_rate": row.rate}
            if f"{group}_without_labour" in table.figures():
                wanted[f"{group}_without_labour"] = row.without_labour
            assert numbers == wanted
            assert all(not value.blank for value in read.values.values())


def test_tables_with_chosen_columns_read_back_figure_by_figure():
    """plans/2025-than-sa.toml: three tables whose columns the plan chooses (new households, start rates, both
    groups in one table); every figure read is the calculator's figure of the same id."""
    built = build(PLAN_2022.parent / "2025-than-sa.toml")
    results = calculate(built.plan)
    found = tables_of_docx(built.docx, "than-sa.docx")
    assert found.notes == [] and len(found.tables) == 3
    assert "near_poor_start_rate" in found.tables[2].figures() and "poor_new" in found.tables[0].figures()
    for table in found.tables:
        lines = [(row, results.hamlet_figures(i)) for i, row in enumerate(table.rows)]
        for row, expected in [*lines, (table.total, results.total_figures())]:
            for figure, value in row.values.items():
                if figure != "order" or not row.is_total:
                    assert value.number == expected[figure], (table.label, row.name, figure)
