"""Legal bases and body paragraphs: size, alignment, indent, spacing, line spacing, punctuation."""

from __future__ import annotations

from docx.shared import Mm, Pt

from tests.check.helpers import BODY_TEXT, check, only, paragraph

FIRST_BODY = "đoạn 16 «Tổ chức thực hiện có hiệu…»"


def _on(start: str, change):
    def mutate(doc):
        change(paragraph(doc, start))
    return mutate


def test_one_paragraph_in_12_pt():
    found = only("body-size", mutate=_on("Tổ chức thực hiện", lambda p: setattr(p.runs[0].font, "size", Pt(12))))
    assert [(f.where, f.found, f.expected) for f in found] == [(FIRST_BODY, "12 pt", "13–14 pt")]


def test_body_style_in_12_pt_is_one_finding():
    found = only("body-size", styled=True, formats={"body": {"size": 12}})
    assert len(found) == 1
    assert found[0].where == f"kiểu (style) «T body»: 15 đoạn, đầu tiên là {FIRST_BODY}"


def test_left_aligned_body_style():
    found = only("body-alignment", styled=True, formats={"body": {"align": "left"}})
    assert [(f.found, f.expected) for f in found] == [("căn trái", "căn đều hai lề")]
    assert found[0].where.startswith("kiểu (style) «T body»: 15 đoạn")


def test_headings_may_be_left_aligned():
    assert check(formats={"heading": {"align": "left", "first_line_mm": 0}}) == []


def test_first_line_indent():
    found = only("body-indent", mutate=_on("Tổ chức thực hiện",
                                           lambda p: setattr(p.paragraph_format, "first_line_indent", Mm(5))))
    assert [(f.where, f.found, f.expected) for f in found] == [
        (FIRST_BODY, "thụt dòng đầu 5 mm", "thụt dòng đầu 10 hoặc 12,7 mm")]


def test_indent_of_1_cm_is_allowed():
    assert check(formats={"body": {"first_line_mm": 10}}) == []


def test_whole_paragraph_indented():
    found = only("body-indent", mutate=_on("Tổ chức thực hiện",
                                           lambda p: setattr(p.paragraph_format, "left_indent", Mm(12.7))))
    assert found[0].found == "lề trái đoạn 12,7 mm"


def _indents(start: str, left_mm: float, first_mm: float, tabs: int = 0, stop_mm: float | None = None):
    """Set a paragraph's left and first-line indents, type ``tabs`` tabs before its text, and add a tab stop."""
    def change(p):
        p.paragraph_format.left_indent, p.paragraph_format.first_line_indent = Mm(left_mm), Mm(first_mm)
        if stop_mm is not None:
            p.paragraph_format.tab_stops.add_tab_stop(Mm(stop_mm))
        p.runs[0].text = "\t" * tabs + p.runs[0].text
    return _on(start, change)


def test_one_line_indented_as_a_whole_prints_as_a_first_line_indent():
    # batch E: a one-line "- …" list item hanging 6.35 mm from a 19 mm left indent prints 12.7 mm in, and there is
    # no second line to start at the margin; a one-line "3. …" indented as a whole (12.5 mm left indent) prints the
    # same, but its setting is wrong as soon as it wraps (batch C judged it true): a reminder, not an error
    assert check(mutate=_indents("b) Huy động", 19.05, -6.35)) == []
    found = only("body-indent", mutate=_indents("a) Bám sát", 12.5, 0))
    assert [(f.severity, f.found) for f in found] == [("warning", "lề trái đoạn 12,5 mm")]
    assert found[0].message.startswith("Nhắc: cả đoạn lùi vào (lề trái) thay cho thụt dòng đầu")


def test_tabs_over_a_hanging_indent_print_at_the_default_stop():
    # batch E: "\t\tCăn cứ …" over a first line hanging 6.3 mm: the first tab stops at the left indent (0), the
    # second at Word's default stop 12.7 mm, where the line prints
    assert check(mutate=_indents("Tổ chức thực hiện", 0, -6.3, tabs=2)) == []


def test_tabs_that_carry_the_first_line_too_far_are_reported():
    found = only("body-indent", mutate=_indents("Tổ chức thực hiện", 0, 0, tabs=2, stop_mm=15))
    assert found[0].found == "thụt dòng đầu 25,4 mm"  # a stop at 15 mm, then the default stop at 25.4 mm


def test_no_space_between_paragraphs():
    found = only("body-spacing", styled=True, formats={"body": {"after_pt": 0}})
    assert [(f.found, f.expected) for f in found] == [("cách đoạn sau 0 pt", "cách đoạn sau ít nhất 6 pt")]


def test_space_before_makes_up_for_space_after():
    def spacing(doc):
        p = paragraph(doc, "Tổ chức thực hiện")
        p.paragraph_format.space_after = Pt(0)
        paragraph(doc, "2. Yêu cầu").paragraph_format.space_before = Pt(6)

    assert check(mutate=spacing) == []


def test_double_line_spacing():
    found = only("body-line-spacing", styled=True, formats={"body": {"line": 2.0}})
    assert [(f.found, f.expected) for f in found] == [("cách dòng 2 dòng", "cách dòng 1–1,5 dòng")]


def test_exact_line_spacing_below_single():
    found = only("body-line-spacing", mutate=_on("Tổ chức thực hiện",
                                                 lambda p: setattr(p.paragraph_format, "line_spacing", Pt(12))))
    assert found[0].found == "cách dòng chính xác 12 pt (≈ 0,75 dòng)"


def test_bases_not_italic():
    found = only("bases-format", formats={"basis": {"italic": False}})
    assert [(f.where, f.found) for f in found] == [
        ("đoạn 12 «Căn cứ Kế hoạch số 211/KH-UBND…»", "đứng"),
        ("đoạn 13 «Căn cứ Nghị quyết số 12/NQ-HĐND…»", "đứng")]


