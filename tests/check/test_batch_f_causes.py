"""The causes of batch F's false findings and misses (benchmarks/heldout/batch_f.json), each on a document the
test writes itself: the kind of content that was misread, never the judged file."""

from __future__ import annotations

import copy
import io
from collections import Counter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Mm, Pt

from docgen.check import check_docx
from docgen.read.document import open_document
from docgen.read.locate import locate
from tests.check.corpus.documents import cong_van
from tests.check.helpers import check, judged, make_docx, only, paragraph

CENTER, JUSTIFY = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY


def _line(doc, *pieces, align=None, first_line: float | None = None):
    """Add a paragraph of (text, size, bold, italic) pieces, typed the way a clerk types them."""
    paragraph = doc.add_paragraph()
    for text, size, bold, italic in pieces:
        run = paragraph.add_run(text)
        run.font.size, run.font.bold, run.font.italic = Pt(size), bold, italic
    if align is not None:
        paragraph.alignment = align
    if first_line is not None:
        paragraph.paragraph_format.first_line_indent = Mm(first_line)
        paragraph.paragraph_format.space_after = Pt(6)
    return paragraph


def _document() -> docx.Document:
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].paragraph_format.space_after = Pt(0)
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    return doc


def _spaced_decision(doc, who: str = "ông Nguyễn Văn B") -> None:
    """A one-page decision typed without tables: the two columns of the top block laid out with spaces and tabs,
    the number and the place and date on one line, the issuer's lines centred with spaces on its widest line."""
    _line(doc, ("CÔNG TY ĐIỆN LỰC MIỀN NAM \t    ", 12, False, False),
          ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, True, False))
    _line(doc, ("                   CHI NHÁNH                                         ", 12, False, False),
          ("Độc lập - Tự do - Hạnh phúc", 13, True, False))
    _line(doc, ("XÍ NGHIỆP ĐIỆN LỰC SÀI GÒN         \t\t     ", 13, True, False))
    _line(doc, ("        Số: 15/QĐ-ĐLSG               ", 13, False, False),
          ("Thành phố Hồ Chí Minh, ngày 05 tháng 6 năm 2023", 14, False, True))
    _line(doc, ("QUYẾT ĐỊNH", 14, True, False), align=CENTER)
    _line(doc, ("Về việc giao nhiệm vụ", 14, True, False), align=CENTER)
    _line(doc, ("GIÁM ĐỐC XÍ NGHIỆP ĐIỆN LỰC SÀI GÒN", 14, True, False), align=CENTER)
    _line(doc, ("Căn cứ Quyết định số 1520/QĐ-ĐL ngày 30/09/2015 của Công ty Điện lực miền Nam;", 14, False, True),
          align=JUSTIFY, first_line=12.7)
    _line(doc, ("Theo đề nghị của Trưởng phòng Tổ chức hành chính.", 14, False, True), align=JUSTIFY,
          first_line=12.7)
    _line(doc, ("QUYẾT ĐỊNH:", 14, True, False), align=CENTER)
    for text in (f"Điều 1. Giao nhiệm vụ Tổ trưởng Tổ 02 cho {who}.",
                 f"Điều 2. Lương của {who} giữ nguyên ngạch, bậc như hiện nay.",
                 f"Điều 3. Trưởng phòng Tổ chức hành chính và {who} chịu trách nhiệm thi hành Quyết định này./."):
        head, rest = text.split(" ", 2)[:2], text.split(" ", 2)[2]
        _line(doc, (" ".join(head) + " ", 14, True, False), (rest, 14, False, False), align=JUSTIFY, first_line=12.7)
    _line(doc, ("Nơi nhận:\t\t\t\t\t", 12, True, True), ("GIÁM ĐỐC", 14, True, False))
    _line(doc, ("- Như Điều 3;", 11, False, False))
    _line(doc, ("- Lưu: VT, TCHC.", 11, False, False))
    doc.add_paragraph()
    _line(doc, ("\t\t\t\t\t\t        Trần Văn C", 14, True, False))


def _saved(doc) -> bytes:
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _one_copy() -> bytes:
    doc = _document()
    _spaced_decision(doc)
    return _saved(doc)


def _two_copies() -> bytes:
    """The template and the filled copy after a page break, in one file."""
    doc = _document()
    _spaced_decision(doc, "{{ho_va_ten}}")
    doc.paragraphs[-1].runs[-1].add_break(WD_BREAK.PAGE)
    _spaced_decision(doc)
    return _saved(doc)


# Cause 1: a file holding two copies of a one-page document is read as two documents.

