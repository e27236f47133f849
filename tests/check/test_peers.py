"""What the peers' checkers report and the decree does not state as a rule of form, each a report-only warning:
tone marks placed two ways, ranges written with two marks, the capitals of Phụ lục II, tracked changes and
comments left in, a framing table running off the paper."""

from __future__ import annotations

from docx.shared import Mm

from tests.check.helpers import check, only
from tests.check.spec import BODY_TEXT

LINE = ("body", "1. Phấn đấu giảm 06 hộ nghèo trong năm 2022, tỷ lệ hộ nghèo còn 1,40%.")


def _with(*texts: str) -> tuple[tuple[str, str], ...]:
    """Return the body with its item "1." replaced by ``texts``: the first is the item, the others its dashes."""
    position = BODY_TEXT.index(LINE)
    lines = (texts[0], *(f"- {text}" for text in texts[1:]))
    return (*BODY_TEXT[:position], *(("body", text) for text in lines), *BODY_TEXT[position + 1:])


def test_tone_marks_placed_both_ways_are_one_warning_at_the_rarer_way():
    found = only("tone-marks", body=_with("1. Xã hội hóa nguồn lực, hòa nhập cộng đồng.", "Phát huy văn hoá."))
    assert [(f.severity, f.where) for f in found] == [("warning", "đoạn 22 «- Phát huy văn hoá.»")]
    assert found[0].found.endswith("; 1 lần («hoá»)") and "«hóa», «hòa»" in found[0].found  # with "Ủy ban" …
    assert found[0].fix.startswith("Trang đầu (Home) → Thay thế (Replace, Ctrl+H)")


def test_one_placement_throughout_and_quy_are_not_reported():
    assert check(body=_with("1. Xã hội hóa, hòa nhập; quý II, quỳnh, thủy lợi.", "Phát huy văn hóa.")) == []


def test_the_national_name_keeps_the_decrees_own_hoa():
    """ND30 prints "CỘNG HOÀ" in its Mục V: a body written "hòa" does not mix with it."""
    assert check(national_name="CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", body=_with("1. Hòa nhập cộng đồng.")) == []


def test_ranges_with_a_hyphen_and_a_dash_are_one_warning():
    found = only("range-dashes", body=_with("1. Giai đoạn 2021-2025, mỗi năm giảm 2-3%.", "Kế hoạch 2026 – 2030."))
    assert [f.found for f in found] == ["2 lần («2021-2025», «2-3»); 1 lần («2026 – 2030»)"]


def test_ranges_with_one_mark_and_dates_are_not_reported():
    assert check(body=_with("1. Giai đoạn 2021-2025, ngày 24-10-2022.", "Kế hoạch 2026-2030 (từ 01/01–31/12).")) == []


def test_a_body_named_with_title_case_or_small_letters_is_reported_with_the_right_form():
    found = only("capitals-names", body=_with(
        "1. Ủy Ban Nhân Dân xã chỉ đạo.", "Giao ủy ban nhân dân xã Thịnh Đức tổng hợp.",
        "Thực hiện theo quyết định số 12/QĐ-UBND.", "Theo Khoản 2 Điều 3 và điểm a khoản 1 điều 5.",
        "Ban Chỉ Đạo xã họp."))
    assert [(f.found, f.expected) for f in found] == [
        ("«Ủy Ban Nhân Dân»", "«Ủy ban nhân dân»"), ("«ủy ban nhân dân»", "«Ủy ban nhân dân»"),
        ("«quyết định số»", "«Quyết định số»"), ("«Khoản 2»", "«khoản 2»"), ("«Ban Chỉ Đạo»", "«Ban Chỉ đạo»")]


def test_names_as_the_appendix_writes_them_and_generic_mentions_are_not_reported():
    assert check(body=_with(
        "1. Ủy ban nhân dân xã chỉ đạo các ủy ban nhân dân thôn; Ban chỉ đạo giảm nghèo họp.",
        "Thực hiện Quyết định số 12/QĐ-UBND, điểm a khoản 1 Điều 5; báo cáo số liệu 2022.",
        "Khoản 2 Điều 3 quy định rõ.")) == []


def _tracked(doc) -> None:
    paragraph = next(p for p in doc.paragraphs if p.text == LINE[1])
    doc.add_comment(paragraph.runs[0], text="Xem lại", author="Trưởng phòng")
    run = paragraph.runs[-1]  # typed with the change tracked
    insert = run._r.makeelement(run._r.tag.replace("}r", "}ins"), {})
    run._r.addprevious(insert)
    insert.append(run._r)


def test_tracked_changes_and_comments_left_in_are_one_warning():
    found = only("revisions-left", mutate=_tracked)
    assert [(f.where, f.found) for f in found] == [
        ("toàn văn bản", "1 thay đổi chưa chấp nhận (chèn 1); 1 ghi chú (comment)")]
    assert "Chấp nhận mọi thay đổi (Accept All Changes)" in found[0].fix


def _widen_top_table(doc) -> None:
    top = doc.tables[0]
    for column in top.columns:
        column.width = Mm(95)  # 190 mm in a 165 mm text area with a 15 mm right margin: 5 mm off the paper


def test_a_top_table_running_off_the_paper_is_reported():
    found = only("table-width", mutate=_widen_top_table)
    assert [(f.where, f.found, f.expected) for f in found] == [
        ("bảng 1", "bảng rộng 190 mm, cách mép giấy phải -10 mm", "cách mép giấy ít nhất 5 mm")]


def test_a_table_a_few_millimetres_into_the_margin_like_the_decrees_templates_is_not_reported():
    def into_margin(doc) -> None:
        for column in doc.tables[0].columns:
            column.width = Mm(87)  # 174 mm: 9 mm into the right margin, 6 mm from the edge
    assert check(mutate=into_margin) == []
