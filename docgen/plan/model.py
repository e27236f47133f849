"""The plan schema: the one list of every field a plan file may hold, each described for the clerk.

``docgen schema`` prints this as JSON Schema, so an editor can complete and validate plan files.
Unknown fields are refused, so a misspelt key is reported instead of silently ignored.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, Strict

from docgen.kinds.model import Decision, Result
from docgen.vnformat import long_date

# Bounds a real plan never reaches, so that a slip of the keyboard (a year of 20222, thirty digits of households)
# is said at its field instead of printed, or of breaking the arithmetic of the tables.
MAX_COUNT, MAX_NUMBER, YEARS = 9_999_999, 99_999, (2000, 2100)
Count = Annotated[int, Strict(), Field(ge=0, le=MAX_COUNT)]
UNNUMBERED = ("false: không đánh số (đoạn văn hoặc tiêu đề xen giữa các mục có số); các mục sau vẫn đánh số "
              "liền, không bỏ số.")
MARKUP_NOTE = ("Trong mọi đoạn văn: **đậm**, *nghiêng*, __gạch chân__; xuống dòng trong đoạn bằng \\n; đoạn chỉ "
               "gồm {table.id} là chỗ đặt bảng.")
Text = Annotated[str, Field(min_length=1)]
Paragraphs = Annotated[list[Text], Field(description="Các đoạn văn, mỗi đoạn một chuỗi. " + MARKUP_NOTE)]
Bullets = Annotated[
    list[Text | list[Text]],
    Field(description='Các ý gạch đầu dòng "-", mỗi ý một chuỗi. Một danh sách [...] đặt ngay sau một ý '
                      'là các ý con "+" của ý đó.'),
]


class Strict_(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Issuer(Strict_):
    """Cơ quan ban hành (ô 2 của Nghị định 30)."""

    name: Text = Field(description="Tên đầy đủ, viết như trong câu: Ủy ban nhân dân xã Thịnh Đức.")
    header: list[Text] = Field(min_length=1, description="Tên in ở góc trái trên cùng, mỗi dòng một chuỗi, "
                                                         "chữ in hoa: [\"ỦY BAN NHÂN DÂN\", \"XÃ THỊNH ĐỨC\"].")
    parent: list[Text] = Field(default=[], description="Cơ quan chủ quản in phía trên (nếu có); cấp xã "
                                                       "thường để trống.")
    abbreviation: Text = Field(description="Chữ viết tắt tên cơ quan trong ký hiệu văn bản: UBND.")
    place: Text = Field(description="Địa danh ghi trước ngày tháng: tên đơn vị hành chính nơi cơ quan đóng "
                                    "trụ sở, ví dụ Thịnh Đức.")


class Document(Strict_):
    """Số, ký hiệu, ngày, tên loại và trích yếu."""

    kind: Text = Field(description="Tên loại văn bản, viết như trong câu: Kế hoạch.")
    code: Text = Field(description="Chữ viết tắt tên loại (Phụ lục III Nghị định 30): KH.")
    number: Annotated[int, Strict(), Field(ge=1, le=MAX_NUMBER)] | None = Field(
        default=None, description="Số văn bản. Bỏ trống khi còn là dự thảo; khi ban hành mới ghi số.")
    date: dt.date | None = Field(default=None, description="Ngày ban hành, dạng 2022-10-24. Dự thảo có thể bỏ "
                                                        "trống: in «ngày … tháng … năm …» để điền tay.")
    draft_month: Annotated[int, Strict(), Field(ge=1, le=12)] | None = Field(
        default=None, description="Dự thảo để trống ngày nhưng đã ghi tháng (cùng draft_year): 2 in «ngày … "
                                  "tháng 02 năm …». Chỉ dùng khi chưa có date.")
    draft_year: Annotated[int, Strict(), Field(ge=YEARS[0], le=YEARS[1])] | None = Field(
        default=None, description="Dự thảo để trống ngày nhưng đã ghi năm: 2026 in «ngày … tháng … năm 2026». "
                                  "Chỉ dùng khi chưa có date.")
    summary: Text = Field(description="Trích yếu nội dung, in đậm dưới tên loại.")

    @property
    def printed_date(self) -> str:
        """The date as printed: ``ngày 24 tháng 10 năm 2022``, or a draft's blank with what it already writes."""
        return long_date(self.date, self.draft_month, self.draft_year)


class Point(Strict_):
    """Điểm a), b), c) … : chữ cái do docgen tự đánh theo thứ tự tiếng Việt."""

    text: Paragraphs = Field(min_length=1, description="Đoạn đầu in ngay sau chữ cái; các đoạn sau xuống dòng.")
    bullets: Bullets = []
    numbered: bool = Field(default=True, description=UNNUMBERED)


