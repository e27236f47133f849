"""``docgen check`` on tables of any columns with a total row (a report's statistics, typed by hand with
python-docx): each column's total, a rate the table defines, headers merged across and down, a total at the
top; a cell that is not a number gives one warning and no judgement over part of a column. Also the hamlet
tables' edge cases: "Tỉ lệ", a hamlet of 0 households, an unreadable reduction."""

from __future__ import annotations

from docgen.check import check_docx
from tests import tables_builder as tb
from tests.check.helpers import BODY_TEXT, make_docx

HEADER = ("STT", "Đơn vị", "Hồ sơ tiếp nhận", "", "Giải quyết đúng hạn", "Tỉ lệ đúng hạn (%)")
ROWS = [("1", "Xã Đức Trọng", "120", "80", "114", "95,0"),
        ("2", "Xã Đơn Dương", "80", "20", "76", "95,0"),
        ("3", "Xã Tà Năng", "0", "0", "0", "0,0")]  # nothing received: nothing to divide by, no rate to judge
TOTAL = ("Tổng cộng", "", "200", "100", "190", "95,0")
TEN = tuple((kind, text.replace("giảm 06 hộ nghèo", "giảm 10 hộ nghèo")) for kind, text in BODY_TEXT)


def _report_table(doc, rows=ROWS, total=TOTAL, top: bool = False):
    """Type the table: STT, Đơn vị, the last two columns merged down over two header rows; "Hồ sơ tiếp nhận"
    merged across "Tổng số" and "Trực tuyến"; a row of column numbers saying what the rate is a rate of; the
    total's label merged across the number and name columns."""
    body = [total, *rows] if top else [*rows, total]
    table = doc.add_table(rows=3 + len(body), cols=6)
    table.style = doc.styles["Table Grid"]
    for column in (0, 1, 4, 5):
        table.cell(0, column).merge(table.cell(1, column)).text = HEADER[column]
    table.cell(0, 2).merge(table.cell(0, 3)).text = HEADER[2]
    table.cell(1, 2).text, table.cell(1, 3).text = "Tổng số", "Trực tuyến"
    for column, text in enumerate(("(1)", "(2)", "(3)", "(4)", "(5)", "(6) = (5)/(3)")):
        table.cell(2, column).text = text
    for offset, row in enumerate(body, start=3):
        for column, text in enumerate(row):
            table.cell(offset, column).text = text
        if row[0] == "Tổng cộng":
            table.cell(offset, 0).merge(table.cell(offset, 1)).text = "Tổng cộng"
    return table


def _with(**arguments):
    def mutate(doc) -> None:
        old = doc.tables[-1]
        new = _report_table(doc, **arguments)
        old._element.addnext(new._element)
        old._element.getparent().remove(old._element)
    return mutate


def _figures(data: bytes) -> list[tuple[str, str, str, str]]:
    return [(f.rule_id, f.where, f.found, f.expected) for f in check_docx(data) if f.rule_id.startswith("figure-")]


ONE = (("Phụ lục I", "KẾT QUẢ GIẢI QUYẾT HỒ SƠ NĂM 2025", None),)


def _report(**arguments) -> bytes:
    return make_docx(doc_type="BÁO CÁO", appendices=ONE, mutate=_with(**arguments))


def test_a_report_table_that_adds_up_gives_no_finding():
    assert _figures(_report()) == []
    assert _figures(_report(top=True)) == []


def test_a_wrong_total_and_a_wrong_rate_the_table_defines():
    rows = [ROWS[0], ROWS[1][:5] + ("96,0",), ROWS[2]]
    total = TOTAL[:2] + ("201",) + TOTAL[3:]
    found = _figures(_report(rows=rows, total=total))
    assert found == [
        ("figure-rate", "bảng 3, dòng 5 «Xã Đơn Dương», cột 6 «Tỉ lệ đúng hạn (%)»", "96,0",
         "95,0 (= 76 ÷ 80 × 100)"),
        ("figure-total", "bảng 3, dòng 7 «Tổng cộng», cột 3 «Tổng số»", "201", "200 (cộng 3 dòng)"),
        # the total's rate follows its wrong total (190 ÷ 201), as a reader dividing the printed figures finds
        ("figure-rate", "bảng 3, dòng 7 «Tổng cộng», cột 6 «Tỉ lệ đúng hạn (%)»", "95,0", "94,5 (= 190 ÷ 201 × 100)")]


