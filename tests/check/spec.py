"""What ``make_docx`` builds: the texts and looks of a clean ND30 plan, and one switch per property."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from docgen import nd30


@dataclass(frozen=True)
class Fmt:
    """How one kind of paragraph looks."""

    size: float
    bold: bool = False
    italic: bool = False
    align: str = "center"
    first_line_mm: float | None = None
    after_pt: float | None = None
    line: float | None = None
    font: str = nd30.FONT


BODY = Fmt(14, align="justify", first_line_mm=12.7, after_pt=6, line=1.15)
FORMATS = {
    "issuer": Fmt(13, bold=True), "national_name": Fmt(13, bold=True), "motto": Fmt(14, bold=True),
    "number": Fmt(13), "place_date": Fmt(14, italic=True), "doc_type": Fmt(14, bold=True),
    "summary": Fmt(14, bold=True), "basis": replace(BODY, italic=True), "body": BODY,
    "heading": replace(BODY, bold=True), "part": Fmt(14, bold=True, after_pt=6, line=1.15),
    "recipients_label": Fmt(12, bold=True, italic=True, align="left"),
    "recipient": Fmt(11, align="left"), "signature": Fmt(14, bold=True), "signer": Fmt(14, bold=True),
    "appendix_label": Fmt(14, bold=True), "appendix_title": Fmt(14, bold=True),
    "appendix_reference": Fmt(14, italic=True), "table": Fmt(12), "page_number": Fmt(14),
}
REFERENCE = "(Kèm theo Kế hoạch số 85/KH-UBND ngày 24 tháng 10 năm 2022 của Ủy ban nhân dân xã Thịnh Đức)"
BODY_TEXT = [
    ("heading", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("heading", "1. Mục đích"),
    ("body", "Tổ chức thực hiện có hiệu quả Chương trình mục tiêu quốc gia giảm nghèo bền vững trên địa bàn xã."),
    ("heading", "2. Yêu cầu"),
    ("body", "a) Bám sát mục tiêu, chỉ tiêu giảm nghèo được giao;"),
    ("body", "b) Huy động sự tham gia của cả hệ thống chính trị và Nhân dân."),
    ("heading", "II. NỘI DUNG THỰC HIỆN"),
    ("body", "1. Phấn đấu giảm 06 hộ nghèo trong năm 2022, tỷ lệ hộ nghèo còn 1,40%."),
    ("heading", "2. Các dự án thành phần"),
    ("heading", "2.1. Tiểu dự án 1: Hỗ trợ phát triển sản xuất"),
    ("body", "a) Hỗ trợ giống cây trồng;"), ("body", "b) Hỗ trợ vật tư nông nghiệp;"),
    ("body", "c) Hỗ trợ kỹ thuật;"), ("body", "d) Hỗ trợ tiêu thụ sản phẩm;"),
    ("body", "đ) Hỗ trợ vốn vay;"), ("body", "e) Hỗ trợ đào tạo nghề;"), ("body", "g) Hỗ trợ việc làm."),
    ("body", "- Đối tượng: hộ nghèo, hộ cận nghèo;"), ("body", "+ Ưu tiên hộ có phụ nữ làm chủ hộ."),
    ("heading", "2.2. Tiểu dự án 2: Truyền thông về giảm nghèo"),
    ("body", "Tổ chức tuyên truyền trên hệ thống truyền thanh của xã."),
    ("heading", "III. TỔ CHỨC THỰC HIỆN"),
    ("body", "Trên đây là Kế hoạch thực hiện Chương trình giảm nghèo năm 2022 trên địa bàn xã Thịnh Đức./."),
]


@dataclass(frozen=True)
class Spec:
    """Everything the builder varies. The defaults make a document that follows every rule."""

    issuer: tuple[str, ...] = ("ỦY BAN NHÂN DÂN", "XÃ THỊNH ĐỨC")
    national_name: str = nd30.NATIONAL_NAME
    motto: str = nd30.MOTTO
    number: str = "Số: 85/KH-UBND"
    place_date: str = "Thịnh Đức, ngày 24 tháng 10 năm 2022"
    doc_type: str = "KẾ HOẠCH"
    summary: str = "Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2022 trên địa bàn xã Thịnh Đức"
    bases: tuple[str, ...] = ("Căn cứ Kế hoạch số 211/KH-UBND ngày 15 tháng 6 năm 2022 của UBND thành phố;",
                              "Căn cứ Nghị quyết số 12/NQ-HĐND ngày 05 tháng 01 năm 2022 của HĐND xã.")
    body: tuple[tuple[str, str], ...] = tuple(BODY_TEXT)
    recipients_label: str = "Nơi nhận:"
    recipients: tuple[str, ...] = ("- UBND thành phố Thái Nguyên;", "- Đảng ủy, HĐND xã;", "- Lưu: VT, VP.")
    signature: tuple[str, ...] = ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    signer: str = "Lang Đại Thành"
    appendices: tuple[tuple[str, str, str | None], ...] = (
        ("Phụ lục I", "BIỂU PHÂN BỔ CHỈ TIÊU GIẢM HỘ NGHÈO NĂM 2022", REFERENCE),
        ("Phụ lục II", "BIỂU PHÂN BỔ CHỈ TIÊU GIẢM HỘ CẬN NGHÈO NĂM 2022", REFERENCE))
    margins: dict[str, float] = field(default_factory=lambda: {"top": 20, "bottom": 20, "left": 30, "right": 15})
    page_mm: tuple[float, float] = (nd30.PAGE_WIDTH_MM, nd30.PAGE_HEIGHT_MM)
    main_landscape: bool = False
    appendix_landscape: bool = True
    appendix_sections: bool = True
    appendix_restart: bool = True
    rules_mm: dict[str, float | None] = field(default_factory=lambda: {
        "issuer": nd30.ISSUER_RULE_MM, "motto": nd30.MOTTO_RULE_MM, "summary": nd30.SUMMARY_RULE_MM})
    title_page: bool = True
    page_number: str | None = "header"  # "header", "footer" or None
    page_number_on_first: bool = False
    formats: dict[str, dict[str, Any]] = field(default_factory=dict)
    styled: bool = False
    mutate: Callable[[Any], None] | None = None
