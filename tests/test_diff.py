"""docgen diff: a plan, its document, its Excel tables and a clerk's retyped copy compared as a reviewer
compares them."""

from __future__ import annotations

import json
import tomllib
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from docgen.build import build
from docgen.cli import main
from docgen.diff import diff_files
from docgen.diff.sources import load_source
from docgen.diff.text import marked, normalise
from docgen.tables.xlsx import tables_workbook
from tests.check.builder import make_docx
from tests.conftest import SMALL
from tests.retype import retype


@pytest.fixture(scope="module")
def built():
    return build(SMALL)


@pytest.fixture
def files(tmp_path: Path, built) -> dict[str, Path]:
    paths = {"docx": tmp_path / "small.docx", "xlsx": tmp_path / "small.xlsx", "typed": tmp_path / "typed.docx"}
    paths["docx"].write_bytes(built.docx)
    paths["xlsx"].write_bytes(tables_workbook(built.plan, built.results))
    paths["typed"].write_bytes(retype(built.docx))
    return paths


# What the small plan's document says, worked out by hand from tests/data/small.toml (not read by docgen):
# 3 poor households reduced over capacities 3 and 2 → 2 and 1; Xóm Hai states its near-poor reduction of 1.
SMALL_TABLES = {
    "Phụ lục I": [("Xóm Một", {"order": 1, "households": 100, "poor": 4, "poor_without_labour": 1, "poor_reduction": 2,
                              "poor_end": 2, "poor_rate": Decimal("2.00")}),
                  ("Xóm Hai", {"order": 2, "households": 50, "poor": 2, "poor_without_labour": 0, "poor_reduction": 1,
                              "poor_end": 1, "poor_rate": Decimal("2.00")})],
    "Phụ lục II": [("Xóm Một", {"order": 1, "households": 100, "near_poor": 2, "near_poor_reduction": 0,
                               "near_poor_end": 2, "near_poor_rate": Decimal("2.00")}),
                   ("Xóm Hai", {"order": 2, "households": 50, "near_poor": 1, "near_poor_reduction": 1,
                               "near_poor_end": 0, "near_poor_rate": Decimal("0.00")})],
}


def _tables(source) -> dict:
    return {t.label: [(r.name, {k: v.number for k, v in r.values.items()}) for r in t.rows]
            for t in source.tables.tables}


def test_what_the_comparison_reads_from_a_plan_and_its_files_is_what_the_plan_says(files):
    # a plan is built and read back through the same reader as its document, so "no difference" between them
    # alone proves nothing: each side must hold what the plan file itself says
    plan = tomllib.loads(SMALL.read_text(encoding="utf-8"))
    for side in (load_source(SMALL), load_source(files["docx"]), load_source(files["typed"])):
        assert _tables(side) == SMALL_TABLES, side.name
        assert [*plan["bases"][:1], plan["intro"][0]] == [p for p in side.paragraphs
                                                          if p in (plan["bases"][0], plan["intro"][0])]
        assert side.fields["number"] == "Số: 07/KH-UBND" and side.fields["summary"] == "Giảm nghèo năm 2023"
        assert side.fields["signer"] == plan["signature"]["name"]
    assert {label: [(n, {k: v for k, v in f.items() if k != "order"}) for n, f in rows]
            for label, rows in _tables(load_source(files["xlsx"])).items()} == {
        label: [(n, {k: v for k, v in f.items() if k != "order"}) for n, f in rows]
        for label, rows in SMALL_TABLES.items()}


def test_plan_against_its_own_document_and_workbook_agree(files):
    for other in ("docx", "xlsx", "typed"):
        report = diff_files(SMALL, files[other])
        assert not report.differs, (other, report)
    assert diff_files(files["xlsx"], files["docx"]).figures == []


def test_retyped_copy_shows_the_changed_sentence_and_figure_and_nothing_else(tmp_path, built):
    def clerk(text: str) -> str:  # the clerk rewrites one sentence, and Xóm Hai's households 50 → 52
        return "52" if text == "50" else text.replace("Ý thứ nhất", "Ý thứ nhất, sửa lại")

    typed = tmp_path / "typed.docx"
    typed.write_bytes(retype(built.docx, clerk))
    report = diff_files(SMALL, typed)
    assert report.fields == []
    assert [(p.kind, p.marked) for p in report.paragraphs] == [("changed", "Ý thứ [-nhất-] {+nhất, sửa lại+}")]
    figures = {(f.appendix, f.hamlet, f.figure, f.before, f.after) for f in report.figures}
    assert figures == {("Phụ lục I", "Xóm Hai", "households", "50", "52"),
                       ("Phụ lục II", "Xóm Hai", "households", "50", "52")}


