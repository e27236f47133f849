"""Issue 17: a report's results and Excel. ``docgen build --xlsx`` of a Báo cáo writes its result tables with the
figures of the document; ``docgen import`` of a sheet of results fills the report's [[results]], and the rebuilt
report shows them (the .xlsx opened with openpyxl, the .docx with python-docx, figures compared)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from docgen.cli import main
from tests.conftest import ROOT
from tests.readback import open_docx, table_texts

REPORT = ROOT / "plans" / "vi-du-bao-cao-2022.toml"
NAMES = ["Nhân Hòa", "Phúc Hòa", "Đức Hòa", "Xóm Phú", "Xóm Cường", "Xóm Thịnh", "Cường Lặng", "Đầu Phần",
         "Khánh Hòa", "Tân Đức", "Xóm Lượt", "Làng Mơn"]
POOR_OUT = {"Phúc Hòa": 2, "Xóm Phú": 1, "Xóm Cường": 1, "Làng Mơn": 3}  # Xóm Thịnh: 0 of its target 1
NEAR_OUT = {"Nhân Hòa": 1, "Phúc Hòa": 1, "Cường Lặng": 1}


def _run(*args: str):
    result = CliRunner().invoke(main, list(args))
    return result


def _built(plan: Path, out: Path) -> tuple[Path, Path]:
    result = _run("build", str(plan), "--xlsx", "--output-dir", str(out))
    assert result.exit_code == 0, result.output
    return next(out.glob("*.docx")), next(out.glob("*.xlsx"))


def _result_tables(document) -> dict[str, list[list[str]]]:
    tables = [rows for rows in map(table_texts, document.tables) if "Thực hiện giảm" in rows[0]]
    return {"poor": tables[0], "near_poor": tables[1]}


def _number(text: str):
    return float(text.replace(".", "").replace(",", ".")) if "," in text else int(text.replace(".", ""))


def test_build_xlsx_of_a_report_writes_its_result_tables_with_the_documents_figures(tmp_path):
    docx_path, xlsx_path = _built(REPORT, tmp_path)
    printed = _result_tables(open_docx(docx_path))
    workbook = openpyxl.load_workbook(xlsx_path)
    assert workbook.sheetnames == ["Kết quả hộ nghèo", "Kết quả hộ cận nghèo"]
    for name, group in (("Kết quả hộ nghèo", "poor"), ("Kết quả hộ cận nghèo", "near_poor")):
        rows = list(workbook[name].iter_rows(values_only=True))
        assert rows[0][0].startswith("Kết quả giảm") and rows[0][0].endswith("năm 2022 theo xóm")
        assert list(rows[1]) == printed[group][0]  # the same header
        for sheet_row, doc_row in zip(rows[2:], printed[group][1:], strict=True):
            assert sheet_row[1] == doc_row[1] or sheet_row[0] == "Cộng"
            numbers = list(sheet_row[2:9])
            assert numbers == [_number(t) for t in doc_row[2:9]]  # numbers in Excel, as the document prints them
            assert all(isinstance(v, int | float) for v in numbers)
            assert sheet_row[9] == doc_row[9]  # Đạt / Không đạt / 11/12 đạt


def _results_sheet(path: Path) -> None:
    """A clerk's own sheet: one per group, the hamlet, who got out of poverty, the newly poor."""
    workbook = openpyxl.Workbook()
    poor = workbook.active
    poor.title = "Thoát nghèo"
    poor.append(["Kết quả giảm hộ nghèo năm 2022"])
    poor.append(["TT", "Tên xóm", "Thoát nghèo", "Phát sinh mới"])
    for number, name in enumerate(NAMES, start=1):
        poor.append([number, name.removeprefix("Xóm "), POOR_OUT.get(name, 0), 1 if name == "Xóm Thịnh" else None])
    near = workbook.create_sheet("Hộ cận nghèo")
    near.append(["TT", "Xóm", "Thực hiện giảm", "Phát sinh mới"])
    for number, name in enumerate(NAMES, start=1):
        near.append([number, name, NEAR_OUT.get(name, 0), 0])
    workbook.save(path)


@pytest.fixture
def report(tmp_path) -> Path:
    plans = tmp_path / "plans"
    plans.mkdir()
    shutil.copy(ROOT / "plans" / "2022.toml", plans / "2022.toml")
    made = plans / "bao-cao.toml"
    assert _run("new", str(made), "--from", str(plans / "2022.toml"), "--kind", "bao-cao").exit_code == 0
    text = made.read_text(encoding="utf-8")
    confirm = next(line for line in text.splitlines() if line.startswith("confirm = "))
    made.write_text(text.replace(confirm, 'confirm = ["results"]'), encoding="utf-8")  # the rest looked at
    return made


