"""``make_docx(**overrides)``: a clean ND30 plan built by hand with python-docx, one switch per property.

By default every run and paragraph carries its own (direct) formatting over python-docx's template, whose
defaults are Cambria 11 pt: so the checker must read direct formatting. ``styled=True`` puts the same
formatting in named paragraph styles based on one another, over Times New Roman document defaults: so the
checker must resolve the style chain. Both pass clean.
"""

from __future__ import annotations

import io
from dataclasses import replace
from typing import Any

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from docgen import nd30
from tests.check.spec import FORMATS, Fmt, Spec

ALIGN = {"center": WD_ALIGN_PARAGRAPH.CENTER, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
         "left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT}
CELL_MARGINS_MM = 2 * 1.905  # Word's default left + right cell margins
TOP_COLUMNS_MM = (nd30.TOP_LEFT_COLUMN_MM, nd30.TOP_RIGHT_COLUMN_MM)
END_COLUMNS_MM = (75.0, nd30.TEXT_WIDTH_MM - 75.0)


def make_docx(**overrides: Any) -> bytes:
    """Return the bytes of a clean ND30 plan with ``overrides`` applied to ``Spec``."""
    return build(Spec(**overrides))


def build(spec: Spec) -> bytes:
    """Return the bytes of the document ``spec`` describes."""
    doc = docx.Document()
    writer = _Writer(doc, spec)
    _page_setup(doc.sections[0], spec, landscape=spec.main_landscape)
    writer.top_block()
    writer.title()
    writer.body()
    writer.end_block()
    writer.appendices()
    if spec.mutate:
        spec.mutate(doc)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


class _Writer:
    def __init__(self, doc, spec: Spec) -> None:
        self.doc, self.spec = doc, spec
        self.formats = {k: replace(v, **spec.formats.get(k, {})) for k, v in FORMATS.items()}
        if spec.styled:
            _styles(doc, self.formats)

    def para(self, container, kind: str, text: str):
        """Add a paragraph of ``kind`` (a key of FORMATS) with ``text`` to a document or cell."""
        fmt = self.formats[kind]
        paragraph = container.add_paragraph()
        if self.spec.styled:
            paragraph.style = self.doc.styles[f"T {kind}"]
        else:
            _format_paragraph(paragraph, fmt)
        run = paragraph.add_run(text)
        if not self.spec.styled:
            _format_run(run, fmt)
        return paragraph

    def rule(self, container, available_mm: float, name: str) -> None:
        length = self.spec.rules_mm.get(name)
        if length is None:
            return
        border_top(container.add_paragraph(), (available_mm - length) / 2)

    def top_block(self) -> None:
        table = _table(self.doc, 2, TOP_COLUMNS_MM)
        left, right = table.cell(0, 0), table.cell(0, 1)
        _drop_first(left), _drop_first(right), _drop_first(table.cell(1, 0)), _drop_first(table.cell(1, 1))
        for line in self.spec.issuer:
            self.para(left, "issuer", line)
        self.rule(left, TOP_COLUMNS_MM[0] - CELL_MARGINS_MM, "issuer")
        self.para(right, "national_name", self.spec.national_name)
        if self.spec.motto:
            self.para(right, "motto", self.spec.motto)
        self.rule(right, TOP_COLUMNS_MM[1] - CELL_MARGINS_MM, "motto")
        self.para(table.cell(1, 0), "number", self.spec.number)
        self.para(table.cell(1, 1), "place_date", self.spec.place_date)

    def title(self) -> None:
        self.para(self.doc, "doc_type", self.spec.doc_type)
        self.para(self.doc, "summary", self.spec.summary)
        self.rule(self.doc, _text_width(self.spec, self.spec.main_landscape), "summary")

    def body(self) -> None:
        for text in self.spec.bases:
            self.para(self.doc, "basis", text)
        for kind, text in self.spec.body:
            self.para(self.doc, kind, text)

    def end_block(self) -> None:
        table = _table(self.doc, 1, END_COLUMNS_MM)
        left, right = table.cell(0, 0), table.cell(0, 1)
        _drop_first(left), _drop_first(right)
        self.para(left, "recipients_label", self.spec.recipients_label)
        for line in self.spec.recipients:
            self.para(left, "recipient", line)
        for line in self.spec.signature:
            self.para(right, "signature", line)
        for _ in range(3):
            right.add_paragraph()
        self.para(right, "signer", self.spec.signer)

    def appendices(self) -> None:
        doc, spec = self.doc, self.spec
        if spec.page_number:
            _page_numbers(doc.sections[0], spec, self.formats["page_number"])
        for label, title, reference in spec.appendices:
            if spec.appendix_sections:
                section = doc.add_section(WD_SECTION.NEW_PAGE)
                _page_setup(section, spec, landscape=spec.appendix_landscape)
                if spec.appendix_restart:
                    _restart_numbering(section)
            self.para(doc, "appendix_label", label)
            self.para(doc, "appendix_title", title)
            if reference:
                self.para(doc, "appendix_reference", reference)
            self.rule(doc, _text_width(spec, spec.appendix_landscape and spec.appendix_sections), "summary")
            grid = doc.add_table(rows=2, cols=3)
            grid.style = doc.styles["Table Grid"]
            texts = ("TT", "Thôn", "Số hộ", "1", "Nhân Hòa", "219")
            for cell, text in zip(grid.rows[0].cells + grid.rows[1].cells, texts, strict=True):
                _drop_first(cell)
                self.para(cell, "table", text)


def _page_setup(section, spec: Spec, landscape: bool) -> None:
    width, height = spec.page_mm
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (Mm(height), Mm(width)) if landscape else (Mm(width), Mm(height))
    for side, value in spec.margins.items():
        setattr(section, f"{side}_margin", Mm(value))
    section.different_first_page_header_footer = spec.title_page


def _text_width(spec: Spec, landscape: bool) -> float:
    """Return the width between the margins of a page of ``spec``."""
    page = max(spec.page_mm) if landscape else min(spec.page_mm)
    return page - spec.margins["left"] - spec.margins["right"]


def _restart_numbering(section) -> None:
    """Add ``<w:pgNumType w:start="1"/>`` at its place in the section properties."""
    number_type = OxmlElement("w:pgNumType")
    number_type.set(qn("w:start"), "1")
    later = [section._sectPr.find(qn(f"w:{tag}")) for tag in ("cols", "titlePg", "docGrid")]
    anchor = next((element for element in later if element is not None), None)
    if anchor is None:
        section._sectPr.append(number_type)
    else:
        anchor.addprevious(number_type)


def _page_numbers(section, spec: Spec, fmt: Fmt) -> None:
    section.first_page_header.is_linked_to_previous = False
    part = section.footer if spec.page_number == "footer" else section.header
    _page_field(part.paragraphs[0], fmt)
    if spec.page_number_on_first:
        _page_field(section.first_page_header.paragraphs[0], fmt)


def _page_field(paragraph, fmt: Fmt) -> None:
    _format_paragraph(paragraph, fmt)
    field_ = OxmlElement("w:fldSimple")
    field_.set(qn("w:instr"), " PAGE ")
    run = paragraph.add_run("1")
    _format_run(run, fmt)
    run._r.addprevious(field_)
    field_.append(run._r)


def _table(doc, rows: int, widths_mm: tuple[float, ...]):
    table = doc.add_table(rows=rows, cols=len(widths_mm))
    table.autofit = False
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)
        for cell in column.cells:
            cell.width = Mm(width)
    return table


