"""Workbooks are read in bounded memory and time whatever dimension they declare (issue 20): one value at
XFD1048576 made openpyxl create every cell up to it. A value that far is refused naming the file and the
cell; a malformed workbook and a formula without its saved result are refused in words, never a traceback."""

from __future__ import annotations

import io
import shutil
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from docgen.build import build
from docgen.cli import main
from docgen.tables.xlsx import tables_workbook
from docgen.web.app import create_app
from tests.conftest import SMALL

MEMORY_BOUND = 64 * 2**20


def _small_workbook(tmp_path: Path) -> tuple[Path, Path]:
    plan = tmp_path / "small.toml"
    shutil.copy(SMALL, plan)
    built = build(plan)
    path = tmp_path / "small.xlsx"
    path.write_bytes(tables_workbook(built.plan, built.results))
    return plan, path


def _far_cell(tmp_path: Path) -> tuple[Path, Path]:
    """docgen's own workbook of the small plan with one value typed at XFD1048576: a few KB."""
    plan, path = _small_workbook(tmp_path)
    book = openpyxl.load_workbook(path)
    book["Phụ lục I"]["XFD1048576"] = 1
    far = tmp_path / "far.xlsx"
    book.save(far)
    assert far.stat().st_size < 16_000
    with zipfile.ZipFile(far) as archive:  # it declares the whole sheet
        assert b'ref="A1:XFD1048576"' in archive.read("xl/worksheets/sheet1.xml")
    return plan, far


def _measured(args: list[str]):
    tracemalloc.start()
    try:
        return CliRunner().invoke(main, args), tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_import_of_a_far_cell_is_refused_naming_the_cell_in_bounded_memory(tmp_path):
    plan, far = _far_cell(tmp_path)
    before = plan.read_bytes()
    result, peak = _measured(["import", str(plan), str(far)])
    assert result.exit_code == 1 and "Traceback" not in result.output, result.output
    assert str(far) in result.output and "ô XFD1048576" in result.output and "Phụ lục I" in result.output
    assert peak < MEMORY_BOUND
    assert plan.read_bytes() == before


def test_diff_of_a_far_cell_exits_2_in_bounded_memory(tmp_path):
    _, good = _small_workbook(tmp_path)
    _, far = _far_cell(tmp_path)
    result, peak = _measured(["diff", str(good), str(far)])
    assert result.exit_code == 2 and "Traceback" not in result.output, result.output
    assert "ô XFD1048576" in result.output
    assert peak < MEMORY_BOUND


def test_web_comparison_of_a_far_cell_is_refused_without_the_server_temporary_file(project, tmp_path):
    _, good = _small_workbook(tmp_path)
    _, far = _far_cell(tmp_path)
    client = create_app(project, token="t").test_client()
    tracemalloc.start()
    try:
        response = client.post("/review/diff", data={
            "token": "t", "a": (io.BytesIO(good.read_bytes()), "truoc.xlsx"),
            "b": (io.BytesIO(far.read_bytes()), "sau.xlsx")}, content_type="multipart/form-data")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    page = response.get_data(as_text=True)
    assert response.status_code == 422 and "XFD1048576" in page and "sau.xlsx" in page
    assert "docgen-diff-" not in page  # the server's private temporary folder is never named
    assert peak < MEMORY_BOUND


def test_values_near_the_table_are_still_read(tmp_path):
    """A note typed two columns right of the table changes nothing: within bounds, not a figure column."""
    plan, path = _small_workbook(tmp_path)
    book = openpyxl.load_workbook(path)
    book["Phụ lục I"]["Z40"] = "ghi chú"
    book.save(path)
    result = CliRunner().invoke(main, ["import", str(plan), str(path), "--dry-run"])
    assert result.exit_code == 0, result.output


def test_a_formula_without_a_saved_result_is_refused_not_read_as_0(tmp_path):
    plan, path = _small_workbook(tmp_path)
    book = openpyxl.load_workbook(path)
    book["Phụ lục I"]["F3"] = "=D3-1"  # openpyxl saves the formula alone, as any program but Excel would
    book.save(path)
    before = plan.read_bytes()
    result = CliRunner().invoke(main, ["import", str(plan), str(path)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "ô F3" in result.output and "công thức nhưng chưa có kết quả" in result.output
    assert plan.read_bytes() == before


def _malformed(tmp_path: Path) -> Path:
    _, path = _small_workbook(tmp_path)
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"][:300]  # cut in the middle of a tag
    bad = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(bad, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return bad


@pytest.mark.parametrize("command", ["import", "diff"])
def test_a_malformed_workbook_is_refused_in_words(tmp_path, command):
    bad = _malformed(tmp_path)
    other = str(tmp_path / "small.toml") if command == "import" else str(tmp_path / "small.xlsx")
    result = CliRunner().invoke(main, [command, other, str(bad)])
    assert result.exit_code == (1 if command == "import" else 2), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Không mở được tệp này như một bảng tính Excel" in result.output and "bad.xlsx" in result.output