def test_import_fills_the_results_and_the_rebuilt_report_shows_them(report, tmp_path):
    sheet = tmp_path / "ket-qua.xlsx"
    _results_sheet(sheet)
    refused = _run("build", str(report), "--output-dir", str(tmp_path / "before"))
    assert refused.exit_code == 1 and "results" in refused.output  # the results are still to fill
    result = _run("import", str(report), str(sheet))
    assert result.exit_code == 0, result.output
    assert "Phúc Hòa: hộ nghèo đã thoát nghèo 0 → 2" in result.output
    assert "Xóm Thịnh: hộ nghèo phát sinh mới 0 → 1" in result.output
    assert 'confirm = []' in report.read_text(encoding="utf-8")  # filled: nothing is left to confirm
    docx_path, xlsx_path = _built(report, tmp_path / "out")
    printed = _result_tables(open_docx(docx_path))
    by_name = {row[1]: row for row in printed["poor"][1:]}
    assert by_name["Phúc Hòa"][3:8] == ["6", "1", "2", "0", "4"]  # start, target, done, new, year end
    assert by_name["Xóm Thịnh"][3:8] + [by_name["Xóm Thịnh"][9]] == ["4", "1", "0", "1", "5", "Không đạt"]
    assert printed["poor"][-1][5] == "7" and printed["poor"][-1][9] == "11/12 đạt"
    assert [row[5] for row in printed["near_poor"][1:-1]] == [str(NEAR_OUT.get(n, 0)) for n in NAMES]
    exported = list(openpyxl.load_workbook(xlsx_path)["Kết quả hộ nghèo"].iter_rows(values_only=True))
    assert [row[5] for row in exported[2:-1]] == [POOR_OUT.get(n, 0) for n in NAMES]  # the sheet round trips
    again = _run("import", str(report), str(xlsx_path))
    assert again.exit_code == 0 and "không có gì thay đổi" in again.output


def test_a_bad_sheet_is_refused_with_its_cells_named_and_the_report_untouched(report, tmp_path):
    before = report.read_bytes()
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Hộ nghèo"
    sheet.append(["TT", "Tên xóm", "Thực hiện giảm", "Phát sinh mới"])
    for number, name in enumerate(NAMES, start=1):
        sheet.append([number, "Xóm Mới" if number == 3 else name, "hai" if number == 2 else 0, 0])
    workbook.save(tmp_path / "sai.xlsx")
    result = _run("import", str(report), str(tmp_path / "sai.xlsx"))
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "ô C3" in result.output and "«hai» không phải số hộ" in result.output
    assert "Xóm «Xóm Mới» không có trong báo cáo" in result.output and "Thiếu kết quả của: Đức Hòa" in result.output
    assert report.read_bytes() == before


