"""Issue 17: ``docgen check`` reads a Báo cáo's result tables, the ones docgen builds and the ones a clerk types:
the plan's target («Chỉ tiêu kế hoạch») beside the result («Thực hiện giảm»), and «Đánh giá» as words. Their
totals are judged, «Đạt» / «Không đạt» against target and result; the decision, submission and letter made
from the 2022 plan give no warning but that they are drafts."""

from __future__ import annotations

import pytest

from docgen.build import build
from docgen.check import check_docx
from docgen.kinds.report import Line, of_target
from docgen.read.table_columns import recognise, settle
from docgen.read.tables import tables_of_docx
from tests import tables_builder as tb
from tests.conftest import ROOT

REPORT = ROOT / "plans" / "vi-du-bao-cao-2022.toml"
DRAFT_ONLY = {"number-blank", "date-blank"}  # an example is a draft: no number, no date yet
HEADERS = ["TT", "Tên thôn", "Tổng số hộ", "Số hộ nghèo đầu năm", "Chỉ tiêu kế hoạch", "Thực hiện giảm",
           "Phát sinh mới", "Số hộ nghèo cuối năm", "Tỷ lệ % cuối năm", "Đánh giá"]
# households, start, target, result, new, end, rate, assessment — consistent figures
ROWS = [("Thôn Đông", "1.250", "20", "5", "6", "2", "16", "1,28", "Đạt"),
        ("Thôn Tây", "980", "12", "4", "3", "0", "9", "0,92", "Không đạt"),
        ("Bản Mới", "15", "1", "1", "1", "0", "0", "0,00", "Đạt")]
TOTAL = ("Cộng", "2.245", "33", "10", "10", "2", "25", "1,11", "2/3 đạt")


def _typed(rows=ROWS, total=TOTAL) -> bytes:
    """A report's result table as a clerk types it in Word (python-docx), under its title."""
    return tb.document({"headers": HEADERS, "rows": rows, "total": total, "group": None},
                       titles=[["KẾT QUẢ GIẢM HỘ NGHÈO NĂM 2022 THEO THÔN"]])


def _figures(data: bytes):
    return [(f.rule_id, f.found, f.expected) for f in check_docx(data) if f.rule_id.startswith("figure-")]


def test_a_reports_columns_are_target_result_and_words_a_plans_target_is_its_reduction():
    report = settle([recognise(h, "", "poor") for h in HEADERS])
    assert [figure for figure, _ in report] == [
        "order", "hamlet", "households", "poor", "poor_target", "poor_reduction", "poor_new", "poor_end",
        "poor_rate", "poor_assessment"]
    plan = settle([recognise(h, "Hộ nghèo năm 2022", "") for h in ("Tên xóm", "Kế hoạch giảm năm 2022",
                                                                    "Hộ nghèo cuối kỳ theo kế hoạch")])
    assert [figure for figure, _ in plan] == ["hamlet", "poor_reduction", "poor_end"]
    guide = settle([recognise(h, "", "") for h in ("Tên xóm", "Chỉ tiêu giảm hộ nghèo", "Chỉ tiêu giảm hộ cận nghèo")])
    assert [figure for figure, _ in guide] == ["hamlet", "poor_reduction", "near_poor_reduction"]
    both = settle([recognise(h, "Giảm hộ nghèo", "") for h in ("Kế hoạch giảm", "Kết quả thực hiện")])
    assert [figure for figure, _ in both] == ["poor_target", "poor_reduction"]


def test_the_report_docgen_builds_is_read_whole_and_its_figures_judged_without_a_finding():
    data = build(REPORT).docx
    poor, near = tables_of_docx(data).tables
    assert poor.figures()[4:6] == ["poor_target", "poor_reduction"] and poor.figures()[-1] == "poor_assessment"
    cuong = next(row for row in poor.rows if row.name == "Xóm Cường")
    assert (cuong.values["poor_target"].number, cuong.values["poor_reduction"].number) == (1, 0)
    assert cuong.values["poor_assessment"].text == "Không đạt"
    assert poor.total is not None and poor.total.values["poor_target"].number == 6
    assert near.figures()[4] == "near_poor_target"
    assert {f.rule_id for f in check_docx(data)} <= DRAFT_ONLY


@pytest.mark.parametrize("kind", ["quyet-dinh", "to-trinh", "cong-van", "thong-bao", "huong-dan", "chuong-trinh"])
def test_the_other_documents_of_the_year_give_no_warning_but_that_they_are_drafts(kind):
    findings = check_docx(build(ROOT / "plans" / f"vi-du-{kind}-2022.toml").docx)
    assert {f.rule_id for f in findings} <= DRAFT_ONLY, [(f.rule_id, f.found) for f in findings]


def test_a_typed_report_that_adds_up_gives_no_finding():
    assert _figures(_typed()) == []


def test_a_typed_reports_wrong_target_total_and_wrong_assessments_are_found():
    rows = [ROWS[0], (*ROWS[1][:-1], "Đạt"), ROWS[2]]  # 3 households out of poverty for a target of 4
    total = (TOTAL[0], TOTAL[1], TOTAL[2], "11", *TOTAL[4:-1], "3/3 đạt")  # the targets add up to 10
    found = _figures(_typed(rows, total))
    assert ("figure-total", "11", "10 (cộng 3 dòng)") in found
    assert ("figure-assessment", "Đạt", "Không đạt (thực hiện giảm 3, chỉ tiêu 4)") in found
    assert ("figure-assessment", "3/3 đạt", "2/3 đạt (2 trong 3 xóm đạt)") in found
    assert len(found) == 3, found


def test_the_result_against_the_target_is_said_in_words():
    assert of_target(Line("", 100, 10, 6, 12, 0)) == "đạt 200% chỉ tiêu kế hoạch (06 hộ)"
    assert of_target(Line("", 100, 10, 6, 5, 0)) == "đạt 83% chỉ tiêu kế hoạch (06 hộ)"
    assert of_target(Line("", 100, 10, 0, 1, 0)) == "kế hoạch không giao chỉ tiêu"


def test_a_target_the_text_says_is_the_plans_is_compared_with_the_target_column():
    rows = [("Thôn Đông", "1.250", "20", "5", "7", "2", "15", "1,20", "Đạt"), *ROWS[1:]]
    total = ("Cộng", "2.245", "33", "10", "11", "2", "24", "1,07", "2/3 đạt")
    text = ["Năm 2022, chỉ tiêu kế hoạch giảm 10 hộ nghèo; toàn xã đã giảm 11 hộ nghèo.",
            "Kế hoạch giảm 09 hộ nghèo."]  # the plan's target stated wrong: 10 in the table
    data = tb.document({"headers": HEADERS, "rows": rows, "total": total, "group": None}, before=text,
                       titles=[["KẾT QUẢ GIẢM HỘ NGHÈO NĂM 2022 THEO THÔN"]])
    found = _figures(data)
    assert [(rule, seen) for rule, seen, _ in found] == [("figure-target", "giảm 09 hộ nghèo")], found
    assert found[0][2].startswith("10 hộ nghèo (tổng chỉ tiêu kế hoạch ở")
