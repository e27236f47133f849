"""How ND30 elements are recognised in any document, by their text. Shared by the locator and the rules.

Patterns marked "folded" apply to ``text.fold`` (lower case, new tone placement, plain hyphens); the others
to the text as typed (after ``text.squash``).
"""

from __future__ import annotations

import re

NATIONAL_NAME = re.compile(r"^cộng hòa\b")  # folded
MOTTO = re.compile(r"^độc lập\b.*\btự do\b.*\bhạnh phúc\b")  # folded
NUMBER = re.compile(r"^số\s*(:|[\d.…_\s]*/)")  # folded: "Số: 85/…", "Số 85/…", "Số:   /…"
# folded: "Thịnh Đức, ngày 24 tháng 10 năm 2022", "…, ngày … tháng …", "Hà Nội, ngày 24/10/2022"; not a "V/v …"
# summary, a "Số: …" line, a basis ("Căn cứ Quyết định số … ngày 30/09/2015 …"), a form's "sinh ngày:" or a
# "(… ngày 28/12/2020 của …)" reference
PLACE_DATE = re.compile(r"^(?!v/v|về việc|số\b|căn cứ\b|\()[^,:;()]{1,60}?[,\s]\s*ngày\b\s*"
                        r"(.{0,25}?\btháng\b|\d{1,2}\s*[/.-]\s*\d)")
BASIS = re.compile(r"^căn cứ\b")  # folded
RECIPIENTS = re.compile(r"^nơi nhận\b")  # folded
ARCHIVE = re.compile(r"^[-–+]?\s*lưu\b")  # folded
APPENDIX_LABEL = re.compile(r"^phụ lục(\s+(số\s+)?[0-9ivxlc]+)?\s*[:.]?$"  # folded
                            r"|^phụ lục\s+(số\s+)?[0-9ivxlc]+\s*[:.–-]\s*\S.{0,100}$")  # "PHỤ LỤC 01: CÁC BIỂU MẪU"
# folded: a form's label, "Mẫu số 01/HNCT", "Mẫu KT01", "Biểu số 2"
FORM_LABEL = re.compile(r"^(mẫu số|mẫu\s+([a-zđ]{1,5}\s*)?\d+$|mẫu\s+\d|biểu số|biểu mẫu số)\b")
FORM_LABEL_MAX = 80  # a longer paragraph is a sentence that starts with those words, not a label
REFERENCE = re.compile(r"^\(?\s*(ban hành\s+)?kèm theo\b")  # folded: "(Kèm theo …)", "(Ban hành kèm theo …)"
ISSUED_WITH = re.compile(r"^\(?\s*(ban hành\s+)?kèm theo\b")  # folded: an attached quy chế's "(Ban hành kèm theo …)"
CONG_VAN_SUMMARY = re.compile(r"^(v/v|v\.v|về việc)\b")  # folded: a công văn's summary under its number
SALUTATION = re.compile(r"^kính gửi\b")  # folded: "Kính gửi:" (công văn, tờ trình, đơn)
# folded: a line citing a legal document as a basis, without "Căn cứ": "Nghị định số 29/2025/NĐ-CP ngày …;",
# "Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;"
BARE_BASIS = re.compile(r"^((nghị định|nghị quyết|quyết định|thông tư|chỉ thị|pháp lệnh)\s+số\s+\d"
                        r"|(luật|bộ luật)\s.{3,120}\bngày\s+\d)")
PROPOSAL = re.compile(r"^(theo đề nghị|xét đề nghị|xét tờ trình|xét)\b")  # folded: the last bases of a decision
# folded: a decision's ground of purpose among its bases, "Để bảo đảm thi hành Quyết định … số 123/QĐ-XPVPHC …;"
# (read as one only above "QUYẾT ĐỊNH:": in a text "Để …" opens many a sentence)
PURPOSE = re.compile(r"^để\s+(bảo đảm|đảm bảo|thi hành|tổ chức thi hành|thực hiện|kịp thời)\b")
ENACTING = re.compile(r"^(quyết định|quyết nghị|ban hành|chỉ thị)\s*:?\s*$")  # folded: "QUYẾT ĐỊNH:" above Điều 1
ARTICLE = re.compile(r"^điều\s+(\d+)\s*[.:]?(\s|$)")  # folded: "Điều 1." of a decision or an attached text
# folded: a unit under a parent body, on the issuer's second or later line ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG" under
# "UBND TỈNH PHÚ THỌ", "VỤ TỔ CHỨC CÁN BỘ" under "BỘ TÀI CHÍNH"); "XÃ THỊNH ĐỨC" under "ỦY BAN NHÂN DÂN" is none
SUBORDINATE_BODY = re.compile(r"^(sở|phòng|ban|vụ|cục|chi cục|tổng cục|văn phòng|trung tâm|thanh tra|trường"
                              r"|bệnh viện|viện|kho bạc|chi nhánh|đội|hạt)\s")
