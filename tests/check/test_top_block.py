"""The national name, the motto and the issuing body."""

from __future__ import annotations

import pytest
from docx.shared import Pt

from docgen import nd30
from docgen.read.document import open_document
from docgen.read.locate import locate
from tests.check.helpers import check, make_docx, only, paragraph

NATIONAL = "đoạn 4 (bảng 1, dòng 1, cột 2) «CỘNG HÒA XÃ HỘI CHỦ NGHĨA…»"
MOTTO = "đoạn 5 (bảng 1, dòng 1, cột 2) «Độc lập - Tự do -…»"


def test_abbreviated_national_name():
    found = only("national-name-text", national_name="CỘNG HÒA XHCN VIỆT NAM")
    assert [(f.where, f.found, f.expected) for f in found] == [
        ("đoạn 4 (bảng 1, dòng 1, cột 2) «CỘNG HÒA XHCN VIỆT NAM»", "CỘNG HÒA XHCN VIỆT NAM",
         "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]


def test_old_tone_placement_is_accepted():
    """ND30 itself prints "CỘNG HOÀ" in its Mục V table."""
    assert check(national_name="CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM") == []


def test_national_name_size():
    found = only("national-name-format", formats={"national_name": {"size": 14}})
    assert [(f.where, f.found, f.expected) for f in found] == [
        (NATIONAL, "14 pt", "12–13 pt, đậm, đứng, chữ in hoa, căn giữa")]


def test_motto_with_en_dashes():
    found = only("motto-text", motto="Độc lập – Tự do – Hạnh phúc")
    assert [(f.found, f.expected) for f in found] == [("Độc lập – Tự do – Hạnh phúc", "Độc lập - Tự do - Hạnh phúc")]


def test_motto_without_spaces_around_hyphens():
    assert [f.rule_id for f in check(motto="Độc lập-Tự do-Hạnh phúc")] == ["motto-text"]


def test_italic_motto():
    found = only("motto-format", formats={"motto": {"italic": True}})
    assert [(f.where, f.found) for f in found] == [(MOTTO, "nghiêng")]


def test_issuer_not_bold_fires_per_line():
    found = only("issuer-format", formats={"issuer": {"bold": False}})
    assert [(f.where, f.found) for f in found] == [
        ("đoạn 1 (bảng 1, dòng 1, cột 1) «ỦY BAN NHÂN DÂN»", "không đậm"),
        ("đoạn 2 (bảng 1, dòng 1, cột 1) «XÃ THỊNH ĐỨC»", "không đậm")]


def _parent_line(size: float):
    def mutate(doc):
        run = paragraph(doc, "UBND TỈNH").runs[0]
        run.font.bold, run.font.size = False, Pt(size)
    return mutate


# A provincial department under its parent body; its short name takes a short line (1/3 to 1/2 of it).
DEPARTMENT = {"issuer": ("UBND TỈNH THÁI NGUYÊN", "SỞ NỘI VỤ"), "appendices": (),
              "place_date": "Thái Nguyên, ngày 24 tháng 10 năm 2022",
              "rules_mm": {"issuer": 11, "motto": nd30.MOTTO_RULE_MM, "summary": nd30.SUMMARY_RULE_MM}}


def test_parent_body_line_is_not_bold():
    assert check(mutate=_parent_line(13), **DEPARTMENT) == []


def test_parent_body_line_size():
    found = only("issuer-format", mutate=_parent_line(14), **DEPARTMENT)
    assert [(f.found, f.expected) for f in found] == [("14 pt", "12–13 pt, không đậm, đứng, chữ in hoa, căn giữa")]


def test_department_place_is_its_province():
    elsewhere = {**DEPARTMENT, "place_date": "Hà Nội, ngày 24 tháng 10 năm 2022"}
    found = only("place-name", mutate=_parent_line(13), **elsewhere)
    assert [(f.found, f.expected) for f in found] == [("Hà Nội", "Thái Nguyên")]


# A top block typed without Vietnamese diacritics is still read: each line is found and judged for what it is
# (its text lacks the marks), not taken for another element nor reported missing.
@pytest.mark.parametrize("override, rule_id, found", [
    ({"number": "So: 85/KH-UBND"}, "number-form", "So: 85/KH-UBND"),
    ({"national_name": "CONG HOA XA HOI CHU NGHIA VIET NAM"}, "national-name-text",
     "CONG HOA XA HOI CHU NGHIA VIET NAM"),
    ({"motto": "Doc lap - Tu do - Hanh phuc"}, "motto-text", "Doc lap - Tu do - Hanh phuc"),
    ({"recipients_label": "Noi nhan:"}, "recipients-punctuation", "Noi nhan:"),
])
def test_lines_typed_without_diacritics_are_read(override, rule_id, found):
    assert [f.found for f in only(rule_id, **override)] == [found]


def test_number_typed_without_diacritics_is_not_taken_for_the_issuer():
    parts = locate(open_document(make_docx(number="So:      /QD-BTC", doc_type="QUYẾT ĐỊNH")))
    assert parts.number is not None and parts.number.text == "So: /QD-BTC"
    assert [span.text for span in parts.issuer_lines] == ["ỦY BAN NHÂN DÂN", "XÃ THỊNH ĐỨC"]


def test_bold_parent_body_told_by_the_unit_under_it_is_a_reminder():
    found = only("issuer-format", **DEPARTMENT)  # both lines bold: "SỞ NỘI VỤ" tells its parent all the same
    assert [(f.where, f.severity, f.found) for f in found] == [
        ("đoạn 1 (bảng 1, dòng 1, cột 1) «UBND TỈNH THÁI NGUYÊN»", "warning", "đậm")]
    parts = locate(open_document(make_docx(**DEPARTMENT)))
    assert [s.text for s in parts.parent_lines] == ["UBND TỈNH THÁI NGUYÊN"]


def test_a_commune_typed_under_its_committee_is_no_parent():
    parts = locate(open_document(make_docx()))
    assert parts.parent_lines == [] and [s.text for s in parts.issuer_lines] == ["ỦY BAN NHÂN DÂN", "XÃ THỊNH ĐỨC"]


def test_an_issuer_block_of_three_levels_is_a_reminder():
    # batch E: "UBND QUẬN TÂN PHÚ" / "PHÒNG QUẢN LÝ ĐÔ THỊ" / "ĐỘI QUẢN LÝ TTĐT": II.2.a names the issuing body
    # and its direct parent only
    three = {**DEPARTMENT, "issuer": ("UBND TỈNH THÁI NGUYÊN", "SỞ NỘI VỤ", "PHÒNG TỔ CHỨC BIÊN CHẾ")}
    found = [f for f in check(**three) if f.message.startswith("Nhắc: tên cơ quan ghi ba cấp")]
    assert [(f.rule_id, f.severity, f.expected) for f in found] == [
        ("issuer-format", "warning", "SỞ NỘI VỤ / PHÒNG TỔ CHỨC BIÊN CHẾ")]


def test_a_department_under_its_parent_is_two_levels():
    assert not [f for f in check(**DEPARTMENT) if f.message.startswith("Nhắc: tên cơ quan ghi ba cấp")]
