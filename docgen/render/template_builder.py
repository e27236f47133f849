"""Builds docgen/templates/ke-hoach.docx: the ND30 plan template, tags only, every measure from ``docgen.nd30``.

The committed template is what a clerk opens and adapts in Word; this script is how it was made, and
a test checks that the two agree. Run ``python -m docgen.render.template_builder docgen/templates/ke-hoach.docx``.
"""

from __future__ import annotations

import io
import sys
from copy import deepcopy
from pathlib import Path

from docx import Document
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from docgen import nd30
from docgen.render import template_parts as parts
from docgen.render.appendix_table import GRID_STYLE
from docgen.render.package import normalise
from docgen.render.template_parts import RULE_STYLE
from docgen.render.templates import APPENDIX_PART, TEMPLATE_NAME

CENTER, JUSTIFY, LEFT = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.LEFT

# name: (size, bold, italic, alignment, first-line indent): one paragraph style per ND30 element, so that a
# clerk can adapt an element everywhere at once in Word's style pane.
STYLES = {
    "KH Cơ quan chủ quản": (nd30.PARENT_BODY_SIZE, False, False, CENTER, False),
    "KH Cơ quan": (nd30.ISSUER_SIZE, True, False, CENTER, False),
    "KH Quốc hiệu": (nd30.NATIONAL_NAME_SIZE, True, False, CENTER, False),
    "KH Tiêu ngữ": (nd30.MOTTO_SIZE, True, False, CENTER, False),
    "KH Số": (nd30.NUMBER_SIZE, False, False, CENTER, False),
    "KH Địa danh": (nd30.PLACE_DATE_SIZE, False, True, CENTER, False),
    "KH Tên loại": (nd30.DOC_TYPE_SIZE, True, False, CENTER, False),
    "KH Trích yếu": (nd30.SUMMARY_SIZE, True, False, CENTER, False),
    "KH Căn cứ": (nd30.BODY_SIZE, False, True, JUSTIFY, True),
    "KH Nội dung": (nd30.BODY_SIZE, False, False, JUSTIFY, True),
    "KH Tiêu đề": (nd30.BODY_SIZE, True, False, JUSTIFY, True),
    "KH Phần": (nd30.BODY_SIZE, True, False, CENTER, False),
    "KH Tên phần": (nd30.BODY_SIZE, True, False, CENTER, False),
    "KH Đoạn kết": (nd30.BODY_SIZE, False, False, JUSTIFY, True),
    "KH Nơi nhận": (nd30.RECIPIENTS_LABEL_SIZE, True, True, LEFT, False),
    "KH Nơi nhận mục": (nd30.RECIPIENTS_SIZE, False, False, LEFT, False),
    "KH Chữ ký": (nd30.SIGNATURE_SIZE, True, False, CENTER, False),
    "KH Phụ lục": (nd30.APPENDIX_LABEL_SIZE, True, False, CENTER, False),
    "KH Tên phụ lục": (nd30.APPENDIX_TITLE_SIZE, True, False, CENTER, False),
    "KH Kèm theo": (nd30.APPENDIX_REFERENCE_SIZE, False, True, CENTER, False),
    "KH Bảng": (nd30.TABLE_SIZE, False, False, CENTER, False),
    "KH Bảng tiêu đề": (nd30.TABLE_SIZE, True, False, CENTER, False),
    "KH Số trang": (nd30.PAGE_NUMBER_SIZE, False, False, CENTER, False),
    "KH Dự thảo": (nd30.DRAFT_MARK_SIZE, True, False, CENTER, False),
}
BODY_STYLES = ("KH Căn cứ", "KH Nội dung", "KH Tiêu đề", "KH Đoạn kết")


def build_template() -> WordDocument:
    """Return the plan template as a python-docx Document."""
    doc = Document()
    _set_defaults(doc)
    _add_styles(doc)
    _set_page(doc.sections[0], landscape=False)
    _add_page_numbers(doc.sections[0])
    parts.add_draft_mark(doc.sections[0].first_page_header)
    _clear_body(doc)
    parts.add_top_block(doc)
    parts.add_title(doc)
    parts.add_body(doc)
    parts.add_end_block(doc)
    _add_appendices(doc)
    _drop_unused_styles(doc)
    return doc


