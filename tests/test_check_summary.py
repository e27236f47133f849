"""`docgen check` on folders and `--summary`: one row per document, as a provincial reviewer uses it."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from docgen.build import build
from docgen.check import messages
from docgen.cli import main
from tests import tables_builder as tb
from tests.check.helpers import BODY_TEXT, make_docx
from tests.conftest import PLAN_2022

POOR = {"headers": tb.POOR_HEADERS, "rows": tb.POOR_ROWS, "total": tb.POOR_TOTAL}
NEAR = {"headers": tb.NEAR_HEADERS, "rows": tb.NEAR_ROWS, "total": tb.NEAR_TOTAL, "group": "Hộ cận nghèo năm 2023"}


def run(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture(scope="module")
def province(tmp_path_factory) -> Path:
    """A reviewer's folder: the built 2022 plan, a hand-typed plan in a sub-folder whose body target (06) is not
    its table's (10), a file that is not a .docx, and the lock file Word leaves beside an open document."""
    folder = tmp_path_factory.mktemp("province")
    (folder / "thinh-duc.docx").write_bytes(build(PLAN_2022).docx)
    (folder / "xa-b").mkdir()
    (folder / "xa-b" / "ke-hoach.docx").write_bytes(make_docx(mutate=tb.in_appendices(POOR, NEAR)))
    (folder / "xa-b" / "hong.docx").write_bytes(b"not a zip")
    (folder / "xa-b" / "~$ke-hoach.docx").write_bytes(b"lock")
    (folder / "ghi-chu.txt").write_text("không phải văn bản", encoding="utf-8")
    return folder


def test_a_folder_is_checked_document_by_document_and_summarised_in_csv(province, tmp_path):
    out = tmp_path / "tong-hop.csv"
    result = run("check", str(province), "--summary", str(out))
    assert result.exit_code == 2, result.output  # one file cannot be read
    assert "Đã ghi bảng tổng hợp 3 văn bản" in result.output
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == list(messages.SUMMARY_COLUMNS)
    built, broken, typed = rows[1:]
    assert built == [str(province / "thinh-duc.docx"), "85/KH-UBND", "24/10/2022", "Ủy ban nhân dân xã Thịnh Đức",
                     "0", "0", "0", "2111", "6", "3", ""]
    assert broken[0].endswith("hong.docx") and broken[1:10] == [""] * 9 and broken[10].startswith("Không đọc được")
    assert typed[0].endswith("ke-hoach.docx") and typed[6:10] == ["1", "2245", "10", "3"]
    assert int(typed[4]) >= 1  # the target that differs is an error


def test_the_xlsx_summary_holds_numbers_and_is_the_same_bytes_every_time(province, tmp_path):
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    run("check", str(province), "--summary", str(first))
    run("check", str(province), "--summary", str(second))
    assert first.read_bytes() == second.read_bytes()
    sheet = load_workbook(first).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0] == list(messages.SUMMARY_COLUMNS)
    assert values[1][:10] == [str(province / "thinh-duc.docx"), "85/KH-UBND", "24/10/2022",
                              "Ủy ban nhân dân xã Thịnh Đức", 0, 0, 0, 2111, 6, 3]
    assert len(values) == 4


def test_a_summary_that_is_neither_xlsx_nor_csv_is_refused_before_anything_is_checked(province, tmp_path):
    result = run("check", str(province), "--summary", str(tmp_path / "tong-hop.txt"))
    assert result.exit_code == 2 and "phải là tệp .xlsx hoặc .csv" in result.output
    assert not (tmp_path / "tong-hop.txt").exists()


def test_an_empty_folder_is_said_so(tmp_path):
    (tmp_path / "trong").mkdir()
    result = run("check", str(tmp_path / "trong"))
    assert result.exit_code == 2 and "Thư mục không có tệp .docx nào" in result.output


def test_a_summary_that_cannot_be_written_leaves_no_file(province, tmp_path):
    (tmp_path / "tep").write_text("a file where a folder should be", encoding="utf-8")
    target = tmp_path / "tep" / "tong-hop.xlsx"
    result = run("check", str(province / "thinh-duc.docx"), "--summary", str(target))
    assert result.exit_code == 1 and not target.exists()
    assert "Không ghi được tệp" in result.output


def test_targets_follow_the_body_change(tmp_path):
    ten = tuple((kind, text.replace("giảm 06 hộ nghèo", "giảm 10 hộ nghèo")) for kind, text in BODY_TEXT)
    (tmp_path / "x.docx").write_bytes(make_docx(body=ten, mutate=tb.in_appendices(POOR, NEAR)))
    out = tmp_path / "s.csv"
    assert run("check", str(tmp_path / "x.docx"), "--summary", str(out)).exit_code == 0
    row = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))[1]
    assert row[4:10] == ["0", "0", "0", "2245", "10", "3"]
