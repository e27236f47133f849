"""The blocks of the plan template (top block, title, body, end block, appendix), as docxtpl tags.

Every text here is a tag or an ND30 fixed text; plan content arrives only through the tags.
"""

from __future__ import annotations

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from docgen import nd30

RULE_STYLE = "KH Đường kẻ"
LETTER_SUMMARY_STYLE = "KH Về việc"  # a công văn's "V/v …" under its number (docgen/kinds/template.py)
CELL_MARGIN_MM = 1.905  # Word's default left and right cell margin (108 twips)
SIGNING_SPACE_LINES = 4
RECIPIENTS_COLUMN_MM = 75.0


def tag(container, text: str, style: str = RULE_STYLE):
    """Add a paragraph holding a docxtpl tag; ``{%p`` tags remove their own paragraph when rendered."""
    return container.add_paragraph(text, style=style)


def add_top_block(doc) -> None:
    """The borderless 2×2 top block: issuing body | national name and motto; number | place and date."""
    table = _borderless_table(doc, 2, (nd30.TOP_LEFT_COLUMN_MM, nd30.TOP_RIGHT_COLUMN_MM))
    left, right = table.cell(0, 0), table.cell(0, 1)
    _first(left, "{%p for line in issuer_parent %}", RULE_STYLE)
    tag(left, "{{ line }}", "KH Cơ quan chủ quản")
    tag(left, "{%p endfor %}")
    tag(left, "{%p for line in issuer_header %}")
    tag(left, "{{ line }}", "KH Cơ quan")
    tag(left, "{%p endfor %}")
    _rule(left, _inside(nd30.TOP_LEFT_COLUMN_MM), nd30.ISSUER_RULE_MM)
    _first(right, nd30.NATIONAL_NAME, "KH Quốc hiệu")
    tag(right, nd30.MOTTO, "KH Tiêu ngữ")
    _rule(right, _inside(nd30.TOP_RIGHT_COLUMN_MM), nd30.MOTTO_RULE_MM)
    _first(table.cell(1, 0), "{{ number_line }}", "KH Số")
    _first(table.cell(1, 1), "{{ place_date }}", "KH Địa danh")
    for cell in (table.cell(1, 0), table.cell(1, 1)):
        cell.paragraphs[0].paragraph_format.space_before = Pt(6)


def add_draft_mark(header) -> None:
    """"DỰ THẢO" in a box at the top left of page 1, above the issuing body, as drafts are marked in practice
    (the decree has no rule for it). It sits in the first page's header, so the top block keeps its place and
    the checker reads the same parts; in a document that is not a draft the tags leave the header empty."""
    _first(header, "{%p if draft %}", RULE_STYLE)
    mark = tag(header, nd30.DRAFT_MARK, "KH Dự thảo")
    mark.paragraph_format.right_indent = Mm(nd30.TEXT_WIDTH_MM - nd30.DRAFT_MARK_WIDTH_MM)
    _box(mark)
    tag(header, "{%p endif %}")
    header.add_paragraph()  # a header holds at least one paragraph (OOXML), also when the tags are removed


def _box(paragraph) -> None:
    """A single line around the paragraph, 1 pt away from the text."""
    _borders(paragraph, ("top", "left", "bottom", "right"), size="8")


def _borders(paragraph, sides: tuple[str, ...], size: str) -> None:
    """Give the paragraph single black border lines on ``sides`` (``size`` in eighths of a point), 1 pt away."""
    borders = OxmlElement("w:pBdr")
    for side in sides:
        line = OxmlElement(f"w:{side}")
        for key, value in (("val", "single"), ("sz", size), ("space", "1"), ("color", "000000")):
            line.set(qn(f"w:{key}"), value)
        borders.append(line)
    # CT_PPr children have a fixed order: pBdr comes before shading, tabs, spacing and indents.
    paragraph._p.get_or_add_pPr().insert_element_before(
        borders, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
        "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
        "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
        "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle",
        "w:rPr", "w:sectPr", "w:pPrChange")


def add_title(doc) -> None:
    """KẾ HOẠCH, the summary, and the short rule under it (ND30 Phụ lục I, II.5)."""
    kind = doc.add_paragraph("{{ doc_type }}", style="KH Tên loại")
    kind.paragraph_format.space_before = Pt(18)
    doc.add_paragraph("{{ summary }}", style="KH Trích yếu")
    rule = _rule(doc, nd30.TEXT_WIDTH_MM, nd30.SUMMARY_RULE_MM)
    rule.paragraph_format.space_after = Pt(6)


