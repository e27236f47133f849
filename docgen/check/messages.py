"""Every text the checker shows, in Vietnamese, in one place: places, words for formatting, rule texts.

Rule texts are keyed by rule id (``RULES``); a rule may give a variant of its message (``"id/variant"``).
"""

from __future__ import annotations

from dataclasses import dataclass

from docgen.read.messages import *  # noqa: F403 - places and reading errors, shared

# Words for formatting, used in "expected" and "found".
BOLD, NOT_BOLD, PARTLY_BOLD = "đậm", "không đậm", "đậm một phần"
ITALIC, UPRIGHT, PARTLY_ITALIC = "nghiêng", "đứng", "nghiêng một phần"
PARTLY = "{partly} ({state}: «{text}»)"  # "nghiêng một phần (đứng: «:»)"
UPPER, LOWER = "chữ in hoa", "chữ in thường"
ALIGNMENTS = {"center": "căn giữa", "justify": "căn đều hai lề", "left": "căn trái", "right": "căn phải"}
SIZE = "{size} pt"
SIZE_RANGE = "{low}–{high} pt"
PORTRAIT, LANDSCAPE = "khổ dọc", "khổ ngang"
PAPER = "{width} × {height} mm"
MARGIN = "{side} {value} mm"
MARGIN_RANGE = "{side} {low}–{high} mm"
IN_TEXT_BOX = "trong khung văn bản (text box)"
UNSET_SIZE, UNSET_MARGINS = "không ghi khổ giấy", "không ghi lề trang"
MARGIN_SIDES = {"top": "trên", "bottom": "dưới", "left": "trái", "right": "phải"}
FIRST_LINE = "thụt dòng đầu {value} mm"
FIRST_LINES = "thụt dòng đầu {values} mm"
LEFT_INDENT = "lề trái đoạn {value} mm"
SPACING = "cách đoạn sau {value} pt"
SPACING_MIN = "cách đoạn sau ít nhất {value} pt"
LINE_MULTIPLE = "cách dòng {value} dòng"
LINE_RANGE = "cách dòng {low}–{high} dòng"
LINE_EXACT = "cách dòng {kind} {value} pt (≈ {lines} dòng)"
LINE_KINDS = {"exact": "chính xác", "atLeast": "tối thiểu"}
LENGTH = "dài {value} mm"
LENGTH_RANGE = "dài {low}–{high} mm"
COLOR_BLACK = "màu đen"
COLOR = "màu {value}"
HIGHLIGHTED = "chữ tô màu nền ({colour}) ở {count} đoạn"
UNMARKED = "{count} đoạn gõ không dấu"
MARKED = "chữ tiếng Việt có dấu (Unicode, TCVN 6909:2001)"
NOTHING = "không có"
IN_HEADER, IN_FOOTER = "ở đầu trang", "ở chân trang"
PAGE_NUMBER_SHOWN = "trang đầu có hiện số trang"
PAGE_NUMBER_HIDDEN = "trang đầu không hiện số trang"
ENDS_WITH = "kết thúc bằng «{mark}»"
STARTS_WITH = "bắt đầu bằng «{mark}»"
SAME_SECTION = "chung phần (section) với nội dung trước, số trang chạy tiếp"
CONTINUED_NUMBERS = "phần (section) riêng nhưng số trang chạy tiếp, không đánh lại từ 1"
JOIN = ", "

# Elements of the document, as ND30 names them.
ELEMENTS = {
    "national_name": "Quốc hiệu «CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM»",
    "motto": "Tiêu ngữ «Độc lập - Tự do - Hạnh phúc»",
    "issuer": "tên cơ quan ban hành (ví dụ «ỦY BAN NHÂN DÂN» / «XÃ …»)",
    "number": "số, ký hiệu («Số: …/KH-UBND»)",
    "place_date": "địa danh và ngày tháng («…, ngày … tháng … năm …»)",
    "doc_type": "tên loại văn bản (ví dụ «KẾ HOẠCH»)",
    "summary": "trích yếu nội dung (dòng in đậm dưới tên loại)",
    "recipients": "«Nơi nhận:»",
    "signature": "quyền hạn, chức vụ người ký (ví dụ «TM. ỦY BAN NHÂN DÂN»)",
    "signer": "họ tên người ký",
}
GENRE_FOUND = {
    "party": "văn bản của tổ chức Đảng («ĐẢNG CỘNG SẢN VIỆT NAM» hoặc tên cấp ủy ở đầu văn bản)",
    "private": "đơn, thư hoặc tờ khai của cá nhân (có Quốc hiệu nhưng không có tên cơ quan và số, ký hiệu)",
    "form": "biểu mẫu hoặc tài liệu nội bộ (không có Quốc hiệu, tên cơ quan ban hành và số, ký hiệu)",
    "legal": "văn bản quy phạm pháp luật (luật, pháp lệnh, nghị định, thông tư; quyết định, chỉ thị, nghị quyết "
             "của Ủy ban nhân dân, Hội đồng nhân dân có năm trong số, ký hiệu)",
    "internal": "phiếu trình (phiếu xử lý nội bộ của văn phòng, không phải văn bản hành chính)",
    "approval": "phiếu đề nghị nội bộ có ô «Phê duyệt của Lãnh đạo» (giấy tờ xin duyệt trong cơ quan, không phải "
                "văn bản hành chính)",
    "unissued": "giấy tờ có Quốc hiệu nhưng không ghi tên cơ quan, tổ chức ban hành và số, ký hiệu (sổ, biểu mẫu, "
                "thông báo không do cơ quan nào ban hành)",
    "contract": "hợp đồng giữa các bên (Bên A, Bên B) không có tên cơ quan ban hành",
    "mass": "văn bản của tổ chức chính trị - xã hội (tên tổ chức ở đầu văn bản, không có Quốc hiệu)",
}
TYPE_THEN_SUMMARY = "«{kind}» trên một dòng, trích yếu chữ thường ở dòng dưới"
TYPED_RULE = "dòng gõ bằng dấu gạch «{text}» (in ra nét đứt)"
DOCUMENTS_FOUND = "{count} văn bản, văn bản thứ hai bắt đầu ở đoạn {start}"
VV_TYPED = "trích yếu nội dung, không có «V/v» (chỉ công văn có)"
VV_PLAIN = "«V/v» không có dấu chấm"
NO_TEXT_FOUND = "không có chữ nào (chỉ có hình ảnh hoặc trống)"
GENRE_EXPECTED = "văn bản hành chính của cơ quan, tổ chức (có tên cơ quan ban hành, số, ký hiệu)"
WHERE_REPEATED = "{count} chỗ, đầu tiên là {first}; tiếp theo: {others} …"
WHERE_GROUP_DIRECT = "{count} đoạn định dạng riêng từng đoạn, đầu tiên là {first}; tiếp theo: đoạn {others} …"
PLACEHOLDERS = "{count} chỗ để điền: {shown}"
LINES = {"motto": "đường kẻ dưới Tiêu ngữ", "issuer": "đường kẻ dưới tên cơ quan",
         "summary": "đường kẻ dưới trích yếu"}