def test_last_basis_ends_with_semicolon():
    bases = ("Căn cứ Kế hoạch số 211/KH-UBND ngày 15 tháng 6 năm 2022 của UBND thành phố;",
             "Căn cứ Nghị quyết số 12/NQ-HĐND ngày 05 tháng 01 năm 2022 của HĐND xã;")
    found = only("bases-punctuation", bases=bases)
    assert [(f.where, f.found, f.expected) for f in found] == [
        ("đoạn 13 «Căn cứ Nghị quyết số 12/NQ-HĐND…»", "kết thúc bằng «;»", "kết thúc bằng «.»")]


def test_body_without_closing_mark():
    body = (*BODY_TEXT[:-1], ("body", "Trên đây là Kế hoạch của xã Thịnh Đức."))
    found = only("body-end-mark", body=body)
    assert [(f.severity, f.where, f.found) for f in found] == [
        ("warning", "đoạn 36 «Trên đây là Kế hoạch của…»", "kết thúc bằng «…Thịnh Đức.»")]


def test_tables_and_empty_lines_in_the_body_are_not_judged():
    def add_table(doc):
        anchor = paragraph(doc, "Tổ chức tuyên truyền")
        table = doc.add_table(rows=1, cols=2)
        table.cell(0, 0).paragraphs[0].add_run("Thôn").font.name = "Times New Roman"
        table.cell(0, 0).paragraphs[0].runs[0].font.size = Pt(10)
        anchor._p.addnext(table._tbl)
        table._tbl.addnext(doc.add_paragraph()._p)

    assert check(mutate=add_table) == []


DECISION = {"doc_type": "QUYẾT ĐỊNH", "number": "Số: 85/QĐ-UBND", "appendices": (),
            "summary": "Về việc cử cán bộ, công chức của xã Thịnh Đức đi công tác tại tỉnh Lào Cai năm 2022"}


def test_a_basis_without_its_word_is_a_reminder():
    body = (("basis", "Nghị định số 29/2025/NĐ-CP ngày 20 tháng 02 năm 2025 của Chính phủ."),
            ("heading", "Điều 1. Cử ông Nguyễn Văn A đi công tác tại tỉnh Lào Cai./."))
    found = only("bases-word", bases=(), body=body, **DECISION)
    assert [(f.severity, f.expected) for f in found] == [("warning", "Căn cứ Nghị định số 29/2025/NĐ-CP ngày 20…")]


def test_bases_without_their_word_are_judged_as_bases():
    body = (("body", "Nghị định số 29/2025/NĐ-CP ngày 20 tháng 02 năm 2025 của Chính phủ;"),
            ("basis", "Theo đề nghị của Trưởng phòng Nội vụ,"),
            ("heading", "Điều 1. Cử ông Nguyễn Văn A đi công tác tại tỉnh Lào Cai./."))
    found = check(bases=(), body=body, **DECISION)
    assert {f.severity for f in found} == {"warning"}  # read through a line without "Căn cứ": reminders
    assert [(f.rule_id, f.found) for f in found] == [
        ("bases-format", "đứng"), ("bases-word", "Nghị định số 29/2025/NĐ-CP ngày 20…"),
        ("bases-punctuation", "kết thúc bằng «,»")]


def test_a_document_cited_in_an_article_is_no_basis():
    body = (("heading", "Điều 1. Cử ông Nguyễn Văn A đi công tác tại tỉnh Lào Cai."),
            ("body", "Quyết định số 12/QĐ-UBND ngày 05 tháng 01 năm 2022 hết hiệu lực./."))
    assert "bases-word" not in {f.rule_id for f in check(body=body, **DECISION)}


PENALTY_BASES = ("Căn cứ Luật Xử lý vi phạm hành chính ngày 20 tháng 6 năm 2012;",
                 "Căn cứ Nghị định số 166/2013/NĐ-CP ngày 12 tháng 11 năm 2013 của Chính phủ;")


def test_grounds_of_purpose_and_proposal_above_the_enacting_line_are_bases():
    # batch E: "Để bảo đảm thi hành Quyết định …;" and "Xét đề nghị …;" follow the "Căn cứ" lines of a
    # decision to enforce a penalty: the second "Căn cứ" is not the last basis, its ";" is right
    body = (("basis", "Để bảo đảm thi hành Quyết định xử phạt vi phạm hành chính số 123/QĐ-XPVPHC ngày 03 tháng 8 "
                      "năm 2019;"),
            ("basis", "Xét đề nghị của Trưởng phòng Quản lý đô thị."),
            ("part", "QUYẾT ĐỊNH:"),
            ("heading", "Điều 1. Cưỡng chế ông Nguyễn Văn A thực hiện biện pháp khắc phục hậu quả./."))
    assert check(bases=PENALTY_BASES, body=body, **DECISION) == []


def test_the_last_basis_running_into_the_deciders_line_is_not_judged():
    # the form of a penalty decision: "Tôi, …; chức vụ: …" between the bases and "QUYẾT ĐỊNH:"
    body = (("basis", "Xét đề nghị của Trưởng phòng Quản lý đô thị;"),
            ("body", "Tôi, Nguyễn Văn B, chức vụ: Chủ tịch Ủy ban nhân dân xã,"),
            ("heading", "QUYẾT ĐỊNH:"),
            ("heading", "Điều 1. Cưỡng chế ông Nguyễn Văn A thực hiện biện pháp khắc phục hậu quả./."))
    assert "bases-punctuation" not in {f.rule_id for f in check(bases=PENALTY_BASES, body=body, **DECISION)}
