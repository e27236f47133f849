"""Builds the templates of the kinds whose layout is not the plan's: Tờ trình, Quyết định, Công văn.

Each is the plan template's frame (styles, page, page numbers, draft mark, top block, end block, appendices:
docgen/render/template_builder.py and template_parts.py, unchanged) with the kind's own blocks in between, so
what is shared is written once. Run ``python -m docgen.kinds.template docgen/templates``; a test checks that the
committed files agree with this script. A commune may replace any of them (templates/quyet-dinh.docx …).
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from docgen import nd30
from docgen.kinds import PACKAGED_LAYOUTS, Layout
from docgen.render import template_builder as frame
from docgen.render import template_parts as parts

ADDRESSEE_STYLE, AUTHORITY_STYLE, LETTER_SUMMARY_STYLE = ("KH Kính gửi", "KH Thẩm quyền", parts.LETTER_SUMMARY_STYLE)
ADDRESSEE_INDENT_MM = 25.0  # "Kính gửi:" stands in from the margin, its list under it (ND30 Phụ lục III)


def build_kind_template(layout: Layout) -> WordDocument:
    """Return the template of one layout: the shared frame with the layout's own blocks."""
    doc = Document()
    frame._set_defaults(doc)
    frame._add_styles(doc)
    _add_kind_styles(doc)
    frame._set_page(doc.sections[0], landscape=False)
    frame._add_page_numbers(doc.sections[0])
    parts.add_draft_mark(doc.sections[0].first_page_header)
    frame._clear_body(doc)
    parts.add_top_block(doc)
    if layout == "letter":
        _add_letter_summary(doc)
    else:
        parts.add_title(doc)
    if layout == "decision":
        _add_authority(doc)
    if layout in ("submission", "letter"):
        _add_addressees(doc)
    parts.add_body(doc)  # a decision's "QUYẾT ĐỊNH:" and articles come as body paragraphs (docgen/kinds/context.py)
    parts.add_end_block(doc)
    frame._add_appendices(doc)
    frame._drop_unused_styles(doc)
    return doc


def _add_kind_styles(doc: WordDocument) -> None:
    center = WD_ALIGN_PARAGRAPH.CENTER
    for name, size, bold, alignment in ((ADDRESSEE_STYLE, nd30.BODY_SIZE, False, WD_ALIGN_PARAGRAPH.LEFT),
                                        (AUTHORITY_STYLE, nd30.DOC_TYPE_SIZE, True, center),
                                        (LETTER_SUMMARY_STYLE, nd30.LETTER_SUMMARY_SIZE, False, center)):
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = doc.styles["Normal"]
        style.font.size, style.font.bold = Pt(size.chosen), bold
        style.paragraph_format.alignment = alignment
    doc.styles[ADDRESSEE_STYLE].paragraph_format.left_indent = Mm(ADDRESSEE_INDENT_MM)
    # The "V/v …" line uses the whole left column, its cell margins too, so it wraps as little as the column allows.
    letter_summary = doc.styles[LETTER_SUMMARY_STYLE].paragraph_format
    letter_summary.left_indent = letter_summary.right_indent = Mm(-parts.CELL_MARGIN_MM)
    doc.styles[AUTHORITY_STYLE].paragraph_format.space_before = Pt(6)
    doc.styles[AUTHORITY_STYLE].paragraph_format.space_after = Pt(nd30.BODY_SPACE_AFTER_PT)


def _add_letter_summary(doc: WordDocument) -> None:
    """A công văn: "V/v …" under the number, in its column (ND30 Phụ lục I, II.5.a, ô 5b)."""
    cell = doc.tables[-1].cell(1, 0)
    cell.add_paragraph("{{ summary }}", style=LETTER_SUMMARY_STYLE)
    spacer = doc.add_paragraph(style=parts.RULE_STYLE)  # a little air between the top block and "Kính gửi"
    spacer.paragraph_format.space_after = Pt(12)


def _add_addressees(doc: WordDocument) -> None:
    """ "Kính gửi:" and its one or several addressees (ô 9a), before the body."""
    parts.tag(doc, "{%p for line in addressees %}")
    paragraph = doc.add_paragraph("{{ line }}", style=ADDRESSEE_STYLE)
    paragraph.paragraph_format.space_after = Pt(3)
    parts.tag(doc, "{%p endfor %}")
    doc.add_paragraph(style=parts.RULE_STYLE).paragraph_format.space_after = Pt(6)


def _add_authority(doc: WordDocument) -> None:
    """The authority line(s) of a decision, under the summary's rule: "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ …"."""
    parts.tag(doc, "{%p for line in authority %}")
    doc.add_paragraph("{{ line }}", style=AUTHORITY_STYLE)
    parts.tag(doc, "{%p endfor %}")


def main(argv: list[str]) -> int:
    folder = Path(argv[0] if argv else "docgen/templates")
    for layout, name in PACKAGED_LAYOUTS.items():
        (folder / name).write_bytes(frame._bytes(build_kind_template(layout)))  # type: ignore[arg-type]
        print(f"wrote {folder / name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
