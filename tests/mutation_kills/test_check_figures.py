"""check/rules/figures.py, what tests/check/test_figures.py does not reach: a report's «n/m đạt» total, a rate
printed with fewer decimals (both roundings accepted, the half-up one asked for), targets compared with the sum
of the rows when the table has no total row, a target «theo kế hoạch» in a report, and a body the checker could
not locate. Each test checks a hand-typed document and asserts the finding a clerk reads."""

from __future__ import annotations

from docgen.check import check_docx
from tests import tables_builder as tb
from tests.check.helpers import make_docx
from tests.check.test_figures import NEAR, POOR, TEN

HEADERS = ["TT", "Tên thôn", "Tổng số hộ", "Số hộ nghèo đầu năm", "Chỉ tiêu kế hoạch", "Thực hiện giảm",
           "Phát sinh mới", "Số hộ nghèo cuối năm", "Tỷ lệ % cuối năm", "Đánh giá"]


def _findings(data: bytes) -> list[tuple[str, str, str, str]]:
    return [(f.rule_id, f.where, f.found, f.expected) for f in check_docx(data) if f.rule_id.startswith("figure-")]


def _report(said: tuple[str, str, str], total: str) -> bytes:
    rows = [("Thôn Đông", "1.250", "20", "5", "6", "2", "16", "1,28", said[0]),
            ("Thôn Tây", "980", "12", "4", "3", "0", "9", "0,92", said[1]),  # 3 for a target of 4
            ("Bản Mới", "15", "1", "1", "1", "0", "0", "0,00", said[2])]
    total_row = ("Cộng", "2.245", "33", "10", "10", "2", "25", "1,11", total)
    report = {"headers": HEADERS, "rows": rows, "total": total_row, "group": None}
    return make_docx(body=TEN, mutate=tb.in_appendices(report, NEAR))


def test_a_reports_total_of_hamlets_reached_is_judged_when_every_row_is():
    said = ("Đạt", "Không đạt", "Đạt")
    assert _findings(_report(said, "2/3 đạt")) == []
    assert _findings(_report(said, "2 / 3 xóm đạt")) == []
    (finding,) = _findings(_report(said, "3/3 đạt"))
    assert finding[0] == "figure-assessment" and finding[2:] == ("3/3 đạt", "2/3 đạt (2 trong 3 xóm đạt)")
    assert "«Cộng»" in finding[1] and "cột 10 «Đánh giá»" in finding[1]
    # a row whose assessment is in other words is not judged, nor then is the total; nor a total in other words
    assert _findings(_report(("Đạt", "Tốt", "Đạt"), "3/3 đạt")) == []
    assert _findings(_report(said, "Hoàn thành")) == []


def _with_bản_mới(households: str, start_rate: str) -> bytes:
    rows = [*tb.POOR_ROWS[:2], ("Bản Mới", households, "1", start_rate, "0", "1", "0", "0,00")]
    total = ("Tổng cộng", "2.246", "33", "1,47", "2", "10", "25", "1,11")
    return make_docx(body=TEN, mutate=tb.in_appendices(POOR | {"rows": rows, "total": total}, NEAR))


def test_a_rate_halfway_between_two_printed_values_may_be_rounded_either_way():
    # 1 ÷ 16 × 100 = 6,25: with one decimal 6,2 (half to even) and 6,3 (half up) are both right
    assert _findings(_with_bản_mới("16", "6,2")) == []
    assert _findings(_with_bản_mới("16", "6,3")) == []
    (finding,) = _findings(_with_bản_mới("16", "6,4"))
    assert finding[0] == "figure-rate" and finding[2:] == ("6,4", "6,3 (= 1 ÷ 16 × 100)")
    assert _findings(_with_bản_mới("16", "6")) == []  # no decimal: 6,25 rounds to 6 either way
    (finding,) = _findings(_with_bản_mới("16", "7"))
    assert finding[2:] == ("7", "6 (= 1 ÷ 16 × 100)")


def _without_total(reduction: str = "1", body=TEN) -> bytes:
    rows = [*tb.POOR_ROWS[:2], ("Bản Mới", "15", "1", "6,67", "0", reduction, "0", "0,00")]
    return make_docx(body=body, mutate=tb.in_appendices(POOR | {"rows": rows, "total": None}, NEAR))


def test_a_target_is_compared_with_the_rows_sum_when_the_table_has_no_total_row():
    assert _findings(_without_total()) == []
    body = tuple((kind, text.replace("giảm 10 hộ nghèo", "giảm 12 hộ nghèo")) for kind, text in TEN)
    (finding,) = _findings(_without_total(body=body))
    assert finding[0] == "figure-target"
    assert finding[2:] == ("giảm 12 hộ nghèo", "10 hộ nghèo (tổng số giảm ở bảng 3 (Phụ lục I))")
    found = _findings(_without_total("?", body=body))  # a reduction that is not a number: nothing is summed
    assert [f[0] for f in found] == ["figure-tables-unreadable"], found
    assert "chỉ tiêu «giảm 12 hộ nghèo» nêu trong nội dung" in found[0][2]