def add_body(doc) -> None:
    """Legal bases in italics, then every body paragraph, bold or regular as the context says."""
    tag(doc, "{%p for text in bases %}")
    doc.add_paragraph("{{ text }}", style="KH Căn cứ")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p for p in base_paragraphs %}")  # bases when one of them holds emphasis (then bases is empty)
    _text_or_runs(doc, "p", "KH Căn cứ")
    tag(doc, "{%p endfor %}")
    add_paragraphs(doc, "body")
    tag(doc, "{%p if closing_runs %}")
    doc.add_paragraph("{{r closing_runs }}", style="KH Đoạn kết")
    tag(doc, "{%p else %}")
    doc.add_paragraph("{{ closing }}", style="KH Đoạn kết")
    tag(doc, "{%p endif %}")


def add_paragraphs(doc, name: str) -> None:
    """The paragraphs of ``name`` (the body, an appendix's text): a placed table, a "Phần" line or title, a
    heading, or text; each as a plain string, or as runs when it holds emphasis or a line break."""
    tag(doc, "{%p for p in " + name + " %}")
    tag(doc, "{%p if p.table %}")
    tag(doc, "{{p p.table }}", "KH Bảng")  # the table (and its title) is built at render time (body_table.py)
    tag(doc, "{%p elif p.division == 'label' %}")
    doc.add_paragraph("{{ p.text }}", style="KH Phần")
    tag(doc, "{%p elif p.division == 'title' %}")
    doc.add_paragraph("{{ p.text }}", style="KH Tên phần")
    tag(doc, "{%p elif p.bold %}")
    _text_or_runs(doc, "p", "KH Tiêu đề")
    tag(doc, "{%p else %}")
    _text_or_runs(doc, "p", "KH Nội dung")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p endfor %}")


def _text_or_runs(doc, name: str, style: str) -> None:
    tag(doc, "{%p if " + name + ".runs %}")
    doc.add_paragraph("{{r " + name + ".runs }}", style=style)
    tag(doc, "{%p else %}")
    doc.add_paragraph("{{ " + name + ".text }}", style=style)
    tag(doc, "{%p endif %}")


def add_end_block(doc) -> None:
    """Recipients on the left, signature on the right, first lines level (ND30 Phụ lục I, II.7 and II.9); a
    joint document's two signers side by side, the recipients under them."""
    tag(doc, "{%p if joint %}")
    tag(doc, "{{p joint_table }}")
    _add_recipients_table(doc)
    tag(doc, "{%p else %}")
    _add_end_table(doc)
    tag(doc, "{%p endif %}")


def _add_recipients_table(doc) -> None:
    """Under a joint document's signers: the recipients in the same left column as in any plan."""
    table = _borderless_table(doc, 1, (RECIPIENTS_COLUMN_MM, nd30.TEXT_WIDTH_MM - RECIPIENTS_COLUMN_MM))
    _recipients(table.cell(0, 0))
    table.cell(0, 0).paragraphs[0].paragraph_format.space_before = Pt(12)


def _recipients(left) -> None:
    _first(left, nd30.RECIPIENTS_LABEL, "KH Nơi nhận")
    tag(left, "{%p for line in recipients %}")
    tag(left, "{{ line }}", "KH Nơi nhận mục")
    tag(left, "{%p endfor %}")


def _add_end_table(doc) -> None:
    right_mm = nd30.TEXT_WIDTH_MM - RECIPIENTS_COLUMN_MM
    table = _borderless_table(doc, 1, (RECIPIENTS_COLUMN_MM, right_mm))
    _keep_on_one_page(table.rows[0])
    left, right = table.cell(0, 0), table.cell(0, 1)
    _recipients(left)
    _first(right, "{%p if signature.above %}", RULE_STYLE)
    _plain_italic(tag(right, "{{ signature.above }}", "KH Chữ ký"))
    tag(right, "{%p endif %}")
    tag(right, "{%p for line in signature_lines %}")
    tag(right, "{{ line }}", "KH Chữ ký")
    tag(right, "{%p endfor %}")
    tag(right, "{%p if signature.note %}")
    _plain_italic(tag(right, "{{ signature.note }}", "KH Chữ ký"))
    tag(right, "{%p endif %}")
    tag(right, "{%p if signature.space %}")
    for _ in range(SIGNING_SPACE_LINES):
        tag(right, "", "KH Chữ ký")
    tag(right, "{%p endif %}")
    tag(right, "{{ signer }}", "KH Chữ ký")
    tag(right, "{%p for line in signature.below %}")
    tag(right, "{{ line }}", "KH Chữ ký").runs[0].font.bold = False
    tag(right, "{%p endfor %}")