@dataclass(frozen=True)
class RuleText:
    """The texts of one rule: a one-line description (for the rules reference), the message of a finding
    and the usual "expected" text."""

    description: str
    message: str
    expected: str = ""


R = RuleText
RULES: dict[str, RuleText] = {
    # Page setup
    "page-size": R("Khổ giấy A4 (210 × 297 mm) ở mọi phần (section).",
                   "Khổ giấy không phải A4.", "A4 (210 × 297 mm)"),
    "page-orientation": R("Nội dung chính trình bày theo chiều dài (khổ dọc); chỉ được khổ ngang khi có bảng "
                          "không tách thành phụ lục.", "Nội dung chính để khổ ngang mà không có bảng, biểu."),
    "page-setup-unknown": R("Phần (section) nào không ghi khổ giấy hoặc lề trang thì chưa kiểm tra được: Word sẽ "
                            "dùng khổ và lề mặc định của máy mở văn bản.",
                            "Không kiểm tra được khổ giấy, lề trang: văn bản không ghi.",
                            "khổ A4 và lề ghi trong văn bản"),
    "page-margins": R("Lề trên, dưới 20–25 mm; lề trái 30–35 mm; lề phải 15–20 mm.", "Lề trang không đúng quy định."),
    "page-number-missing": R("Có đánh số trang (trường PAGE ở đầu trang); văn bản chỉ một trang thì không cần.",
                             "Văn bản không đánh số trang.",
                             "số trang ở giữa đầu trang, từ trang 2"),
    "page-number-format": R("Số trang ở giữa lề trên (đầu trang), cỡ chữ 13–14, kiểu đứng.",
                            "Số trang không đúng vị trí hoặc định dạng."),
    "page-number-first-page": R("Không hiện số trang ở trang thứ nhất (bật «Different First Page»); trang đầu "
                                "của phụ lục cũng vậy (cảnh báo).", "Trang đầu có hiện số trang."),
    # Fonts
    "font-family": R("Toàn bộ chữ dùng phông Times New Roman.", "Chữ không dùng phông Times New Roman."),
    "font-color": R("Chữ màu đen.", "Chữ không phải màu đen."),
    "text-highlight": R("Văn bản ban hành không còn chữ tô màu nền (highlight) (chỉ báo).",
                        "Còn chữ tô màu nền (highlight)."),
    "text-diacritics": R("Văn bản viết bằng chữ tiếng Việt có dấu (bộ mã Unicode, TCVN 6909:2001); các dòng gõ "
                         "không dấu được báo một lần (chỉ báo, không phải lỗi thể thức).",
                         "Văn bản gõ không dấu tiếng Việt.", "chữ tiếng Việt có dấu"),
    # Structure
    "outside-scope": R("Chỉ kiểm tra văn bản hành chính theo Nghị định 30; văn bản của Đảng (theo Hướng dẫn "
                       "36-HD/VPTW), của tổ chức chính trị - xã hội, hợp đồng giữa các bên, đơn, thư của cá nhân "
                       "và biểu mẫu, giấy tờ không có cơ quan ban hành được nhận ra và không chấm lỗi.",
                       "Văn bản này không thuộc phạm vi Nghị định 30/2020/NĐ-CP nên không được kiểm tra thể thức."),
    "no-text": R("Tệp có chữ để kiểm tra; tệp chỉ có hình ảnh (bản quét) được báo một lần là không kiểm tra được "
                 "gì.", "Văn bản không có chữ (có lẽ là bản quét, chỉ có hình ảnh): chưa kiểm tra được gì.",
                 "văn bản có chữ (soạn trong Word, hoặc nhận dạng chữ (OCR) bản quét trước khi kiểm tra)"),
    "several-documents": R("Mỗi tệp một văn bản; tệp có nhiều văn bản (bản mẫu và bản đã điền, hai bản sao …, "
                           "mỗi bản có Quốc hiệu, Tiêu ngữ và số, ký hiệu riêng) thì chỉ kiểm tra văn bản thứ nhất.",
                           "Tệp có nhiều văn bản: chỉ kiểm tra văn bản thứ nhất, các văn bản sau chưa được kiểm tra.",
                           "mỗi văn bản một tệp (tách các văn bản sau ra tệp riêng để kiểm tra)"),
    "element-missing": R("Văn bản có đủ các thành phần thể thức: Quốc hiệu, Tiêu ngữ, tên cơ quan, số ký hiệu, "
                         "địa danh ngày tháng, tên loại, trích yếu, nơi nhận, chữ ký. Thành phần gõ trong khung văn "
                         "bản (text box) được báo là có nhưng chưa kiểm tra vị trí, định dạng.",
                         "Không tìm thấy một thành phần thể thức; các quy tắc về thành phần này chưa được kiểm tra."),
    "placeholder": R("Văn bản mẫu: các chỗ để điền ({{ so_van_ban }}, [Tên cơ quan] …) được báo một lần là chưa "
                     "điền, không báo thành lỗi thể thức.", "Văn bản còn chỗ để điền (mẫu hoặc dự thảo).",
                     "điền đủ trước khi ban hành"),
    # Top block
    "national-name-text": R("Quốc hiệu ghi đúng «CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM».", "Quốc hiệu ghi sai chữ."),
    "national-name-format": R("Quốc hiệu: chữ in hoa, cỡ 12–13, đứng, đậm.", "Quốc hiệu sai định dạng."),
    "motto-text": R("Tiêu ngữ ghi đúng «Độc lập - Tự do - Hạnh phúc»: viết hoa chữ đầu mỗi cụm, gạch nối có cách "
                    "chữ hai bên.", "Tiêu ngữ ghi sai chữ, chữ hoa hoặc dấu gạch nối."),
    "motto-format": R("Tiêu ngữ: cỡ 13–14, đứng, đậm, căn giữa dưới Quốc hiệu.", "Tiêu ngữ sai định dạng."),
    "issuer-format": R("Tên cơ quan ban hành: chữ in hoa, cỡ 12–13, đứng, đậm; tên cơ quan chủ quản (nếu có) "
                       "không đậm.", "Tên cơ quan ban hành sai định dạng."),
    # Lines
    "motto-rule": R("Dưới Tiêu ngữ có đường kẻ ngang nét liền.", "Thiếu đường kẻ dưới Tiêu ngữ."),
    "issuer-rule": R("Dưới tên cơ quan ban hành có đường kẻ ngang nét liền.", "Thiếu đường kẻ dưới tên cơ quan."),
    "summary-rule": R("Dưới trích yếu có đường kẻ ngang nét liền (văn bản có tên loại; công văn thì không).",
                      "Thiếu đường kẻ dưới trích yếu."),
    "rule-length": R("Đường kẻ dưới Tiêu ngữ dài bằng dòng chữ; dưới tên cơ quan và trích yếu dài 1/3 đến 1/2 "
                     "dòng chữ (ước tính).", "Đường kẻ dài hoặc ngắn quá."),
    # Number, place and date
    "number-form": R("Số, ký hiệu viết «Số: 85/KH-UBND»: có dấu hai chấm, số nhỏ hơn 10 có số 0 phía trước, "
                     "không có dấu cách trong «85/KH-UBND».", "Số, ký hiệu viết sai.", "Số: 85/KH-UBND"),
    "number-blank": R("Số văn bản đã được điền (dự thảo được để trống).", "Chưa điền số văn bản (dự thảo).",
                      "điền số khi ban hành"),
    "number-type-code": R("Ký hiệu bắt đầu bằng chữ viết tắt đúng tên loại (KẾ HOẠCH → KH, QUYẾT ĐỊNH → QĐ …).",
                          "Chữ viết tắt tên loại trong ký hiệu không khớp tên loại văn bản."),
    "number-year": R("Số, ký hiệu của văn bản hành chính không ghi năm («Số: 85/KH-UBND»); chỉ văn bản quy phạm "
                     "pháp luật ghi năm («30/2020/NĐ-CP») (chỉ báo).", "Số, ký hiệu có ghi năm."),
    "number-format": R("Dòng số, ký hiệu: cỡ 13, đứng, không đậm, căn giữa dưới tên cơ quan.",
                       "Dòng số, ký hiệu sai định dạng."),
    "place-name": R("Địa danh là tên đơn vị hành chính nơi cơ quan đóng trụ sở («Thịnh Đức» cho «XÃ THỊNH ĐỨC»; "
                    "ghi đủ «Phường Móng Cái 3» khi tên có chữ số), sau có dấu phẩy.",
                    "Địa danh không khớp tên đơn vị ban hành."),
    "date-form": R("Ngày tháng viết đủ «ngày 05 tháng 01 năm 2020»: thêm số 0 cho ngày 1–9 và tháng 1, 2; "
                   "không thêm cho các tháng khác («tháng 6», «tháng 10»).", "Ngày tháng viết sai.",
                   "ngày 05 tháng 01 năm 2020"),
    "date-blank": R("Ngày tháng đã được điền (dự thảo được để trống).", "Chưa điền ngày tháng (dự thảo).",
                    "điền ngày, tháng khi ban hành"),
    "place-date-format": R("Địa danh, ngày tháng: cỡ 13–14, nghiêng, không đậm, căn giữa dưới Quốc hiệu.",
                           "Dòng địa danh, ngày tháng sai định dạng."),
    # Title
    "doc-type-format": R("Tên loại văn bản: chữ in hoa, cỡ 13–14, đứng, đậm, căn giữa.",
                         "Tên loại văn bản sai định dạng."),
    "summary-format": R("Trích yếu: chữ in thường, cỡ 13–14, đứng, đậm, căn giữa; trích yếu công văn («V/v …» dưới "
                        "số, ký hiệu) cỡ 12–13, đứng, không đậm.", "Trích yếu sai định dạng."),
    "summary-vv": R("Trích yếu công văn mở đầu bằng «V/v» (viết tắt «Về việc», không có dấu chấm sau); văn bản có "
                    "tên loại (báo cáo, kế hoạch …) ghi thẳng nội dung trích yếu, không viết «V/v».",
                    "Trích yếu viết «V/v» không đúng."),
    "attached-title-format": R("Văn bản ban hành kèm theo (quy chế, quy định …): tên loại in hoa, trích yếu chữ "
                               "thường, cỡ 13–14, đứng, đậm, căn giữa.", "Tên văn bản kèm theo sai định dạng."),
    "attached-reference-format": R("Dòng «(Ban hành kèm theo …)» của văn bản kèm theo: cỡ 13–14, nghiêng, căn giữa.",
                                   "Dòng «(Ban hành kèm theo …)» sai định dạng."),
    # Body
    "body-size": R("Nội dung văn bản cỡ chữ 13–14.", "Cỡ chữ nội dung không đúng."),
    "body-alignment": R("Nội dung căn đều hai lề.", "Đoạn văn không căn đều hai lề."),
    "body-indent": R("Dòng đầu đoạn lùi vào 1 cm hoặc 1,27 cm; các dòng sau sát lề.", "Thụt đầu dòng không đúng."),
    "body-spacing": R("Khoảng cách giữa các đoạn văn tối thiểu 6 pt.", "Khoảng cách giữa các đoạn nhỏ hơn 6 pt."),
    "body-line-spacing": R("Khoảng cách dòng từ dòng đơn đến 1,5 dòng.", "Khoảng cách dòng không đúng."),
    "bases-format": R("Căn cứ ban hành viết chữ nghiêng.", "Căn cứ không viết nghiêng."),
    "bases-word": R("Căn cứ ban hành mở đầu bằng chữ «Căn cứ»; dòng viện dẫn văn bản đứng trước «Điều 1» mà "
                    "thiếu chữ này được nhắc (chỉ báo) và được kiểm tra như một căn cứ.",
                    "Nhắc: căn cứ ban hành thiếu chữ «Căn cứ» ở đầu dòng."),
    "bases-punctuation": R("Mỗi căn cứ một dòng, cuối dòng có dấu «;», căn cứ cuối cùng kết thúc bằng dấu «.».",
                           "Dấu cuối dòng căn cứ không đúng."),
    "body-end-mark": R("Nội dung kết thúc bằng «./.» như các mẫu của Nghị định.", "Cuối nội dung thiếu dấu «./.»."),
    # Outline
    "heading-format": R("Tiêu đề mục «I. …» viết in hoa, đậm; dòng «Phần I», «Chương I» đậm, căn giữa.",
                        "Tiêu đề sai định dạng."),
    "division-form": R("Dòng «Phần», «Chương» ghi chữ và số La Mã trên một dòng riêng («Chương I»); tên chương ở "
                       "dòng dưới.", "Dòng chương, phần ghi sai: cần số La Mã, đứng riêng một dòng.", "Chương I"),
    "article-form": R("«Điều 1.»: dấu chấm ngay sau số; dòng điều thụt đầu dòng như đoạn văn.",
                      "Tên điều ghi hoặc trình bày chưa đúng."),
    "khoan-title": R("Khoản có tiêu đề: số thứ tự và tiêu đề trên một dòng riêng, chữ đậm.",
                     "Khoản có tiêu đề nhưng không in đậm."),
    "typing-spaces": R("Không có dấu cách trước dấu câu; giữa hai từ chỉ một dấu cách (chỉ báo, không phải lỗi "
                       "thể thức).", "Gõ thừa dấu cách."),
    "tone-marks": R("Cả văn bản đặt dấu thanh một kiểu: «hòa, khỏe, thủy» hoặc «hoà, khoẻ, thuỷ», không lẫn "
                    "hai kiểu (chỉ báo, không phải lỗi thể thức).", "Văn bản đặt dấu thanh lẫn hai kiểu."),
    "range-dashes": R("Khoảng số (2021-2025) viết một kiểu dấu trong cả văn bản, gạch nối hoặc gạch ngang (chỉ báo).",
                      "Khoảng số viết lẫn gạch nối và gạch ngang."),
    "capitals-names": R("Viết hoa theo Phụ lục II: tên cơ quan («Ủy ban nhân dân xã Thịnh Đức»), tên văn bản có "
                        "số («Quyết định số …»), viện dẫn («khoản 2 Điều 3») (chỉ báo).",
                        "Viết hoa chưa đúng Phụ lục II."),
    "signature-page": R("Khối chữ ký cùng trang với những dòng cuối của nội dung và không bị tách sang hai trang "
                        "(xem bố cục trang bằng LibreOffice: docgen check --layout) (chỉ báo).",
                        "Khối chữ ký bị tách khỏi nội dung hoặc bị cắt sang hai trang."),
    "revisions-left": R("Văn bản ban hành không còn theo dõi thay đổi (Track Changes) chưa xử lý hay ghi chú "
                        "(comment) (chỉ báo).", "Văn bản còn theo dõi thay đổi hoặc ghi chú.",
                        "không còn thay đổi chờ duyệt, không còn ghi chú"),
    "table-width": R("Bảng phần đầu và bảng chữ ký không tràn ra sát mép giấy, nơi máy in cắt mất chữ (chỉ báo; "
                     "mẫu của Nghị định cũng lấn lề phải vài milimét).", "Bảng tràn ra sát mép giấy."),
    "article-word-format": R("Chữ «Điều» và số thứ tự của điều («Điều 1.») in đậm như các mẫu của Nghị định (chỉ "
                             "báo).", "Chữ «Điều …» không in đậm."),
    "decides-line-format": R("Dòng «QUYẾT ĐỊNH:» trước các điều: cỡ 13–14, đứng, đậm, căn giữa như Mẫu 1.4 (chỉ báo).",
                             "Dòng «QUYẾT ĐỊNH:» sai định dạng."),
    "numbering-roman": R("Các mục đánh số La Mã liên tục: I, II, III …", "Số La Mã của mục không liên tục."),
    "numbering-arabic": R("Các khoản đánh số 1., 2., 3. … liên tục trong mỗi mục; khoản con 2.1., 2.2. … trong "
                          "mỗi khoản.", "Số thứ tự khoản không liên tục."),
    "numbering-points": R("Các điểm theo bảng chữ cái tiếng Việt: a) b) c) d) đ) e) g) h) i) k) …, không có f, j, "
                          "w, z, sau chữ là dấu «)».", "Chữ cái thứ tự điểm không đúng."),
    # End block
    "signature-prefix": R("Quyền hạn người ký viết «TM.», «KT.», «Q.», «TL.», «TUQ.»: in hoa, có dấu chấm.",
                          "Chữ viết tắt quyền hạn người ký sai."),
    "signature-on-behalf": R("Ủy ban nhân dân làm việc theo chế độ tập thể: văn bản của tập thể ký «TM. ỦY BAN NHÂN "
                             "DÂN»; văn bản của Chủ tịch ký «CHỦ TỊCH» hoặc «KT. CHỦ TỊCH».",
                             "Nhắc: xem lại thẩm quyền ký; văn bản của tập thể Ủy ban nhân dân thì có dòng «TM.»."),
    "signature-format": R("Quyền hạn, chức vụ người ký: chữ in hoa, cỡ 13–14, đứng, đậm, căn giữa.",
                          "Dòng quyền hạn, chức vụ người ký sai định dạng."),
    "signer-format": R("Họ tên người ký: chữ in thường (viết hoa chữ đầu), cỡ 13–14, đứng, đậm, căn giữa.",
                       "Họ tên người ký sai định dạng."),
    "recipients-label-format": R("«Nơi nhận:» cỡ 12, nghiêng, đậm, sát lề trái.", "«Nơi nhận:» sai định dạng."),
    "recipients-format": R("Danh sách nơi nhận cỡ 11, đứng, không đậm, sát lề trái.", "Dòng nơi nhận sai định dạng."),
    "recipients-punctuation": R("«Nơi nhận:» có dấu hai chấm; mỗi dòng bắt đầu bằng «-», kết thúc bằng «;», dòng "
                                "cuối kết thúc bằng «.».", "Dấu của dòng nơi nhận không đúng."),
    "recipients-archive": R("Dòng cuối nơi nhận là «- Lưu: VT, <đơn vị soạn thảo>.», «VT» đứng đầu.",
                            "Dòng cuối nơi nhận không phải «- Lưu: VT, …».", "- Lưu: VT, <đơn vị soạn thảo>."),
    # Appendices
    "appendix-label": R("Phụ lục ghi «Phụ lục» (chữ thường), có từ hai phụ lục thì đánh số La Mã: «Phụ lục I», "
                        "«Phụ lục II» …", "Dòng «Phụ lục» ghi sai."),
    "appendix-label-format": R("«Phụ lục I»: cỡ 14, đứng, đậm, căn giữa.", "Dòng «Phụ lục» sai định dạng."),
    "appendix-title-format": R("Tên phụ lục: chữ in hoa, cỡ 13–14, đứng, đậm, căn giữa.", "Tên phụ lục sai định dạng."),
    "appendix-reference-format": R("Dòng «(Kèm theo …)»: cỡ 13–14, nghiêng, căn giữa.",
                                   "Dòng «(Kèm theo …)» sai định dạng."),
    "appendix-reference": R("Dòng «(Kèm theo …)» ghi đúng tên loại, số ký hiệu, ngày tháng và cơ quan ban hành như "
                            "chính văn bản.", "Dòng «(Kèm theo …)» không khớp với văn bản."),
    "appendix-page-numbering": R("Mỗi phụ lục đánh số trang riêng: bắt đầu phần (section) mới, số trang đánh lại "
                                 "từ 1.", "Phụ lục không đánh số trang riêng.",
                                 "phần (section) riêng, số trang bắt đầu từ 1"),
    # Figures of the appendix tables (any .docx)
    "figure-tables-unreadable": R("Bảng số liệu (hộ nghèo, cận nghèo, hoặc bảng có dòng tổng) đọc được hết (cột "
                                  "nhận ra được từ tiêu đề, ô ghi số); mỗi bảng không đọc được nêu một lần.",
                                  "Có bảng số liệu không đọc được hết nên không được kiểm tra đầy đủ.",
                                  "bảng có tiêu đề cột rõ ràng, mỗi ô một số"),
    "figure-total": R("Dòng tổng (Cộng, Tổng, Tổng cộng; ở đầu hoặc cuối bảng) bằng tổng các dòng, từng cột số.",
                      "Dòng tổng không bằng tổng các dòng."),
    "figure-year-end": R("Số hộ cuối kỳ = số hộ đầu kỳ − số hộ giảm (+ số hộ phát sinh mới, nếu bảng có cột đó).",
                         "Số hộ cuối kỳ không khớp với đầu kỳ và số giảm."),
    "figure-rate": R("Tỷ lệ % = số hộ ÷ tổng số hộ × 100, làm tròn đến số chữ số thập phân đã ghi (tỷ lệ cuối kỳ "
                     "theo số cuối kỳ, tỷ lệ đầu kỳ theo số đầu kỳ); ở bảng khác, tỷ lệ bảng ghi rõ cách tính "
                     "(«(5) = (4)/(3)») bằng cột tử số ÷ cột mẫu số × 100.", "Tỷ lệ không đúng với số liệu của bảng."),
    "figure-hamlet-name": R("Mỗi xóm (thôn) ghi cùng một tên trong mọi bảng.",
                            "Tên xóm ghi khác với bảng trước."),
    "figure-target": R("Chỉ tiêu nêu trong nội dung («giảm 06 hộ nghèo») bằng tổng số giảm của bảng phụ lục (ở báo "
                       "cáo, «kế hoạch giảm …», «chỉ tiêu giảm …» bằng tổng cột «Chỉ tiêu kế hoạch»).",
                       "Chỉ tiêu trong nội dung khác với tổng của bảng."),
    "figure-assessment": R("Ở bảng kết quả của báo cáo, cột «Đánh giá» ghi «Đạt» khi số thực hiện giảm bằng hoặc "
                           "vượt chỉ tiêu kế hoạch, «Không đạt» khi thấp hơn; dòng tổng ghi đúng số xóm đạt "
                           "(«11/12 đạt»).", "Đánh giá đạt / không đạt không khớp với chỉ tiêu và kết quả."),
}
VARIANTS: dict[str, str] = {
    "summary-vv/typed": "Chỉ trích yếu của công văn mới mở đầu bằng «V/v»; văn bản có tên loại ghi thẳng nội dung.",
    "summary-vv/dot": "Sau «V/v» của trích yếu công văn không có dấu chấm.",
    "summary-vv/under-number": "Dòng «V/v …» dưới số, ký hiệu chỉ có ở công văn; văn bản có tên loại đã có trích "
                               "yếu dưới tên loại.",
    "signature-page/unknown": "Chưa xem được bố cục trang nên chưa kiểm tra khối chữ ký.",
    "element-missing/in_text_box": "Thành phần thể thức nằm trong khung văn bản (text box), không nằm trong văn "
                                   "bản: docgen chưa kiểm tra vị trí và định dạng của nó.",
    "outside-scope/party": "Văn bản của tổ chức Đảng trình bày theo Hướng dẫn 36-HD/VPTW, không theo Nghị định "
                           "30/2020/NĐ-CP: không kiểm tra thể thức.",
    "outside-scope/private": "Đơn, thư, tờ khai của cá nhân không thuộc phạm vi Nghị định 30/2020/NĐ-CP: không "
                             "kiểm tra thể thức.",
    "doc-type-format/with-summary": "Nhắc: tên loại văn bản và trích yếu gõ chung một dòng in hoa; tên loại ở "
                                    "một dòng, trích yếu chữ thường ở dòng dưới.",
    **{f"{rule}/typed": "Nhắc: đường kẻ gõ bằng dấu gạch nối in ra nét đứt; đường kẻ phải là nét liền (vẽ đường "
                        "thẳng hoặc kẻ viền dưới đoạn)." for rule in ("motto-rule", "issuer-rule", "summary-rule")},
    "body-indent/whole": "Nhắc: cả đoạn lùi vào (lề trái) thay cho thụt dòng đầu; đoạn chỉ một dòng nên nay in ra như "
                         "thụt dòng đầu, nhưng khi đoạn dài ra các dòng sau sẽ không sát lề.",
    "issuer-format/levels": "Nhắc: tên cơ quan ghi ba cấp; chỉ ghi tên cơ quan ban hành và tên cơ quan chủ quản "
                            "trực tiếp phía trên (Phụ lục I, mục II.2.a).",
    "signature-prefix/tl-deputy": "Nhắc: cấp phó ký thay cấp trưởng của chính đơn vị mình ghi «KT.» (ký thay), "
                                  "không ghi «TL.» (thừa lệnh) (Điều 13, khoản 1).",
    "signature-prefix/kt-title": "Nhắc: dưới dòng «KT. …» thiếu dòng chức vụ của chính người ký thay (cấp phó, "
                                 "xem «Cần»), rồi mới đến chữ ký và họ tên (Phụ lục I, mục II.7.a).",
    "signature-prefix/deputy": "Nhắc: cấp phó ký thay người đứng đầu ghi «KT.» và chức vụ của người đứng đầu "
                               "phía trên chức vụ của mình (Điều 13, khoản 1).",
    "article-form/mark": "Sau số điều là dấu chấm «.», không dùng dấu hai chấm hay dấu cách.",
    "article-form/indent": "Dòng «Điều …» không thụt đầu dòng 1 cm hoặc 1,27 cm.",
    "outside-scope/legal": "Văn bản quy phạm pháp luật trình bày theo Luật Ban hành văn bản quy phạm pháp luật và "
                            "Nghị định hướng dẫn, không theo Nghị định 30/2020/NĐ-CP: không kiểm tra thể thức.",
    "outside-scope/internal": "Phiếu trình là phiếu xử lý nội bộ, không thuộc các loại văn bản hành chính của "
                              "Nghị định 30/2020/NĐ-CP: không kiểm tra thể thức.",
    "outside-scope/approval": "Phiếu đề nghị có ô phê duyệt của lãnh đạo là giấy tờ xin duyệt trong nội bộ cơ quan, "
                              "không thuộc các loại văn bản hành chính của Điều 7 Nghị định 30/2020/NĐ-CP: không "
                              "kiểm tra thể thức.",
    "outside-scope/unissued": "Giấy tờ không ghi tên cơ quan, tổ chức ban hành và số, ký hiệu (sổ, biểu mẫu, "
                              "thông báo không do cơ quan nào ban hành) không thuộc phạm vi Nghị định 30/2020/NĐ-CP: "
                              "không kiểm tra thể thức.",
    "outside-scope/contract": "Hợp đồng giữa các bên (Bên A, Bên B) không do cơ quan nào ban hành lập theo Bộ luật "
                              "Dân sự, Bộ luật Lao động, không theo Nghị định 30/2020/NĐ-CP: không kiểm tra thể "
                              "thức.",
    "outside-scope/mass": "Văn bản của tổ chức chính trị - xã hội (Mặt trận, Công đoàn, Đoàn Thanh niên, Hội Liên "
                          "hiệp Phụ nữ, Hội Nông dân, Hội Cựu chiến binh) trình bày theo hướng dẫn của tổ chức, chỉ "
                          "căn cứ Nghị định 30/2020/NĐ-CP để áp dụng cho phù hợp (Điều 2, khoản 2): không kiểm tra "
                          "thể thức.",
    "outside-scope/form": "Biểu mẫu hoặc tài liệu nội bộ không có tên cơ quan ban hành và số, ký hiệu: không "
                          "kiểm tra thể thức theo Nghị định 30/2020/NĐ-CP.",
    "number-form/label": "Phải viết «Số» (chữ thường) và dấu hai chấm.",
    "number-form/digits": "Số văn bản phải là chữ số Ả Rập.",
    "number-form/zero": "Số nhỏ hơn 10 phải có số 0 phía trước; số từ 10 trở lên không thêm số 0.",
    "number-form/spaces": "Không có dấu cách trong số, ký hiệu.",
    "number-form/symbol": "Các nhóm chữ viết tắt trong ký hiệu nối bằng dấu gạch nối «-».",
    "number-form/unreadable": "Không đọc được số, ký hiệu: thiếu dấu «/» giữa số và ký hiệu.",
    "place-name/comma": "Sau địa danh phải có dấu phẩy.",
    "place-name/full-form": "Chỉ ghi cả «xã/phường» trong địa danh khi tên đặt theo tên người, chữ số hoặc sự "
                            "kiện lịch sử.",
    "date-form/invalid": "Ngày tháng không có thật hoặc năm không đủ 4 chữ số.",
    "date-form/unreadable": "Thời gian phải viết đủ chữ «ngày … tháng … năm …», không viết tắt bằng dấu «/» hay «-».",
    "rule-length/motto": "Đường kẻ dưới Tiêu ngữ phải dài bằng dòng Tiêu ngữ.",
    "rule-length/issuer": "Đường kẻ dưới tên cơ quan phải dài từ 1/3 đến 1/2 dòng chữ.",
    "rule-length/summary": "Đường kẻ dưới trích yếu phải dài từ 1/3 đến 1/2 dòng chữ.",
    "numbering-points/foreign": "Bảng chữ cái tiếng Việt không có f, j, w, z (thường do đánh số tự động của Word).",
    "numbering-points/mark": "Sau chữ cái thứ tự điểm là dấu đóng ngoặc «)», không phải dấu chấm.",
    "recipients-archive/not-last": "Dòng «- Lưu: VT, …» phải là dòng cuối cùng của nơi nhận.",
    "appendix-label/missing": "Phụ lục thiếu dòng «Phụ lục» phía trên tên phụ lục.",
    "appendix-reference/missing": "Phụ lục thiếu dòng «(Kèm theo …)».",
    "appendix-reference/type": "Dòng «(Kèm theo …)» ghi sai tên loại văn bản.",
    "appendix-reference/number": "Dòng «(Kèm theo …)» ghi sai số, ký hiệu của văn bản.",
    "appendix-reference/date": "Dòng «(Kèm theo …)» ghi sai ngày ban hành văn bản.",
    "appendix-reference/date-figures": "Nhắc: dòng «(Kèm theo …)» ghi ngày bằng chữ số («ngày /4/2026»); Mẫu 2.1 "
                                       "ghi «ngày … tháng … năm …».",
    "appendix-reference/issuer": "Dòng «(Kèm theo …)» ghi sai tên cơ quan ban hành.",
}
# Figures of the appendix tables.
FIGURES_CLAUSE = "số liệu của bảng phụ lục"
FIGURES_MORE_NOTES = " (và {count} điều khác)"
FIGURES_SUM = "{value} (cộng {count} dòng)"
FIGURES_END = "{value} (= {start} − {reduction})"
FIGURES_END_NEW = "{value} (= {start} − {reduction} + {new})"
FIGURES_RATE = "{value} (= {count} ÷ {households} × 100)"
FIGURES_NAME = "«{name}» như ở {table}"
FIGURES_TARGET = "{value} {group} (tổng số giảm ở {table})"
FIGURES_TARGET_OF_PLAN = "{value} {group} (tổng chỉ tiêu kế hoạch ở {table})"
FIGURES_TARGET_FOUND = "giảm {value} {group}"
FIGURES_RATE_OF = "{value} (= {top} ÷ {bottom} × 100)"
FIGURES_ASSESSMENT = "{value} (thực hiện giảm {result}, chỉ tiêu {target})"
FIGURES_ASSESSMENT_TOTAL = "{value} ({reached} trong {count} xóm đạt)"
FIGURES_NOT_JUDGED = " Vì vậy chưa đối chiếu được: {what}."
FIGURES_NOT_JUDGED_TOTAL = "tổng cột «{header}»"
FIGURES_NOT_JUDGED_TARGET = "chỉ tiêu «giảm {value} {group}» nêu trong nội dung"
REPORT_DETAIL_FIGURES = "    Cần: {expected} — Thấy: {found} ({rule_id}; {clause})"

