"""tables/importer.py, what tests/test_import.py does not reach: reductions typed in the sheet (each hamlet's and
the commune target written), a figure changed in one sheet only, a missing hamlet row, a workbook without a
table, missing columns, and counts the target no longer fits. Each test imports a workbook into a copy of the
small plan and asserts the changes listed, the plan file written, or the message naming the sheet."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import openpyxl
import pytest

from docgen.build import build
from docgen.errors import DocgenError
from docgen.tables.importer import import_workbook
from docgen.tables.xlsx import tables_workbook
from tests.conftest import SMALL
from tests.readback import open_docx, table_texts


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


def _edit(path: Path, sheet: str, **cells) -> None:
    book = openpyxl.load_workbook(path)
    for address, value in cells.items():
        book[sheet][address] = value
    book.save(path)


def _changes(plan: Path, workbook: Path) -> list[tuple]:
    return [(c.hamlet, c.figure, c.before, c.after) for c in import_workbook(plan, workbook)]


def _problems(plan: Path, workbook: Path) -> list[tuple[str, str]]:
    original = plan.read_bytes()
    with pytest.raises(DocgenError) as raised:
        import_workbook(plan, workbook)
    assert plan.read_bytes() == original
    return [(p.location.field, p.message) for p in raised.value.problems]


def _plan(plan: Path) -> dict:
    return tomllib.loads(plan.read_text(encoding="utf-8"))


def test_a_reduction_typed_in_the_sheet_is_written_for_every_hamlet_and_the_target_follows(plan, workbook):
    _edit(workbook, "Phụ lục I", F3=3)  # Xóm Một's planned poor reduction: 2 → 3
    assert _changes(plan, workbook) == [("Xóm Một", "poor_reduction", 2, 3), ("", "poor_reduction", 3, 4)]
    data = _plan(plan)
    assert data["targets"] == {"year": 2023, "poor_reduction": 4, "near_poor_reduction": 1}
    assert [h.get("poor_reduction") for h in data["hamlets"]] == [3, 1]  # Xóm Hai's allocated 1 is stated too
    assert [h.get("near_poor_reduction") for h in data["hamlets"]] == [None, 1]  # the other group is untouched
    table = table_texts(open_docx(build(plan).docx).tables[-2])
    assert [row[5] for row in table[-3:]] == ["3", "1", "4"]


def test_reductions_moved_between_hamlets_keep_the_target(plan, workbook):
    _edit(workbook, "Phụ lục II", E3=1, E4=0)
    assert _changes(plan, workbook) == [("Xóm Một", "near_poor_reduction", 0, 1),
                                        ("Xóm Hai", "near_poor_reduction", 1, 0)]
    data = _plan(plan)
    assert data["targets"]["near_poor_reduction"] == 1
    assert [h.get("near_poor_reduction") for h in data["hamlets"]] == [1, 0]


@pytest.mark.parametrize("sheets", [("Phụ lục I",), ("Phụ lục II",), ("Phụ lục I", "Phụ lục II")])
def test_a_figure_changed_in_one_sheet_or_alike_in_both_is_taken(plan, workbook, sheets):
    for sheet in sheets:
        _edit(workbook, sheet, C3=101)
    assert _changes(plan, workbook) == [("Xóm Một", "households", 100, 101)]
    assert [h["households"] for h in _plan(plan)["hamlets"]] == [101, 50]


def test_a_hamlet_missing_from_a_sheet_is_named(plan, workbook):
    book = openpyxl.load_workbook(workbook)
    book["Phụ lục I"].delete_rows(4)
    book.save(workbook)
    assert _problems(plan, workbook) == [("trang tính «Phụ lục I»", "thiếu xóm Xóm Hai (có trong tệp kế hoạch).")]


def _sheet(path: Path, *rows) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_a_workbook_without_a_table_of_hamlets(plan, tmp_path):
    problems = _problems(plan, _sheet(tmp_path / "ghi-chu.xlsx", ["Ghi chú"]))
    assert problems == [("", "Tệp Excel không có trang tính nào có dòng tiêu đề với cột tên xóm (thôn).")]


def test_missing_columns_are_named(plan, tmp_path):
    no_group = _sheet(tmp_path / "a.xlsx", ["STT", "Tên thôn", "Số hộ"], [1, "Xóm Một", 100], [2, "Xóm Hai", 50])
    assert _problems(plan, no_group) == [
        ("trang tính «Sheet»", "không có cột «hộ cận nghèo sau rà soát đầu kỳ (cuối năm trước)»."),
        ("trang tính «Sheet»", "không có cột «hộ nghèo sau rà soát đầu kỳ (cuối năm trước)».")]
    no_households = _sheet(tmp_path / "b.xlsx", ["STT", "Tên thôn", "Hộ cận nghèo"], [1, "Xóm Một", 2],
                           [2, "Xóm Hai", 1])
    assert _problems(plan, no_households) == [("trang tính «Sheet»", "không có cột «tổng số hộ».")]


def test_counts_the_target_no_longer_fits_are_refused_at_the_target(plan, workbook):
    _edit(workbook, "Phụ lục I", D3=1, D4=0)  # 1 poor household, without labour, and none: nothing to reduce
    assert _problems(plan, workbook) == [("targets.poor_reduction", "Chỉ tiêu giảm hộ nghèo của xã (3) lớn hơn số hộ "
                                          "nghèo còn khả năng lao động có thể phân bổ (0).")]


def test_a_column_of_zeros_for_a_figure_the_plan_does_not_state_changes_nothing(plan, tmp_path):
    sheet = _sheet(tmp_path / "moi.xlsx", ["STT", "Tên thôn", "Số hộ", "Hộ nghèo", "Hộ cận nghèo",
                                           "Hộ nghèo phát sinh mới"], [1, "Xóm Một", 100, 4, 2, 0],
                   [2, "Xóm Hai", 50, 2, 1, 0])
    original = plan.read_bytes()
    assert _changes(plan, sheet) == []
    assert plan.read_bytes() == original


def test_a_plan_without_a_stated_target_keeps_it_unstated(plan, workbook):
    text = plan.read_text(encoding="utf-8").replace("poor_reduction = 3\n", "", 1)
    text = text.replace('name = "Xóm Một"\n', 'name = "Xóm Một"\npoor_reduction = 2\n', 1)
    text = text.replace('name = "Xóm Hai"\n', 'name = "Xóm Hai"\npoor_reduction = 1\n', 1)
    plan.write_text(text, encoding="utf-8")
    _edit(workbook, "Phụ lục I", F3=3)
    assert _changes(plan, workbook) == [("Xóm Một", "poor_reduction", 2, 3)]
    data = _plan(plan)
    assert "poor_reduction" not in data["targets"]
    assert [h.get("poor_reduction") for h in data["hamlets"]] == [3, 1]
