"""The corpus: documents of every type a reviewer meets, rebuilt with python-docx after public originals (see
README.md in this folder), each with the findings it must give. Every other finding is a false one: the
corpus test fails on it, and ``benchmarks/precision.py`` counts it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from docgen import nd30
from tests.check.builder import build
from tests.check.spec import Spec

CENTER, JUSTIFY, LEFT = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.LEFT


@dataclass(frozen=True)
class Sample:
    """One corpus document: its name, what kind it is, where its layout comes from, how to build it, and the
    rules it must break (each with how many findings; every finding of another rule is false)."""

    name: str
    kind: str
    origin: str
    make: Callable[[], bytes]
    true: dict[str, int] = field(default_factory=dict)


# --- editing helpers (python-docx) -------------------------------------------------------------------------

def _format(paragraph, size=14, bold=False, italic=False, align=JUSTIFY, first_line=None, after=6):
    layout = paragraph.paragraph_format
    layout.alignment, layout.space_after, layout.line_spacing = align, Pt(after), 1.15
    if first_line is not None:
        layout.first_line_indent = Mm(first_line)
    for run in paragraph.runs:
        run.font.name, run.font.size, run.font.bold, run.font.italic = "Times New Roman", Pt(size), bold, italic
    return paragraph


def _insert_before(anchor, text, **look):
    paragraph = anchor.insert_paragraph_before(text)
    return _format(paragraph, **look)


def _add_to_cell(doc, table, row, col, text, **look):
    paragraph = doc.tables[table].cell(row, col).add_paragraph(text)
    return _format(paragraph, **look)


def _find(doc, start):
    for paragraph in _all(doc):
        if paragraph.text.startswith(start):
            return paragraph
    raise KeyError(start)


def _all(doc):
    yield from doc.paragraphs
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs


def _remove(paragraph):
    paragraph._p.getparent().remove(paragraph._p)


# --- kinds ------------------------------------------------------------------------------------------------

CONG_VAN_BODY = (("body", "Thực hiện Công văn số 1520/SNV-XDCQ ngày 12 tháng 9 năm 2022 của Sở Nội vụ về việc rà "
                          "soát số lượng cán bộ, công chức cấp xã, Ủy ban nhân dân xã Thịnh Đức báo cáo như sau:"),
                 ("body", "1. Số lượng cán bộ, công chức hiện có: 21 người, trong đó cán bộ 10 người."),
                 ("body", "2. Số lượng còn thiếu so với quy định: 02 người."),
                 ("body", "Ủy ban nhân dân xã Thịnh Đức trân trọng báo cáo./."))


def cong_van(summary_look=None, tab_indent=False, extra=None, **overrides) -> bytes:
    """A công văn: no type name; "V/v …" under the number; "Kính gửi:" above the text."""
    def mutate(doc):
        for start in ("CÔNG VĂN",):
            _remove(_find(doc, start))
        _remove(_find(doc, "Về việc"))
        look = summary_look or {"size": 12, "align": CENTER}
        _add_to_cell(doc, 0, 1, 0, "V/v rà soát số lượng cán bộ, công chức cấp xã", **look)
        first = _find(doc, "Thực hiện Công văn")
        _insert_before(first, "Kính gửi: Sở Nội vụ tỉnh Thái Nguyên.", align=CENTER)
        if extra:
            extra(doc)
        if tab_indent:
            for paragraph in list(doc.paragraphs):
                if paragraph.text[:2] in ("Th", "1.", "2.", "Ủy"):
                    paragraph.paragraph_format.first_line_indent = Mm(0)
                    paragraph.runs[0].text = "\t" + paragraph.runs[0].text
    options = dict(number="Số: 112/UBND-VP", doc_type="CÔNG VĂN", summary="Về việc", bases=(),
                   body=CONG_VAN_BODY, appendices=(),
                   rules_mm={"issuer": nd30.ISSUER_RULE_MM, "motto": nd30.MOTTO_RULE_MM, "summary": None},
                   recipients=("- Như trên;", "- Lưu: VT, VP."), mutate=mutate)
    options.update(overrides)
    return build(Spec(**options))


DECISION_BODY = (
    ("body", "QUYẾT ĐỊNH:"),
    ("heading", "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Ủy ban nhân dân xã Thịnh Đức."),
    ("heading", "Điều 2. Trách nhiệm thi hành"),
    ("body", "1. Văn phòng Ủy ban nhân dân xã theo dõi, đôn đốc việc thực hiện Quy chế."),
    ("body", "2. Các công chức chuyên môn thực hiện Quy chế này."),
    ("heading", "Điều 3. Hiệu lực thi hành"),
    ("body", "1. Quyết định này có hiệu lực từ ngày ký."),
    ("body", "2. Công chức Văn phòng - Thống kê và các cá nhân có liên quan chịu trách nhiệm thi hành Quyết định "
             "này./."),
)
DECISION_BASES = ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                  "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;",
                  "Theo đề nghị của Công chức Văn phòng - Thống kê.")
RULES_OF_WORK = (
    ("Chương I", "part"), ("QUY ĐỊNH CHUNG", "part"),
    ("Điều 1. Phạm vi điều chỉnh", "heading"),
    ("Quy chế này quy định về nguyên tắc, chế độ trách nhiệm, lề lối làm việc của Ủy ban nhân dân xã.", "body"),
    ("Điều 2. Nguyên tắc làm việc", "heading"),
    ("1. Ủy ban nhân dân làm việc theo chế độ tập thể, quyết định theo đa số.", "body"),
    ("2. Mỗi việc chỉ giao một người phụ trách và chịu trách nhiệm chính.", "body"),
    ("Chương II", "part"), ("TRÁCH NHIỆM, PHẠM VI GIẢI QUYẾT CÔNG VIỆC", "part"),
    ("Điều 3. Trách nhiệm của Chủ tịch", "heading"),
    ("1. Lãnh đạo, điều hành công việc của Ủy ban nhân dân.", "body"),
    ("a) Triệu tập, chủ trì các phiên họp;", "body"),
    ("b) Ký các văn bản của Ủy ban nhân dân.", "body"),
    ("2. Chủ tịch Ủy ban nhân dân có thể ủy quyền cho Phó Chủ tịch khi vắng mặt.", "body"),
)


def decision(**options) -> bytes:
    """Return the bytes of ``decision_spec(**options)``."""
    return build(Spec(**decision_spec(**options)))


def decision_spec(signature=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), rules_of_work=False, reference_italic=True,
                  title_bold=True, **overrides) -> dict:
    """The Spec options of a quyết định of the chairman: authority line, bases ending "Theo đề nghị của …",
    "QUYẾT ĐỊNH:", Điều with khoản restarting in each; optionally the quy chế it issues, after the signature."""
    def mutate(doc):
        first_basis = _find(doc, "Căn cứ Luật")
        _insert_before(first_basis, "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ THỊNH ĐỨC", bold=True, align=CENTER)
        _format(_find(doc, "QUYẾT ĐỊNH:"), bold=True, align=CENTER)
        if rules_of_work:
            _attach_rules(doc, reference_italic, title_bold)
    options = dict(number="Số: 45/QĐ-UBND", doc_type="QUYẾT ĐỊNH",
                   summary="Về việc ban hành Quy chế làm việc của Ủy ban nhân dân xã Thịnh Đức",
                   bases=DECISION_BASES, body=DECISION_BODY, signature=signature, appendices=(), mutate=mutate,
                   recipients=("- Như Điều 3;", "- Lưu: VT, VP."))
    options.update(overrides)
    return options


def decision_of_district() -> bytes:
    """A district chairman's decision whose authority line runs over two lines."""
    spec = decision_spec(issuer=("ỦY BAN NHÂN DÂN", "HUYỆN ĐẠI TỪ"), place_date="Đại Từ, ngày 24 tháng 10 năm 2022")
    first = spec["mutate"]

    def two_lines(doc):
        first(doc)
        _find(doc, "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ").runs[0].text = "CHỦ TỊCH ỦY BAN NHÂN DÂN"
        _insert_before(_find(doc, "Căn cứ Luật"), "HUYỆN ĐẠI TỪ", bold=True, align=CENTER)
    return build(Spec(**{**spec, "mutate": two_lines}))