def test_a_total_at_the_top_is_the_sum_of_the_rows_below_it():
    found = _figures(_report(total=TOTAL[:4] + ("191", "95,5"), top=True))
    assert found == [("figure-total", "bảng 3, dòng 4 «Tổng cộng», cột 5 «Giải quyết đúng hạn»", "191",
                      "190 (cộng 3 dòng)")]


def test_a_cell_that_is_not_a_number_gives_one_warning_and_no_sum_over_part_of_its_column():
    rows = [ROWS[0], ROWS[1][:3] + ("20 hồ sơ",) + ROWS[1][4:], ROWS[2]]
    found = check_docx(_report(rows=rows, total=TOTAL[:3] + ("150",) + TOTAL[4:]))  # 150 ≠ 80 + ? + 0
    figures = [f for f in found if f.rule_id.startswith("figure-")]
    assert [(f.rule_id, f.severity, f.where) for f in figures] == [("figure-tables-unreadable", "warning", "bảng 3")]
    assert figures[0].found == ("bảng 3, dòng 5 «Xã Đơn Dương», cột 4 «Trực tuyến»: «20 hồ sơ» không phải là một "
                                "số; tổng của cột này không được đối chiếu.")


def _hamlets(headers=tb.POOR_HEADERS, rows=tb.POOR_ROWS, total=tb.POOR_TOTAL, body=TEN):
    near = {"headers": tb.NEAR_HEADERS, "rows": tb.NEAR_ROWS, "total": tb.NEAR_TOTAL,
            "group": "Hộ cận nghèo năm 2023"}
    return make_docx(body=body, mutate=tb.in_appendices({"headers": headers, "rows": rows, "total": total}, near))


def test_a_rate_headed_ti_le_is_a_rate():
    headers = [*tb.POOR_HEADERS[:-1], "Tỉ lệ hộ nghèo cuối kỳ"]
    rows = [tb.POOR_ROWS[0][:-1] + ("1,63",), *tb.POOR_ROWS[1:]]
    assert _figures(_hamlets(headers=headers, rows=rows)) == [
        ("figure-rate", "bảng 3 (Phụ lục I), dòng 3 «Thôn Đông», cột 9 «Tỉ lệ hộ nghèo cuối kỳ»", "1,63",
         "1,36 (= 17 ÷ 1.250 × 100)")]


def test_a_hamlet_of_no_household_has_no_rate_to_judge():
    rows = [*tb.POOR_ROWS, ("Thôn Hạ", "0", "0", "0,00", "0", "0", "0", "0,00")]
    assert _figures(_hamlets(rows=rows)) == []


def test_an_unreadable_reduction_is_never_summed_and_says_what_it_keeps_from_being_judged():
    rows = [tb.POOR_ROWS[0][:5] + ("năm",) + tb.POOR_ROWS[0][6:], *tb.POOR_ROWS[1:]]
    wrong_total = tb.POOR_TOTAL[:5] + ("7",) + tb.POOR_TOTAL[6:]  # 7 would be the sum without the unreadable cell
    found = _figures(_hamlets(rows=rows, total=wrong_total))
    # the printed total is compared with the body's target (10 ≠ 7) and its year-end (33 − 7 + 2 ≠ 25), never
    # with a sum of the readable rows
    assert [(rule, where) for rule, where, _, _ in found] == [
        ("figure-target", "đoạn 21 «1. Phấn đấu giảm 10 hộ…»"), ("figure-tables-unreadable", "bảng 3"),
        ("figure-year-end", "bảng 3 (Phụ lục I), dòng 6 «Tổng cộng», cột 8 «Hộ nghèo cuối kỳ»")]
    found = [f for f in found if f[0] == "figure-tables-unreadable"]
    assert found[0][2].endswith("Vì vậy chưa đối chiếu được: tổng cột «Kế hoạch thoát nghèo».")
    # without a total row, the body's target is not compared with the readable rows alone
    found = _figures(_hamlets(rows=rows, total=None))
    assert [(rule, where) for rule, where, _, _ in found] == [("figure-tables-unreadable", "bảng 3")]
    assert found[0][2].endswith("Vì vậy chưa đối chiếu được: chỉ tiêu «giảm 10 hộ nghèo» nêu trong nội dung.")