class Part(Strict_):
    """Tiểu mục 3.1., 3.2. … trong một khoản."""

    title: str = Field(default="", description="Tiêu đề, in đậm sau số thứ tự. Chỉ được bỏ trống khi "
                                                "numbered = false (các đoạn không tiêu đề, không số).")
    numbered: bool = Field(default=True, description="false: in đậm tiêu đề mà không đánh số (khi khoản chỉ "
                                                     "có một tiểu dự án); các tiểu mục sau vẫn đánh số liền.")
    text: Paragraphs = []
    bullets: Bullets = []
    points: list[Point] = []


class Item(Strict_):
    """Khoản 1., 2. … trong một mục."""

    title: str = Field(default="", description="Tiêu đề in đậm. Bỏ trống thì đoạn đầu in ngay sau số.")
    numbered: bool = Field(default=True, description=UNNUMBERED)
    text: Paragraphs = []
    bullets: Bullets = []
    points: list[Point] = []
    parts: list[Part] = []


class Section(Strict_):
    """Mục I., II. … : tiêu đề in hoa, đậm."""

    title: Text
    numbered: bool = Field(default=True, description=UNNUMBERED + " Tiêu đề vẫn in hoa, đậm.")
    text: Paragraphs = []
    bullets: Bullets = []
    items: list[Item] = []


class Division(Strict_):
    """Phần thứ nhất, Phần thứ hai … : một phần lớn của nội dung, gồm các mục I., II. … riêng (đánh số lại từ I
    trong mỗi phần). docgen in dòng "Phần thứ nhất" rồi tiêu đề in hoa, cả hai đậm và căn giữa."""

    title: Text = Field(description="Tiêu đề của phần, docgen in hoa: Kết quả thực hiện năm 2025.")
    sections: list[Section] = Field(min_length=1, description="Các mục I., II. … của phần này.")


class Signer(Strict_):
    """Một người ký: quyền hạn (TM./KT./TL./TUQ./Q. hoặc không), chức vụ, chỗ ký và đóng dấu, họ tên."""

    on_behalf_of: str = Field(default="", description="Tên tập thể sau \"TM.\": ỦY BAN NHÂN DÂN. Bỏ trống nếu "
                                                      "không ký thay mặt tập thể (Chủ tịch ký tên mình).")
    prefix: Literal["", "KT.", "Q.", "TL.", "TUQ."] = Field(
        default="", description="KT. (ký thay), Q. (quyền), TL. (thừa lệnh), TUQ. (thừa ủy quyền), hoặc bỏ trống.")
    head_title: str = Field(default="", description="Chức vụ người đứng đầu sau KT./TL./TUQ.: CHỦ TỊCH.")
    position: str = Field(default="", description="Chức vụ người ký: PHÓ CHỦ TỊCH.")
    lines: list[Text] = Field(default=[], max_length=3, description=(
        "Các dòng quyền hạn, chức vụ in đúng như viết (1 đến 3 dòng), thay cho on_behalf_of/prefix/head_title/"
        "position: [\"TM. BAN CHỈ ĐẠO\", \"TRƯỞNG BAN\"]."))
    note: str = Field(default="", description="Dòng in nghiêng dưới chức vụ, trong mẫu biểu: (Ký, ghi rõ họ tên).")
    above: str = Field(default="", description="Dòng in nghiêng trên chức vụ, trong mẫu biểu: "
                                               "……, ngày … tháng … năm ….")
    space: bool = Field(default=True, description="false: không chừa chỗ ký, đóng dấu giữa chức vụ và họ tên.")
    name: str = Field(default="", description="Họ và tên người ký, không kèm học hàm, học vị.")
    below: list[Text] = Field(default=[], description="Các dòng in dưới họ tên (không đậm): số điện thoại …")


class Signature(Signer):
    """Quyền hạn, chức vụ, họ tên người ký (ô 7). Văn bản liên tịch: thêm người ký [[signature.joint]] in bên
    trái, cùng hàng."""

    name: Text = Field(description="Họ và tên người ký, không kèm học hàm, học vị.")
    joint: list[Signer] = Field(default=[], max_length=1, description=(
        "Văn bản liên tịch: người ký của cơ quan cùng ban hành, in bên trái người ký chính; nơi nhận in "
        "xuống dưới."))


