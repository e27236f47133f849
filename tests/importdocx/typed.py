"""Plans typed by a clerk in Word, made here with python-docx (not docgen's template): a top block table,
title, bases, a body of paragraphs as typed (numbers typed as text, or Word's automatic numbering), the end
block table and appendix tables with merged header cells."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

BOLD, PLAIN = True, False


@dataclass
class Typed:
    """One hand-typed plan. ``body`` holds (text, bold) pairs, or (text, bold, (num_id, level)) for a
    paragraph numbered by Word; ``tables`` holds (label, title, reference, header rows, rows)."""

    issuer: list[str] = field(default_factory=lambda: ["ỦY BAN NHÂN DÂN", "XÃ TÂN CƯƠNG"])
    number: str = "Số: 12/KH-UBND"
    place_date: str = "Tân Cương, ngày 05 tháng 01 năm 2023"
    kind: str = "KẾ HOẠCH"
    summary: str = "Thực hiện công tác giảm nghèo năm 2023"
    bases: list[str] = field(default_factory=lambda: [
        "Căn cứ Kế hoạch số 30/KH-UBND ngày 10/12/2022 của UBND thành phố Thái Nguyên;"])
    body: list[tuple] = field(default_factory=list)
    recipients: list[str] = field(default_factory=lambda: ["- UBND thành phố;", "- Các xóm;", "- Lưu: VT, VP."])
    signature: list[str] = field(default_factory=lambda: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"])
    signer: str = "Nguyễn Văn An"
    tables: list[tuple] = field(default_factory=list)
    numbering: list[tuple[str, str]] = field(default_factory=list)  # levels of one Word list: (format, text)
    tabs: bool = False  # top block and end block typed with tabs instead of tables


def typed_docx(plan: Typed) -> bytes:
    """Return the bytes of the document ``plan`` describes."""
    doc = docx.Document()
    if plan.numbering:
        _add_numbering(doc, plan.numbering)
    if plan.tabs:
        right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
        for left, other in zip(plan.issuer, right, strict=False):
            _para(doc, f"{left}\t{other}", bold=True)
        _para(doc, f"{plan.number}\t{plan.place_date}")
    else:
        top = doc.add_table(rows=2, cols=2)
        _lines(top.cell(0, 0), plan.issuer, bold=True)
        _lines(top.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"], bold=True)
        _lines(top.cell(1, 0), [plan.number])
        _lines(top.cell(1, 1), [plan.place_date])
    _para(doc, plan.kind, bold=True, center=True)
    _para(doc, plan.summary, bold=True, center=True)
    for basis in plan.bases:
        _para(doc, basis)
    for entry in plan.body:
        paragraph = _para(doc, entry[0], bold=entry[1])
        if len(entry) > 2:
            _number(paragraph, *entry[2])
    if plan.tabs:
        left, right = ["Nơi nhận:", *plan.recipients], [*plan.signature, "", "", plan.signer]
        for position in range(max(len(left), len(right))):
            here = left[position] if position < len(left) else ""
            there = right[position] if position < len(right) else ""
            _para(doc, f"{here}\t\t{there}" if there else here)
    else:
        end = doc.add_table(rows=1, cols=2)
        _lines(end.cell(0, 0), ["Nơi nhận:", *plan.recipients])
        _lines(end.cell(0, 1), [*plan.signature, "", "", plan.signer], bold=True)
    for label, title, reference, header, rows in plan.tables:
        doc.add_page_break()
        for text in (label, title, reference):
            if text:
                _para(doc, text, bold=text != reference, center=True)
        _figure_table(doc, header, rows)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _lines(cell, texts: list[str], bold: bool = False) -> None:
    cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
    for text in texts:
        paragraph = cell.add_paragraph()
        paragraph.add_run(text).bold = bold and not text.startswith(("Số", "-")) and "ngày" not in text


def _para(doc, text: str, bold: bool = False, center: bool = False):
    paragraph = doc.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = bold
    run.font.size = Pt(14)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.JUSTIFY
    return paragraph


def _figure_table(doc, header: list[list[str]], rows: list[list[str]]) -> None:
    """A table whose header rows merge equal neighbouring texts (across) and a text over blanks (down)."""
    width = len(header[-1])
    table = doc.add_table(rows=len(header) + len(rows), cols=width)
    table.style = doc.styles["Table Grid"]
    for r, texts in enumerate(header + rows):
        for c, text in enumerate(texts):
            table.cell(r, c).text = text
    for r, texts in enumerate(header):
        c = 0
        while c < width:
            end = c
            while end + 1 < width and texts[end + 1] == texts[c] and texts[c]:
                end += 1
            if end > c:
                merged = table.cell(r, c).merge(table.cell(r, end))
                merged.text = texts[c]
            c = end + 1
    for c in range(width):
        if len(header) > 1 and header[0][c] and not header[1][c]:
            merged = table.cell(0, c).merge(table.cell(1, c))
            merged.text = header[0][c]


def _add_numbering(doc, levels: list[tuple[str, str]]) -> None:
    """Add one Word list (abstractNum 90, num 90) whose levels are (numFmt, lvlText)."""
    numbering = doc.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), "90")
    for index, (fmt, text) in enumerate(levels):
        level = OxmlElement("w:lvl")
        level.set(qn("w:ilvl"), str(index))
        for tag, value in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text)):
            element = OxmlElement(tag)
            element.set(qn("w:val"), value)
            level.append(element)
        abstract.append(level)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "90")
    reference = OxmlElement("w:abstractNumId")
    reference.set(qn("w:val"), "90")
    num.append(reference)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(num)


def _number(paragraph, num_id: int, level: int) -> None:
    properties = paragraph._p.get_or_add_pPr()
    numbering = OxmlElement("w:numPr")
    for tag, value in (("w:ilvl", level), ("w:numId", num_id)):
        element = OxmlElement(tag)
        element.set(qn("w:val"), str(value))
        numbering.append(element)
    properties.insert(0, numbering)
