"""Layouts of real plans rebuilt with python-docx (their texts shortened, no real file needed): what plans found
in public repositories hold beyond an outline and hamlet tables. Each starts from a hand-typed plan
(``typed.Typed``) and adds one kind of content: a table in the body, inline emphasis, a task-matrix appendix,
an appendix of forms, an unusual signature block."""

from __future__ import annotations

import io

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from tests.importdocx.test_outline_import import A_DOT_BODY
from tests.importdocx.typed import PLAIN, Typed, typed_docx

SCHEDULE = [["TT", "Nội dung", "Trách nhiệm thực hiện", "Thời gian"],
            ["1", "Giải đáp vướng mắc về thủ tục đất đai", "Công chức địa chính", "Tối thứ Hai tuần đầu"],
            ["2", "Giải đáp vướng mắc về bảo hiểm y tế", "Công chức văn hóa - xã hội", "Tối thứ Hai tuần thứ hai"],
            ["3", "Giải đáp vướng mắc về hộ tịch", "Công chức tư pháp - hộ tịch", "Tối thứ Hai tuần thứ ba"]]
MATRIX_HEADER = [["TT", "Nhiệm vụ", "Cơ quan", "Cơ quan", "Thời gian hoàn thành"],
                 ["", "", "Chủ trì", "Phối hợp", ""]]
MATRIX_ROWS = [[str(n), f"Nhiệm vụ số {n}: rà soát, cập nhật danh sách hộ nghèo ở thôn {n}", "Công chức LĐ-TB&XH",
                f"Trưởng thôn {n}", f"Tháng {n + 2}/2023"] for n in range(1, 9)]
FORM_LINES = ["Hồi….. giờ…… ngày….. tháng…… năm………, tại (2) ………………………", "- Họ và tên người chủ trì hội nghị: "
              "…………………… Chức vụ ……………", "1. Thành phần hội nghị gồm:", "+ …………………………", "+ …………………………",
              "- Tổng số cử tri được mời: ………………", "Hội nghị kết thúc hồi:………….. giờ ………… cùng ngày."]


def _open(plan: Typed) -> docx.document.Document:
    return docx.Document(io.BytesIO(typed_docx(plan)))


def _save(doc) -> bytes:
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _paragraph(doc, start: str):
    return next(p for p in doc.paragraphs if p.text.startswith(start))


def _table_after(doc, anchor, rows: list[list[str]], bold_rows: int = 1):
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = doc.styles["Table Grid"]
    for r, texts in enumerate(rows):
        for c, text in enumerate(texts):
            cell = table.cell(r, c)
            cell.paragraphs[0].add_run(text).bold = r < bold_rows
    anchor._p.addnext(table._tbl)
    return table


def _add(doc, text: str, bold: bool = False, italic: bool = False, center: bool = False, page: bool = False):
    paragraph = doc.add_paragraph()
    if page:
        paragraph.add_run().add_break(WD_BREAK.PAGE)
    run = paragraph.add_run(text)
    run.bold, run.italic, run.font.size = bold, italic, Pt(14)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.JUSTIFY
    return paragraph


def body_table() -> bytes:
    """A schedule as a table between two paragraphs of a khoản (a provincial plan's broadcast schedule)."""
    doc = _open(Typed(body=A_DOT_BODY))
    anchor = _paragraph(doc, "Hỗ trợ giống cây trồng")
    table = _table_after(doc, anchor, SCHEDULE)
    for column, width in zip(table.columns, (Mm(12), Mm(70), Mm(45), Mm(38)), strict=True):
        column.width = width
    return _save(doc)


EMPHASISED = [("Phấn đấu ", ""), ("giảm ít nhất 06 hộ nghèo", "b"), (" trong năm, ", ""), ("ưu tiên", "i"),
              (" hộ không còn khả năng lao động và ", ""), ("hoàn thành trước ngày 15/12/2023", "bu"), (".", "")]


def emphasis() -> bytes:
    """Bold, italic and underlined words inside sentences."""
    doc = _open(Typed(body=A_DOT_BODY))
    paragraph = _paragraph(doc, "- Giảm nghèo bền vững.")
    for run in paragraph.runs:
        run.text = ""
    paragraph.runs[0].text = "- "
    for text, look in EMPHASISED:
        run = paragraph.add_run(text)
        run.bold, run.italic, run.underline = "b" in look, "i" in look, "u" in look
    return _save(doc)