def test_second_copy_after_the_signature_starts_another_document():
    found = judged(check_docx(_two_copies(), "hai-ban.docx"))
    several = [f for f in found if f.rule_id == "several-documents"]
    assert [(f.where, f.found) for f in several] == [("toàn văn bản", "2 văn bản, văn bản thứ hai bắt đầu ở đoạn 19")]
    # the first copy is judged alone, as the same document on its own is: nothing read from the second copy's
    # top block or bases as its signature, signer or recipients
    alone = Counter(f.rule_id for f in judged(check_docx(_one_copy(), "mot-ban.docx")))
    assert Counter(f.rule_id for f in found) == alone + Counter({"several-documents": 1, "placeholder": 1})


def test_one_copy_is_one_document():
    found = judged(check_docx(_one_copy(), "mot-ban.docx"))
    assert {f.rule_id for f in found} == {"motto-rule", "issuer-rule", "summary-rule"}  # the fixture draws none


# Cause 2: a top block laid out with spaces and tabs.

def test_number_and_place_date_typed_on_one_line_are_two_elements():
    parts = locate(open_document(_one_copy()))
    assert parts.number.text == "Số: 15/QĐ-ĐLSG"
    assert parts.place_date.text == "Thành phố Hồ Chí Minh, ngày 05 tháng 6 năm 2023"
    assert {run.fmt.italic.value for run in parts.number.runs} == {False}  # the italic date is not the number's
    assert [s.text for s in parts.summary] == ["Về việc giao nhiệm vụ"]


def test_basis_citing_a_dated_decision_is_not_the_place_and_date():
    doc = _document()
    _spaced_decision(doc)
    date_line = doc.paragraphs[3]
    for run in date_line.runs[1:]:
        run.text = ""  # the top block without its place and date
    parts = locate(open_document(_saved(doc)))
    assert parts.place_date is None
    assert parts.doc_type.text == "QUYẾT ĐỊNH"


def test_widest_issuer_line_of_a_block_centred_with_spaces_is_not_left_aligned():
    found = judged(check_docx(_one_copy()))
    assert "issuer-format" not in {f.rule_id for f in found}


def _copied_twice(doc) -> None:
    """Append a second copy of the whole document after it (its section setup stays the last element)."""
    body = doc.element.body
    children = [child for child in body if not child.tag.endswith("}sectPr")]
    for child in children:
        body.insert(len(body) - 1, copy.deepcopy(child))


def test_clean_document_typed_twice_in_one_file():
    found = only("several-documents", mutate=_copied_twice, appendices=())
    assert found[0].found.startswith("2 văn bản, văn bản thứ hai bắt đầu ở đoạn ")
    assert found[0].message.startswith("Tệp có nhiều văn bản: chỉ kiểm tra văn bản thứ nhất")


# Cause 5: a template's dotted slots are not content: no end mark is asked of them.

SLOT_LINE = "………………………………………………………………………………………"


def test_body_of_dotted_slots_and_an_archive_slot_are_not_asked_for_their_end_marks():
    found = check(body=(("body", "Thực hiện Kế hoạch của Ủy ban nhân dân thành phố, Ủy ban nhân dân xã đề nghị:"),
                        ("body", SLOT_LINE), ("body", SLOT_LINE)),
                  recipients=("- Như trên;", "- Lưu: VT, ......…"))
    assert not {"body-end-mark", "recipients-punctuation"} & {f.rule_id for f in found}


def test_typed_body_and_archive_are_still_asked_for_their_end_marks():
    found = check(body=(("body", "Thực hiện Kế hoạch của Ủy ban nhân dân thành phố, Ủy ban nhân dân xã đề nghị."),),
                  recipients=("- Như trên;", "- Lưu: VT, VP"))
    assert {"body-end-mark", "recipients-punctuation"} <= {f.rule_id for f in found}


# Cause 6: the body's size is read from its words, not from one punctuation mark in another size.

def _end_mark_in_12_pt(doc) -> None:
    last = paragraph(doc, "Trên đây là Kế hoạch")
    run = last.runs[-1]
    run.text = run.text[:-1]
    mark = last.add_run(".")
    mark.font.size, mark.font.name = Pt(12), "Times New Roman"


def test_final_full_stop_of_the_end_mark_in_12_pt_is_not_a_wrong_body_size():
    assert "body-size" not in {f.rule_id for f in check(mutate=_end_mark_in_12_pt)}


def test_a_word_in_12_pt_is_still_a_wrong_body_size():
    def word_in_12_pt(doc) -> None:
        run = paragraph(doc, "Trên đây là Kế hoạch").add_run(" Xin cảm ơn")
        run.font.size, run.font.name = Pt(12), "Times New Roman"

    assert "body-size" in {f.rule_id for f in check(mutate=word_in_12_pt)}


# Miss: "V/v" opens only a công văn's summary, and takes no full stop.

