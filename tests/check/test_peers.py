"""What the peers' checkers report and the decree does not state as a rule of form, each a report-only warning:
tone marks placed two ways, ranges written with two marks, the capitals of Phụ lục II, tracked changes and
comments left in, a framing table running off the paper."""

from __future__ import annotations

import re
import shutil

import pytest
from docx.enum.text import WD_BREAK
from docx.shared import Mm

from docgen.check.runner import check_view
from docgen.check.summary import check_path
from docgen.pdf import libreoffice
from docgen.read.document import PageLayout, open_document
from docgen.read.locate import locate
from tests.check.builder import make_docx
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


# The signature block on the printed pages (docgen check --layout): the page texts are given here as LibreOffice
# would print them; the last test asks LibreOffice itself.

def _laid_out(pages: list[str] | None = None, missing: str = "") -> list:
    return [f for f in check(layout=PageLayout(tuple(pages or ()), missing)) if f.rule_id == "signature-page"]


def _pages_of(*cut_before: str) -> list[str]:
    """Return the document's text cut into pages before each of ``cut_before``."""
    view = open_document(make_docx())
    text = "\n".join(p.text for p in view.paragraphs)
    pages, rest = [], text
    for mark in cut_before:
        at = rest.index(mark)
        pages.append(rest[:at])
        rest = rest[at:]
    return [*pages, rest]


def test_a_signature_block_alone_at_the_top_of_the_last_page_is_reported():
    found = only("signature-page", layout=PageLayout(tuple(_pages_of("Nơi nhận:"))))
    assert [(f.severity, f.found, f.expected) for f in found] == [
        ("warning", "khối chữ ký đứng riêng đầu trang 2, nội dung hết ở trang 1",
         "cả khối chữ ký cùng trang với dòng cuối của nội dung")]
    assert "Giữ với đoạn sau (Keep with next)" in found[0].fix


def test_a_signature_block_cut_over_two_pages_is_reported():
    found = _laid_out(_pages_of("Lang Đại Thành"))
    assert [f.found for f in found] == ["khối chữ ký bắt đầu ở trang 1, tên người ký ở trang 2"]


def test_a_signature_on_the_page_of_the_last_lines_is_not_reported_and_without_layout_nothing_is_said():
    assert _laid_out(_pages_of()) == []
    view = open_document(make_docx())
    assert "signature-page" not in {f.rule_id for f in check_view(view, locate(view))}


def test_without_libreoffice_the_layout_is_said_not_judged():
    found = _laid_out(missing="máy này chưa cài LibreOffice")
    assert [(f.message, f.found) for f in found] == [
        ("Chưa xem được bố cục trang nên chưa kiểm tra khối chữ ký.", "chưa kiểm tra: máy này chưa cài LibreOffice")]
    assert found[0].fix == ""


def _page_break_before_the_end_block(doc) -> None:
    end = doc.tables[1]._tbl
    breaker = doc.add_paragraph()
    breaker.add_run().add_break(WD_BREAK.PAGE)
    end.addprevious(breaker._p)


@pytest.mark.skipif(libreoffice() is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice and pdftotext lay out the pages (installed by .ci/run)")
def test_libreoffice_shows_a_signature_pushed_to_a_page_of_its_own(tmp_path):
    path = tmp_path / "ke-hoach.docx"
    path.write_bytes(make_docx(mutate=_page_break_before_the_end_block))
    found = [f for f in check_path(path, layout=True)[0] if f.rule_id == "signature-page"]
    shown = [re.fullmatch(r"khối chữ ký đứng riêng đầu trang (\d+), nội dung hết ở trang (\d+)", f.found)
             for f in found]
    assert len(shown) == 1 and shown[0] and int(shown[0].group(1)) == int(shown[0].group(2)) + 1, found
    path.write_bytes(make_docx())
    assert [f for f in check_path(path, layout=True)[0] if f.rule_id == "signature-page"] == []