def matrix_appendix() -> bytes:
    """An appendix "Phân công thực hiện nhiệm vụ": a task matrix with a two-row merged header."""
    doc = _open(Typed(body=A_DOT_BODY))
    _add(doc, "Phụ lục", bold=True, center=True, page=True)
    _add(doc, "PHÂN CÔNG THỰC HIỆN NHIỆM VỤ", bold=True, center=True)
    _add(doc, "(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/01/2023 của UBND xã Tân Cương)", italic=True, center=True)
    table = _table_after(doc, doc.paragraphs[-1], MATRIX_HEADER + MATRIX_ROWS, bold_rows=2)
    table.cell(0, 2).merge(table.cell(0, 3)).text = "Cơ quan"
    for c in (0, 1, 4):
        table.cell(0, c).merge(table.cell(1, c)).text = MATRIX_HEADER[0][c]
    return _save(doc)


def forms_appendix() -> bytes:
    """An appendix of forms: "PHỤ LỤC", its "ban hành kèm theo" line, then two forms "Mẫu số 0N/HNCT", each
    with its own box, title, dotted blanks, signing boxes and notes."""
    doc = _open(Typed(body=A_DOT_BODY))
    _add(doc, "PHỤ LỤC", bold=True, center=True, page=True)
    _add(doc, "ban hành kèm theo Kế hoạch tổ chức các hội nghị cử tri", italic=True, center=True)
    for number in (1, 2):
        _add(doc, f"Mẫu số 0{number}/HNCT", bold=True, page=number > 1)
        box = _table_after(doc, doc.paragraphs[-1], [["(1)…………………", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
                                                     ["", "…, ngày … tháng … năm …"]])
        box.cell(0, 0).paragraphs[0].add_run().add_break()
        box.cell(0, 0).paragraphs[0].add_run("-------")
        box.cell(0, 1).add_paragraph().add_run("Độc lập - Tự do - Hạnh phúc").bold = True
        box.cell(1, 1).paragraphs[0].runs[0].italic = True
        _no_borders(box)
        title = _add(doc, f"BIÊN BẢN HỘI NGHỊ CỬ TRI SỐ {number}", bold=True, center=True)
        title._p.getparent().remove(title._p)
        box._tbl.addnext(title._p)
        anchor = title
        for line in FORM_LINES:
            paragraph = _add(doc, line)
            paragraph._p.getparent().remove(paragraph._p)
            anchor._p.addnext(paragraph._p)
            anchor = paragraph
        signing = _table_after(doc, anchor, [["THƯ KÝ HỘI NGHỊ", "TM. BAN CÔNG TÁC MẶT TRẬN"]])
        signing.cell(0, 0).add_paragraph("(ký tên)").runs[0].italic = True
        lines = signing.cell(0, 1).paragraphs[0]  # one paragraph of lines (Shift+Enter), "BAN" bold on two
        lines.add_run().add_break()
        lines.add_run("TRƯỞNG BAN").bold = True
        lines.add_run().add_break()
        lines.add_run("(ký tên, đóng dấu)").italic = True
        notes = _add(doc, f"Ghi chú: Mẫu số 0{number}/HNCT dùng cho hội nghị cử tri.")
        notes._p.getparent().remove(notes._p)
        signing._tbl.addnext(notes._p)
    return _save(doc)


def _no_borders(table) -> None:
    """Take a table's lines off, as a form's top box is typed."""
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        line = OxmlElement(f"w:{side}")
        line.set(qn("w:val"), "nil")
        borders.append(line)
    table._tbl.tblPr.append(borders)


def signature(lines: list[str], name: str = "Lan Thị Vân", below: tuple[str, ...] = ()) -> bytes:
    """A signature block as really signed: any authority and title lines, and lines under the name."""
    doc = _open(Typed(body=A_DOT_BODY, signature=lines, signer=name))
    cell = doc.tables[1].cell(0, 1)
    for text in below:
        cell.add_paragraph(text)
    return _save(doc)


def joint_signature() -> bytes:
    """A joint plan (liên tịch): two signers side by side above the recipients."""
    doc = _open(Typed(body=A_DOT_BODY))
    end = doc.tables[1]
    row = end.add_row()
    row._tr.getparent().remove(row._tr)
    end.rows[0]._tr.addprevious(row._tr)
    for c, lines in enumerate((["TM. BAN THƯỜNG TRỰC", "ỦY BAN MTTQ XÃ", "CHỦ TỊCH", "", "", "Hoàng Văn Bình"],
                               ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Nguyễn Văn An"])):
        cell = end.rows[0].cells[c]
        for text in lines:
            cell.add_paragraph().add_run(text).bold = bool(text) and text.isupper()
    for paragraph in list(end.rows[1].cells[1].paragraphs):
        paragraph._p.getparent().remove(paragraph._p)
    end.rows[1].cells[1].add_paragraph("")
    return _save(doc)


def joint_recipients_below() -> bytes:
    """A joint plan typed as docgen prints one: the two signers in a table, the recipients in a table of their
    own under it, an empty line between."""
    doc = docx.Document(io.BytesIO(joint_signature()))
    end = doc.tables[1]
    below = doc.add_table(rows=1, cols=2)
    for c in range(2):
        cell = below.cell(0, c)
        cell._tc.remove(cell.paragraphs[0]._p)
        for paragraph in list(end.rows[1].cells[c].paragraphs):
            cell._tc.append(paragraph._p)
    end._tbl.remove(end.rows[1]._tr)
    end._tbl.addnext(below._tbl)
    end._tbl.addnext(doc.add_paragraph()._p)
    return _save(doc)


def joint_recipients_above() -> bytes:
    """A joint plan whose "Nơi nhận:" is typed above the signers: the recipients' table first, then the two
    signers' table."""
    doc = docx.Document(io.BytesIO(joint_recipients_below()))
    signers, recipients = doc.tables[1], doc.tables[2]
    signers._tbl.addprevious(recipients._tbl)
    return _save(doc)


NOTE_LINE = "* Lưu ý: Đối với xóm không được phân bổ thì không tổ chức hội nghị."
NAMES_CELL = "1 …………………………\n2 …………………………"


def form_typed_its_own_way() -> bytes:
    """A form as a commune's Hướng dẫn types it: a note "* Lưu ý: …" in the body, the form's title on two
    paragraphs ("BIÊN BẢN" over what it records), a table without lines that is not its top box (blanks for
    names beside a note in italic), and its "Ghi chú:" line wholly in italic."""
    body = list(A_DOT_BODY)
    body.insert(body.index(("- Giảm nghèo bền vững.", PLAIN)) + 1, (NOTE_LINE, PLAIN))
    doc = _open(Typed(body=body))
    _add(doc, "Mẫu số 01/BB", bold=True, center=True, page=True)
    _add(doc, "BIÊN BẢN", bold=True, center=True)
    _add(doc, "HỌP BAN CÔNG TÁC MẶT TRẬN XÓM", bold=True, center=True)
    _add(doc, "Hồi….. giờ…… ngày….. tháng…… năm………, tại nhà văn hóa xóm ………………")
    _add(doc, "Hội nghị nhất trí giới thiệu những người có tên sau:")
    names = _table_after(doc, doc.paragraphs[-1], [[NAMES_CELL, "(Ghi họ tên từng người)"]], bold_rows=0)
    names.style = None
    _no_borders(names)
    names.cell(0, 0).paragraphs[0].runs[0].text = ""
    lines = NAMES_CELL.split("\n")
    cell = names.cell(0, 0).paragraphs[0]
    cell.add_run(lines[0])
    cell.add_run().add_break()
    cell.add_run(lines[1])
    names.cell(0, 1).paragraphs[0].runs[0].italic = True
    ended = _add(doc, "Hội nghị kết thúc hồi……. giờ….. cùng ngày.")
    names._tbl.addnext(ended._p)
    signing = _table_after(doc, ended, [["THƯ KÝ HỘI NGHỊ", "TRƯỞNG BAN"]])
    signing.cell(0, 0).add_paragraph("(ký tên)").runs[0].italic = True
    note = _add(doc, "Ghi chú: Biên bản này gửi Ban Thường trực Ủy ban MTTQ xã.", italic=True)
    note._p.getparent().remove(note._p)
    signing._tbl.addnext(note._p)
    return _save(doc)


OUTLINED_APPENDIX = [("I. THÀNH PHẦN", True), ("1. Ban Chỉ đạo xã", True),
                     ("- Chủ tịch UBND xã làm Trưởng ban.", False),
                     ("- Công chức Văn hóa - Xã hội làm thường trực.", False), ("2. Các xóm", True),
                     ("Trưởng xóm tổ chức rà soát trong xóm.", False), ("II. LỊCH LÀM VIỆC", True),
                     ("1. Tháng 3: rà soát hộ nghèo.", False), ("2. Tháng 10: tổng kết.", False)]


def outlined_appendix() -> bytes:
    """An appendix that is a text with its own outline (I., 1., "-"), after a line of its own."""
    return _text_appendix("QUY CHẾ HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO", "Ban Chỉ đạo làm việc theo chế độ tập thể.",
                          OUTLINED_APPENDIX)


def _text_appendix(title: str, opening: str, lines: list[tuple[str, bool]]) -> bytes:
    """A plan, then an appendix of text on a page of its own: "Phụ lục", its title, "(Kèm theo …)", an opening
    paragraph and its lines (text, bold)."""
    doc = _open(Typed(body=A_DOT_BODY))
    _add(doc, "Phụ lục", bold=True, center=True, page=True)
    _add(doc, title, bold=True, center=True)
    _add(doc, "(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/01/2023 của UBND xã Tân Cương)", italic=True, center=True)
    _add(doc, opening)
    for text, bold in lines:
        _add(doc, text, bold=bold)
    return _save(doc)


FORMS_COVER_TITLE = "Mẫu các loại biên bản, phiếu ý kiến"


def covered_forms() -> bytes:
    """A "PHỤ LỤC" cover over a list of forms: its title in lower case, its "(Kèm theo …" line broken by hand
    over two paragraphs, then a form "Mẫu số 01/HNCT" of its own."""
    doc = _open(Typed(body=A_DOT_BODY))
    _add(doc, "PHỤ LỤC", bold=True, center=True, page=True)
    _add(doc, FORMS_COVER_TITLE, bold=True, center=True)
    _add(doc, "(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/01/2023 của ", italic=True, center=True)
    _add(doc, "UBND xã Tân Cương)", italic=True, center=True)
    _add(doc, "Mẫu số 01/HNCT", bold=True, page=True)
    _add(doc, "BIÊN BẢN HỘI NGHỊ CỬ TRI", bold=True, center=True)
    for line in FORM_LINES:
        _add(doc, line)
    return _save(doc)


def parted_appendix() -> bytes:
    """An appendix of text in parts typed "Phần 1." (bold, with its end mark), each with its title in lower case
    and its own sections I., II."""
    return _text_appendix("HƯỚNG DẪN TRÌNH TỰ THỰC HIỆN", "Thời gian thực hiện: tháng 3 năm 2023.", PARTED_APPENDIX)


PARTED_APPENDIX = [("Phần 1. ", True), ("Trình tự thực hiện", True), ("I. ĐỐI VỚI CÁC CƠ QUAN", True),
                   ("Thực hiện quy trình ba bước.", False), ("II. ĐỐI VỚI CÁC THÔN", True),
                   ("- Trưởng thôn chủ trì.", False), ("Phần 2. ", True), ("Gửi biên bản và hồ sơ", True),
                   ("I. HỒ SƠ NGƯỜI ỨNG CỬ", True), ("1. Gửi về Ủy ban bầu cử xã.", False)]


def list_form() -> bytes:
    """A form that is a list: its label, its own top box, the type name "DANH SÁCH" and its summary as its
    title, then the table to fill in."""
    doc = _open(Typed(body=A_DOT_BODY))
    _add(doc, "PHỤ LỤC", bold=True, center=True, page=True)
    _add(doc, "Mẫu số 04/HNCT", bold=True, page=True)
    box = _table_after(doc, doc.paragraphs[-1], [["(1)…………………", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]])
    _no_borders(box)
    anchor = _add(doc, "DANH SÁCH", bold=True, center=True)
    anchor._p.getparent().remove(anchor._p)
    box._tbl.addnext(anchor._p)
    summary = _add(doc, "NHỮNG NGƯỜI ĐƯỢC GIỚI THIỆU ỨNG CỬ", bold=True, center=True)
    summary._p.getparent().remove(summary._p)
    anchor._p.addnext(summary._p)
    _table_after(doc, summary, [["TT", "Họ và tên", "Nơi cư trú"], ["1", "……", "……"]])
    return _save(doc)


def titled_label_appendix() -> bytes:
    """An appendix whose label carries its title ("PHỤ LỤC 01: CẤU TRÚC ĐỀ THI") and has no "(Kèm theo …)"
    line, then a bold heading in capitals that is its content."""
    doc = _open(Typed(body=A_DOT_BODY))
    _add(doc, "PHỤ LỤC 01: CẤU TRÚC ĐỀ THI", bold=True, center=True, page=True)
    _add(doc, "ĐỀ THI TỰ LUẬN", bold=True)
    _add(doc, "Đề thi gồm ba câu hỏi, mỗi câu một chương.")
    return _save(doc)


def notes_then_table() -> bytes:
    """An appendix of several structures: a "Ghi chú:" line, the next structure's title, its two-column box
    (the school on the left, the structure's name on the right), its lines and its grid."""
    doc = _open(Typed(body=A_DOT_BODY))
    _add(doc, "Phụ lục", bold=True, center=True, page=True)
    _add(doc, "CẤU TRÚC ĐỀ THI", bold=True, center=True)
    _add(doc, "(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/01/2023 của UBND xã Tân Cương)", italic=True, center=True)
    _add(doc, "Đề thi tự luận gồm ba câu.")
    _add(doc, "Ghi chú: mỗi câu một chương.")
    title = _add(doc, "CẤU TRÚC ĐỀ THI TRẮC NGHIỆM", bold=True, center=True)
    box = _table_after(doc, title, [["TRƯỜNG ĐẠI HỌC THỦY LỢI", "CẤU TRÚC ĐỀ THI"]])
    _no_borders(box)
    line = _add(doc, "- Môn học: ……………")
    line._p.getparent().remove(line._p)
    box._tbl.addnext(line._p)
    _table_after(doc, line, [["Nội dung", "Số câu", "Tỉ lệ"], ["Chương 1", "10", "20%"]])
    return _save(doc)
