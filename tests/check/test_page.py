"""Page setup rules: paper, orientation, margins, page numbers."""

from __future__ import annotations

from docx.oxml.ns import qn
from docx.shared import Mm

from docgen import nd30
from tests.check.helpers import check, only, wheres

SECTIONS = ["phần (section) 1, 2, 3"]


def test_letter_paper_is_one_finding_per_orientation():
    found = only("page-size", page_mm=(215.9, 279.4))
    assert wheres(found) == ["phần (section) 1", "phần (section) 2, 3"]
    assert found[0].found == "215,9 × 279,4 mm"
    assert found[0].expected == "A4 (210 × 297 mm)"


# The summary fits one line of a landscape page, so its rule is lengthened to 1/3 of that line.
LANDSCAPE_RULES = {"issuer": nd30.ISSUER_RULE_MM, "motto": nd30.MOTTO_RULE_MM, "summary": 90.0}


def test_landscape_main_text_without_a_table_fires():
    found = only("page-orientation", appendices=(), main_landscape=True, rules_mm=LANDSCAPE_RULES)
    assert wheres(found) == ["phần (section) 1"]
    assert (found[0].found, found[0].expected) == ("khổ ngang", "khổ dọc")


def test_landscape_main_text_holding_a_table_is_allowed():
    def add_table(doc):
        doc.add_table(rows=1, cols=2)

    assert check(appendices=(), main_landscape=True, mutate=add_table, rules_mm=LANDSCAPE_RULES) == []


def test_landscape_appendices_are_allowed():
    assert check(appendix_landscape=True) == []


def _without(tag: str):
    def drop(doc):
        for section in doc.sections:
            section._sectPr.remove(section._sectPr.find(qn(tag)))
    return drop


def test_margins_not_written_are_said_not_judged_not_taken_for_zero():
    found = only("page-setup-unknown", mutate=_without("w:pgMar"))
    assert wheres(found) == SECTIONS
    assert (found[0].found, found[0].expected) == ("không ghi lề trang", "khổ A4 và lề ghi trong văn bản")


def test_paper_not_written_is_said_not_judged():
    found = only("page-setup-unknown", mutate=_without("w:pgSz"))
    assert wheres(found) == SECTIONS
    assert found[0].found == "không ghi khổ giấy"


def test_narrow_left_margin_of_all_sections_is_one_finding():
    found = only("page-margins", margins={"top": 20, "bottom": 20, "left": 25, "right": 15})
    assert wheres(found) == SECTIONS
    assert (found[0].found, found[0].expected) == ("trái 25 mm", "trái 30–35 mm")


def test_wide_top_and_right_margins_are_one_finding():
    found = only("page-margins", margins={"top": 30, "bottom": 20, "left": 30, "right": 25})
    assert found[0].found == "trên 30 mm, phải 25 mm"
    assert found[0].expected == "trên 20–25 mm, phải 15–20 mm"


def test_no_page_numbers_fires_once():
    found = only("page-number-missing", page_number=None)
    assert wheres(found) == ["phần (section) 1"]


def test_page_number_in_the_footer():
    found = only("page-number-format", page_number="footer")
    assert wheres(found) == ["chân trang (footer) của phần (section) 1"]
    assert found[0].found == "ở chân trang"
    assert found[0].expected == "ở đầu trang, 13–14 pt, đứng, căn giữa"


def test_page_number_size_and_alignment():
    found = only("page-number-format", formats={"page_number": {"size": 12, "align": "right"}})
    assert wheres(found) == ["đầu trang (header) của phần (section) 1"]
    assert found[0].found == "12 pt, căn phải"


def test_number_on_first_page_without_title_page():
    found = only("page-number-first-page", title_page=False)
    assert [(f.where, f.severity) for f in found] == [("phần (section) 1", "error"), ("phần (section) 2, 3", "warning")]


def test_number_in_the_first_page_header():
    found = only("page-number-first-page", page_number_on_first=True)
    assert found[0].where == "phần (section) 1" and found[0].severity == "error"
    assert found[0].found == "trang đầu có hiện số trang"


def test_sections_with_different_margins_are_reported_apart():
    def appendix_margins(doc):
        doc.sections[1].left_margin = Mm(20)

    found = only("page-margins", margins={"top": 20, "bottom": 20, "left": 25, "right": 15}, mutate=appendix_margins)
    assert [(f.where, f.found) for f in found] == [
        ("phần (section) 1, 3", "trái 25 mm"), ("phần (section) 2", "trái 20 mm")]


def test_a_one_page_document_needs_no_page_number():
    short = (("body", "Tổ chức thực hiện có hiệu quả Chương trình giảm nghèo trên địa bàn xã."),
             ("body", "Trên đây là Kế hoạch thực hiện Chương trình giảm nghèo năm 2022 trên địa bàn xã Thịnh Đức./."))
    assert "page-number-missing" not in {f.rule_id for f in check(body=short, appendices=(), page_number=None)}
    assert "page-number-missing" in {f.rule_id for f in check(page_number=None)}  # the long one does


def test_page_findings_say_how_to_fix_them_in_word():
    from docgen.check.report import format_text

    missing = only("page-number-missing", page_number=None)[0]
    assert "Chèn (Insert) → Số trang (Page Number)" in missing.fix
    assert "Trang đầu khác (Different First Page)" in missing.fix
    first = only("page-number-first-page", page_number_on_first=True, title_page=False)[0]
    assert "Different First Page" in first.fix
    margins = only("page-margins", margins={"top": 20, "bottom": 20, "left": 25, "right": 15})[0]
    assert "Bố trí (Layout) → Lề (Margins)" in margins.fix
    assert "    Sửa trong Word: Chèn (Insert)" in format_text({"a.docx": [missing]})