def test_a_hamlet_spelled_differently_is_a_name_difference_not_a_new_hamlet(tmp_path, built):
    typed = tmp_path / "typed.docx"
    typed.write_bytes(retype(built.docx, lambda text: "Mot" if text == "Xóm Một" else text))
    report = diff_files(SMALL, typed)
    assert {(f.kind, f.before, f.after) for f in report.figures} == {("name", "Xóm Một", "Mot")}


def test_a_removed_paragraph_and_a_changed_header_field(tmp_path, built):
    typed = tmp_path / "typed.docx"
    typed.write_bytes(retype(built.docx,
                             lambda t: "" if t.endswith("Điểm c") else t.replace("Nguyễn Văn A", "Trần Văn B")))
    report = diff_files(SMALL, typed)
    assert [(p.kind, p.before) for p in report.paragraphs] == [("removed", "Điểm c")]
    assert [(f.field, f.before, f.after) for f in report.fields] == [("signer", "Nguyễn Văn A", "Trần Văn B")]


def test_a_hand_typed_top_block_reports_a_changed_number_once(tmp_path):
    old, new = tmp_path / "a.docx", tmp_path / "b.docx"
    old.write_bytes(make_docx())
    new.write_bytes(make_docx(number="Số: 86/KH-UBND"))
    report = diff_files(old, new)
    assert [(f.field, f.before, f.after) for f in report.fields] == [("number", "Số: 85/KH-UBND", "Số: 86/KH-UBND")]
    assert report.paragraphs == [] and report.figures == []


def test_numbering_and_spacing_are_not_differences():
    assert normalise("1.  Mục   đích") == normalise("Mục đích") == normalise("a) Mục đích") == "Mục đích"
    assert normalise("II. Nội dung") == normalise("- Nội dung")
    assert marked("giảm 06 hộ nghèo", "giảm 07 hộ nghèo") == "giảm [-06-] {+07+} hộ nghèo"
    assert normalise("1) Mục đích") == normalise("3.1 Mục đích") == normalise("1.2.3. Mục đích") == "Mục đích"
    # only the leading numbering goes: a point's letter typed after its khoản number is the text's own
    assert normalise("1. a) Rà soát") == "a) Rà soát"


def test_a_paragraph_starting_with_a_figure_reports_the_changed_figure(tmp_path, built):
    """"15 hộ nghèo" is no numbering "15": a changed figure at the start of a paragraph is a difference."""
    for before, after, mark in [("15 hộ", "16 hộ", "[-15-] {+16+} hộ"),
                                ("1.500 hộ", "1.600 hộ", "[-1.500-] {+1.600+} hộ")]:
        old, new = tmp_path / "old.docx", tmp_path / "new.docx"
        old.write_bytes(retype(built.docx, lambda t, s=before: t.replace("Điểm b", s)))
        new.write_bytes(retype(built.docx, lambda t, s=after: t.replace("Điểm b", s)))
        report = diff_files(old, new)
        assert [p.marked for p in report.paragraphs] == [mark]


def test_cli_exit_codes_json_and_folders(tmp_path, files, built):
    runner = CliRunner()
    same = runner.invoke(main, ["diff", str(SMALL), str(files["docx"])])
    assert same.exit_code == 0 and "Không có khác biệt" in same.output
    (tmp_path / "old").mkdir(), (tmp_path / "new").mkdir()
    (tmp_path / "old" / "xa.docx").write_bytes(built.docx)
    (tmp_path / "new" / "xa.docx").write_bytes(retype(built.docx, lambda t: t.replace("Điểm b", "Điểm bê")))
    differ = runner.invoke(main, ["diff", str(tmp_path / "old"), str(tmp_path / "new"), "--format", "json"])
    assert differ.exit_code == 1
    data = json.loads(differ.stdout)
    assert [r["differs"] for r in data] == [True]
    assert data[0]["paragraphs"][0]["marked"] == "Điểm [-b-] {+bê+}"
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    unreadable = runner.invoke(main, ["diff", str(SMALL), str(broken)])
    assert unreadable.exit_code == 2
    assert "broken.docx" in unreadable.output and "Traceback" not in unreadable.output


def test_a_space_typed_inside_the_symbol_is_spacing():
    from docgen.diff.report import _field_value

    assert _field_value("number", "Số:      /HD- MTTQ-BTT") == _field_value("number", "Số: /HD-MTTQ-BTT")
    assert _field_value("number", "Số: 12/KH-UBND") != _field_value("number", "Số: 13/KH-UBND")
