"""Figures of the appendix tables in ``docgen check``: a plan typed by hand (python-docx) whose tables do not
add up, and the document docgen builds, whose tables do."""

from __future__ import annotations

import pytest

from docgen.build import build
from docgen.check import check_docx
from docgen.check.report import format_text
from tests import tables_builder as tb
from tests.check.helpers import BODY_TEXT, make_docx, only
from tests.conftest import PLAN_2022

POOR = {"headers": tb.POOR_HEADERS, "rows": tb.POOR_ROWS, "total": tb.POOR_TOTAL}
NEAR = {"headers": tb.NEAR_HEADERS, "rows": tb.NEAR_ROWS, "total": tb.NEAR_TOTAL, "group": "Hộ cận nghèo năm 2023"}
TEN = tuple((kind, text.replace("giảm 06 hộ nghèo", "giảm 10 hộ nghèo")) for kind, text in BODY_TEXT)


def figures(data: bytes):
    return [f for f in check_docx(data) if f.rule_id.startswith("figure-")]


def test_tables_that_add_up_and_agree_with_the_text_give_no_finding():
    assert check_docx(make_docx(body=TEN, mutate=tb.in_appendices(POOR, NEAR))) == []


def test_hand_typed_plan_with_a_wrong_total_rates_from_the_commune_total_and_a_misspelled_hamlet():
    # the total row counts 34 poor households at the start (the rows add up to 33); each hamlet's year-end rate
    # was divided by the commune's 2.245 households instead of its own; the second table writes "Thôn Tay"
    rows = [(name, households, start, start_rate, new, reduction, end, wrong)
            for (name, households, start, start_rate, new, reduction, end, _), wrong
            in zip(tb.POOR_ROWS, ("0,76", "0,36", "0,00"), strict=True)]
    total = ("Tổng cộng", "2.245", "34", "1,47", "2", "10", "25", "1,11")
    near_rows = [tb.NEAR_ROWS[0], ("Thôn Tay", *tb.NEAR_ROWS[1][1:]), tb.NEAR_ROWS[2]]
    found = figures(make_docx(body=TEN, mutate=tb.in_appendices(
        POOR | {"rows": rows, "total": total}, NEAR | {"rows": near_rows})))
    by_rule = {}
    for finding in found:
        by_rule.setdefault(finding.rule_id, []).append(finding)
    assert set(by_rule) == {"figure-total", "figure-rate", "figure-hamlet-name", "figure-year-end"}, found
    # the wrong start total also makes the total row's year-end disagree with it: 34 − 10 + 2 is not 25
    assert [(f.found, f.expected) for f in by_rule["figure-year-end"]] == [("25", "26 (= 34 − 10 + 2)")]

    (total_finding,) = by_rule["figure-total"]
    assert (total_finding.found, total_finding.expected) == ("34", "33 (cộng 3 dòng)")
    assert "dòng 6 «Tổng cộng», cột 4 «Số hộ nghèo đầu kỳ»" in total_finding.where

    rates = [(f.found, f.expected) for f in by_rule["figure-rate"]]
    assert ("0,76", "1,36 (= 17 ÷ 1.250 × 100)") in rates
    assert ("0,36", "0,82 (= 8 ÷ 980 × 100)") in rates
    # the total row's start rate follows its wrong start count; Bản Mới has no poor household left, so 0,00
    # is right whatever the divisor
    assert ("1,47", "1,51 (= 34 ÷ 2.245 × 100)") in rates and len(rates) == 3

    (name,) = by_rule["figure-hamlet-name"]
    assert name.found == "Thôn Tay" and name.expected.startswith("«Thôn Tây» như ở bảng 3 (Phụ lục I)")
    assert "bảng 4 (Phụ lục II), dòng 4 «Thôn Tay»" in name.where


def test_a_total_alone_wrong():
    total = ("Tổng cộng", "2.246", *tb.POOR_TOTAL[2:])  # the rates still round to the printed ones
    (finding,) = only("figure-total", body=TEN, mutate=tb.in_appendices(POOR | {"total": total}, NEAR))
    assert (finding.found, finding.expected) == ("2.246", "2.245 (cộng 3 dòng)")


def test_a_rate_alone_wrong():
    rows = [(*tb.POOR_ROWS[0][:-1], "1,63"), *tb.POOR_ROWS[1:]]
    (finding,) = only("figure-rate", body=TEN, mutate=tb.in_appendices(POOR | {"rows": rows}, NEAR))
    assert (finding.found, finding.expected) == ("1,63", "1,36 (= 17 ÷ 1.250 × 100)")


