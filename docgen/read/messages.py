"""Texts of the reading side, in Vietnamese: why a file cannot be read, and places as a clerk finds them in
Word (paragraph, table cell, section, header)."""

from __future__ import annotations

# Reading a file (docgen check exits 2 with one of these).
NOT_FOUND = "Không tìm thấy tệp."
NOT_DOCX = ("Không phải tệp Word .docx đọc được: {reason}. Nếu đây là tệp .doc cũ hoặc định dạng khác, hãy mở "
            "bằng Word hoặc LibreOffice rồi lưu lại dưới dạng .docx.")
UNREADABLE_REASONS = {
    "zip": "tệp không phải dạng nén của .docx",
    "part": "thiếu thành phần bắt buộc của tệp .docx",
    "type": "tệp là mẫu (.dotx), tệp có macro (.docm) hoặc không phải văn bản Word",
    "xml": "nội dung bên trong tệp bị hỏng",
    "os": "không mở được tệp ({detail})",
    "large": ("tệp (hoặc một thành phần khi giải nén) lớn bất thường, vượt giới hạn một văn bản; có thể là tệp "
              "hỏng hoặc tệp cố ý gây hại"),
    "dtd": ("tệp chứa khai báo DOCTYPE/thực thể XML mà văn bản Word không bao giờ có; có thể là tệp cố ý gây "
            "hại"),
}
IS_FOLDER = "đây là một thư mục"

# Places, as a clerk finds them in Word.
WHERE_PARAGRAPH = "đoạn {index}{cell} «{text}»"
WHERE_CELL = " (bảng {table}, dòng {row}, cột {col})"
WHERE_EMPTY = "(dòng trống)"
WHERE_TABLE = "bảng {index}"
WHERE_SECTION = "phần (section) {index}"
WHERE_TEXT_BOX = "khung văn bản (text box) «{text}»"
WHERE_HEADER = "đầu trang (header) của phần (section) {section}{first}"
WHERE_FOOTER = "chân trang (footer) của phần (section) {section}{first}"
WHERE_FIRST_PAGE = ", trang đầu"
WHERE_DOCUMENT = "toàn văn bản"
WHERE_DEFAULTS = "định dạng mặc định của văn bản (docDefaults)"
WHERE_STYLE = "kiểu (style) «{name}»"
WHERE_GROUP = "{source}: {count} đoạn, đầu tiên là {first}"

# Appendix tables read as figures (docgen.read.tables): where a figure is, and what could not be understood.
WHERE_TABLE_OF = "bảng {table}{appendix}"
WHERE_TABLE_APPENDIX = " ({label})"
WHERE_TABLE_ROW = "{table}, dòng {row} «{name}»"
WHERE_TABLE_VALUE = "{row}, cột {col} «{header}»"
TABLE_NO_GROUP = ("{table}: không biết cột «{header}» là của hộ nghèo hay hộ cận nghèo (tiêu đề cột và tiêu đề "
                  "bảng không nói); cột này không được kiểm tra.")
TABLE_UNKNOWN_COLUMNS = "{table}: không nhận ra cột {headers}; các cột này không được kiểm tra."
TABLE_SAME_COLUMN = "{table}: cột «{header}» lặp lại ý nghĩa của một cột trước nó; chỉ cột trước được kiểm tra."
TABLE_NO_HAMLETS = ("{table}: có vẻ là bảng số liệu hộ nghèo nhưng không tìm thấy cột tên xóm (thôn) hoặc cột số "
                    "liệu nào; bảng này không được kiểm tra.")
TABLE_BAD_NUMBER = "{place}: «{text}» không phải là một số; ô này không được kiểm tra."
TABLE_NO_ROWS = "{table}: không tìm thấy dòng số liệu nào dưới tiêu đề; bảng này không được kiểm tra."

# Tables of any columns with a total row (docgen.read.sum_tables): why a total could not be judged.
SUM_UNREADABLE = ("{place}, cột {col} «{header}»: «{text}» không phải là một số{more}; tổng của cột này không "
                  "được đối chiếu.")
SUM_MORE = " (và {count} ô khác)"
SUM_EMPTY = "(ô trống)"
SUM_MIXED_GROUPS = ("{table}, cột «{header}»: có dòng nhóm (I, II …) ghi số, có dòng nhóm để trống, nên không rõ dòng "
                    "tổng cộng những dòng nào; tổng của cột này không được đối chiếu.")
SUM_NO_FIGURES = "{table}: có dòng tổng nhưng không đọc được số nào trong đó; bảng này không được kiểm tra."

# Old Word files (.doc) converted by LibreOffice (docgen/read/legacy.py)
DOC_NO_LIBREOFFICE = "Tệp .doc (Word 97–2003) cần LibreOffice để chuyển sang .docx, nhưng máy này chưa có LibreOffice."
DOC_NO_LIBREOFFICE_HINT = ("Cài LibreOffice (Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui) rồi chạy "
                           "lại, hoặc mở tệp trong Word và Lưu thành (Save As) → Word Document (*.docx).")
DOC_TOO_LARGE = "Tệp .doc quá lớn để là một văn bản hành chính; không chuyển đổi."
DOC_TIMEOUT = "LibreOffice chuyển tệp .doc quá {seconds} giây; đã dừng."
DOC_FAILED = "LibreOffice không chuyển được tệp .doc sang .docx ({reason})."
DOC_NOTHING_MADE = "không tạo ra tệp nào"