RULE_CRASHED = ("Không kiểm tra được quy tắc này trên văn bản này (lỗi của docgen, xin báo cho người phát triển); "
                "các quy tắc khác vẫn được kiểm tra.")

# The summary of many documents (docgen check --summary).
SUMMARY_SHEET = "Tổng hợp"
SUMMARY_COLUMNS = ("Tệp", "Số, ký hiệu", "Ngày", "Cơ quan ban hành", "Lỗi", "Cảnh báo", "Lỗi/cảnh báo số liệu",
                   "Tổng số hộ", "Giảm hộ nghèo", "Giảm hộ cận nghèo", "Ghi chú")
SUMMARY_UNREADABLE = "Không đọc được: {reason}"

# The report (docgen check's text output).
SEVERITIES = {"error": "Lỗi", "warning": "Cảnh báo"}
REPORT_FINDING = "- [{severity}] {where}: {message}"
REPORT_DETAIL = "    Cần: {expected} — Thấy: {found} ({rule_id}; NĐ 30/2020, {clause})"
REPORT_FIX = "    Sửa trong Word: {fix}"
REPORT_COUNT = "{errors} lỗi, {warnings} cảnh báo"
REPORT_CLEAN = "Đúng thể thức Nghị định 30/2020/NĐ-CP: không có lỗi, không có cảnh báo."
REPORT_TOTAL = "Tổng cộng {files} tệp: {count}"