def _plain_italic(paragraph) -> None:
    """A line of the signature block that is italic, not bold: a date line above, "(Ký, ghi rõ họ tên)"."""
    paragraph.runs[0].font.bold, paragraph.runs[0].font.italic = False, True


def add_appendix(doc) -> None:
    """'Phụ lục I', a form's own heading lines, its title, the '(Kèm theo …)' line, a short rule, then the
    hamlet table, or the appendix's text with its tables, signers and notes (ND30 Phụ lục I, II.10)."""
    doc.add_paragraph("{{ a.label }}", style="KH Phụ lục")
    tag(doc, "{%p for line in a.heading_parts %}")
    tag(doc, "{%p if line.table %}")
    tag(doc, "{{p line.table }}", "KH Bảng")  # a form's two-column box, built at render time (body_table.py)
    tag(doc, "{%p else %}")
    doc.add_paragraph("{{ line.text }}", style="KH Tên phụ lục")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p if a.title %}")
    doc.add_paragraph("{{ a.title }}", style="KH Tên phụ lục")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p if a.reference %}")
    doc.add_paragraph("{{ a.reference }}", style="KH Kèm theo")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p if a.portrait %}")
    _appendix_rule(doc, nd30.TEXT_WIDTH_MM)
    tag(doc, "{%p else %}")
    _appendix_rule(doc, nd30.LANDSCAPE_TEXT_WIDTH_MM)
    tag(doc, "{%p endif %}")
    tag(doc, "{%p if a.kind == 'figures' %}")
    # The table itself is built at render time for the plan's own column list (render/appendix_table.py).
    tag(doc, "{{p a.table }}", "KH Bảng")
    tag(doc, "{%p else %}")
    add_paragraphs(doc, "a.body")
    tag(doc, "{%p if a.signers_table %}")
    tag(doc, "{{p a.signers_table }}")
    tag(doc, "{%p endif %}")
    add_paragraphs(doc, "a.notes")
    tag(doc, "{%p endif %}")


def _appendix_rule(doc, width_mm: float) -> None:
    rule = _rule(doc, width_mm, nd30.ISSUER_RULE_MM * 2)
    rule.paragraph_format.space_before = Pt(6)  # clear of the italic line's descenders
    rule.paragraph_format.space_after = Pt(12)


def _borderless_table(doc, rows: int, widths_mm: tuple[float, ...]):
    table = doc.add_table(rows=rows, cols=len(widths_mm))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _set_widths(table, widths_mm)
    return table


def _set_widths(table, widths_mm) -> None:
    """Fix column widths in the grid and in every cell: Word reads the cells, LibreOffice the grid."""
    table.autofit = False
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)
        for cell in column.cells:
            cell.width = Mm(width)


def _first(cell, text: str, style: str):
    paragraph = cell.paragraphs[0]
    paragraph.text, paragraph.style = text, style
    return paragraph


def _inside(cell_mm: float) -> float:
    """Return the width a paragraph has inside a table cell of ``cell_mm``."""
    return cell_mm - 2 * CELL_MARGIN_MM


def _rule(container, available_mm: float, rule_mm: float):
    """An empty paragraph whose top border is a centred solid rule ``rule_mm`` long (not underscores)."""
    paragraph = container.add_paragraph(style=RULE_STYLE)
    side = (available_mm - rule_mm) / 2
    paragraph.paragraph_format.left_indent = paragraph.paragraph_format.right_indent = Mm(side)
    _borders(paragraph, ("top",), size="6")
    return paragraph


def _keep_on_one_page(row) -> None:
    """The signature block must not be split over two pages."""
    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