class Recipients(Strict_):
    """Nơi nhận (ô 9b). docgen tự thêm dấu \"-\" đầu dòng, dấu \";\" cuối dòng và dòng \"- Lưu: VT, …\"."""

    items: list[Text] = Field(min_length=1, description="Mỗi nơi nhận một chuỗi.")
    archive: list[Text] = Field(default=[], description="Đơn vị lưu sau \"VT\": [\"VP\"] cho \"Lưu: VT, VP.\"")
    archive_copies: Annotated[int, Strict(), Field(ge=1, le=99)] | None = Field(
        default=None, description="Số bản lưu, in trong ngoặc: 2 cho \"Lưu: VT, VP (2).\"")
    archive_line: str = Field(default="", description=(
        "Dòng lưu in đúng như viết, thay cho archive và archive_copies, khi bản gốc viết khác cách docgen in "
        "mà vẫn bắt đầu bằng \"Lưu: VT\": \"Lưu: VT MTTQ\". docgen thêm \"- \" đầu dòng và dấu chấm cuối."))


class Targets(Strict_):
    """Chỉ tiêu giảm nghèo của cả xã. Bỏ trống một chỉ tiêu thì lấy tổng các xóm."""

    year: Annotated[int, Strict(), Field(ge=YEARS[0], le=YEARS[1])] = Field(description="Năm kế hoạch: 2022.")
    poor_reduction: Count | None = Field(default=None, description="Số hộ nghèo giảm trong năm của cả xã.")
    near_poor_reduction: Count | None = Field(default=None, description="Số hộ cận nghèo giảm trong năm của cả xã.")


class Hamlet(Strict_):
    """Một xóm (thôn): khai một lần, mọi bảng dùng chung danh sách này theo đúng thứ tự."""

    name: Text = Field(description="Tên xóm, in trong bảng đúng như viết ở đây.")
    households: Count = Field(description="Tổng số hộ của xóm.")
    poor: Count = Field(description="Hộ nghèo sau rà soát cuối năm trước.")
    poor_without_labour: Count = Field(default=0, description="Trong số hộ nghèo: hộ không còn khả năng lao động.")
    poor_reduction: Count | None = Field(default=None, description="Kế hoạch giảm hộ nghèo của xóm. Bỏ trống để "
                                                                   "docgen tự phân bổ chỉ tiêu của xã.")
    poor_new: Count | None = Field(default=None, description="Hộ nghèo phát sinh mới dự kiến trong năm; cộng vào "
                                                             "số cuối kỳ. Bắt buộc ở mọi xóm khi một bảng có "
                                                             "cột poor_new.")
    near_poor: Count = Field(description="Hộ cận nghèo sau rà soát cuối năm trước.")
    near_poor_without_labour: Count = Field(default=0, description="Trong số hộ cận nghèo: hộ không còn khả "
                                                                   "năng lao động.")
    near_poor_reduction: Count | None = Field(default=None, description="Kế hoạch giảm hộ cận nghèo của xóm. Bỏ "
                                                                        "trống để docgen tự phân bổ.")
    near_poor_new: Count | None = Field(default=None, description="Hộ cận nghèo phát sinh mới dự kiến trong năm.")


class Reference(Strict_):
    """Số liệu chính thức để đối chiếu: docgen so với số tự tính và báo mọi chỗ lệch."""

    households: Count | None = Field(default=None, description="Tổng số hộ của xã.")
    poor: Count | None = Field(default=None, description="Tổng hộ nghèo sau rà soát.")
    poor_end: Count | None = Field(default=None, description="Tổng hộ nghèo cuối kỳ.")
    poor_rate: Decimal | None = Field(default=None, description="Tỷ lệ hộ nghèo cuối kỳ (%), ví dụ 1.40.")
    near_poor: Count | None = Field(default=None, description="Tổng hộ cận nghèo sau rà soát.")
    near_poor_end: Count | None = Field(default=None, description="Tổng hộ cận nghèo cuối kỳ.")
    near_poor_rate: Decimal | None = Field(default=None, description="Tỷ lệ hộ cận nghèo cuối kỳ (%).")


class TableColumn(Strict_):
    """Một cột của bảng phụ lục, theo thứ tự in từ trái sang phải."""

    figure: Text = Field(description=(
        "Số liệu của cột, chọn trong danh mục số liệu: order (TT), hamlet "
        "(tên xóm), households (tổng số hộ); với hộ nghèo: poor (sau rà soát đầu kỳ), poor_start_rate (tỷ lệ "
        "đầu kỳ %), poor_without_labour (không còn khả năng lao động), poor_new (phát sinh mới), poor_reduction "
        "(kế hoạch giảm), poor_end (cuối kỳ), poor_rate (tỷ lệ cuối kỳ %); với hộ cận nghèo thay poor bằng "
        "near_poor: near_poor, near_poor_end …"))
    header: Text = Field(description="Tiêu đề cột, in đúng như viết; được dùng {year}, {previous_year}: "
                                     "\"Hộ nghèo cuối kỳ năm {year}\".")
    group: str = Field(default="", description="Tiêu đề chung in trên cột: các cột liền nhau cùng một tiêu đề "
                                               "chung được gộp một ô (\"Giảm hộ nghèo năm {year}\"). Bỏ trống: "
                                               "tiêu đề cột chiếm cả hai dòng tiêu đề.")