def test_a_hamlet_alone_misspelled():
    near_rows = [("Thon Dong", *tb.NEAR_ROWS[0][1:]), *tb.NEAR_ROWS[1:]]
    (finding,) = only("figure-hamlet-name", body=TEN, mutate=tb.in_appendices(POOR, NEAR | {"rows": near_rows}))
    assert finding.found == "Thon Dong" and finding.expected.startswith("«Thôn Đông»")


def test_year_end_that_is_not_start_minus_reduction_plus_new():
    rows = [tb.POOR_ROWS[0], ("Thôn Tây", "980", "12", "1,22", "", "4", "9", "0,92"), tb.POOR_ROWS[2]]
    total = ("Tổng cộng", "2.245", "33", "1,47", "2", "10", "26", "1,16")
    found = only("figure-year-end", body=TEN, mutate=tb.in_appendices(POOR | {"rows": rows, "total": total}, NEAR))
    assert [(f.rule_id, f.found, f.expected) for f in found] == [
        ("figure-year-end", "9", "8 (= 12 − 4 + 0)"), ("figure-year-end", "26", "25 (= 33 − 10 + 2)")]
    assert "dòng 4 «Thôn Tây», cột 8 «Hộ nghèo cuối kỳ»" in found[0].where
    assert "dòng 6 «Tổng cộng», cột 8 «Hộ nghèo cuối kỳ»" in found[1].where


def test_targets_stated_in_the_body_against_the_tables_totals():
    body = tuple((kind, text.replace("giảm 06 hộ nghèo", "giảm 10 hộ nghèo và 04 hộ cận nghèo"))
                 for kind, text in BODY_TEXT)
    (finding,) = only("figure-target", body=body, mutate=tb.in_appendices(POOR, NEAR))
    assert finding.rule_id == "figure-target" and finding.found == "giảm 04 hộ cận nghèo"
    assert finding.expected.startswith("03 hộ cận nghèo (tổng số giảm ở bảng 4 (Phụ lục II), dòng 6 «Cộng»")
    assert "Phấn đấu giảm 10 hộ" in finding.where


def test_a_table_that_cannot_be_understood_gives_one_warning_and_no_error():
    odd = ["TT", "Tên thôn", "Tổng số hộ", "Cột A", "Cột B", "Cột C", "Cột D", "Cột E", "Cột F"]
    rows = [(name, "1.250", "x", "?", "", "5", "17", "1,36") for name, *_ in tb.POOR_ROWS]
    total = ("Tổng cộng", "3.750", "", "", "", "15", "51", "4,08")  # what can be added adds up
    found = only("figure-tables-unreadable", body=TEN, mutate=tb.in_appendices(
        POOR | {"headers": odd, "rows": rows, "total": total, "group": "Hộ nghèo"}, NEAR))
    assert [(f.rule_id, f.severity) for f in found] == [("figure-tables-unreadable", "warning")]
    assert "bảng 3 (Phụ lục I)" in found[0].found and "không được kiểm tra" in found[0].found


@pytest.fixture(scope="module")
def built_2022():
    return build(PLAN_2022)


def test_the_document_docgen_builds_from_the_2022_plan_has_no_figure_finding(built_2022):
    assert figures(built_2022.docx) == []


def test_the_report_names_no_decree_for_figures():
    data = make_docx(mutate=tb.in_appendices(POOR, NEAR))
    text = format_text({"kh.docx": check_docx(data)})
    assert "Cần: 10 hộ nghèo (tổng số giảm ở bảng 3 (Phụ lục I)" in text
    assert "(figure-target; số liệu của bảng phụ lục)" in text


def test_a_reports_assessment_that_does_not_follow_its_target_and_result():
    # a Báo cáo's result table (issue 17): the plan's target beside the result, «Đánh giá» in words
    headers = ["TT", "Tên thôn", "Tổng số hộ", "Số hộ nghèo đầu năm", "Chỉ tiêu kế hoạch", "Thực hiện giảm",
               "Phát sinh mới", "Số hộ nghèo cuối năm", "Tỷ lệ % cuối năm", "Đánh giá"]
    rows = [("Thôn Đông", "1.250", "20", "5", "6", "2", "16", "1,28", "Đạt"),
            ("Thôn Tây", "980", "12", "4", "3", "0", "9", "0,92", "Đạt"),  # 3 for a target of 4
            ("Bản Mới", "15", "1", "1", "1", "0", "0", "0,00", "Đạt")]
    total = ("Cộng", "2.245", "33", "10", "10", "2", "25", "1,11", "2/3 đạt")
    report = {"headers": headers, "rows": rows, "total": total, "group": None}
    (finding,) = only("figure-assessment", body=TEN, mutate=tb.in_appendices(report, NEAR))
    assert (finding.found, finding.expected) == ("Đạt", "Không đạt (thực hiện giảm 3, chỉ tiêu 4)")
    assert "«Thôn Tây»" in finding.where
