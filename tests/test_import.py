"""docgen import: figures changed in Excel go into the plan file, the rebuilt document follows, and a bad
workbook changes nothing."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from docgen.build import build
from docgen.cli import main
from docgen.errors import DocgenError
from docgen.tables.importer import import_workbook
from docgen.tables.xlsx import tables_workbook
from tests.conftest import SMALL
from tests.readback import body_texts, open_docx, table_texts


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    copy = tmp_path / "small.toml"
    shutil.copy(SMALL, copy)
    return copy


@pytest.fixture
def workbook(plan: Path, tmp_path: Path) -> Path:
    built = build(plan)
    path = tmp_path / "small.xlsx"
    path.write_bytes(tables_workbook(built.plan, built.results))
    return path


def _edit(path: Path, sheet: str, **cells) -> Path:
    book = openpyxl.load_workbook(path)
    for address, value in cells.items():
        book[sheet][address] = value
    book.save(path)
    return path


def test_a_figure_changed_in_excel_flows_into_the_rebuilt_document(plan, workbook):
    # Phụ lục I, row 3 is Xóm Một: its reduction 2 → 3 (columns: TT, tên, hộ, đầu kỳ, không LĐ, giảm, …)
    _edit(workbook, "Phụ lục I", F3=3)
    changes = import_workbook(plan, workbook)
    assert {(c.hamlet, c.figure, c.before, c.after) for c in changes} == {
        ("Xóm Một", "poor_reduction", 2, 3), ("", "poor_reduction", 3, 4)}
    rebuilt = open_docx(build(plan).docx)
    appendix = table_texts(rebuilt.tables[-2])
    one = next(row for row in appendix if row[1] == "Xóm Một")
    total = next(row for row in appendix if row[0].startswith("Cộng"))
    assert one[5:] == ["3", "1", "1,00"]  # reduction, year-end, rate follow
    assert total[5:7] == ["4", "2"]
    assert any("giảm 04 hộ nghèo" in text for text in body_texts(rebuilt))  # the target stated in the text
    assert plan.read_text(encoding="utf-8").startswith("# A small plan for tests")  # comments kept


def test_only_the_figures_change_in_the_plan_file(plan, workbook):
    before = plan.read_text(encoding="utf-8").splitlines()
    _edit(workbook, "Phụ lục I", D4=3)  # Xóm Hai's poor households at the start: 2 → 3
    import_workbook(plan, workbook)
    after = plan.read_text(encoding="utf-8").splitlines()
    changed = [(old, new) for old, new in zip(before, after, strict=True) if old != new]
    assert changed == [("poor = 2", "poor = 3")]


def test_dry_run_lists_the_changes_and_writes_nothing(plan, workbook):
    original = plan.read_bytes()
    _edit(workbook, "Phụ lục II", C4=55)  # the households are in both tables: the changed one counts
    result = CliRunner().invoke(main, ["import", str(plan), str(workbook), "--dry-run"])
    assert result.exit_code == 0
    assert "Xóm Hai: tổng số hộ: 50 → 55" in result.output
    assert plan.read_bytes() == original


@pytest.mark.parametrize(("cells", "expected"), [
    ({"C3": "một trăm"}, r"ô C3: ô có «một trăm» ở cột «Tổng số hộ»: cần một con số"),
    ({"D4": -1}, r"ô D4: ô có «-1» ở cột «Giảm hộ nghèo / Hộ nghèo đầu kỳ»: số hộ và tỷ lệ không thể âm"),
    ({"B4": "Xóm Ba"}, r"dòng 4 «Xóm Ba»: xóm «Xóm Ba» không có trong tệp kế hoạch"),
    ({"C2": "Ghi chú"}, r"không có cột «tổng số hộ»"),
    ({"C4": 51, "sheet2": ("C4", 52)},
     r"«Phụ lục II», ô C4: số 52 khác số 51 đã ghi cho cùng xóm và cùng cột ở trang tính «Phụ lục I», ô C4"),
])
def test_a_bad_workbook_is_refused_with_the_cell_and_the_plan_is_untouched(plan, workbook, cells, expected):
    original = plan.read_bytes()
    other = cells.pop("sheet2", None)
    _edit(workbook, "Phụ lục I", **cells)
    if other:  # the same figure changed differently in the other table
        _edit(workbook, "Phụ lục II", **dict([other]))
    with pytest.raises(DocgenError) as raised:
        import_workbook(plan, workbook)
    text = " | ".join(f"{p.location.field}: {p.message}" for p in raised.value.problems)
    assert re.search(expected, text), text
    assert "Phụ lục I" in text
    assert plan.read_bytes() == original
    result = CliRunner().invoke(main, ["import", str(plan), str(workbook)])
    assert result.exit_code == 1 and "Traceback" not in result.output and plan.read_bytes() == original


def test_a_plain_sheet_with_vietnamese_headers_and_a_json_plan(tmp_path):
    data = json.loads(json.dumps(_toml_as_json(SMALL)))
    plan = tmp_path / "small.json"
    plan.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Số liệu"
    sheet.append(["Số liệu các thôn năm 2023"])
    sheet.append(["STT", "Tên thôn", "Số hộ", "Hộ nghèo", "Hộ cận nghèo"])
    sheet.append([1, "xóm một", 100, 5, 2])  # spelled differently: still Xóm Một
    sheet.append([2, "XÓM HAI", 50, 2, 1])
    path = tmp_path / "plain.xlsx"
    book.save(path)
    changes = import_workbook(plan, path)
    assert [(c.hamlet, c.figure, c.before, c.after) for c in changes] == [("Xóm Một", "poor", 4, 5)]
    written = json.loads(plan.read_text(encoding="utf-8"))
    assert list(written) == list(data) and written["hamlets"][0]["poor"] == 5


def _toml_as_json(path: Path) -> dict:
    import tomllib

    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    return json.loads(json.dumps(raw, default=str))
