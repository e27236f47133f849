"""Headings and numbering: I, II, III; 1., 2.; 2.1., 2.2.; a) b) c) d) đ) e) g) — typed or from Word's lists."""

from __future__ import annotations

import re

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Mm

from tests.check.helpers import BODY_TEXT, check, only, paragraphs

POINTS = [("body", f"{letter}) Hỗ trợ thứ {n};") for n, letter in enumerate("abcdefg", start=1)]


def _body(replacements: dict[str, str], extra: list | None = None) -> tuple:
    """Return the standard body with some paragraph texts replaced (and extra paragraphs at the end)."""
    body = [(kind, replacements.get(text, text)) for kind, text in BODY_TEXT[:-1]]
    return (*body, *(extra or []), BODY_TEXT[-1])


def test_heading_in_lower_case():
    found = only("heading-format", body=_body({"I. MỤC ĐÍCH, YÊU CẦU": "I. Mục đích, yêu cầu"}))
    assert [(f.where, f.found, f.expected) for f in found] == [
        ("đoạn 14 «I. Mục đích, yêu cầu»", "chữ in thường", "đậm, chữ in hoa")]


def test_roman_numeral_skipped():
    found = only("numbering-roman", body=_body({"II. NỘI DUNG THỰC HIỆN": "III. NỘI DUNG THỰC HIỆN",
                                                "III. TỔ CHỨC THỰC HIỆN": "IV. TỔ CHỨC THỰC HIỆN"}))
    assert [(f.where, f.found, f.expected) for f in found] == [("đoạn 20 «III. NỘI DUNG THỰC HIỆN»", "III.", "II.")]


def test_khoan_out_of_order():
    found = only("numbering-arabic", body=_body({"2. Yêu cầu": "3. Yêu cầu"}))
    assert [(f.where, f.found, f.expected) for f in found] == [("đoạn 17 «3. Yêu cầu»", "3.", "2.")]


def test_sub_khoan_under_the_wrong_khoan():
    found = only("numbering-arabic", body=_body({
        "2.1. Tiểu dự án 1: Hỗ trợ phát triển sản xuất": "3.1. Tiểu dự án 1: Hỗ trợ phát triển sản xuất",
        "2.2. Tiểu dự án 2: Truyền thông về giảm nghèo": "3.2. Tiểu dự án 2: Truyền thông về giảm nghèo"}))
    assert [(f.found, f.expected) for f in found] == [("3.1.", "2.1."), ("3.2.", "2.2.")]


def test_english_letters_for_points():
    body = (*BODY_TEXT[:10], *POINTS, *BODY_TEXT[17:])
    found = only("numbering-points", body=body)
    assert [(f.found, f.expected) for f in found] == [("e)", "đ)"), ("f)", "e)")]
    assert "f, j, w, z" in found[1].message


def test_point_with_a_full_stop():
    found = only("numbering-points", body=_body({"b) Huy động sự tham gia của cả hệ thống chính trị và Nhân dân.":
                                                 "b. Huy động sự tham gia của cả hệ thống chính trị và Nhân dân."}))
    assert [(f.found, f.expected) for f in found] == [("b.", "b)")]


LETTERED_LIST = (
    '<w:abstractNum {ns} w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
    '<w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>')


def _word_lettering(doc) -> None:
    """Turn the typed points "a) …" into Word's automatic lettering (a, b, c, d, e, f, g)."""
    numbering = doc.part.numbering_part.element
    numbering.insert(0, parse_xml(LETTERED_LIST.format(ns=nsdecls("w"))))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for p in paragraphs(doc):
        if re.match(r"^[a-zđ]\) Hỗ trợ", p.text):
            p.runs[0].text = p.runs[0].text[3:]
            p._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr>'))


def test_word_automatic_lettering_is_read_as_shown():
    found = only("numbering-points", mutate=_word_lettering)
    assert [(f.where, f.found, f.expected) for f in found] == [
        ("đoạn 28 «e) Hỗ trợ vốn vay;»", "e)", "đ)"), ("đoạn 29 «f) Hỗ trợ đào tạo nghề;»", "f)", "e)")]



PARTS = (("part", "Phần I"), ("part", "TÌNH HÌNH THỰC HIỆN NĂM 2021"),
         ("body", "Năm 2021, xã đã giảm được 08 hộ nghèo."), ("part", "Phần II"), ("part", "KẾ HOẠCH NĂM 2022"))


def test_parts_and_their_titles_are_centred_headings():
    assert check(body=(*PARTS, *BODY_TEXT)) == []


def test_part_title_not_centred():
    found = only("heading-format", body=(*PARTS[:1], ("heading", PARTS[1][1]), *PARTS[2:], *BODY_TEXT))
    assert [(f.where, f.found, f.expected) for f in found] == [
        ("đoạn 15 «TÌNH HÌNH THỰC HIỆN NĂM 2021»", "căn đều hai lề", "đậm, chữ in hoa, căn giữa")]


TASKS = [("body", "1. Giao công chức Văn hóa - Xã hội theo dõi, tổng hợp;"),
         ("body", "2. Giao các thôn rà soát hộ nghèo.")]


def test_a_list_under_its_own_lead_in_restarts_at_1():
    # batch E: "Hồ sơ đính kèm:" then "1. Biên bản …" after a list that ended at "3."
    papers = [("body", "Hồ sơ gửi kèm:"), ("body", "1. Danh sách hộ nghèo;"), ("body", "2. Biểu tổng hợp.")]
    assert check(body=_body({}, TASKS + papers)) == []


def test_a_gap_after_a_lead_in_is_still_reported():
    papers = [("body", "Hồ sơ gửi kèm:"), ("body", "4. Danh sách hộ nghèo.")]
    found = only("numbering-arabic", body=_body({}, TASKS + papers))
    assert [(f.found, f.expected) for f in found] == [("4.", "3.")]


def test_a_nested_list_has_its_own_numbers_and_the_outer_list_runs_on():
    # batch E: "6. Hành vi vi phạm:" … a sub-list "1. 2. 3." printed 25 mm in, then "7." back at the outer list
    inner = [("body", "1. Tăng diện tích tầng lửng;"), ("body", "2. Tăng diện tích ban công;")]
    outer = [("body", "3. Giao Ban Chỉ đạo kiểm tra, đôn đốc.")]

    def nest(doc):
        for p in paragraphs(doc):
            if p.text.startswith(("1. Tăng", "2. Tăng")):
                p.paragraph_format.left_indent, p.paragraph_format.first_line_indent = Mm(12.7), Mm(12.7)
    found = check(body=_body({}, TASKS + inner + outer), mutate=nest)
    assert {f.rule_id for f in found} == {"body-indent"}  # printed 25.4 mm in: a true finding of its own
