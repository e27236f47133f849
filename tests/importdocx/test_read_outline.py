"""read/outline.py: each paragraph's place in the outline, from what the reader sees."""

from __future__ import annotations

import io

import docx

from docgen.read import open_document
from docgen.read.outline import BULLET, HEADING, ITEM, PART, POINT, SECTION, SUB_BULLET, TEXT, outline


def _view(paragraphs: list[list[tuple[str, bool]]]):
    document = docx.Document()
    for runs in paragraphs:
        paragraph = document.add_paragraph()
        for text, bold in runs:
            paragraph.add_run(text).bold = bold
    out = io.BytesIO()
    document.save(out)
    return open_document(out.getvalue())


def test_kinds_numbers_and_bold():
    view = _view([[("II. NHIỆM VỤ", True)], [("1. ", False), ("Mục đích", True)], [("3.2. Tiểu dự án 2", True)],
                  [("đ. Phân công thực hiện:", False)], [("e) Kinh phí", False)], [("- Hộ nghèo;", False)],
                  [("+ Hộ cận nghèo.", False)], [("Tiểu dự án 1: Hỗ trợ sản xuất", True)],
                  [("Nguồn vốn ngân sách xã.", False)], [("1. Mục tiêu: ", True), ("giảm nghèo.", False)]])
    lines = outline(view.paragraphs)
    assert [(line.kind, line.number, line.mark, line.bold) for line in lines] == [
        (SECTION, "II", "", True), (ITEM, "1", "", True), (PART, "3.2", "", True), (POINT, "đ", ".", False),
        (POINT, "e", ")", False), (BULLET, "", "-", False), (SUB_BULLET, "", "+", False), (HEADING, "", "", True),
        (TEXT, "", "", False), (ITEM, "1", "", False)]
    assert [line.text for line in lines][:4] == ["NHIỆM VỤ", "Mục đích", "Tiểu dự án 2", "Phân công thực hiện:"]
    assert not any(line.automatic for line in lines)
