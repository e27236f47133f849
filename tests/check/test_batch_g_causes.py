"""The causes of batch G's false findings and misses (benchmarks/heldout/batch_g.json), each on a document the
test writes itself: the kind of content that was misread, never the judged file."""

from __future__ import annotations

import copy

from docx.text.paragraph import Paragraph

from docgen.check import check_docx
from tests.check.helpers import check, only, paragraph

# Cause 1: a template's slots judged as content (the type code, the archive line, a bracketed instruction).


def test_type_code_followed_by_the_template_slot_is_the_code():
    found = check(doc_type="QUYẾT ĐỊNH", number="Số: ………./QĐ………(3)", appendices=())
    assert "number-type-code" not in {f.rule_id for f in found}


def test_wrong_type_code_before_a_slot_is_still_reported():
    found = check(doc_type="QUYẾT ĐỊNH", number="Số: ………./KH………(3)", appendices=())
    assert [(f.found, f.expected) for f in found if f.rule_id == "number-type-code"] == [("KH", "QĐ")]


def test_archive_line_left_to_fill_is_not_judged():
    found = check(recipients=("- Như trên;", "- Lưu: ……"))
    assert not {"recipients-archive", "recipients-punctuation"} & {f.rule_id for f in found}


def test_archive_slot_without_its_colon_is_reported_but_not_its_end_mark():
    found = {f.rule_id for f in check(recipients=("- Như trên;", "- Lưu ……"))}
    assert "recipients-archive" in found and "recipients-punctuation" not in found


def test_archive_line_without_vt_is_still_reported():
    found = check(recipients=("- Như trên;", "- Lưu: VP."))
    assert "recipients-archive" in {f.rule_id for f in found}


def test_bracketed_instruction_ending_the_body_is_not_asked_for_its_end_mark():
    body = (("body", "Hôm nay, hai bên tiến hành bàn giao các nội dung sau:"), ("body", "(Nội dung bàn giao...)"))
    assert "body-end-mark" not in {f.rule_id for f in check(body=body)}
    typed = (("body", "Hôm nay, hai bên tiến hành bàn giao các nội dung sau."),)
    assert "body-end-mark" in {f.rule_id for f in check(body=typed)}


# Cause 2: after a reported break the numbering resynchronises on the typed sequence ("Điều 13." was "Điều 3.").

def _articles(*numbers: int) -> tuple[tuple[str, str], ...]:
    return tuple(("body", f"Điều {n}. Nội dung của điều thứ {n} trong quyết định.") for n in numbers[:-1]) + (
        ("body", f"Điều {numbers[-1]}. Các cơ quan chịu trách nhiệm thi hành Quyết định này./."),)


def _slips(body) -> list[tuple[str, str]]:
    return [(f.found, f.expected) for f in check(doc_type="QUYẾT ĐỊNH", number="Số: 85/QĐ-UBND", appendices=(),
                                                 body=body) if f.rule_id == "numbering-arabic"]


def test_article_typo_is_reported_once():
    assert _slips(_articles(1, 2, 13, 4)) == [("Điều 13.", "Điều 3.")]


def test_articles_that_skip_are_still_reported_once():
    assert _slips(_articles(1, 2, 5, 6)) == [("Điều 5.", "Điều 3.")]


def test_khoan_typo_is_reported_once():
    body = tuple(("body", f"{n}. Nội dung khoản thứ {n} của kế hoạch;") for n in (1, 2, 13)) + (
        ("body", "4. Nội dung khoản cuối của kế hoạch./."),)
    assert _slips(body) == [("13.", "3.")]


# Miss: a document with a type name that also carries a công văn's "(V/v …)" line under its number.

def _vv_under_number(text: str):
    def mutate(doc) -> None:
        number = paragraph(doc, "Số: 85/KH-UBND")
        line = copy.deepcopy(number._p)
        number._p.addnext(line)
        added = Paragraph(line, number._parent)
        for run in added.runs[1:]:
            run.text = ""
        added.runs[0].text = text
    return mutate


def test_vv_line_under_the_number_of_a_document_with_a_type_name():
    found = [f for f in check(mutate=_vv_under_number("(V/v thực hiện giảm nghèo trên địa bàn xã)"))
             if f.rule_id == "summary-vv"]
    assert [f.found for f in found] == ["(V/v thực hiện giảm nghèo trên địa bàn xã)"]
    assert found[0].fix.startswith("Bấm vào dòng «V/v …» dưới số, ký hiệu")


def test_other_line_under_the_number_is_no_vv_line():
    found = check(mutate=_vv_under_number("(Văn bản mẫu)"))
    assert "summary-vv" not in {f.rule_id for f in found}


# Miss: text left highlighted (Word's text highlight colour).

def _highlighted(doc) -> None:
    from docx.enum.text import WD_COLOR_INDEX
    for run in paragraph(doc, "Căn cứ Kế hoạch số 211").runs:
        run.font.highlight_color = WD_COLOR_INDEX.YELLOW