DASHED_RULE = re.compile(r"^[-–\s]+$")  # a rule typed as hyphens or en dashes: it prints with gaps, not solid
PARTY_NAME = re.compile(r"^đảng cộng sản việt nam\b")  # folded: a Party document's top line
PARTY_BODY = re.compile(r"^(đảng bộ|đảng ủy|chi bộ|tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|ban chấp hành đảng"
                        r"|ban thường vụ|ủy ban kiểm tra|ban tuyên giáo|ban dân vận|ban tổ chức)\b")  # folded
PRIVATE_TYPES = re.compile(r"^(đơn|tờ khai|giấy đề nghị|giấy ủy quyền|bản cam kết|bản khai|văn bản thỏa thuận|hợp đồng"
                           r"|biên bản thỏa thuận|bản tự kiểm điểm|sơ yếu lý lịch|thư)\b")  # folded
LEGAL_TYPES = re.compile(r"^(luật|bộ luật|pháp lệnh|nghị định|thông tư|thông tư liên tịch)$")  # folded type names
# of legal normative documents: Luật ban hành văn bản quy phạm pháp luật governs their form, not Decree 30
# A local legal normative document (a quyết định, chỉ thị or nghị quyết of a UBND or HĐND) has the form of an
# administrative one; two signals together tell it: its number carries the year ("Số: 15/2010/QĐ-UBND", the form
# the Law on legal documents gives it) and its bases cite that Law or it is sent to the Ministry of Justice's
# review department ("Cục Kiểm tra văn bản", which reviews every local normative document). Folded text.
NORMATIVE_NUMBER = re.compile(r"^số\s*:?\s*\d+\s*/\s*(19|20)\d\d\s*/\s*(qđ|ct|nq)\s*-")
NORMATIVE_BASIS = re.compile(r"\bluật ban hành văn bản quy phạm pháp luật\b")
NORMATIVE_REVIEWER = re.compile(r"\bcục\s*(kiểm tra (văn bản|vb)|ktvb)\b")
# folded: the heading of a box for the superior's approval on an internal request
APPROVAL_BOX = re.compile(r"^(phê duyệt của|ý kiến phê duyệt|ý kiến của lãnh đạo|lãnh đạo phê duyệt|duyệt của)\b")
INTERNAL_TYPES = re.compile(r"^phiếu trình\b")  # folded: the office's internal processing slip (not Điều 7)
# folded: a contract's title and its parties ("BÊN A - NGƯỜI SỬ DỤNG LAO ĐỘNG", "Bên B:")
CONTRACT_TITLE = re.compile(r"^hợp đồng\b")
CONTRACT_PARTY = re.compile(r"^bên\s+([ab])\b")
# folded: a socio-political organisation at the top of its paper (Điều 2.2: it applies Decree 30 as it sees fit,
# with its own rules): "HỘI NÔNG DÂN VIỆT NAM", "BCH HỘI NÔNG DÂN XÃ …", "ĐOÀN TNCS HỒ CHÍ MINH", "CÔNG ĐOÀN …"
MASS_BODY = re.compile(r"^((bch|ban chấp hành|ban thường vụ)\s+)?(hội nông dân|đoàn thanh niên|đoàn tncs"
                       r"|hội liên hiệp phụ nữ|hội lhpn|ủy ban mặt trận tổ quốc|ủy ban mttq|mặt trận tổ quốc"
                       r"|công đoàn|liên đoàn lao động|hội cựu chiến binh)\b")
MASS_TOP_LINES = 8  # its name heads the paper
FIRST_PERSON = re.compile(r"\btôi\b")  # folded: a person writes ("Tôi tên là …")
# typed, upper case; after the prefix a full stop or colon (a space after it or not: "TM.ỦY BAN" is a
# prefix typed without its space) or at least a space
# folded: the title of an office (a signature's position line, never a person's name): "CHỦ TỊCH UBND",
# "PHÓ GIÁM ĐỐC", "TRƯỞNG PHÒNG", "ĐỘI TRƯỞNG", "CHÁNH VĂN PHÒNG"
OFFICE_TITLE = re.compile(r"^(phó\s+)?(tổng\s+)?(chủ tịch|chủ nhiệm|giám đốc|bộ trưởng|thứ trưởng|bí thư|chánh\s+\S+"
                          r"|(vụ|cục|đội|viện|hiệu|tổ|trạm|đồn|trưởng)\s+trưởng|trưởng\s+(phòng|ban|khoa|đoàn|trạm|"
                          r"thôn|ấp|xóm|bộ phận))\b")
SIGNING = re.compile(r"^(T\s*/\s*M|K\s*/\s*T|TM|KT|TL|TUQ|Q)(?:\s*[.:]\s*|\s+)\S")
LIST_ITEM = re.compile(r"^[-–+•]")

