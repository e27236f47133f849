"""Appendix tables shaped by the plan from the figure catalogue, and the post-2025 example plan with its parts.

Figures are read back from the built .docx with python-docx and compared with values worked out by hand
from the plan file's hamlet figures (end = start + new − reduction; rate = count ÷ households × 100,
rounded half up to two decimals).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from docgen import nd30
from docgen.build import build, build_checked
from docgen.check.finding import ERROR
from docgen.errors import DocgenError
from tests.conftest import PLAN_2022, ROOT, SMALL
from tests.readback import open_docx, table_texts

PLAN_2025 = ROOT / "plans" / "2025-than-sa.toml"
HAMLETS = ["Xóm Trung Tâm", "Xóm Đồng Kem", "Xóm Thượng Kim", "Xóm Na Ri", "Xóm Cao Sơn", "Xóm Khuổi Lừa"]
HOUSEHOLDS = ["312", "245", "198", "176", "154", "131"]
# By hand from the plan's [[hamlets]]: poor (start, without labour, new, reduction, end, end rate).
POOR = [("14", "3", "1", "4", "11", "3,53"), ("11", "2", "0", "3", "8", "3,27"), ("16", "4", "2", "4", "14", "7,07"),
        ("9", "1", "0", "2", "7", "3,98"), ("13", "3", "1", "3", "11", "7,14"), ("12", "2", "1", "3", "10", "7,63")]
POOR_START_RATES = ["4,49", "4,49", "8,08", "5,11", "8,44", "9,16"]
# near-poor (start, new, reduction, end, end rate) and start rates.
NEAR = [("18", "2", "3", "17", "5,45"), ("15", "1", "3", "13", "5,31"), ("12", "0", "2", "10", "5,05"),
        ("10", "1", "2", "9", "5,11"), ("9", "0", "2", "7", "4,55"), ("8", "1", "1", "8", "6,11")]
NEAR_START_RATES = ["5,77", "6,12", "6,06", "5,68", "5,84", "6,11"]


@pytest.fixture(scope="module")
def checked_2025():
    return build_checked(PLAN_2025)


@pytest.fixture(scope="module")
def document_2025(checked_2025):
    return open_docx(checked_2025[0].docx)


def test_example_plan_builds_and_passes_check(checked_2025):
    _, findings = checked_2025
    assert [f for f in findings if f.severity == ERROR] == []
    assert "VÍ DỤ" in PLAN_2025.read_text(encoding="utf-8").splitlines()[0]  # labelled as example data


def test_example_plan_header_has_no_district(document_2025):
    header = [p.text for p in document_2025.tables[0].cell(0, 0).paragraphs if p.text]
    assert header == ["ỦY BAN NHÂN DÂN", "XÃ THẦN SA"]
    texts = [p.text for p in document_2025.paragraphs] + [c.text for t in document_2025.tables
                                                          for r in t.rows for c in r.cells]
    assert not [t for t in texts if "huyện" in t.lower()]


def test_first_table_prints_newly_poor_and_end(document_2025):
    rows = table_texts(document_2025.tables[2])
    assert rows[0][3:] == ["Giảm hộ nghèo năm 2025"] * 6
    assert rows[1][3:] == ["Hộ nghèo đầu năm 2025", "Trong đó: hộ không còn khả năng lao động",
                           "Hộ nghèo phát sinh mới", "Kế hoạch giảm", "Hộ nghèo cuối năm 2025", "Tỷ lệ %"]
    assert rows[2:-1] == [[str(i + 1), name, households, *poor]
                          for i, (name, households, poor) in enumerate(zip(HAMLETS, HOUSEHOLDS, POOR, strict=True))]
    assert rows[-1] == ["Cộng", "Cộng", "1.216", "75", "15", "5", "19", "61", "5,02"]


def test_second_table_near_poor(document_2025):
    rows = table_texts(document_2025.tables[3])
    assert rows[2:-1] == [[str(i + 1), name, households, *near]
                          for i, (name, households, near) in enumerate(zip(HAMLETS, HOUSEHOLDS, NEAR, strict=True))]
    assert rows[-1] == ["Cộng", "Cộng", "1.216", "72", "5", "13", "64", "5,26"]


def test_third_table_puts_poor_and_near_poor_side_by_side(document_2025):
    rows = table_texts(document_2025.tables[4])
    assert rows[0][3:] == ["Hộ nghèo"] * 5 + ["Hộ cận nghèo"] * 5
    assert rows[1][:3] == ["TT", "Tên thôn, xóm", "Tổng số hộ năm 2025"]  # ungrouped: over both header rows
    expected = []
    for i, name in enumerate(HAMLETS):
        start, _, new, reduction, _, rate = POOR[i]
        near_start, near_new, near_reduction, _, near_rate = NEAR[i]
        expected.append([str(i + 1), name, HOUSEHOLDS[i], start, POOR_START_RATES[i], new, reduction, rate,
                         near_start, NEAR_START_RATES[i], near_new, near_reduction, near_rate])
    assert rows[2:-1] == expected
    assert rows[-1] == ["Toàn xã", "Toàn xã", "1.216", "75", "6,17", "5", "19", "5,02",
                        "72", "5,92", "5", "13", "5,26"]


def test_tables_fit_the_landscape_page(document_2025):
    for table in document_2025.tables[2:]:
        grid = table._tbl.find(qn("w:tblGrid"))
        total_mm = sum(int(col.get(qn("w:w"))) for col in grid) * 25.4 / 1440
        assert abs(total_mm - nd30.LANDSCAPE_TEXT_WIDTH_MM) < 0.5


def test_parts_stand_above_their_sections(document_2025):
    paragraphs = [p for p in document_2025.paragraphs if p.text.strip()]
    texts = [p.text for p in paragraphs]
    first, second = texts.index("Phần thứ nhất"), texts.index("Phần thứ hai")
    assert texts[first + 1:first + 3] == ["KẾT QUẢ THỰC HIỆN CÔNG TÁC GIẢM NGHÈO 6 THÁNG ĐẦU NĂM 2025",
                                          "I. KẾT QUẢ ĐẠT ĐƯỢC"]
    assert texts[second + 1:second + 3] == ["KẾ HOẠCH THỰC HIỆN 6 THÁNG CUỐI NĂM 2025", "I. MỤC TIÊU"]
    assert first > texts.index(next(t for t in texts if t.startswith("Ủy ban nhân dân xã Thần Sa đánh giá")))
    romans = [t.split(".")[0] for t in texts[first:] if t.split(".")[0] in ("I", "II", "III")]
    assert romans == ["I", "II", "I", "II", "III"]  # mục restart in each phần
    for index in (first, first + 1, second, second + 1):
        style = paragraphs[index].style
        assert style.font.bold and style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER


def test_2022_tables_keep_their_two_header_rows():
    document = open_docx(build(PLAN_2022).docx)
    poor, near = table_texts(document.tables[2]), table_texts(document.tables[3])
    assert poor[0] == ["TT", "Tên xóm", "Tổng số hộ năm 2022"] + ["Giảm hộ nghèo năm 2022"] * 5
    assert poor[1] == ["TT", "Tên xóm", "Tổng số hộ năm 2022", "Hộ nghèo sau rà soát năm 2021",
                       "Hộ nghèo không còn khả năng lao động", "Kế hoạch giảm năm 2022",
                       "Hộ nghèo cuối kỳ năm 2022", "Tỷ lệ %"]
    assert near[1][3:] == ["Hộ cận nghèo sau rà soát năm 2021", "Kế hoạch giảm năm 2022",
                           "Hộ cận nghèo cuối kỳ năm 2022", "Tỷ lệ %"]
    group_cell = document.tables[2].rows[0].cells[3]._tc
    assert group_cell.tcPr.find(qn("w:gridSpan")).get(qn("w:val")) == "5"


def _plan_with_columns(project: Path, columns: str, hamlet_extra: str = "") -> Path:
    text = SMALL.read_text(encoding="utf-8").split("[[appendices]]")[0]
    if hamlet_extra:
        text = text.replace('name = "Xóm Một"\n', f'name = "Xóm Một"\n{hamlet_extra}\n')
    text += f'[[appendices]]\nid = "ngheo"\ntitle = "Biểu"\ncolumns = [{columns}]\n'
    text = text.replace(" ({appendix.can_ngheo})", "").replace(" và {appendix.can_ngheo}", "")
    path = project / "plans" / "plan.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _messages(path: Path) -> list[str]:
    with pytest.raises(DocgenError) as caught:
        build(path)
    return [f"{p.location.field}: {p.message} {p.hint}" for p in caught.value.problems]


def test_unknown_figure_lists_the_valid_ones(project):
    path = _plan_with_columns(project, '{ figure = "poor_ending", header = "Cuối kỳ" }')
    [message] = _messages(path)
    assert "appendices[1].columns[1].figure" in message and "poor_ending" in message
    assert "poor_end" in message and "near_poor_start_rate" in message


def test_duplicate_column_is_refused(project):
    path = _plan_with_columns(project, '{ figure = "poor_end", header = "A" }, { figure = "poor_end", header = "B" }')
    [message] = _messages(path)
    assert "columns[2].figure" in message and "cột 1" in message


def test_newly_poor_column_needs_every_hamlet_to_state_it(project):
    path = _plan_with_columns(project, '{ figure = "hamlet", header = "Xóm" }, { figure = "poor_new", header = "Mới" }',
                              hamlet_extra="poor_new = 1")
    [message] = _messages(path)
    assert "columns[2].figure" in message and "Xóm Hai" in message and "poor_new" in message


def test_every_catalogue_figure_is_documented_for_the_clerk():
    from docgen.figures import FIGURES

    plan_doc = (ROOT / "docs" / "plan-file.md").read_text(encoding="utf-8")
    calc_doc = (ROOT / "docs" / "calculation.md").read_text(encoding="utf-8")
    assert [f for f in FIGURES if f"| `{f}` |" not in plan_doc] == []
    computed = [f for f, figure in FIGURES.items() if figure.source == "computed" and figure.group]
    assert computed and [f for f in computed if f"`{f}`" not in calc_doc] == []


def test_saving_from_the_editor_keeps_the_parts_and_changes_only_what_was_edited():
    import tomllib

    from docgen.plan.edit import open_plan, plan_text

    data = open_plan(PLAN_2025).data
    parts = [dict(part) for part in data["parts"]]
    data["document"]["number"] = 46
    saved = tomllib.loads(plan_text(PLAN_2025, data))
    assert saved["parts"] == parts and saved["document"]["number"] == 46


def test_xlsx_follows_the_column_list(checked_2025):
    import io

    import openpyxl

    from docgen.tables.xlsx import tables_workbook

    built = checked_2025[0]
    sheet = openpyxl.load_workbook(io.BytesIO(tables_workbook(built.plan, built.results)))["Phụ lục III"]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[1][:4] == ["TT", "Tên thôn, xóm", "Tổng số hộ năm 2025", "Hộ nghèo / Đầu năm (hộ)"]
    assert rows[1][-1] == "Hộ cận nghèo / Tỷ lệ cuối năm (%)"
    assert rows[2] == [1, "Xóm Trung Tâm", 312, 14, 4.49, 1, 4, 3.53, 18, 5.77, 2, 3, 5.45]
    assert rows[-1] == ["Toàn xã", None, 1216, 75, 6.17, 5, 19, 5.02, 72, 5.92, 5, 13, 5.26]