# How to put a finding right in Word, by the menus of the Vietnamese Word (the English names in brackets, for
# an English Word). Only for rules a clerk fixes with a menu; a wrong text is simply retyped.
_PARAGRAPH = "chọn các đoạn → Trang đầu (Home) → mũi tên góc nhóm Đoạn văn (Paragraph) → Thụt lề và Giãn cách"
_LOOK = ("Chọn dòng này → Trang đầu (Home) → nhóm Phông (Font): cỡ chữ theo «Cần», Đậm (Ctrl+B), Nghiêng (Ctrl+I); "
         "chữ in hoa hay thường: Thay đổi chữ hoa/thường (Change Case, Shift+F3); nhóm Đoạn văn (Paragraph): căn "
         "giữa (Ctrl+E), căn trái (Ctrl+L) hoặc căn đều (Ctrl+J).")
WORD_FIXES = {
    "summary-vv/typed": "Bấm vào dòng trích yếu, xóa chữ «V/v» ở đầu dòng (viết hoa chữ đầu của phần còn lại).",
    "summary-vv/dot": "Bấm vào dòng trích yếu, xóa dấu chấm ngay sau «V/v».",
    "summary-vv/under-number": "Bấm vào dòng «V/v …» dưới số, ký hiệu và xóa cả dòng (nội dung đã nêu ở trích yếu "
                               "dưới tên loại).",
    "page-size": "Bố trí (Layout) → Khổ giấy (Size) → A4, áp dụng cho toàn bộ tài liệu (Whole document).",
    "page-orientation": "Bố trí (Layout) → Hướng (Orientation) → Dọc (Portrait).",
    "page-setup-unknown": "Mở văn bản trong Word, Bố trí (Layout) → Khổ giấy (Size) → A4 và Lề (Margins) → Lề tùy "
                          "chỉnh (Custom Margins): trên 20, dưới 20, trái 30, phải 15 mm, Áp dụng cho: Toàn bộ tài "
                          "liệu (Whole document); lưu lại, Word sẽ ghi khổ và lề vào văn bản.",
    "page-margins": "Bố trí (Layout) → Lề (Margins) → Lề tùy chỉnh (Custom Margins): trên 20, dưới 20, trái 30, "
                    "phải 15 mm; Áp dụng cho: Toàn bộ tài liệu (Whole document).",
    "page-number-missing": "Chèn (Insert) → Số trang (Page Number) → Đầu trang (Top of Page) → số ở giữa; rồi "
                           "bật Trang đầu khác (Different First Page) để trang 1 không có số.",
    "page-number-format": "Bấm đúp vào đầu trang, chọn số trang: căn giữa, Times New Roman 13–14, không đậm; nếu số "
                          "đang ở chân trang thì xóa đi và chèn lại bằng Chèn (Insert) → Số trang (Page Number) → "
                          "Đầu trang (Top of Page).",
    "page-number-first-page": "Bấm đúp vào đầu trang → Thiết kế (Header & Footer) → đánh dấu Trang đầu khác "
                              "(Different First Page).",
    "appendix-page-numbering": "Đặt con trỏ trước phụ lục → Bố trí (Layout) → Ngắt (Breaks) → Trang tiếp theo "
                               "(Next Page); rồi Chèn (Insert) → Số trang (Page Number) → Định dạng số trang (Format "
                               "Page Numbers) → Bắt đầu từ (Start at) 1.",
    "font-family": "Chọn toàn bộ (Ctrl+A) → phông Times New Roman (cả kiểu Normal: chuột phải vào kiểu → Sửa đổi).",
    "text-highlight": "Chọn toàn bộ (Ctrl+A) → Trang đầu (Home) → Màu tô sáng văn bản (Text Highlight Color) → "
                      "Không màu (No Color).",
    "article-word-format": "Chọn chữ «Điều …» ở đầu dòng → Trang đầu (Home) → Đậm (Ctrl+B).",
    "decides-line-format": "Chọn dòng «QUYẾT ĐỊNH:» → Trang đầu (Home) → Đậm (Ctrl+B), bỏ Nghiêng, cỡ 14; nhóm Đoạn "
                           "văn (Paragraph): căn giữa (Ctrl+E), thụt đầu dòng 0.",
    "number-year": "Bấm vào dòng «Số:», xóa năm và dấu «/» sau nó («/2026»).",
    "font-color": "Chọn toàn bộ (Ctrl+A) → Trang đầu (Home) → Màu phông (Font Color) → Tự động (Automatic) hoặc đen.",
    "body-size": "Chọn các đoạn nội dung → cỡ chữ 13 hoặc 14 (tốt nhất sửa kiểu đoạn: chuột phải vào kiểu → Sửa "
                 "đổi).",
    "body-alignment": "Chọn các đoạn nội dung → Ctrl+J (Căn đều hai lề, Justify).",
    "khoan-title": "Chọn dòng số và tiêu đề khoản → Ctrl+B (Đậm, Bold).",
    **dict.fromkeys((
        "national-name-format", "motto-format", "issuer-format", "number-format", "place-date-format",
        "doc-type-format", "summary-format", "attached-title-format", "attached-reference-format", "bases-format",
        "heading-format", "signature-format", "signer-format", "recipients-label-format", "recipients-format",
        "appendix-label-format", "appendix-title-format", "appendix-reference-format"), _LOOK),
    "rule-length": "Bấm vào đường kẻ → Định dạng hình (Shape Format) → Kích thước (Size) → Chiều rộng (Width) theo "
                   "«Cần»; rồi Căn (Align) → Căn giữa (Align Center).",
    "tone-marks": "Trang đầu (Home) → Thay thế (Replace, Ctrl+H): Tìm từ viết kiểu ít dùng (như «hoá»), Thay bằng "
                  "kiểu kia («hóa») → Thay tất cả (Replace All); làm cho từng từ.",
    "range-dashes": "Trang đầu (Home) → Thay thế (Replace, Ctrl+H): thay dấu ít dùng bằng dấu kia trong các khoảng "
                    "số (Thay từng chỗ, Replace).",
    "signature-page/unknown": "",
    "issuer-format/levels": "",  # a line to delete: no menu answers it
    "doc-type-format/with-summary": "Đặt con trỏ sau tên loại, nhấn Enter để trích yếu xuống dòng dưới; chọn dòng "
                                    "trích yếu → Trang đầu (Home) → Thay đổi chữ hoa/thường (Change Case, Shift+F3) "
                                    "→ Viết hoa đầu câu (Sentence case); bỏ đậm nếu cần theo mẫu.",
    **{f"{rule}/typed": "Xóa dòng gạch; rồi Chèn (Insert) → Hình (Shapes) → Đường thẳng (Line), giữ Shift khi kéo "
                        "(hoặc Trang đầu (Home) → Viền (Borders) → Viền dưới (Bottom Border) cho dòng trên)."
       for rule in ("motto-rule", "issuer-rule", "summary-rule")},
    "numbering-points/mark": "Nếu là số tự động của Word: chọn các điểm → Trang đầu (Home) → Đánh số (Numbering) → "
                             "Định nghĩa định dạng số mới (Define New Number Format) → Định dạng số (Number format) "
                             "«a)»; nếu gõ tay: sửa «a.» thành «a)».",
    **dict.fromkeys(("numbering-roman", "numbering-arabic"),
                    "Nếu là số tự động của Word: chuột phải vào số sai → Tiếp tục đánh số (Continue Numbering) hoặc "
                    "Đặt giá trị đánh số (Set Numbering Value); nếu gõ tay: sửa lại số cho liên tục."),
    "numbering-points/foreign": "Chọn các điểm → Trang đầu (Home) → Đánh số (Numbering) → Không (None) để bỏ đánh "
                                "số tự động của Word, rồi gõ tay a) b) c) d) đ) e) g) …",
    "signature-page": "Chọn dòng cuối của nội dung → chuột phải → Đoạn văn (Paragraph) → Ngắt dòng và trang (Line "
                      "and Page Breaks) → Giữ với đoạn sau (Keep with next); hoặc bớt một dòng trống trước khối chữ "
                      "ký.",
    "revisions-left": "Xem lại (Review) → Chấp nhận (Accept) → Chấp nhận mọi thay đổi (Accept All Changes); Xem lại "
                      "→ Xóa (Delete) → Xóa mọi ghi chú (Delete All Comments).",
    "table-width": "Bấm vào bảng → Bố trí (Layout) → Thuộc tính (Properties) → Bảng (Table): Chiều rộng (Preferred "
                   "width) nhỏ lại, Thụt lề trái (Indent from left) 0.",
    "typing-spaces": "Trang đầu (Home) → Thay thế (Replace, Ctrl+H): Tìm «  » (hai dấu cách), Thay bằng « » (một "
                     "dấu cách) → Thay tất cả (Replace All); làm lại với « ,» → «,» và « .» → «.».",
    "article-form/indent": _PARAGRAPH + " (Indents and Spacing) → Đặc biệt (Special): Dòng đầu tiên (First line) "
                                        "1 cm hoặc 1,27 cm.",
    "body-indent": _PARAGRAPH + " (Indents and Spacing) → Đặc biệt (Special): Dòng đầu tiên (First line) 1 cm "
                                "hoặc 1,27 cm; Thụt lề trái 0.",
    "body-spacing": _PARAGRAPH + " → Giãn cách Sau (Spacing After) ít nhất 6 pt.",
    "body-line-spacing": _PARAGRAPH + " → Giãn cách dòng (Line spacing): Đơn (Single), 1,15 hoặc 1,5 dòng "
                                      "(Multiple), hoặc Chính xác (Exactly) 15–22 pt.",
    "motto-rule": "Dưới Tiêu ngữ vẽ đường kẻ: Chèn (Insert) → Hình (Shapes) → Đường thẳng (Line), giữ Shift khi "
                  "kéo, dài bằng dòng Tiêu ngữ.",
    "issuer-rule": "Dưới tên cơ quan vẽ đường kẻ: Chèn (Insert) → Hình (Shapes) → Đường thẳng (Line), dài 1/3 đến "
                   "1/2 dòng chữ, ở giữa.",
    "summary-rule": "Dưới trích yếu vẽ đường kẻ: Chèn (Insert) → Hình (Shapes) → Đường thẳng (Line), dài 1/3 đến "
                    "1/2 dòng chữ, ở giữa.",
}

