"""Plans typed by hand, each breaking several rules: every problem is reported once, where a clerk finds it."""

from __future__ import annotations

import io
from collections import Counter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from docgen.check import check_docx
from docgen.read.document import open_document
from docgen.read.locate import locate
from tests.check.helpers import BODY_TEXT, check, paragraph

CENTER, JUSTIFY = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY


def test_table_layout_with_several_mistakes():
    body = [(kind, {"đ) Hỗ trợ vốn vay;": "e) Hỗ trợ vốn vay;", "e) Hỗ trợ đào tạo nghề;": "f) Hỗ trợ đào tạo nghề;"}
             .get(text, text)) for kind, text in BODY_TEXT]
    found = check(number="Số: 7/KH-UBND", place_date="Thịnh Đức, ngày 3 tháng 02 năm 2023",
                  margins={"top": 20, "bottom": 20, "left": 25, "right": 15}, body=tuple(body),
                  recipients=("- UBND thành phố Thái Nguyên;", "- Đảng ủy, HĐND xã."), styled=True,
                  formats={"body": {"size": 12}}, page_number=None, appendices=())
    assert Counter(f.rule_id for f in found) == {
        "page-margins": 1, "page-number-missing": 1, "number-form": 1, "date-form": 1, "body-size": 1,
        "numbering-points": 2, "recipients-archive": 1}
    where = {f.rule_id: f.where for f in found}
    assert where["number-form"] == "đoạn 7 (bảng 1, dòng 2, cột 1) «Số: 7/KH-UBND»"
    assert where["body-size"].startswith("kiểu (style) «T body»: 15 đoạn")


def _run(paragraph, text: str, size: float = 14, bold: bool = False, italic: bool = False) -> None:
    run = paragraph.add_run(text)
    run.font.size, run.font.bold, run.font.italic = Pt(size), bold, italic


def _line(doc, *pieces, align=None, first_line: float | None = None):
    """Add a paragraph of (text, size, bold, italic) pieces, typed the way a clerk types them."""
    paragraph = doc.add_paragraph()
    for text, size, bold, italic in pieces:
        _run(paragraph, text, size, bold, italic)
    if align is not None:
        paragraph.alignment = align
    if first_line is not None:
        paragraph.paragraph_format.first_line_indent = Mm(first_line)
        paragraph.paragraph_format.space_after = Pt(6)
        paragraph.paragraph_format.line_spacing = 1.2
    return paragraph


def _tabbed_plan() -> bytes:
    """A plan typed in Word without tables: the two columns of the top and end blocks separated by tabs."""
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(20)
    _line(doc, ("ỦY BAN NHÂN DÂN\t", 13, True, False), ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, True, False))
    _line(doc, ("XÃ THỊNH ĐỨC\t", 13, True, False), ("Độc lập - Tự do - Hạnh phúc", 14, True, False))
    _line(doc, ("________\t__________________", 13, False, False))
    _line(doc, ("Số: 5/KH-UBND\t", 13, False, False), ("Thịnh Đức, ngày 5 tháng 10 năm 2022", 14, False, True))
    _line(doc, ("KẾ HOẠCH", 14, True, False), align=CENTER)
    _line(doc, ("Thực hiện giảm nghèo năm 2022", 14, True, False), align=CENTER)
    _line(doc, ("Căn cứ tình hình thực tế của xã.", 14, False, True), align=JUSTIFY, first_line=12.7)
    for text in ("I. MỤC ĐÍCH", "1. Mục đích"):
        _line(doc, (text, 14, True, False), align=JUSTIFY, first_line=12.7)
    for text in ("a) Một;", "b) Hai;", "c) Ba;", "d) Bốn;", "e) Năm;", "f) Sáu.", "Trên đây là Kế hoạch./."):
        _line(doc, (text, 14, False, False), align=JUSTIFY, first_line=12.7)
    _line(doc, ("Nơi nhận:\t\t", 12, True, True), ("TM. ỦY BAN NHÂN DÂN", 14, True, False))
    _line(doc, ("- UBND thành phố;\t\t", 11, False, False), ("CHỦ TỊCH", 14, True, False))
    _line(doc, ("- Lưu: VP.", 11, False, False))
    doc.add_paragraph()
    _line(doc, ("\t\t\tNguyễn Văn A", 14, True, False))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_tabbed_layout_is_read():
    parts = locate(open_document(_tabbed_plan()))
    assert parts.national_name.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert [s.text for s in parts.issuer_lines] == ["ỦY BAN NHÂN DÂN", "XÃ THỊNH ĐỨC"]
    assert (parts.number.text, parts.place_date.text) == ("Số: 5/KH-UBND", "Thịnh Đức, ngày 5 tháng 10 năm 2022")
    assert [s.text for s in parts.recipients] == ["- UBND thành phố;", "- Lưu: VP."]
    assert [s.text for s in parts.signature_lines] == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    assert parts.signer.text == "Nguyễn Văn A"


def test_tabbed_layout_mistakes_are_each_reported_once():
    found = check_docx(_tabbed_plan(), "ke-hoach-go-tay.docx")
    # it fits on one page (LibreOffice prints one), so it needs no page number
    assert Counter(f.rule_id for f in found) == {
        "number-form": 1, "date-form": 1, "summary-rule": 1, "numbering-points": 2,
        "recipients-archive": 1}
    where = {f.rule_id: f.where for f in found}
    assert where["number-form"] == "đoạn 4 «Số: 5/KH-UBND Thịnh Đức, ngày 5…»"
    assert where["recipients-archive"] == "đoạn 19 «- Lưu: VP.»"


def test_recipients_typed_as_lines_of_one_paragraph():
    """Shift+Enter between recipients: each line is judged as its own recipient."""
    def one_paragraph(doc):
        first = paragraph(doc, "- UBND thành phố")
        first.runs[0].add_break()
        first.add_run("- Đảng ủy, HĐND xã").font.size = Pt(11)
        first.runs[-1].font.name = "Times New Roman"
        for later in (paragraph(doc, "- Đảng ủy"), paragraph(doc, "- Lưu")):
            later._p.getparent().remove(later._p)

    found = check(mutate=one_paragraph)
    assert [(f.rule_id, f.where, f.found) for f in found] == [
        ("recipients-punctuation", "đoạn 38 (bảng 2, dòng 1, cột 1) «- UBND thành phố Thái Nguyên;…»",
         "kết thúc bằng «ã»"),
        ("recipients-archive", "đoạn 38 (bảng 2, dòng 1, cột 1) «- UBND thành phố Thái Nguyên;…»",
         "- Đảng ủy, HĐND xã")]