def test_more_households_out_of_poverty_than_the_hamlet_has_is_refused(report, tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Hộ nghèo"
    sheet.append(["TT", "Tên xóm", "Thực hiện giảm", "Phát sinh mới"])
    for number, name in enumerate(NAMES, start=1):
        sheet.append([number, name, 3 if name == "Đầu Phần" else 0, 0])  # Đầu Phần has no poor household
    workbook.save(tmp_path / "qua.xlsx")
    result = _run("import", str(report), str(tmp_path / "qua.xlsx"))
    assert result.exit_code == 1
    assert "Xóm Đầu Phần ghi giảm 3 hộ nghèo, nhưng xóm chỉ có 0 hộ nghèo đầu năm" in result.output


def test_next_years_plan_starts_from_the_reports_results(report, tmp_path):
    sheet = tmp_path / "ket-qua.xlsx"
    _results_sheet(sheet)
    assert _run("import", str(report), str(sheet)).exit_code == 0
    plans = report.parent
    result = _run("new", str(plans / "2023.toml"), "--from", str(plans / "2022.toml"), "--results", str(report))
    assert result.exit_code == 0, result.output
    planned = _run("new", str(plans / "2023-ke-hoach.toml"), "--from", str(plans / "2022.toml"))
    assert planned.exit_code == 0, planned.output
    import tomllib

    actual = {h["name"]: h for h in tomllib.loads((plans / "2023.toml").read_text(encoding="utf-8"))["hamlets"]}
    expected = {h["name"]: h for h in tomllib.loads((plans / "2023-ke-hoach.toml").read_text(encoding="utf-8"))
                ["hamlets"]}
    assert (actual["Phúc Hòa"]["poor"], expected["Phúc Hòa"]["poor"]) == (4, 5)  # 6 − 2 done, not 6 − 1 planned
    assert actual["Xóm Thịnh"]["poor"] == 5  # 4 + 1 newly poor, none out: its target missed
    assert actual["Nhân Hòa"]["near_poor"] == 3
    refused = _run("new", str(plans / "x.toml"), "--from", str(report))
    assert refused.exit_code == 1 and "Đây là báo cáo kết quả, không phải kế hoạch" in refused.output


def test_the_first_results_sheet_is_written_while_the_results_are_to_fill_and_a_clerk_fills_it(tmp_path):
    """As a clerk: docgen new makes the report, build --xlsx gives the sheet to fill (the report waits for its
    results, and for the other entries of confirm), the clerk types the results in it, docgen import reads them
    back, and the report builds with them and checks clean."""
    from docgen.check import check_docx

    plans = tmp_path / "plans"
    plans.mkdir()
    shutil.copy(ROOT / "plans" / "2022.toml", plans / "2022.toml")
    report = plans / "bao-cao.toml"
    assert _run("new", str(report), "--from", str(plans / "2022.toml"), "--kind", "bao-cao").exit_code == 0
    written = _run("build", str(report), "--xlsx", "--output-dir", str(tmp_path / "out"))
    assert written.exit_code == 0, written.output
    assert "bảng để điền kết quả" in written.output and f"docgen import {report}" in written.output
    (sheet_path,) = (tmp_path / "out").iterdir()  # the sheet alone: the report is not built yet
    assert sheet_path.suffix == ".xlsx"
    workbook = openpyxl.load_workbook(sheet_path)
    poor = workbook["Kết quả hộ nghèo"]
    rows = list(poor.iter_rows(values_only=True))
    assert rows[1][5:10] == ("Thực hiện giảm", "Phát sinh mới", "Số hộ nghèo cuối năm", "Tỷ lệ % cuối năm", "Đánh giá")
    hamlets = rows[2:2 + len(NAMES)]
    assert [row[1] for row in hamlets] == NAMES
    assert all(row[5:10] == (None,) * 5 for row in hamlets)  # nothing claimed before the clerk types it
    assert hamlets[4][3:5] == (3, 1)  # Xóm Cường: 3 poor households at the start, target 1
    assert rows[-1][0].startswith("CHƯA ĐIỀN KẾT QUẢ") and f"docgen import {report} {sheet_path}" in rows[-1][0]
    for number, name in enumerate(NAMES, start=3):  # the clerk types the results into the blank cells
        poor.cell(number, 6).value = POOR_OUT.get(name, 0)
        poor.cell(number, 7).value = 1 if name == "Xóm Thịnh" else None
        workbook["Kết quả hộ cận nghèo"].cell(number, 6).value = NEAR_OUT.get(name, 0)
    workbook.save(sheet_path)

    imported = _run("import", str(report), str(sheet_path))
    assert imported.exit_code == 0, imported.output
    assert "Phúc Hòa: hộ nghèo đã thoát nghèo 0 → 2" in imported.output
    text = report.read_text(encoding="utf-8")
    confirm = re.search(r'confirm = \[(\s*"[^"]*",?)*\s*\]', text)
    assert confirm is not None and '"signature"' in confirm.group()  # what else is to look at is still listed
    assert '"results"' not in confirm.group()  # the results are filled
    report.write_text(text.replace(confirm.group(), "confirm = []"), encoding="utf-8")  # the rest looked at
    docx_path, xlsx_path = _built(report, tmp_path / "built")
    printed = _result_tables(open_docx(docx_path))
    by_name = {row[1]: row for row in printed["poor"][1:]}
    assert by_name["Xóm Thịnh"][3:8] + [by_name["Xóm Thịnh"][9]] == ["4", "1", "0", "1", "5", "Không đạt"]
    assert printed["poor"][-1][5] == "7" and printed["near_poor"][-1][5] == "3"
    findings = check_docx(docx_path.read_bytes())
    assert {f.rule_id for f in findings} <= {"number-blank", "date-blank"}, [(f.rule_id, f.found) for f in findings]
    filled = list(openpyxl.load_workbook(xlsx_path)["Kết quả hộ nghèo"].iter_rows(values_only=True))
    assert not any(str(row[0]).startswith("CHƯA ĐIỀN") for row in filled if row[0])  # filled: no note


def test_a_batch_writes_the_sheet_of_a_report_to_fill_beside_the_other_documents(tmp_path):
    plans = tmp_path / "plans"
    plans.mkdir()
    shutil.copy(ROOT / "plans" / "2022.toml", plans / "2022.toml")
    assert _run("new", str(plans / "bao-cao.toml"), "--from", str(plans / "2022.toml"), "--kind", "bao-cao"
                ).exit_code == 0
    result = _run("build", str(plans), "--xlsx", "--jobs", "1", "--output-dir", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "bc-du-thao-thinh-duc-2022.xlsx", "kh-85-thinh-duc-2022.docx", "kh-85-thinh-duc-2022.xlsx"]