def build_appendix_part() -> WordDocument:
    """Return the appendix page (label, title, reference line, rule, table) as a template part of its own."""
    doc = Document()
    _set_defaults(doc)
    _add_styles(doc)
    _set_page(doc.sections[0], landscape=True)
    _clear_body(doc)
    parts.add_appendix(doc)
    _drop_unused_styles(doc)
    return doc


def _set_defaults(doc: WordDocument) -> None:
    """Times New Roman on all four scripts (ND30 Phụ lục I, I.1), no theme fonts, Vietnamese language."""
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = rpr.find(qn("w:rFonts"))
    for attribute in list(fonts.attrib):
        del fonts.attrib[attribute]
    for script in ("ascii", "hAnsi", "cs", "eastAsia"):
        fonts.set(qn(f"w:{script}"), nd30.FONT)
    for tag in ("w:sz", "w:szCs"):
        rpr.find(qn(tag)).set(qn("w:val"), str(int(nd30.BODY_SIZE.chosen * 2)))
    rpr.find(qn("w:lang")).set(qn("w:val"), "vi-VN")
    ppr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:pPrDefault")).find(qn("w:pPr"))
    spacing = ppr.find(qn("w:spacing"))
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "240")
    normal = doc.styles["Normal"].font
    normal.name, normal.size = nd30.FONT, Pt(nd30.BODY_SIZE.chosen)