def _attach_rules(doc, reference_italic: bool, title_bold: bool) -> None:
    from docx.enum.section import WD_SECTION
    doc.add_section(WD_SECTION.NEW_PAGE)
    _format(doc.add_paragraph("QUY CHẾ"), bold=title_bold, align=CENTER, after=0)
    _format(doc.add_paragraph("Làm việc của Ủy ban nhân dân xã Thịnh Đức"), bold=True, align=CENTER, after=0)
    _format(doc.add_paragraph("(Ban hành kèm theo Quyết định số 45/QĐ-UBND ngày 24 tháng 10 năm 2022 của Chủ "
                              "tịch Ủy ban nhân dân xã Thịnh Đức)"), italic=reference_italic, align=CENTER)
    for text, kind in RULES_OF_WORK:
        paragraph = doc.add_paragraph(text)
        if kind == "part":
            _format(paragraph, bold=True, align=CENTER)
        else:
            _format(paragraph, bold=kind == "heading", first_line=12.7)


def party() -> bytes:
    """A Party document: "ĐẢNG CỘNG SẢN VIỆT NAM" where the national name would be, a Party committee as
    issuer, a star instead of a rule; not governed by Decree 30."""
    return build(Spec(national_name="ĐẢNG CỘNG SẢN VIỆT NAM", motto="", issuer=("ĐẢNG BỘ XÃ THỊNH ĐỨC",
                      "CHI BỘ XÓM CHẰM", "*"), number="Số 12-KH/CB", doc_type="KẾ HOẠCH",
                      signature=("T/M CHI BỘ", "BÍ THƯ"), recipients=("- Đảng ủy xã,", "- Lưu Chi bộ."),
                      margins={"top": 20, "bottom": 20, "left": 30, "right": 15}, appendices=(),
                      rules_mm={"issuer": None, "motto": None, "summary": 40.0}))