Cell = Annotated[str, Field(description='Một ô. "<": gộp với ô bên trái; "^": gộp với ô bên trên; '
                                        '"\\<" và "\\^" in chính dấu đó.')]
Align = Literal["left", "center", "right", "justify"]
TableId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]


class Table(Strict_):
    """Một bảng đặt trong văn bản bằng một đoạn chỉ gồm {table.id}: bảng gõ sẵn (header, rows) hoặc bảng số
    liệu theo xóm (columns, như bảng phụ lục)."""

    id: TableId = Field(description="Tên ngắn: đoạn \"{table.lich}\" trong văn bản là chỗ in bảng.")
    title: str = Field(default="", description="Tên bảng in đậm, căn giữa phía trên bảng (bỏ trống: không in).")
    header: list[list[Cell]] = Field(default=[], description="Các dòng tiêu đề, mỗi dòng một danh sách ô; in "
                                                             "đậm, lặp lại đầu mỗi trang.")
    rows: list[list[Cell]] = Field(default=[], description="Các dòng của bảng, mỗi dòng một danh sách ô.")
    total: list[Cell] = Field(default=[], description="Dòng tổng (in đậm, cuối bảng): [\"Cộng\", \"<\", \"12\"].")
    widths: list[Annotated[Decimal, Field(gt=0, le=1000)]] = Field(
        default=[], description="Độ rộng tương đối của các cột: [1, 5, 2] (cột 2 rộng gấp 5 cột 1); bỏ trống: "
                                "chia đều.")
    align: list[Align] = Field(default=[], description="Căn lề từng cột của các dòng nội dung: left, center, "
                                                      "right, justify (bỏ trống: left).")
    columns: list[TableColumn] = Field(default=[], description="Bảng số liệu theo xóm: các cột như "
                                                               "[[appendices.columns]]; không dùng cùng rows.")
    total_label: Text = Field(default="Cộng", description="Bảng số liệu theo xóm: chữ ở dòng tổng.")
    borders: bool = Field(default=True, description="false: bảng không kẻ khung (ô đầu hai cột của một mẫu biểu: "
                                                    "tên cơ quan bên trái, Quốc hiệu bên phải).")


class Appendix(Strict_):
    """Một phụ lục, in trên trang riêng với "Phụ lục …" và "(Kèm theo …)": một bảng số liệu theo xóm (columns),
    hoặc một văn bản (text, sections: đặt bảng bằng {table.id}), hoặc một mẫu biểu (label "Mẫu số 01/…", text có
    dòng chấm để điền, signatures)."""

    id: TableId = Field(description="Tên ngắn để dẫn chiếu trong văn bản: {appendix.poor} in ra \"Phụ lục I\".")
    label: str = Field(default="", description="Nhãn in thay cho \"Phụ lục I\" (và {appendix.id} in ra nhãn này): "
                                               "\"Mẫu số 01/HNCT\", \"Phụ lục 1a\".")
    title: str = Field(default="", description="Tên phụ lục, docgen in hoa: Biểu phân bố chỉ tiêu giảm hộ nghèo "
                                               "năm 2022.")
    reference: bool = Field(default=True, description="false: không in dòng \"(Kèm theo …)\".")
    heading: list[Text] = Field(default=[], description="Mẫu biểu: các dòng đầu mẫu in đậm, căn giữa, trên tên "
                                                        "mẫu: [\"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\", \"Độc lập - "
                                                        "Tự do - Hạnh phúc\"]; hoặc \"{table.id}\": ô đầu mẫu hai "
                                                        "cột là một bảng không kẻ khung (borders = false).")
    orientation: Literal["", "portrait", "landscape"] = Field(
        default="", description="Khổ trang: portrait (dọc), landscape (ngang). Bỏ trống: ngang cho bảng số liệu "
                                "và bảng từ 6 cột, dọc cho văn bản và mẫu biểu.")
    columns: list[TableColumn] = Field(default=[], description="Bảng số liệu theo xóm: các cột "
                                                               "[[appendices.columns]], theo thứ tự in.")
    total: Text = Field(default="Cộng", description="Chữ ở dòng tổng (in ở cột TT và cột tên xóm gộp lại): "
                                                    "Cộng.")
    text: Paragraphs = Field(default=[], description="Các đoạn của phụ lục văn bản hoặc mẫu biểu, trước các "
                                                     "mục. " + MARKUP_NOTE)
    sections: list[Section] = Field(default=[], description="Các mục I., II. … của phụ lục, như nội dung chính.")
    parts: list[Division] = Field(default=[], max_length=10, description=(
        "Các phần [[appendices.parts]] (Phần thứ nhất …) của phụ lục văn bản, mỗi phần có các mục "
        "[[appendices.parts.sections]] riêng, như nội dung chính. Dùng parts hoặc sections, không dùng cả hai."))
    signatures: list[Signer] = Field(default=[], max_length=3, description="Mẫu biểu: các chỗ ký cuối mẫu, in "
                                                                           "cạnh nhau từ trái sang phải.")
    notes: Paragraphs = Field(default=[], description="Các đoạn ghi chú in sau chỗ ký: "
                                                      "\"Ghi chú: (1) …\".")

    @property
    def kind(self) -> str:
        """``figures`` for a hamlet table, ``text`` for anything else (a text, a typed table, a form)."""
        return "figures" if self.columns else "text"


