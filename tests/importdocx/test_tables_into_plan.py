"""Appendix tables as read (a TableSet) into the plan's hamlets and [reference]: one hamlet for two spellings,
blank cells as zero, a total row that disagrees with its rows kept as the stated figure."""

from __future__ import annotations

from decimal import Decimal

from docgen.importdocx.notes import Notes
from docgen.importdocx.tables import appendices, hamlets, reference
from docgen.read.place import Place
from docgen.tables.view import AppendixTable, Column, HamletRow, TableSet, Value

HERE = Place((0,), "bảng")


def _row(name: str, figures: dict[str, str], total: bool = False) -> HamletRow:
    values = {}
    for figure, text in figures.items():
        number = Decimal(text.replace(",", ".")) if "," in text else int(text.replace(".", "") or 0)
        values[figure] = Value(number, text, HERE, blank=not text)
    return HamletRow(name, values, HERE, is_total=total)


def _table(label: str, group: str, rows: list[tuple[str, tuple[str, ...]]], total: tuple[str, ...]) -> AppendixTable:
    figures = ["households", group, f"{group}_reduction", f"{group}_end", f"{group}_rate"]
    columns = [Column(f, f"cột {f}", i) for i, f in enumerate(figures, start=2)]
    made = [_row(name, dict(zip(figures, values, strict=True))) for name, values in rows]
    return AppendixTable(label, "BIỂU", columns, made, _row("CỘNG", dict(zip(figures, total, strict=True)), True), HERE)


POOR = _table("Phụ lục I", "poor", [("CƯỜNG LẶNG", ("157", "1", "", "1", "")),
                                    ("LÀNG MƠN", ("130", "10", "2", "8", ""))],
              ("387", "11", "2", "9", "3,21"))
NEAR = _table("Phụ lục II", "near_poor", [("CƯỜNG LĂNG", ("157", "3", "1", "2", "")),
                                          ("LÀNG MON", ("130", "0", "", "0", ""))], ("287", "3", "1", "2", "0,70"))


def test_two_spellings_are_one_hamlet_and_blanks_are_zero():
    notes = Notes()
    found = hamlets(TableSet("goc.docx", [POOR, NEAR]), notes)
    assert found == [
        {"name": "CƯỜNG LẶNG", "households": 157, "poor": 1, "poor_reduction": 0, "near_poor": 3,
         "near_poor_reduction": 1},
        {"name": "LÀNG MƠN", "households": 130, "poor": 10, "poor_reduction": 2, "near_poor": 0,
         "near_poor_reduction": 0},
    ]
    merged = [n for n in notes.items if n.field.endswith(".name")]
    assert [n.field for n in merged] == ["hamlets[0].name", "hamlets[1].name"]
    assert '"CƯỜNG LĂNG"' in merged[0].message and '"LÀNG MON"' in merged[1].message
    assert any(n.field == "hamlets" for n in notes.items)  # blanks read as zero, said once


def test_a_total_that_disagrees_with_its_rows_goes_to_reference():
    notes = Notes()
    table_set = TableSet("goc.docx", [POOR, NEAR])
    stated = reference(table_set, hamlets(table_set, notes), notes)
    # the poor table states 387 households and 3,21 %; the rows give 287 households and 9/287 = 3,14 %
    assert stated == {"households": 387, "poor": 11, "poor_end": 9, "poor_rate": 3.21, "near_poor": 3,
                      "near_poor_end": 2, "near_poor_rate": 0.70}
    differing = sorted(n.field for n in notes.items if n.field.startswith("reference"))
    assert differing == ["reference.households", "reference.poor_rate"]  # 2/287 = 0,70 % agrees
    message = next(n.message for n in notes.items if n.field == "reference.households")
    assert "387" in message and "287" in message


def test_appendix_definitions_list_their_columns_with_group_headers():
    notes = Notes()
    poor = AppendixTable("", "BIỂU PHÂN BỐ CHỈ TIÊU GIẢM HỘ NGHÈO NĂM 2022",
                         [Column("order", "TT", 0), Column("hamlet", "Tên xóm", 1),
                          Column("households", "Tổng số hộ năm 2022", 2),
                          Column("poor", "Giảm hộ nghèo năm 2022 / Hộ nghèo sau rà soát năm 2021", 3),
                          Column("", "Ghi chú", 4)],
                         POOR.rows, POOR.total, HERE)
    found = appendices(TableSet("goc.docx", [poor, NEAR]), notes)
    assert found[0] == {"id": "poor", "title": "BIỂU PHÂN BỐ CHỈ TIÊU GIẢM HỘ NGHÈO NĂM 2022", "total": "CỘNG",
                        "columns": [{"figure": "order", "header": "TT"}, {"figure": "hamlet", "header": "Tên xóm"},
                                    {"figure": "households", "header": "Tổng số hộ năm 2022"},
                                    {"figure": "poor", "header": "Hộ nghèo sau rà soát năm 2021",
                                     "group": "Giảm hộ nghèo năm 2022"}]}
    assert found[1]["id"] == "near_poor"
    assert found[1]["columns"][0] == {"figure": "households", "header": "cột households"}
    assert sorted(n.kind for n in notes.at(("appendices", 0))) == ["corrected", "interpreted"]  # no label; "Ghi chú"
    assert notes.at(("appendices", 1)) == []


def test_a_stated_reduction_total_that_disagrees_is_noted_and_the_rows_kept():
    notes = Notes()
    wrong = _table("Phụ lục I", "poor", [("NHÂN HÒA", ("219", "3", "1", "2", ""))], ("219", "3", "4", "2", "0,91"))
    table_set = TableSet("goc.docx", [wrong])
    found = hamlets(table_set, notes)
    reference(table_set, found, notes)
    assert found[0]["poor_reduction"] == 1
    assert any(n.field == "hamlets" and "4" in n.message and "1" in n.message for n in notes.items)
