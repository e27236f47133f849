"""Drafts as clerks make them: number and date left blank, a boxed "DỰ THẢO" on page 1, and a checker that
reports the blanks as not yet filled in (warnings), never as errors of form."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from docgen.check import check_docx
from docgen.cli import main
from tests.conftest import SMALL
from tests.readback import body_texts, cell_lines, open_docx

SMALL_TEXT = SMALL.read_text(encoding="utf-8")
UNDATED = SMALL_TEXT.replace("number = 7\n", "").replace("date = 2023-02-03\n", "")


def _build(project: Path, text: str, *options: str):
    (project / "plans" / "plan.toml").write_text(text, encoding="utf-8")
    return CliRunner().invoke(main, ["build", "plans/plan.toml", *options])


def _first_page_header_texts(document) -> list[str]:
    section = document.sections[0]
    assert section.different_first_page_header_footer
    return [p.text for p in section.first_page_header.paragraphs if p.text.strip()]


def _mark_is_boxed(document) -> bool:
    mark = next(p for p in document.sections[0].first_page_header.paragraphs if p.text == "DỰ THẢO")
    borders = mark._p.pPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pBdr")
    return borders is not None and len(borders) == 4 and mark.runs and mark.style.font.bold


def test_an_undated_draft_prints_the_blank_date_everywhere_and_is_marked(project):
    result = _build(project, UNDATED)
    assert result.exit_code == 0, result.output
    assert "DỰ THẢO" in result.output
    document = open_docx(project / "output" / "kh-du-thao-hoa-binh-2023.docx")
    assert cell_lines(document.tables[0].cell(1, 1)) == ["Hòa Bình, ngày … tháng … năm …"]
    references = [t for t in body_texts(document) if t.startswith("(Kèm theo")]
    assert len(references) == 2 and all("số      /KH-UBND ngày … tháng … năm … của" in t for t in references)
    assert _first_page_header_texts(document) == ["DỰ THẢO"] and _mark_is_boxed(document)


def test_the_checker_reports_a_drafts_blanks_as_warnings_only(project):
    assert _build(project, UNDATED).exit_code == 0
    findings = check_docx(project / "output" / "kh-du-thao-hoa-binh-2023.docx")
    assert {(f.rule_id, f.severity) for f in findings} == {("number-blank", "warning"), ("date-blank", "warning")}


def test_a_dated_draft_without_a_number_is_marked_too(project):
    assert _build(project, SMALL_TEXT.replace("number = 7\n", "")).exit_code == 0
    document = open_docx(project / "output" / "kh-du-thao-hoa-binh-2023.docx")
    assert _first_page_header_texts(document) == ["DỰ THẢO"]
    assert cell_lines(document.tables[0].cell(1, 1)) == ["Hòa Bình, ngày 03 tháng 02 năm 2023"]


def test_draft_option_marks_a_numbered_plan_and_never_replaces_the_issued_file(project):
    assert _build(project, SMALL_TEXT).exit_code == 0
    issued = project / "output" / "kh-07-hoa-binh-2023.docx"
    before = issued.read_bytes()
    result = _build(project, SMALL_TEXT, "--draft")
    assert result.exit_code == 0, result.output
    draft = open_docx(project / "output" / "kh-du-thao-hoa-binh-2023.docx")
    assert _first_page_header_texts(draft) == ["DỰ THẢO"]
    assert cell_lines(draft.tables[0].cell(1, 0)) == ["Số: 07/KH-UBND"]
    assert issued.read_bytes() == before
    assert _first_page_header_texts(open_docx(before)) == []


@pytest.mark.parametrize("text", [SMALL_TEXT, UNDATED])
def test_a_draft_rebuilds_to_the_same_bytes_on_another_day(project, text, move_clock):
    move_clock(0, "UTC")
    assert _build(project, text).exit_code == 0
    written = next((project / "output").glob("*.docx"))
    first = written.read_bytes()
    move_clock(400 * 86400 + 3600, "Asia/Ho_Chi_Minh")
    assert _build(project, text).exit_code == 0
    assert written.read_bytes() == first


def test_the_draft_mark_is_on_page_one_only_not_repeated_stretched_on_the_landscape_appendices():
    import io

    import docx

    from docgen.build import build
    from tests.conftest import PLAN_2022

    document = docx.Document(io.BytesIO(build(PLAN_2022, draft=True).docx))
    first_headers = [[p.text for p in s.first_page_header.paragraphs] for s in document.sections]
    assert "DỰ THẢO" in first_headers[0]
    assert all("DỰ THẢO" not in texts for texts in first_headers[1:]) and len(first_headers) == 3


def test_a_draft_prints_the_month_and_year_it_already_writes(project):
    text = UNDATED.replace('[document]\n', '[document]\ndraft_month = 2\ndraft_year = 2023\n')
    result = _build(project, text)
    assert result.exit_code == 0, result.output
    document = open_docx(project / "output" / "kh-du-thao-hoa-binh-2023.docx")
    assert cell_lines(document.tables[0].cell(1, 1)) == ["Hòa Bình, ngày … tháng 02 năm 2023"]
    references = [t for t in body_texts(document) if t.startswith("(Kèm theo")]
    assert references and all("ngày … tháng 02 năm 2023 của" in t for t in references)


def test_a_drafts_month_with_a_date_or_without_its_year_is_said(project):
    dated = SMALL_TEXT.replace('[document]\n', '[document]\ndraft_year = 2023\n')
    result = _build(project, dated)
    assert result.exit_code != 0 and "draft_year" in result.output and "Traceback" not in result.output
    result = _build(project, UNDATED.replace('[document]\n', '[document]\ndraft_month = 2\n'))
    assert result.exit_code != 0 and "phải ghi cả năm (draft_year)" in result.output