# Parts of the text (ND30 Phụ lục I, mục II.6.đ).
ROMAN_HEADING = re.compile(r"^([IVXLCDM]+)\.\s*(\S.*)$")
KHOAN = re.compile(r"^(\d+)\.\s*([^\d\s].*)$")
SUB_KHOAN = re.compile(r"^(\d+)\.(\d{1,2})\.?\s+(\S.*)$")
POINT = re.compile(r"^([a-zđ])\)\s*(.*)$")
POINT_WITH_DOT = re.compile(r"^([a-zđ])\.\s+(\S.*)$")
# "Phần I" as ND30 writes it, or "Phần thứ nhất" / "PHẦN THỨ HAI" as many plans and reports print it.
_ORDINAL = r"thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)"
DIVISION = re.compile(rf"^(Phần|Chương|Mục|Tiểu mục)\s+([IVXLC]+|\d+|{_ORDINAL})\s*$", re.IGNORECASE)

# The date line (ND30 Phụ lục I, mục II.4): place, comma, then "ngày D tháng M năm Y" (blanks allowed for a
# draft; another form, such as "ngày 24/10/2022", is read as a place and an unreadable date).
PLACE_AND_DATE = re.compile(r"^(?P<place>.*?)\s*(?P<comma>,?)\s*(?P<date>ngày\b.*)$", re.IGNORECASE)
DATE_WORDS = re.compile(r"^ngày\s*(?P<day>[^\s]*?)\s*tháng\s*(?P<month>[^\s]*?)\s*năm\s*(?P<year>[^\s]*)\s*$",
                        re.IGNORECASE)
DATE_IN_TEXT = re.compile(r"ngày\s*(?P<day>\d+)\s*tháng\s*(?P<month>\d+)\s*năm\s*(?P<year>\d{4})", re.IGNORECASE)

# "Số: 85/KH-UBND" (ND30 Phụ lục I, mục II.3): label, number, slash, groups of the symbol joined by hyphens.
NUMBER_LINE = re.compile(r"^(?P<label>[^\s:/\d]+)\s*(?P<colon>:?)\s*(?P<number>[^/]*?)\s*/\s*(?P<symbol>.*)$")
SYMBOL = re.compile(r"^(\d{4}/)?[A-ZĐa-zđ&]+(-[A-ZĐa-zđ&]+)+$")  # "KH-UBND"; "2020/NĐ-CP" with its year
YEAR_IN_SYMBOL = re.compile(r"^\d{4}/")

# Placeholders a template leaves for the clerk: {{ so_van_ban }}, {% … %}, [Tên cơ quan], <<ten>>, ${ten}.
NOTE_CALL = re.compile(r"^(\d{1,2}|\*{1,3})$")  # a run that is only a footnote call: "2", "*"
BLANK_CHARS = ".…_"  # what a template or draft types where text will go
TRAILING_SLOT = re.compile(r"(\.{3,}|…|_{2,})[.…_\s]*\)?$")  # a line that ends with dots left to fill in: its end
# mark is still to come ("- Lưu: VT, ......…", "……………………", a bracketed instruction "(Nội dung bàn giao...)")
ARCHIVE_SLOT = re.compile(r"^[-–+]?\s*lưu\s*:\s*[.…_\s]*$")  # folded: "- Lưu: ……", the archive left to fill in
# (its colon typed: "- Lưu ……" lacks it)
TYPE_CODE_SLOT = re.compile(r"^(?P<code>[^\W\d_]+)[.…_]+(\(\d{1,2}\))?$")  # "QĐ………(3)": the code, then a slot
PLACEHOLDER = re.compile(r"\{\{[^{}]*\}\}|\{%[^%]*%\}|\$\{[^{}]*\}|<<[^<>]*>>|\[[^\[\]]{2,40}\]")
# A mail merge's single-brace field ({doc_no}): noted as a place to fill in, but the text around it is still judged
# as typed (its number's form, the elements it lacks), since single braces are less surely a slot.
MERGE_FIELD = re.compile(r"(?<![{$])\{[^\W\d][\w.]*\}(?!\})")

# Administrative units whose word is dropped from the place name (ND30 Phụ lục I, mục II.4.a): longest first.
UNIT_WORDS = ("thị trấn", "thị xã", "thành phố", "đặc khu", "phường", "quận", "huyện", "tỉnh", "xã")
UNIT = re.compile(r"\b(" + "|".join(UNIT_WORDS) + r")\s+(\S.*)$")  # folded
# "xã hội" (society) in a body's name is no commune called "Hội": "PHÒNG VĂN HÓA - XÃ HỘI", "SỞ LAO ĐỘNG -
# THƯƠNG BINH VÀ XÃ HỘI TỈNH …", "BẢO HIỂM XÃ HỘI VIỆT NAM"; a commune "XÃ HỘI SƠN" stays one. Folded: the words
# after "xã hội" (none, a sign, another unit, "chủ nghĩa" …) or before it ("-", "và", "bảo hiểm" …) tell it.
SOCIETY_AFTER = re.compile(r"^hội\s*($|[^\w\s]|(chủ nghĩa|và|việt nam|" + "|".join(UNIT_WORDS) + r")\b)")
SOCIETY_BEFORE = re.compile(r"(-|\b(và|bảo hiểm|chính sách|văn hóa|an sinh|thương binh|trật tự))\s*$")