def _drop_first(container) -> None:
    """Remove the empty paragraph a new cell (or python-docx's blank document) starts with."""
    for paragraph in list(container.paragraphs):
        if not paragraph.text:
            paragraph._p.getparent().remove(paragraph._p)
            return


def _format_paragraph(paragraph, fmt: Fmt) -> None:
    layout = paragraph.paragraph_format
    layout.alignment = ALIGN[fmt.align]
    if fmt.first_line_mm is not None:
        layout.first_line_indent = Mm(fmt.first_line_mm)
    if fmt.after_pt is not None:
        layout.space_after = Pt(fmt.after_pt)
    if fmt.line is not None:
        layout.line_spacing = fmt.line


def _format_run(run, fmt: Fmt) -> None:
    run.font.name, run.font.size = fmt.font, Pt(fmt.size)
    run.font.bold, run.font.italic = fmt.bold, fmt.italic


def _styles(doc, formats: dict[str, Fmt]) -> None:
    """Times New Roman 14 in the document defaults, a base style, and one style per kind based on it."""
    defaults = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = defaults.find(qn("w:rFonts"))
    for name in list(fonts.attrib):
        del fonts.attrib[name]
    for script in ("ascii", "hAnsi", "cs", "eastAsia"):
        fonts.set(qn(f"w:{script}"), nd30.FONT)
    base = doc.styles.add_style("T base", WD_STYLE_TYPE.PARAGRAPH)
    base.base_style = doc.styles["Normal"]
    base.font.size = Pt(14)
    for kind, fmt in formats.items():
        style = doc.styles.add_style(f"T {kind}", WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = base
        if fmt.size != 14:
            style.font.size = Pt(fmt.size)
        if fmt.font != nd30.FONT:
            style.font.name = fmt.font
        style.font.bold, style.font.italic = fmt.bold or None, fmt.italic or None
        _format_paragraph(_StyleParagraph(style), fmt)


class _StyleParagraph:
    """Lets ``_format_paragraph`` set a style's paragraph format as it sets a paragraph's."""

    def __init__(self, style) -> None:
        self.paragraph_format = style.paragraph_format


def border_top(paragraph, indent_mm: float) -> None:
    """Draw a rule as a paragraph's top border, indented ``indent_mm`` on both sides (how Word users draw one)."""
    layout = paragraph.paragraph_format
    layout.left_indent = layout.right_indent = Mm(indent_mm)
    borders = OxmlElement("w:pBdr")
    top = OxmlElement("w:top")
    for key, value in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "000000")):
        top.set(qn(f"w:{key}"), value)
    borders.append(top)
    paragraph._p.get_or_add_pPr().append(borders)