class Plan(Strict_):
    """Một kế hoạch của một xã trong một năm."""

    issuer: Issuer
    document: Document
    bases: list[Text] = Field(default=[], description="Các căn cứ, mỗi căn cứ một chuỗi; docgen tự thêm \";\" "
                                                      "và \".\" ở căn cứ cuối.")
    intro: Paragraphs = Field(default=[], description="Đoạn mở đầu sau các căn cứ.")
    sections: list[Section] = Field(default=[], description="Các mục I., II. … của nội dung (khi nội dung không "
                                                            "chia phần).")
    parts: list[Division] = Field(default=[], max_length=10, description=(
        "Các phần [[parts]] (Phần thứ nhất, Phần thứ hai …), mỗi phần có các mục [[parts.sections]] riêng. Dùng "
        "parts hoặc sections, không dùng cả hai."))
    closing: str = Field(default="", description="Đoạn kết; docgen tự thêm \"./.\". Bắt buộc, trừ Quyết định "
                                                 "(văn bản kết thúc ở điều cuối).")
    signature: Signature
    recipients: Recipients
    targets: Targets
    hamlets: list[Hamlet] = Field(default=[], description="Các xóm, theo thứ tự in trong bảng.")
    appendices: list[Appendix] = []
    tables: list[Table] = Field(default=[], description="Các bảng [[tables]], in ở đoạn {table.id} trong văn bản "
                                                        "hoặc phụ lục.")
    reference: Reference = Reference()
    # --- issue 17 (k17): the parts of one kind only, defined in docgen/kinds/model.py ---
    addressees: list[Text] = Field(default=[], description="Kính gửi (Tờ trình, Công văn): một hoặc nhiều nơi, "
                                                           "mỗi nơi một chuỗi.")
    decision: Decision | None = Field(default=None, description="Quyết định: dòng thẩm quyền, đề nghị và các điều "
                                                                 "[decision].")
    results: list[Result] = Field(default=[], description="Báo cáo kết quả: kết quả cuối năm của từng xóm "
                                                          "[[results]]; docgen tính đạt/không đạt và tỷ lệ cuối năm.")
    confirm: list[str] = Field(default=[], description="Các mục chép từ năm trước cần người soạn kiểm tra lại "
                                                        "(docgen new ghi vào). Kiểm tra xong mục nào thì xóa mục đó "
                                                        "khỏi danh sách; còn mục nào docgen build chưa tạo văn bản.")
    @property
    def draft(self) -> bool:
        """True while the plan has no number or no date yet: the document is a draft (marked DỰ THẢO)."""
        return self.document.number is None or self.document.date is None

    @property
    def stamp_date(self) -> dt.date:
        """The date stamped in the file's properties: the issue date, or 1 January of the plan's year for a draft
        without one (never the clock, so a rebuild gives the same bytes)."""
        return self.document.date or dt.date(self.targets.year, 1, 1)

    template: str = Field(default="", description="Mẫu Word riêng của xã (tên tệp .docx trong thư mục của tệp "
                                                   "kế hoạch hoặc trong templates/). Bỏ trống: dùng mẫu "
                                                   "templates/ke-hoach.docx của thư mục làm việc nếu có, nếu "
                                                   "không thì mẫu có sẵn của docgen.")