# docgen check --annotate (comments in a copy of the document) and --fix (a copy with safe fixes)
ANNOTATE_EXPECTED = "Cần: {expected}. Thấy: {found}."
ANNOTATE_WHERE = "Ở: {where}."
ANNOTATE_FIX = "Sửa trong Word: {fix}"
ANNOTATE_UNREADABLE = "Không ghi được bản có nhận xét: tệp không mở được bằng thư viện Word ({reason})."
ANNOTATE_SAME_FILE = "Tệp ghi ra phải khác tệp được kiểm tra: văn bản gốc không bao giờ bị sửa."
ANNOTATE_ONE_FILE = "--annotate và --fix chỉ dùng cho một tệp .docx (hoặc .doc)."
ANNOTATED = "Đã ghi bản có {count} nhận xét: {path}"
FIXED_PAPER = "khổ giấy A4"
FIXED_MARGINS = "lề trang trong khoảng quy định"
FIXED_PAGE_NUMBER = "số trang ở giữa đầu trang, cỡ 14, không hiện ở trang đầu"
FIXED_FONTS = "phông Times New Roman"
FIXED_SIZES = "cỡ chữ nội dung 14"
FIXED_WRITTEN = "Đã ghi bản đã sửa ({done}), không đổi chữ nào: {path}"
FIXED_NOTHING = "Không có gì sửa được mà không đổi chữ; đã ghi bản sao: {path}"
FIXED_LEFT = "Còn lại trong bản đã sửa (cần sửa tay):"

REVISION_KINDS = {"insert": "chèn", "delete": "xóa", "move": "chuyển chỗ", "format": "đổi định dạng"}
REVISIONS_FOUND = "{count} thay đổi chưa chấp nhận ({kinds})"
COMMENTS_FOUND = "{count} ghi chú (comment)"
TABLE_WIDTH_FOUND = "bảng rộng {width} mm, {sides}"
NEAR_EDGE = "cách mép giấy {side} {value} mm"
CLEAR_OF_EDGE = "cách mép giấy ít nhất {value} mm"
SIGNATURE_SPLIT = "khối chữ ký bắt đầu ở trang {first}, tên người ký ở trang {second}"
SIGNATURE_ALONE = "khối chữ ký đứng riêng đầu trang {page}, nội dung hết ở trang {text}"
SIGNATURE_TOGETHER = "cả khối chữ ký cùng trang với dòng cuối của nội dung"
LAYOUT_NOT_JUDGED = "chưa kiểm tra: {reason}"
LAYOUT_NO_LIBREOFFICE = "máy này chưa cài LibreOffice"
LAYOUT_NO_PDFTOTEXT = "máy này chưa có pdftotext (gói poppler-utils)"