def _add_styles(doc: WordDocument) -> None:
    for name, (size, bold, italic, alignment, indent) in STYLES.items():
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = doc.styles["Normal"]
        style.font.size, style.font.bold, style.font.italic = Pt(size.chosen), bold, italic
        style.paragraph_format.alignment = alignment
        if name in BODY_STYLES:
            _set_body_spacing(style.paragraph_format, indent)
    rule = doc.styles.add_style(RULE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    rule.base_style = doc.styles["Normal"]
    rule.font.size = Pt(4)  # the rule paragraph is empty: keep it thin so it adds no visible blank line
    rule.paragraph_format.space_before = Pt(3)  # the rule sits a little below the text, not on it
    # A heading never ends a page, and the closing paragraph goes to the signature page with the end block.
    for name in ("KH Tiêu đề", "KH Đoạn kết", "KH Phần", "KH Tên phần"):
        doc.styles[name].paragraph_format.keep_with_next = True
    # "Phần thứ nhất" and its title stand apart from the text around them (nd30.md §2.6, Phần headings).
    doc.styles["KH Phần"].paragraph_format.space_before = Pt(12)
    doc.styles["KH Tên phần"].paragraph_format.space_after = Pt(nd30.BODY_SPACE_AFTER_PT)


def _set_body_spacing(fmt, indent: bool) -> None:
    """Body paragraphs: first line 1.27 cm, 6 pt after, 1.15 lines (ND30 Phụ lục I, II.6)."""
    fmt.first_line_indent = Mm(nd30.FIRST_LINE_INDENTS_MM[1]) if indent else None
    fmt.space_after = Pt(nd30.BODY_SPACE_AFTER_PT)
    fmt.line_spacing = nd30.LINE_SPACING.chosen
    fmt.widow_control = True


def _drop_unused_styles(doc: WordDocument) -> None:
    """Remove the built-in styles the plan never uses.

    python-docx's blank document brings 189 styles, most of them table styles (Light Grid – Accent 1 …). They
    made styles.xml 350 KB, which every build and every check parses, for nothing: Word offers its built-in
    styles again when a clerk picks one. Kept: docgen's own styles, Word's defaults, the styles the template
    uses, "Table Grid" (the render gives it to the appendix tables), and whatever these are based on."""
    styles = doc.styles.element
    by_id = {style.get(qn("w:styleId")): style for style in styles.iterchildren(qn("w:style"))}
    kept_names = {*STYLES, RULE_STYLE, GRID_STYLE}
    wanted = {style_id for style_id, style in by_id.items()
              if style.get(qn("w:default")) == "1" or _style_name(style) in kept_names}
    for part in doc.part.package.iter_parts():
        if hasattr(part, "element") and part.element is not styles:
            wanted |= {e.get(qn("w:val")) for e in part.element.iter(qn("w:pStyle"), qn("w:rStyle"), qn("w:tblStyle"))}
    pending = list(wanted)
    while pending:  # and the styles they are based on, follow with or are linked to
        style = by_id.get(pending.pop())
        for link in () if style is None else style.iterchildren(qn("w:basedOn"), qn("w:next"), qn("w:link")):
            if link.get(qn("w:val")) not in wanted:
                wanted.add(link.get(qn("w:val")))
                pending.append(link.get(qn("w:val")))
    for style_id, style in by_id.items():
        if style_id not in wanted:
            styles.remove(style)


def _style_name(style) -> str | None:
    name = style.find(qn("w:name"))
    return None if name is None else name.get(qn("w:val"))


def _set_page(section, landscape: bool) -> None:
    """A4 with ND30 margins; appendix sections turn the page (nd30.md §1, landscape appendix pages)."""
    short, long_ = Mm(nd30.PAGE_WIDTH_MM), Mm(nd30.PAGE_HEIGHT_MM)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (long_, short) if landscape else (short, long_)
    section.top_margin, section.bottom_margin = Mm(nd30.MARGIN_TOP.chosen), Mm(nd30.MARGIN_BOTTOM.chosen)
    section.left_margin, section.right_margin = Mm(nd30.MARGIN_LEFT.chosen), Mm(nd30.MARGIN_RIGHT.chosen)
    section.header_distance = section.footer_distance = Mm(10)


def _add_page_numbers(section) -> None:
    """Page number centred in the header, none on the first page (ND30 Phụ lục I, I.7)."""
    section.different_first_page_header_footer = True
    section.first_page_header.is_linked_to_previous = False
    paragraph = section.header.paragraphs[0]
    paragraph.style = "KH Số trang"
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _clear_body(doc: WordDocument) -> None:
    for paragraph in list(doc.paragraphs):
        paragraph._p.getparent().remove(paragraph._p)


def _add_appendices(doc: WordDocument) -> None:
    """Each appendix on its own landscape section, numbered from 1 (Phụ lục I, II.10 of ND30 and nd30.md §3).

    The section break before an appendix ends the previous section: the main text (portrait) for the first
    appendix, the previous appendix (landscape) for the others. The last appendix ends with the document.
    """
    parts.tag(doc, "{%p for a in appendices %}")
    parts.tag(doc, "{%p if loop.first %}")
    doc.add_section(WD_SECTION.NEW_PAGE)
    _style_break(doc)
    _set_page(doc.sections[-1], landscape=True)
    _restart_numbering(doc.sections[-1])
    parts.tag(doc, "{%p else %}")
    doc.add_section(WD_SECTION.NEW_PAGE)
    _style_break(doc)
    parts.tag(doc, "{%p endif %}")
    parts.tag(doc, '{%p part "' + APPENDIX_PART + '" %}')  # a commune may replace this page alone
    parts.tag(doc, "{%p endfor %}")
    _share_headers(doc)


def _share_headers(doc: WordDocument) -> None:
    """Give every section the main text's header references explicitly.

    python-docx leaves new sections "linked to previous"; a plan without appendices keeps only the last
    section, which would then have no header and so no page numbers.
    """
    first = doc.sections[0]._sectPr
    references = first.findall(qn("w:headerReference"))
    for section in doc.sections[1:]:
        if section._sectPr.find(qn("w:headerReference")) is None:
            for reference in reversed(references):
                section._sectPr.insert(0, deepcopy(reference))


def _style_break(doc: WordDocument) -> None:
    doc.paragraphs[-1].style = RULE_STYLE


def _restart_numbering(section) -> None:
    number_type = OxmlElement("w:pgNumType")
    number_type.set(qn("w:start"), "1")
    # CT_SectPr children have a fixed order; pgNumType comes before cols, titlePg and docGrid.
    later = [section._sectPr.find(qn(f"w:{tag}")) for tag in ("cols", "titlePg", "docGrid")]
    anchor = next((element for element in later if element is not None), None)
    if anchor is None:
        section._sectPr.append(number_type)
    else:
        anchor.addprevious(number_type)


def template_bytes() -> bytes:
    """Return the template as reproducible .docx bytes."""
    return _bytes(build_template())


def appendix_part_bytes() -> bytes:
    """Return the appendix page part as reproducible .docx bytes."""
    return _bytes(build_appendix_part())


def _bytes(doc: WordDocument) -> bytes:
    buffer = io.BytesIO()
    doc.save(buffer)
    return normalise(buffer.getvalue(), None)


def main(argv: list[str]) -> int:
    folder = Path(argv[0] if argv else "docgen/templates")
    for name, data in ((TEMPLATE_NAME, template_bytes()), (APPENDIX_PART, appendix_part_bytes())):
        (folder / name).write_bytes(data)
        print(f"wrote {folder / name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