def test_report_summary_opening_with_vv():
    found = only("summary-vv", doc_type="BÁO CÁO", number="Số: 85/BC-UBND", appendices=(),
                 summary="V/v thực hiện công việc trọng tâm trong tuần 28 năm 2026")
    assert found[0].found == "V/v thực hiện công việc trọng tâm trong tuần 28 năm 2026"
    assert found[0].fix.startswith("Bấm vào dòng trích yếu, xóa chữ «V/v»")


def test_cong_van_summary_with_a_full_stop_after_vv():
    def dotted(doc) -> None:
        line = paragraph(doc, "V/v rà soát")
        line.runs[0].text = line.runs[0].text.replace("V/v", "V/v.", 1)

    found = [f for f in judged(check_docx(cong_van(extra=dotted))) if f.rule_id == "summary-vv"]
    assert [(f.found, f.expected) for f in found] == [
        ("V/v. rà soát số lượng cán bộ, công chức cấp xã", "«V/v» không có dấu chấm")]
    assert judged(check_docx(cong_van())) == []  # "V/v" without its full stop: nothing to say


# Cause 7 and its miss: an internal request with a box for the superior's approval is outside the decree.

def _approval_box(doc) -> None:
    paragraph(doc, "Căn cứ Kế hoạch số 211").insert_paragraph_before("Phê duyệt của Lãnh đạo:")


def test_request_with_an_approval_box_under_its_title_is_outside_scope():
    found = only("outside-scope", doc_type="ĐỀ NGHỊ", number="Số: 1975/ĐN-TTHT",
                 summary="Về việc mở tài khoản truy nhập hệ thống cho Tổ Khai thác", mutate=_approval_box)
    assert found[0].found.startswith("phiếu đề nghị nội bộ có ô «Phê duyệt của Lãnh đạo»")


def test_request_without_an_approval_box_is_judged():
    found = check(doc_type="ĐỀ NGHỊ", number="Số: 1975/ĐN-TTHT",
                  summary="Về việc mở tài khoản truy nhập hệ thống cho Tổ Khai thác")
    assert "outside-scope" not in {f.rule_id for f in found}


# Cause 3: a long report's data tables are not its end block.

def _data_table_before_the_end(doc) -> None:
    table = doc.add_table(rows=3, cols=5)
    for row, texts in enumerate((("STT", "Đơn vị", "Tổng giao", "Hoàn thành", "TL HT\nđúng hạn"),
                                 ("1", "Tân Ninh", "10", "9", "90%"), ("TỔNG", "", "10", "9", "90%"))):
        for col, text in enumerate(texts):
            table.cell(row, col).text = text
    paragraph(doc, "Trên đây là Kế hoạch")._p.addprevious(table._tbl)


def _note_under_the_archive(doc) -> None:
    archive = paragraph(doc, "- Lưu: VT, VP.")
    note = copy.deepcopy(archive._p)
    archive._p.addnext(note)
    for run in note.findall(".//{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"):
        run.text = ""
    note.findall(".//{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t")[0].text = "Số eOffice: VBKS"


def test_data_table_with_a_tl_heading_and_a_total_row_is_not_the_signature():
    doc = make_docx(mutate=_data_table_before_the_end, appendices=())
    parts = locate(open_document(doc))
    assert [s.text for s in parts.signature_lines] == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert parts.recipients_label is not None and parts.signer.text == "Lang Đại Thành"
    assert parts.body[-1].text.endswith("./.")
    assert not {"element-missing", "signature-format", "body-end-mark"} & {f.rule_id for f in judged(check_docx(doc))}


def test_note_under_the_archive_line_is_no_recipient():
    parts = locate(open_document(make_docx(mutate=_note_under_the_archive)))
    assert parts.recipients[-1].text == "- Lưu: VT, VP."


# Cause 4: lines that are not prose are not judged for their first-line indent.

def _sources_and_caption(doc) -> None:
    last = paragraph(doc, "Trên đây là Kế hoạch")
    for text, left, bold in (("- Nguồn dữ liệu:", 0, False), ("https://onebss.vnpt.vn/#/qlsc/tientrinh", 30, False),
                             ("      Tỷ lệ hộ nghèo theo xóm (theo Công văn 723/UBND):", 0, True)):
        added = last.insert_paragraph_before()
        run = added.add_run(text)
        run.font.size, run.font.name, run.font.bold = Pt(14), "Times New Roman", bold
        added.alignment = JUSTIFY if not left else WD_ALIGN_PARAGRAPH.LEFT
        fmt = added.paragraph_format
        fmt.left_indent, fmt.first_line_indent = Mm(left), Mm(10 if not left and not bold else 0)
        fmt.space_after, fmt.line_spacing = Pt(6), 1.2


def test_web_address_and_a_caption_pushed_with_spaces_are_not_prose():
    found = judged(check(mutate=_sources_and_caption))
    assert "body-indent" not in {f.rule_id for f in found}, [(f.rule_id, f.where) for f in found]