def _plain_table(rows):
    """A report table typed on one header row: STT, Nội dung, Số lớp, Số học sinh, Điểm trung bình."""
    def mutate(doc) -> None:
        old = doc.tables[-1]
        new = doc.add_table(rows=1 + len(rows), cols=5)
        for line, texts in zip(new.rows, [("STT", "Nội dung", "Số lớp", "Số học sinh", "Điểm trung bình"), *rows],
                               strict=True):
            for cell, text in zip(line.cells, texts, strict=True):
                cell.text = text
        old._element.addnext(new._element)
        old._element.getparent().remove(old._element)
    return make_docx(doc_type="BÁO CÁO", appendices=ONE, mutate=mutate)


def test_group_rows_are_added_when_they_print_subtotals_and_their_rows_when_they_are_headings():
    headings = [("I", "Mầm non", "", "", ""), ("1", "Trường Hoa Sen", "4", "120", "8,1"),
                ("2", "Trường Sơn Ca", "3", "95", "7,9"), ("II", "Tiểu học", "", "", ""),
                ("1", "Trường Kim Đồng", "10", "310", "8,4"), ("", "Trong đó: lớp ghép", "2", "40", "8,0"),
                ("", "Tổng cộng", "17", "525", "8,2")]  # an average is not added up
    assert _figures(_plain_table(headings)) == []
    subtotals = [("I", "Mầm non", "7", "215", ""), *headings[1:3], ("II", "Tiểu học", "10", "310", ""),
                 *headings[4:6], ("", "Tổng cộng", "17", "526", "")]
    assert _figures(_plain_table(subtotals)) == [
        ("figure-total", "bảng 3, dòng 8 «Tổng cộng», cột 4 «Số học sinh»", "526", "525 (cộng 2 dòng)")]
    wrong_group = [("I", "Mầm non", "7", "216", ""), *subtotals[1:-1], ("", "Tổng cộng", "17", "526", "")]
    assert _figures(_plain_table(wrong_group)) == [  # the subtotal of I is not its two schools' 120 + 95
        ("figure-total", "bảng 3, dòng 2 «Mầm non», cột 4 «Số học sinh»", "216", "215 (cộng 2 dòng)")]


def test_a_total_typed_as_text_over_a_column_of_figures_is_named():
    found = check_docx(_report(total=TOTAL[:4] + ("19O", "95,0")))  # a letter O for a zero
    assert [(f.rule_id, f.found) for f in found if f.rule_id.startswith("figure-")] == [(
        "figure-tables-unreadable", "bảng 3, dòng 7 «Tổng cộng», cột 5 «Giải quyết đúng hạn»: «19O» không phải là "
        "một số; tổng của cột này không được đối chiếu.")]


def test_group_rows_some_with_subtotals_some_without_are_named_not_guessed():
    rows = [("I", "Mầm non", "7", "215", ""), ("1", "Trường Hoa Sen", "4", "120", "8,1"),
            ("2", "Trường Sơn Ca", "3", "95", "7,9"), ("II", "Tiểu học", "", "", ""),
            ("1", "Trường Kim Đồng", "10", "310", "8,4"), ("", "Tổng cộng", "17", "525", "")]
    assert _figures(_plain_table(rows)) == [(
        "figure-tables-unreadable", "bảng 3", "bảng 3, cột «Số lớp»: có dòng nhóm (I, II …) ghi số, có dòng nhóm để "
        "trống, nên không rõ dòng tổng cộng những dòng nào; tổng của cột này không được đối chiếu.",
        "bảng có tiêu đề cột rõ ràng, mỗi ô một số")]