def test_highlighted_basis_is_reported_once():
    found = only("text-highlight", mutate=_highlighted)
    assert found[0].found == "chữ tô màu nền (yellow) ở 1 đoạn"
    assert found[0].fix.startswith("Chọn toàn bộ (Ctrl+A) → Trang đầu (Home) → Màu tô sáng văn bản")


# Miss: a year in an administrative document's number.

def test_year_in_the_number_of_an_administrative_document():
    found = only("number-year", number="Số: 85/2022/KH-UBND", appendices=())
    assert [(f.severity, f.found, f.expected) for f in found] == [
        ("warning", "Số: 85/2022/KH-UBND", "Số: …/KH-UBND")]


def test_year_in_the_number_of_a_decision_is_not_judged():
    found = check(doc_type="QUYẾT ĐỊNH", number="Số: 15/2010/QĐ-UBND", appendices=())
    assert "number-year" not in {f.rule_id for f in found}


# Miss: a mail merge's single-brace slots are placeholders like {{…}} and ${…}.

def test_single_brace_slots_are_placeholders():
    found = [f for f in check(signer="{b_name}", recipients=("- {a_name};", "- Lưu: VT, VP."))
             if f.rule_id == "placeholder"]
    assert [f.found for f in found] == ["2 chỗ để điền: {a_name}, {b_name}"]


def test_braces_in_text_are_no_placeholder():
    body = (("body", "Tập hợp {1, 2, 3} và biểu thức {a + b} không phải chỗ để điền./."),)
    assert "placeholder" not in {f.rule_id for f in check(body=body)}


# Misses: "QUYẾT ĐỊNH:" before the articles and the words "Điều 1." typed regular.

DECISION_BODY = (("part", "QUYẾT ĐỊNH:"),
                 ("body", "Điều 1. Giao nhiệm vụ tổ chức thực hiện kế hoạch giảm nghèo cho các thôn."),
                 ("body", "Điều 2. Văn phòng và các thôn chịu trách nhiệm thi hành Quyết định này./."))


def _bold_heads(doc) -> None:
    """Type "Điều 1." in bold and the rest of the article regular, as clerks do."""
    for start in ("Điều 1.", "Điều 2."):
        line = paragraph(doc, start)
        rest = line.runs[0]
        head = copy.deepcopy(rest._r)
        rest._r.addprevious(head)
        line.runs[0].text, line.runs[0].font.bold = start + " ", True
        rest.text, rest.font.bold = rest.text[len(start) + 1:], False


def _typed(mutate=None):
    def typed(doc) -> None:
        _bold_heads(doc)
        if mutate is not None:
            mutate(doc)
    return typed


DECISION = {"doc_type": "QUYẾT ĐỊNH", "number": "Số: 85/QĐ-UBND", "appendices": (), "body": DECISION_BODY}


def _decision(mutate=None):
    return check(mutate=_typed(mutate), **DECISION)


def _regular(start: str):
    def mutate(doc) -> None:
        for run in paragraph(doc, start).runs:
            run.font.bold = False
    return mutate


def test_decides_line_typed_regular():
    found = only("decides-line-format", mutate=_typed(_regular("QUYẾT ĐỊNH:")), **DECISION)
    assert [(f.severity, f.found) for f in found] == [("warning", "không đậm")]
    assert not {"decides-line-format", "article-word-format"} & {f.rule_id for f in _decision()}


def test_article_word_typed_regular():
    regular = only("article-word-format", mutate=_typed(_regular("Điều 2.")), **DECISION)
    assert [f.found for f in regular] == ["«Điều 2» không đậm"]


def test_white_highlight_prints_nothing():
    def white(doc) -> None:
        from docx.enum.text import WD_COLOR_INDEX
        for run in paragraph(doc, "Căn cứ Kế hoạch số 211").runs:
            run.font.highlight_color = WD_COLOR_INDEX.WHITE

    assert "text-highlight" not in {f.rule_id for f in check(mutate=white)}


# Cause 3: the line drawn under a top block typed with spaces and tabs, below a line holding only a slot.

def test_rule_drawn_under_a_slot_line_under_the_issuer_is_the_issuers():
    from tests.check.builder import border_top
    from tests.check.test_batch_f_causes import _document, _saved, _spaced_decision

    def typed(with_slot: bool) -> set[str]:
        doc = _document()
        _spaced_decision(doc)
        number = next(p for p in doc.paragraphs if p.text.strip().startswith("Số:"))
        if with_slot:
            number.insert_paragraph_before("\t${DV}")
        border_top(number.insert_paragraph_before(), 20)
        return {f.rule_id for f in check_docx(_saved(doc))}

    assert "issuer-rule" not in typed(with_slot=True)
    assert "issuer-rule" not in typed(with_slot=False)
