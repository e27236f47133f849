"""Font family and colour, reported once per cause: a paragraph, a style, or the document defaults; and a text
typed without Vietnamese diacritics."""

from __future__ import annotations

from docx.oxml.ns import qn
from docx.shared import RGBColor

from tests.check.helpers import BODY_TEXT, check, only, paragraph


def test_direct_font_on_one_paragraph():
    found = only("font-family", formats={"motto": {"font": "Arial"}})
    assert [(f.where, f.found, f.expected) for f in found] == [
        ("đoạn 5 (bảng 1, dòng 1, cột 2) «Độc lập - Tự do -…»", "Arial", "Times New Roman")]


def test_wrong_font_in_a_style_is_one_finding():
    found = only("font-family", styled=True, formats={"body": {"font": "Arial"}})
    assert len(found) == 1
    assert found[0].where.startswith("kiểu (style) «T body»: 15 đoạn, đầu tiên là đoạn 16 «Tổ chức thực hiện")


def _default_font(name: str):
    def mutate(doc):
        fonts = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")).find(
            qn("w:rFonts"))
        for script in ("ascii", "hAnsi"):
            fonts.set(qn(f"w:{script}"), name)
    return mutate


def test_wrong_default_font_is_one_finding():
    found = only("font-family", styled=True, mutate=_default_font(".VnTime"))
    assert len(found) == 1
    assert found[0].where.startswith("định dạng mặc định của văn bản (docDefaults): ")
    assert found[0].found == ".VnTime"


def test_theme_font_is_resolved():
    """A run without its own font falls back to the template's theme font (Cambria in python-docx's)."""
    def drop_run_font(doc):
        run = paragraph(doc, "KẾ HOẠCH").runs[0]
        run._r.rPr.remove(run._r.rPr.find(qn("w:rFonts")))

    found = only("font-family", mutate=drop_run_font)
    assert [(f.where, f.found) for f in found] == [("đoạn 9 «KẾ HOẠCH»", "Cambria")]


def test_coloured_text():
    def colour(doc):
        paragraph(doc, "KẾ HOẠCH").runs[0].font.color.rgb = RGBColor(0xFF, 0, 0)

    found = only("font-color", mutate=colour)
    assert [(f.where, f.found, f.expected) for f in found] == [("đoạn 9 «KẾ HOẠCH»", "màu FF0000", "màu đen")]


UNMARKED_BODY = (
    ("body", "To chuc thuc hien co hieu qua Chuong trinh muc tieu quoc gia giam ngheo tren dia ban xa."),
    ("body", "Cac thon, xom phoi hop thuc hien viec ra soat ho ngheo, ho can ngheo theo quy dinh."),
    ("body", "Cong chuc Van phong - Thong ke theo doi, tong hop ket qua thuc hien, bao cao Uy ban nhan dan xa."),
    ("body", "Trong qua trinh thuc hien, neu co vuong mac, cac don vi phan anh ve Uy ban nhan dan xa de duoc "
             "huong dan./."),
)


def test_text_typed_without_diacritics_is_reported_once():
    found = only("text-diacritics", body=UNMARKED_BODY, bases=(), appendices=())
    assert [(f.severity, f.found, f.where.split(" «")[0]) for f in found] == [
        ("warning", "4 đoạn gõ không dấu", "4 chỗ, đầu tiên là đoạn 12")]
    assert "không dấu" in found[0].message


def test_a_few_words_without_marks_in_a_vietnamese_text_are_not_reported():
    body = (*BODY_TEXT[:-1], ("body", "Tệp gửi kèm: «bao cao ket qua thuc hien khong dau.docx»."), BODY_TEXT[-1])
    assert check(body=body) == []