def application(kind="ĐƠN KHỞI KIỆN", summary="(Về việc: Ly hôn)") -> bytes:
    """A citizen's application: national name and motto, a type name ("ĐƠN …"), "Kính gửi", no issuing body
    and no number; laid out in 12 pt, dotted blanks."""
    import docx as python_docx
    doc = python_docx.Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for text, look in (("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {"bold": True, "size": 13}),
                       ("Độc lập – Tự do – Hạnh phúc", {"bold": True, "size": 13}),
                       ("................, ngày .... tháng .... năm .........", {"italic": True, "align": LEFT}),
                       (kind, {"bold": True, "size": 16}), (summary, {"italic": True}),
                       ("Kính gửi: Tòa án nhân dân ..............................", {"align": LEFT})):
        _format(doc.add_paragraph(text), align=look.pop("align", CENTER), **look)
    for text in ("1. Người khởi kiện: ............ sinh ngày: ..../..../......", "CMND/CCCD số: ............",
                 "Thường trú: ........................", "2. Người bị kiện: ............ sinh ngày: ..../..../......",
                 "Tôi xin trình bày với Quý Tòa án vụ việc như sau: ..............................",
                 "Trân trọng./.", "Người khởi kiện", "(Ký và ghi rõ họ, tên)"):
        _format(doc.add_paragraph(text), size=12, align=LEFT)
    return _save(doc)


def form() -> bytes:
    """An internal form: a statement table with no national name, no issuing body and no number."""
    import docx as python_docx
    doc = python_docx.Document()
    _format(doc.add_paragraph("BẢNG TUYÊN BỐ ĐÁP ỨNG YÊU CẦU KỸ THUẬT"), bold=True, align=CENTER)
    _format(doc.add_paragraph("Vĩnh Long, ngày     tháng     năm 2022"), italic=True, align=CENTER)
    _format(doc.add_paragraph("Kính gửi: VIỆN CÔNG NGHỆ VIỄN THÔNG SÀI GÒN"), align=CENTER)
    table = doc.add_table(rows=3, cols=3)
    for row, texts in enumerate((("TT", "Yêu cầu", "Đáp ứng"), ("1", "Máy chủ", "Có"), ("2", "Bảo mật", "Có"))):
        for col, text in enumerate(texts):
            table.cell(row, col).text = text
    return _save(doc)


def _save(doc) -> bytes:
    import io
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def spaced_plan() -> bytes:
    """A tờ trình typed without tables: the top block's two columns separated by runs of spaces, the end block by
    tabs, no lines drawn under the motto, the issuing body or the summary; the place and date upright; a single
    basis ending with ";"; the signature lines in the recipients' sizes (12 pt italic, 11 pt)."""
    import docx as python_docx
    doc = python_docx.Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    lines = [("ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", dict(size=13, bold=True, align=LEFT)),
             ("XÃ THỊNH ĐỨC                  Độc lập - Tự do - Hạnh phúc", dict(size=13, bold=True, align=LEFT)),
             ("Số: 12/TTr-UBND          Thịnh Đức, ngày 05 tháng 3 năm 2023", dict(size=13, align=LEFT)),
             ("TỜ TRÌNH", dict(bold=True, align=CENTER)),
             ("Về việc đề nghị phê duyệt danh sách hộ nghèo năm 2023", dict(bold=True, align=CENTER)),
             ("Kính gửi: Ủy ban nhân dân thành phố Thái Nguyên.", dict(align=CENTER)),
             ("Căn cứ Quyết định số 15/QĐ-UBND ngày 10 tháng 01 năm 2023 của UBND thành phố;",
              dict(italic=True, first_line=12.7)),
             ("Ủy ban nhân dân xã Thịnh Đức kính trình Ủy ban nhân dân thành phố xem xét, phê duyệt danh sách 45 hộ "
              "nghèo năm 2023 trên địa bàn xã theo kết quả rà soát cuối năm.", dict(first_line=12.7)),
             ("Kính trình Ủy ban nhân dân thành phố xem xét, quyết định./.", dict(first_line=12.7)),
             ("Nơi nhận:\t\t\tTM. ỦY BAN NHÂN DÂN", dict(size=12, bold=True, italic=True, align=LEFT)),
             ("- Như trên;\t\t\t\tCHỦ TỊCH", dict(size=11, align=LEFT)),
             ("- Lưu: VT, VP.", dict(size=11, align=LEFT)), ("", {}),
             ("\t\t\t\t\tNguyễn Văn A", dict(bold=True, align=LEFT))]
    for text, look in lines:
        _format(doc.add_paragraph(text), **look)
    return _save(doc)
