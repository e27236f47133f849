"""The number and symbol, the place and the date."""

from __future__ import annotations

import pytest
from docx.shared import Pt

from docgen import nd30
from tests.check.helpers import check, only, paragraph, reference

NUMBER = "đoạn 7 (bảng 1, dòng 2, cột 1) «{}»"
DATE = "đoạn 8 (bảng 1, dòng 2, cột 2) «{}»"


def test_number_below_ten_without_leading_zero():
    found = only("number-form", number="Số: 5/KH-UBND", appendices=reference(number="05/KH-UBND"))
    assert [(f.where, f.found, f.expected) for f in found] == [
        (NUMBER.format("Số: 5/KH-UBND"), "Số: 5/KH-UBND", "Số: 05/KH-UBND")]
    assert "số 0" in found[0].message


@pytest.mark.parametrize("line, expected, words", [
    ("Số: 85 / KH - UBND", "Số: 85/KH-UBND", "dấu cách"),
    ("Số 85/KH-UBND", "Số: 85/KH-UBND", "hai chấm"),
    ("SỐ: 85/KH-UBND", "Số: 85/KH-UBND", "hai chấm"),
    ("Số: 85/KH.UBND", "Số: 85/KH-UBND", "gạch nối"),
])
def test_number_form(line, expected, words):
    found = only("number-form", number=line)
    assert (found[0].found, found[0].expected) == (line, expected)
    assert words in found[0].message


def test_draft_without_number_is_a_warning():
    found = only("number-blank", number="Số:      /KH-UBND")
    assert [(f.severity, f.where) for f in found] == [("warning", NUMBER.format("Số: /KH-UBND"))]


def test_symbol_of_another_document_type():
    found = only("number-type-code", number="Số: 85/QĐ-UBND", appendices=reference(number="85/QĐ-UBND"))
    assert [(f.found, f.expected) for f in found] == [("QĐ", "KH")]


def test_number_line_in_bold():
    found = only("number-format", formats={"number": {"bold": True}})
    assert [(f.where, f.found) for f in found] == [(NUMBER.format("Số: 85/KH-UBND"), "đậm")]


def test_place_is_not_the_issuing_unit():
    found = only("place-name", place_date="Hà Nội, ngày 24 tháng 10 năm 2022")
    assert [(f.where, f.found, f.expected) for f in found] == [
        (DATE.format("Hà Nội, ngày 24 tháng 10…"), "Hà Nội", "Thịnh Đức")]


def test_place_with_the_unit_word_is_a_warning():
    found = only("place-name", place_date="Xã Thịnh Đức, ngày 24 tháng 10 năm 2022")
    assert [(f.severity, f.found, f.expected) for f in found] == [("warning", "Xã Thịnh Đức", "Thịnh Đức")]


def test_place_without_comma():
    found = only("place-name", place_date="Thịnh Đức ngày 24 tháng 10 năm 2022")
    assert [(f.found, f.expected) for f in found] == [("Thịnh Đức ngày", "Thịnh Đức, ngày")]


NUMBERED = {"issuer": ("ỦY BAN NHÂN DÂN", "PHƯỜNG MÓNG CÁI 3"),
            "appendices": reference(issuer="Ủy ban nhân dân phường Móng Cái 3")}


def test_numbered_unit_keeps_its_word():
    assert check(place_date="Phường Móng Cái 3, ngày 24 tháng 10 năm 2022", **NUMBERED) == []


def test_numbered_unit_without_its_word():
    found = only("place-name", place_date="Móng Cái 3, ngày 24 tháng 10 năm 2022", **NUMBERED)
    assert [(f.found, f.expected) for f in found] == [("Móng Cái 3", "Phường Móng Cái 3")]


@pytest.mark.parametrize("written, expected, date", [
    ("ngày 5 tháng 10 năm 2022", "ngày 05 tháng 10 năm 2022", "ngày 05 tháng 10 năm 2022"),
    ("ngày 24 tháng 06 năm 2022", "ngày 24 tháng 6 năm 2022", "ngày 24 tháng 6 năm 2022"),
    ("ngày 24 tháng 1 năm 2022", "ngày 24 tháng 01 năm 2022", "ngày 24 tháng 01 năm 2022"),
    ("ngày 024 tháng 10 năm 2022", "ngày 24 tháng 10 năm 2022", "ngày 24 tháng 10 năm 2022"),
])
def test_leading_zeros(written, expected, date):
    found = only("date-form", place_date=f"Thịnh Đức, {written}", appendices=reference(date=date))
    assert [(f.found, f.expected) for f in found] == [(written, expected)]


def test_impossible_date():
    found = only("date-form", place_date="Thịnh Đức, ngày 30 tháng 02 năm 2022")
    assert "không có thật" in found[0].message


def test_draft_without_date_is_a_warning():
    found = only("date-blank", place_date="Thịnh Đức, ngày      tháng      năm 2022")
    assert [f.severity for f in found] == ["warning"]


def test_date_line_not_italic():
    found = only("place-date-format", formats={"place_date": {"italic": False}})
    assert [(f.found, f.expected) for f in found] == [("đứng", "13–14 pt, không đậm, nghiêng, căn giữa")]


def test_date_in_figures():
    found = only("date-form", place_date="Thịnh Đức, ngày 24/10/2022")
    assert [(f.where, f.found) for f in found] == [(DATE.format("Thịnh Đức, ngày 24/10/2022"), "ngày 24/10/2022")]
    assert "ngày … tháng … năm" in found[0].message


def _plain_parent(doc):
    """The parent body's line upright and not bold, as Phụ lục I, mục II.3 asks."""
    run = paragraph(doc, "UBND XÃ").runs[0]
    run.font.bold, run.font.size = False, Pt(13)


# A section of a commune whose name holds the word "xã hội" (society), not a commune called "Hội".
SOCIAL = {"issuer": ("UBND XÃ PHÙ MỸ BẮC", "PHÒNG VĂN HÓA - XÃ HỘI"), "appendices": (), "mutate": _plain_parent,
          "rules_mm": {"issuer": 20, "motto": nd30.MOTTO_RULE_MM, "summary": nd30.SUMMARY_RULE_MM}}


def test_society_in_a_body_name_is_no_commune():
    assert check(place_date="Phù Mỹ Bắc, ngày 24 tháng 10 năm 2022", **SOCIAL) == []


def test_place_of_a_body_named_for_society_is_its_commune():
    found = only("place-name", place_date="Hội, ngày 24 tháng 10 năm 2022", **SOCIAL)
    assert [(f.found, f.expected) for f in found] == [("Hội", "Phù Mỹ Bắc")]


def test_department_of_labour_and_society_is_in_its_province():
    found = only("place-name", place_date="Hà Nội, ngày 24 tháng 10 năm 2022", appendices=(),
                 issuer=("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH THÁI NGUYÊN",), formats={"issuer": {"size": 12}},
                 rules_mm={"issuer": 30, "motto": nd30.MOTTO_RULE_MM, "summary": nd30.SUMMARY_RULE_MM})
    assert [(f.found, f.expected) for f in found] == [("Hà Nội", "Thái Nguyên")]


def test_draft_number_without_its_colon():
    found = check(number="Số      /KH-UBND")
    assert [(f.rule_id, f.severity, f.found, f.expected) for f in found] == [
        ("number-form", "warning", "Số /KH-UBND", "Số: …/KH-UBND"), ("number-blank", "warning", "Số /KH-UBND",
                                                                   "điền số khi ban hành")]
    assert "hai chấm" in found[0].message
