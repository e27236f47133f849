"""The document view: effective formatting through the style chain, text as shown, tables, sections."""

from __future__ import annotations

import io

import docx
import pytest
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt

from docgen.read.document import CellRef, open_document
from docgen.read.formats import DEFAULTS, DIRECT, WORD, Source

W = nsdecls("w")


def _view(doc):
    out = io.BytesIO()
    doc.save(out)
    return open_document(out.getvalue())


def _chained() -> docx.document.Document:
    """Paragraph style C based on B based on A (size, bold, italic one per level) and a character style."""
    doc = docx.Document()
    previous = doc.styles["Normal"]
    for name, setting in (("A", ("size", Pt(12))), ("B", ("bold", True)), ("C", ("italic", True))):
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = previous
        setattr(style.font, *setting)
        previous = style
    doc.styles["C"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    big = doc.styles.add_style("Big", WD_STYLE_TYPE.CHARACTER)
    big.font.size = Pt(16)
    paragraph = doc.add_paragraph(style="C")
    paragraph.add_run("plain")
    paragraph.add_run("big", style="Big")
    paragraph.add_run("upright").italic = False
    paragraph.paragraph_format.first_line_indent = Mm(10)
    return doc


def test_values_come_from_each_level_of_the_chain():
    plain, big, upright = _view(_chained()).paragraphs[0].runs
    assert (plain.fmt.size.value, plain.fmt.size.source) == (12, Source("style", "A"))
    assert (plain.fmt.bold.value, plain.fmt.bold.source) == (True, Source("style", "B"))
    assert (plain.fmt.italic.value, plain.fmt.italic.source) == (True, Source("style", "C"))
    assert (big.fmt.size.value, big.fmt.size.source) == (16, Source("style", "Big"))
    assert (upright.fmt.italic.value, upright.fmt.italic.source) == (False, DIRECT)


def test_theme_font_of_the_document_defaults():
    plain = _view(_chained()).paragraphs[0].runs[0]
    assert (plain.fmt.font_hansi.value, plain.fmt.font_hansi.source) == ("Cambria", DEFAULTS)


def test_word_defaults_when_nothing_is_set():
    doc = docx.Document()
    defaults = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for tag in ("w:sz", "w:rFonts"):
        defaults.remove(defaults.find(qn(tag)))
    doc.add_paragraph("x")
    run = _view(doc).paragraphs[0].runs[0]
    assert (run.fmt.size.value, run.fmt.size.source) == (10, WORD)
    assert run.fmt.font_ascii.value == "Times New Roman"


def test_paragraph_format_through_styles_and_defaults():
    fmt = _view(_chained()).paragraphs[0].fmt
    assert (fmt.alignment.value, fmt.alignment.source) == ("justify", Source("style", "C"))
    assert fmt.first_line_mm.value == pytest.approx(10, abs=0.01) and fmt.first_line_mm.source == DIRECT
    assert (fmt.after_pt.value, fmt.after_pt.source) == (10, DEFAULTS)  # python-docx's template: 200 twips
    assert fmt.line.value == ("multiple", 1.15)


def test_hanging_indent_is_negative():
    doc = docx.Document()
    doc.add_paragraph("x").paragraph_format.first_line_indent = Mm(-5)
    assert _view(doc).paragraphs[0].fmt.first_line_mm.value == pytest.approx(-5, abs=0.01)


def test_text_as_shown():
    doc = docx.Document()
    paragraph = doc.add_paragraph()
    paragraph.add_run("số ").font.all_caps = True
    paragraph.add_run("ẩn ").font.hidden = True
    paragraph.add_run("thô\u0301i")  # combining accent, as some Vietnamese keyboards type it
    paragraph._p.append(parse_xml(f'<w:del {W} w:id="1" w:author="a"><w:r><w:delText>xóa</w:delText></w:r></w:del>'))
    paragraph._p.append(parse_xml(f'<w:ins {W} w:id="2" w:author="a"><w:r><w:t> thêm</w:t></w:r></w:ins>'))
    assert _view(doc).paragraphs[0].text == "SỐ th\u1ed1i thêm"


NUMBERING = (f'<w:abstractNum {W} w:abstractNumId="91"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
             '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
             '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/>'
             '<w:pPr><w:ind w:left="0" w:firstLine="720"/></w:pPr></w:lvl></w:abstractNum>')


def _listed(doc, text: str, num: int, level: int):
    paragraph = doc.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>'))
    return paragraph


def test_list_labels_and_restarts():
    doc = docx.Document()
    numbering = doc.part.numbering_part.element
    numbering.insert(0, parse_xml(NUMBERING))
    numbering.append(parse_xml(f'<w:num {W} w:numId="91"><w:abstractNumId w:val="91"/></w:num>'))
    numbering.append(parse_xml(f'<w:num {W} w:numId="92"><w:abstractNumId w:val="91"/>'
                               '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
    for text, num, level in (("Một", 91, 0), ("điểm", 91, 1), ("điểm", 91, 1), ("Hai", 91, 0), ("điểm", 91, 1),
                             ("Lại", 92, 0)):
        _listed(doc, text, num, level)
    view = _view(doc)
    assert [p.text for p in view.paragraphs] == ["1. Một", "a) điểm", "b) điểm", "2. Hai", "a) điểm", "1. Lại"]
    assert view.paragraphs[1].fmt.first_line_mm.value == pytest.approx(12.7, abs=0.01)  # from the list level


def test_cells_know_their_table_and_width():
    doc = docx.Document()
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).width, table.cell(0, 1).width = Mm(65), Mm(100)
    table.cell(0, 1).paragraphs[0].text = "một"
    table.cell(0, 1).add_paragraph("hai")
    doc.add_paragraph("sau")
    view = _view(doc)
    first, second = view.tables[0].rows[0][1].paragraphs
    assert first.cell == CellRef(1, 1, 2)
    assert first.width_mm == pytest.approx(100 - 2 * 1.905, abs=0.05)
    assert first.place.label == "đoạn 2 (bảng 1, dòng 1, cột 2) «một»"
    assert view.following(first, 5) == [second]
    assert [p.text for p in view.top_level()] == ["sau"]


COMPLEX_PAGE = (f'<w:p {W}><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r>'
                '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')


def test_headers_are_inherited_and_complex_page_fields_found():
    doc = docx.Document()
    doc.add_paragraph("một")
    header = doc.sections[0].header
    header._element.append(parse_xml(COMPLEX_PAGE))
    doc.add_section(WD_SECTION.NEW_PAGE)
    doc.add_paragraph("hai")
    view = _view(doc)
    assert [s.first_paragraph for s in view.sections] == [1, 3]
    inherited = view.header(2)
    assert inherited is not None and inherited.key == view.header(1).key
    assert [p.text for p in inherited.page_number_paragraphs()] == ["2"]


def test_numpages_is_not_a_page_number():
    doc = docx.Document()
    doc.sections[0].header._element.append(parse_xml(COMPLEX_PAGE.replace(" PAGE ", " NUMPAGES ")))
    assert _view(doc).header(1).page_number_paragraphs() == []


def test_bold_character_style_in_a_bold_paragraph_style_shows_upright():
    """Toggle properties combine across style types (ECMA-376 §17.7.3), as Word paints them."""
    doc = docx.Document()
    heading = doc.styles.add_style("Đề mục", WD_STYLE_TYPE.PARAGRAPH)
    heading.font.bold = True
    strong = doc.styles.add_style("Nhấn", WD_STYLE_TYPE.CHARACTER)
    strong.font.bold = True
    paragraph = doc.add_paragraph(style="Đề mục")
    paragraph.add_run("đậm")
    paragraph.add_run("thường", style="Nhấn")
    paragraph.add_run("đậm lại", style="Nhấn").bold = True
    runs = _view(doc).paragraphs[0].runs
    assert [run.fmt.bold.value for run in runs] == [True, False, True]
    assert runs[1].fmt.bold.source == Source("style", "Nhấn")
