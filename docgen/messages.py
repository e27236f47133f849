"""Every user-facing text of loading, calculating and building, in Vietnamese, in one place.

The checker's rule texts live beside its registry (docgen/check/messages.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

# Reading files
PLAN_SUFFIX = "Tệp kế hoạch phải có đuôi .toml hoặc .json."
PLAN_SUFFIX_HINT = "Đổi tên tệp, ví dụ plans/2022.toml."
FILE_NOT_FOUND = "Không tìm thấy tệp."
NOT_UTF8 = "Tệp không được lưu theo bảng mã UTF-8."
NOT_UTF8_HINT = "Mở tệp bằng trình soạn thảo và lưu lại với bảng mã UTF-8."
CANNOT_READ = "Không đọc được tệp: {reason}."
BAD_TOML = "Tệp TOML sai cú pháp ({detail})."
BAD_DATE = "Ngày này không có trên lịch, hoặc viết chưa đúng dạng năm-tháng-ngày."
BAD_DATE_HINT = "Viết ngày có thật, dạng năm-tháng-ngày, không có ngoặc kép: date = 2025-02-28."
BAD_TOML_HINT = ("Kiểm tra dòng được chỉ ra và dòng ngay trước nó: thiếu dấu ngoặc kép, dấu phẩy, dấu ngoặc "
                 "vuông, hoặc một mục bị khai hai lần.")
BAD_JSON = "Tệp JSON sai cú pháp ({detail})."
PLAN_TOO_LARGE = "Tệp lớn hơn {mib} MB: quá lớn để là một tệp kế hoạch."
PLAN_TOO_LARGE_HINT = "Kiểm tra xem có chọn nhầm tệp không (một kế hoạch chỉ vài trăm KB)."
TOO_DEEP = "Tệp có các ngoặc [ ] hoặc { } lồng nhau quá sâu: không phải một tệp kế hoạch."
TOO_DEEP_HINT = "Một kế hoạch chỉ lồng vài tầng (mục, khoản, điểm); kiểm tra xem tệp có bị hỏng hay bị thay."
JSON_NOT_OBJECT = "Tệp JSON phải là một đối tượng { … } chứa các mục của kế hoạch."

# Schema
_SCHEMA = {
    "missing": ("Thiếu mục bắt buộc.", "Thêm mục này vào tệp kế hoạch."),
    "extra_forbidden": ("Mục này không có trong mẫu kế hoạch.", "Kiểm tra lỗi gõ tên mục, hoặc xóa mục này."),
    "int_type": ("Phải là một số nguyên, viết không có ngoặc kép (ví dụ 219, không phải \"219\").", ""),
    "int_parsing": ("Phải là một số nguyên, ví dụ 219.", ""),
    "int_from_float": ("Phải là số nguyên, không có phần thập phân.", ""),
    "greater_than_equal": ("Phải lớn hơn hoặc bằng {ge}.", ""),
    "less_than_equal": ("Phải nhỏ hơn hoặc bằng {le}: số này quá lớn.", "Kiểm tra xem có gõ thừa chữ số không."),
    "string_type": ("Phải là chữ, đặt trong ngoặc kép.", 'Ví dụ: name = "Nhân Hòa"'),
    "string_too_short": ("Không được để trống.", ""),
    "too_short": ("Danh sách không được để trống.", ""),
    "list_type": ("Phải là một danh sách trong ngoặc vuông [ … ].", ""),
    "bool_type": ("Phải là true hoặc false.", ""),
    "date_type": ("Phải là một ngày, viết dạng 2022-10-24 (không có ngoặc kép trong TOML).", ""),
    "date_from_datetime_parsing": ("Phải là một ngày, viết dạng 2022-10-24.", ""),
    "date_parsing": ("Phải là một ngày, viết dạng 2022-10-24.", ""),
    "decimal_type": ("Phải là một số, ví dụ 1.40.", ""),
    "decimal_parsing": ("Phải là một số, ví dụ 1.40.", ""),
    "literal_error": ("Giá trị không hợp lệ; chỉ được chọn: {expected}.", ""),
    "string_pattern_mismatch": ("Chỉ dùng chữ thường không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ.",
                                'Ví dụ: id = "near_poor"'),
    "bool_parsing": ("Phải là true hoặc false.", ""),
    "finite_number": ("Phải là một số thật, ví dụ 1.40.", ""),
    "date_from_datetime_inexact": ("Chỉ ghi ngày, không ghi giờ: ví dụ 2022-10-24.", ""),
    "dict_type": ("Phải là một bảng (các mục con), không phải một giá trị đơn.", ""),
    "model_type": ("Phải là một bảng (các mục con), không phải một giá trị đơn.", ""),
}


DATE_DAY_FIRST = "Ngày «{typed}» viết theo kiểu ngày/tháng/năm; tệp kế hoạch ghi năm-tháng-ngày: {iso}."
DATE_DAY_FIRST_HINT = ("Sửa thành date = {iso} (không có ngoặc kép); văn bản vẫn in "
                       "«ngày {day} tháng {month} năm {year}».")


def date_day_first(typed: str, iso: str) -> tuple[str, str]:
    """Return the message and hint for a date typed day first (05/01/2023 → 2023-01-05)."""
    from docgen.vnformat import day, month

    date = dt.date.fromisoformat(iso)
    return (DATE_DAY_FIRST.format(typed=typed, iso=iso),
            DATE_DAY_FIRST_HINT.format(iso=iso, day=day(date), month=month(date), year=date.year))


def schema_message(error: Mapping[str, Any]) -> tuple[str, str]:
    """Return the Vietnamese message and hint for one pydantic error, keeping its own text when unknown."""
    from docgen.vnformat import day_first_date, integer

    if error["type"].startswith("date") and isinstance(error.get("input"), str):
        typed = day_first_date(error["input"])
        if typed:
            return date_day_first(*typed)
    if error["type"] == "literal_error" and tuple(error.get("loc", ()))[-1:] == ("prefix",):
        return SIGNATURE_PREFIX_CHOICES.format(typed=error.get("input")), SIGNATURE_PREFIX_HINT
    message, hint = _SCHEMA.get(error["type"], (UNKNOWN_VALUE, ""))
    context = dict(error.get("ctx") or {})
    for bound in ("ge", "le"):  # 9.999.999 as a clerk writes it; a year stays 2100
        if isinstance(context.get(bound), int) and context[bound] >= 10_000:
            context[bound] = integer(context[bound])
    if "expected" in context:
        context["expected"] = context["expected"].replace("' or '", ", ").replace("'", "")
    if error["type"] == "greater_than_equal" and context.get("ge") == 0:
        message, hint = "Không được là số âm.", "Ghi 0 nếu không có."
    return message.format(**context), hint


SIGNATURE_PREFIX_CHOICES = ("Không có cách ký «{typed}». Chỉ ghi một trong: \"KT.\" (ký thay người đứng đầu), "
                            "\"Q.\" (quyền), \"TL.\" (thừa lệnh), \"TUQ.\" (thừa ủy quyền), hoặc \"\" (để trống: "
                            "người đứng đầu ký).")
SIGNATURE_PREFIX_HINT = ('Ví dụ Phó Chủ tịch ký thay Chủ tịch: prefix = "KT.", head_title = "CHỦ TỊCH", '
                         'position = "PHÓ CHỦ TỊCH".')
UNKNOWN_VALUE = "Giá trị không hợp lệ cho mục này."
FIELD_MEANS = "Mục này là: {description}"  # the schema's own description, added to a schema problem's hint
BULLET_TYPE = "Mỗi ý gạch đầu dòng phải là chữ trong ngoặc kép, hoặc một danh sách [ … ] các ý con ngay sau ý cha."


# Calculation and cross-field checks
DUPLICATE_HAMLET = "Xóm «{name}» bị khai hai lần (trùng với xóm thứ {first}: «{other}»)."
DUPLICATE_HAMLET_HINT = ("Mỗi xóm chỉ khai một lần; tên chỉ khác nhau ở dấu, chữ hoa/thường hay khoảng trắng "
                         "vẫn là trùng.")
WITHOUT_LABOUR_OVER = "Số hộ không còn khả năng lao động ({value}) lớn hơn số hộ {group} ({count})."
GROUP_OVER_HOUSEHOLDS = "Số hộ {group} ({count}) lớn hơn tổng số hộ của xóm ({households})."
REDUCTION_OVER = "Kế hoạch giảm ({value}) lớn hơn số hộ {group} còn khả năng lao động của xóm ({capacity})."
REDUCTION_OVER_HINT = "Giảm chỉ tiêu của xóm, hoặc kiểm tra lại số hộ không còn khả năng lao động."
TARGET_SUM = "Tổng kế hoạch giảm hộ {group} của các xóm ({total}) khác chỉ tiêu của xã ({target})."
TARGET_SUM_HINT = "Sửa chỉ tiêu của xóm hoặc của xã cho khớp; hoặc bỏ trống chỉ tiêu các xóm để docgen tự phân bổ."
TARGET_OVER_CAPACITY = ("Chỉ tiêu giảm hộ {group} của xã ({target}) lớn hơn số hộ {group} còn khả năng lao động "
                        "có thể phân bổ ({capacity}).")
TARGET_MISSING = "Chưa có chỉ tiêu giảm hộ {group}: khai chỉ tiêu của xã hoặc của từng xóm."
NO_HAMLETS = "Kế hoạch có phụ lục hoặc chỉ tiêu nhưng chưa khai xóm nào."
REFERENCE_MISMATCH = "Số liệu đối chiếu «{name}» là {stated}, nhưng docgen tính được {computed}."
REFERENCE_MISMATCH_HINT = "Kiểm tra lại số liệu các xóm, hoặc số liệu đối chiếu."
GROUP_NAMES = {"poor": "nghèo", "near_poor": "cận nghèo"}

# Text placeholders and appendices
UNKNOWN_PLACEHOLDER = "Không có số liệu nào tên là {{{name}}}."
UNKNOWN_PLACEHOLDER_HINT = "Các tên dùng được: {names}."
DUPLICATE_APPENDIX = "Hai phụ lục cùng tên ngắn «{id}»."
SECTIONS_OR_PARTS = "Nội dung phải có các mục [[sections]] hoặc các phần [[parts]], và chỉ một trong hai."
SECTIONS_OR_PARTS_HINT = ("Nội dung không chia phần: dùng [[sections]]. Chia Phần thứ nhất, Phần thứ hai: dùng "
                          "[[parts]] và đặt các mục trong từng phần ([[parts.sections]]).")
UNKNOWN_FIGURE = "Bảng không có số liệu nào tên là «{figure}»."
UNKNOWN_FIGURE_HINT = "Chọn một trong: {names}."
DUPLICATE_COLUMN = "Số liệu «{figure}» đã có ở cột {first} của bảng này; mỗi số liệu chỉ in một cột."
FIGURE_NOT_GIVEN = ("Cột «{figure}» cần số liệu {field} của từng xóm, nhưng {count} xóm chưa khai "
                    "(đầu tiên: {hamlet}).")
FIGURE_NOT_GIVEN_HINT = "Ghi {field} = … cho mọi xóm trong [[hamlets]], kể cả xóm có số 0; hoặc bỏ cột này."
END_BELOW_ZERO = "Hộ {group} cuối kỳ của xóm {hamlet} âm ({start} + {new} mới − {reduction} giảm)."
TOO_MANY_POINTS = "Một khoản có {count} điểm; theo bảng chữ cái tiếng Việt chỉ đánh được đến điểm y) ({most} điểm)."
TOO_MANY_POINTS_HINT = "Tách thành nhiều khoản, hoặc dùng gạch đầu dòng (bullets)."
EMPTY_ITEM = "Khoản này không có tiêu đề (title) cũng không có nội dung (text)."
BAD_CHARACTER = "Văn bản có ký tự điều khiển không in được (mã {code}), thường do sao chép từ nơi khác."
BAD_CHARACTER_HINT = "Xóa ký tự đó (thường nằm giữa hai từ) rồi gõ lại dấu cách."
ARCHIVE_IN_ITEMS = "Dòng «Lưu: …» do docgen tự thêm; không ghi trong danh sách nơi nhận."
ARCHIVE_LINE_AND_UNITS = "Chỉ ghi một trong hai: archive_line (dòng lưu in như viết) hoặc archive, archive_copies."
ARCHIVE_LINE_NO_VT = ("Dòng lưu «{line}» không bắt đầu bằng «Lưu: VT»: Nghị định 30 (Phụ lục I, mục II.9.b) ghi "
                      "«Lưu: VT, <đơn vị soạn thảo>».")
ARCHIVE_LINE_HINT = 'Ghi archive = ["MTTQ"] để docgen in "- Lưu: VT, MTTQ.", hoặc archive_line = "Lưu: VT MTTQ".'
ARCHIVE_IN_ITEMS_HINT = 'Xóa dòng này và ghi các đơn vị lưu vào archive, ví dụ archive = ["VP"].'
BASIS_WORD = "Căn cứ này không bắt đầu bằng «Căn cứ»: văn bản in ra sẽ không đọc được dòng này là một căn cứ."
BASIS_WORD_HINT = ("Gõ «Căn cứ» ở đầu dòng (ví dụ «Căn cứ Kế hoạch số 81/KH-UBND ngày …»), hoặc chuyển câu này "
                   "xuống đoạn mở đầu.")
NO_TABLES = "Văn bản không có phụ lục bảng số liệu (hay bảng kết quả của báo cáo) nên không có bảng để ghi ra Excel."
NO_TABLES_HINT = "Bỏ tùy chọn --xlsx, hoặc thêm phụ lục [[appendices]]."
SIGNATURE_HEAD_MISSING = "Ký «{prefix}» thì phải ghi chức vụ người đứng đầu (head_title), ví dụ CHỦ TỊCH."

# Building and writing
TEMPLATE_NOT_FOUND = "Không tìm thấy mẫu văn bản {template}."
TEMPLATE_NOT_FOUND_HINT = "Chỉ ra mẫu bằng --template, hoặc bỏ --template để dùng mẫu có sẵn của docgen."
TEMPLATE_NAMED_NOT_FOUND = "Không tìm thấy mẫu «{name}» mà kế hoạch chỉ định."
TEMPLATE_NAMED_HINT = ("Đặt tệp mẫu cạnh tệp kế hoạch hoặc trong thư mục templates/, "
                       "hoặc xóa dòng template để dùng mẫu có sẵn.")
TEMPLATE_BROKEN = "Mẫu văn bản bị lỗi: {detail}."
TEMPLATE_UNKNOWN_TAG = "thẻ «{name}» không phải tên dữ liệu nào (gõ sai tên?)"
TEMPLATE_NOT_DOCX = "tệp không phải là văn bản Word .docx"
TEMPLATE_LOST_TEXT = "văn bản tạo ra bị mất đoạn «{text}…» (có thẻ bị gõ thiếu dấu ngoặc)"
TEMPLATE_BROKEN_HINT = ("Kiểm tra các thẻ {{ … }} và {%p … %} trong mẫu; lệnh docgen check-template TÊN-MẪU.docx "
                        "chỉ ra thẻ sai và thẻ thiếu.")
CANNOT_WRITE = "Không ghi được tệp: {reason}."
CANNOT_WRITE_HINT = "Nếu tệp đang mở trong Word thì đóng lại rồi làm lại. Tệp cũ, nếu có, vẫn còn nguyên."
OS_REASONS = {
    "IsADirectoryError": "đã có một thư mục trùng tên",
    "NotADirectoryError": "đường dẫn đi qua một tệp, không phải thư mục",
    "PermissionError": "không có quyền ghi vào thư mục này",
    "FileExistsError": "đã có một tệp trùng tên",
    "ENOSPC": "ổ đĩa đã đầy; hãy xóa bớt tệp hoặc ghi sang ổ khác (--output-dir), tệp cũ vẫn còn nguyên",
    "EROFS": "ổ đĩa hoặc thư mục chỉ cho đọc; hãy ghi sang thư mục khác (--output-dir)",
}
BUILT = "Đã tạo {path}"
BUILT_DRAFT = ("Đã tạo bản DỰ THẢO {path} (có ô «DỰ THẢO» ở đầu trang 1; «Số: {symbol}»). Khi ban hành: ghi "
               "number và date vào tệp kế hoạch rồi tạo lại, không dùng --draft.")
NO_DOCX_IN_FOLDER = "Thư mục không có tệp .docx nào: {path}."
SUMMARY_SUFFIX = "Bảng tổng hợp phải là tệp .xlsx hoặc .csv: {path}."
SUMMARY_WRITTEN = "Đã ghi bảng tổng hợp {count} văn bản: {path}"
CHECK_REFUSED = "Văn bản có {count} lỗi thể thức nên chưa được ghi ra. Sửa các lỗi trên, hoặc dùng --force để vẫn ghi."
ERROR_HEADER = "Lỗi:"
WARNING_HEADER = "Cảnh báo (văn bản vẫn được tạo, nên xem lại):"
HAMLET_COUNT_MISMATCH = "Ghi «{text}» nhưng kế hoạch khai {count} xóm trong [[hamlets]]."
HAMLET_COUNT_MISMATCH_HINT = ("Viết «{{hamlet_count}} {word}» để docgen tự điền đúng số xóm, hoặc thêm/bớt xóm "
                              "trong [[hamlets]].")
ERROR_COUNT = "Có {count} lỗi cần sửa; chưa ghi tệp nào."

# Editing a plan file (web editor).
EDIT_UNPARSABLE = "Không đọc được tệp kế hoạch để sửa: {detail}"
EDIT_CHANGED_ON_DISK = "Tệp kế hoạch đã bị thay đổi ở nơi khác từ lúc mở, nên chưa lưu để không ghi đè mất thay đổi đó."
EDIT_CHANGED_HINT = "Tải lại trang để xem bản mới nhất, rồi sửa lại và lưu."

# docgen serve
SERVE_NOT_A_FOLDER = "Không thấy thư mục làm việc này."
SERVE_NOT_A_FOLDER_HINT = "Chỉ ra thư mục có plans/ (ví dụ: docgen serve D:\\KeHoach), hoặc tạo bằng docgen init."
SERVE_PORT_BUSY = "Cổng {port} đang được một chương trình khác dùng."
SERVE_PORT_HINT = "Chọn cổng khác, ví dụ: docgen serve --port 8766."
SERVE_CANNOT_START = "Không mở được trang soạn thảo: {reason}."
SERVE_STARTED = "Trang soạn kế hoạch đang chạy tại {url} (chỉ máy này mở được). Nhấn Ctrl+C để dừng."

# PDF
PDF_NO_LIBREOFFICE = "Chưa có LibreOffice trên máy này nên không tạo được bản PDF; chưa ghi tệp nào."
PDF_NO_LIBREOFFICE_HINT = ("Cài LibreOffice (Windows: tải bộ cài LibreOffice; Debian/Ubuntu: "
                           "sudo apt-get install libreoffice-writer-nogui fonts-liberation2) rồi chạy lại, "
                           "hoặc bỏ --pdf để chỉ tạo tệp Word.")
WEB_RESULTS_TO_FILL = ("Kết quả các xóm chưa điền nên chưa tạo báo cáo: tải bảng Excel này về, điền «Thực hiện giảm», "
                       "«Phát sinh mới» của từng xóm, rồi đưa vào ở mục «Nhập số liệu từ Excel» của trang sửa; có kết "
                       "quả rồi thì tạo lại văn bản.")
PDF_UNAVAILABLE_WEB = ("Máy này chưa có LibreOffice nên chưa xem trước được các trang và chưa có bản PDF; "
                       "tệp Word vẫn đã được tạo.")
PDF_TIMEOUT = "LibreOffice chưa chuyển xong sang PDF sau {seconds} giây nên đã dừng."
PDF_FAILED = "Không tạo được bản PDF: {reason}."
PDF_NOTHING_MADE = "LibreOffice không tạo ra tệp PDF nào (tệp Word có thể đang bị hỏng)"

# docgen new
NEW_TOML_ONLY = "docgen new làm việc với tệp kế hoạch .toml (giữ được chú thích)."
NEW_TARGET_EXISTS = "Đã có tệp này; docgen không ghi đè tệp đã có."
NEW_TARGET_EXISTS_HINT = "Chọn tên tệp (hoặc năm) khác, hoặc xóa tệp cũ nếu chắc chắn không cần."
NEW_YEAR_NOT_AFTER = "Năm của kế hoạch mới ({year}) phải sau năm của kế hoạch cũ ({old})."
NEW_CONFIRM_COMMENT = "các mục chép từ năm trước: kiểm tra, sửa nếu cần, rồi xóa khỏi danh sách"
NOT_CONFIRMED = "chưa được xác nhận (còn trong danh sách confirm ở đầu tệp)."
NOT_CONFIRMED_HINT = ("Điền hoặc kiểm tra từng mục này (sửa nếu cần), rồi xóa mục đó khỏi danh sách confirm ở đầu "
                      "tệp; hết danh sách thì docgen build tạo được văn bản.")
NEW_MADE = "Đã tạo {path} cho năm {year}. Còn {count} mục cần kiểm tra (danh sách confirm ở đầu tệp)."

# docgen init
INIT_NO_COMMUNE = "Chưa có tên xã (phường)."
INIT_NO_COMMUNE_HINT = 'Ví dụ: docgen init TanCuong --commune "Xã Tân Cương" --province "Thái Nguyên".'
INIT_RECIPIENTS = (
    "UBND tỉnh {province} (b/c)",
    "Sở Nông nghiệp và Môi trường tỉnh {province} (b/c)",
    "Thường trực Đảng ủy {unit} (b/c)",
    "Thường trực HĐND {unit} (b/c)",
    "Chủ tịch, các Phó Chủ tịch UBND {unit}",
    "Ủy ban MTTQ Việt Nam {unit}",
    "Các thôn, tổ dân phố",
)
INIT_MADE = ("Đã tạo thư mục làm việc {folder} với kế hoạch khởi đầu {plan}. Mở tệp đó, điền số liệu thật của xã "
             "(danh sách confirm ở đầu tệp ghi những mục cần điền), rồi chạy: docgen build {plan}")

# docgen serve pages
WEB_BAD_YEAR = "Năm phải là một số, ví dụ 2026."

# Excel workbooks read back (docgen diff, docgen import)
XLSX_NOT_FOUND = "Không tìm thấy tệp Excel."
XLSX_UNREADABLE = "Không mở được tệp này như một bảng tính Excel (.xlsx)."
XLSX_UNREADABLE_HINT = "Mở tệp bằng Excel hoặc LibreOffice Calc rồi lưu lại dạng .xlsx."
XLSX_SHEET = "trang tính «{sheet}»"
XLSX_SHEET_SKIPPED = "Trang tính «{sheet}» không có dòng tiêu đề có cột tên xóm (thôn): bỏ qua."
XLSX_ROW = "trang tính «{sheet}», dòng {row} «{name}»"
XLSX_CELL = "trang tính «{sheet}», ô {cell}"
XLSX_BAD_CELL = "ô có «{value}» ở cột «{header}»: {why}."
XLSX_NOT_NUMBER = "cần một con số, không phải chữ"
XLSX_NEGATIVE = "số hộ và tỷ lệ không thể âm"
XLSX_NOT_WHOLE = "số hộ phải là số nguyên"

# docgen diff
DIFF_NOT_FOUND = "Không tìm thấy tệp này."
DIFF_KIND = "Không so sánh được tệp «{suffix}»."
DIFF_KIND_HINT = "docgen diff so sánh văn bản .docx, tệp Excel .xlsx do docgen ghi, và tệp kế hoạch .toml/.json."
DIFF_NO_PAIR = "Không có tệp cùng tên trong thư mục kia."
DIFF_DIR_AND_FILE = "Hai đầu vào phải cùng là tệp hoặc cùng là thư mục."
DIFF_TABLES_ONLY = "Một bên là tệp Excel: chỉ so sánh số liệu các bảng, không so sánh lời văn."
DIFF_TITLE = "So sánh {a} (trước) với {b} (sau):"
DIFF_FIELDS = {"number": "Số, ký hiệu", "date": "Địa danh, ngày tháng", "summary": "Trích yếu",
               "signer": "Người ký", "recipients": "Nơi nhận"}
DIFF_FIELD = "  {field}: {before} → {after}"
DIFF_PARAGRAPH = {"changed": "  Đoạn sửa: {text}", "added": "  Đoạn thêm: {text}", "removed": "  Đoạn bỏ: {text}"}
DIFF_FIGURES = {
    "figure": "  {appendix}, {hamlet}, {column}: {before} → {after}",
    "name": "  {appendix}: tên xóm {before} → {after}",
    "hamlet_added": "  {appendix}: thêm xóm {hamlet}",
    "hamlet_removed": "  {appendix}: bỏ xóm {hamlet}",
    "column_added": "  {appendix}: thêm cột {column}",
    "column_removed": "  {appendix}: bỏ cột {column}",
    "table_added": "  Thêm bảng {appendix}",
    "table_removed": "  Bỏ bảng {appendix}",
}
DIFF_NOTE = "  Lưu ý: {note}"
DIFF_SAME = "Không có khác biệt."
DIFF_COUNT = "Có {count} khác biệt."
REDLINE_NEEDS_DOCUMENTS = ("Bản đánh dấu thay đổi (--redline) cần hai văn bản (.docx hoặc tệp kế hoạch), không dùng "
                           "tệp Excel.")
# click's usage errors, in the words of docgen's other messages.
USAGE_ERROR = "Lỗi: {message}"
USAGE_LINE = "Cách viết lệnh: {usage}"
USAGE_HELP = "Xem hướng dẫn: {command} --help"
MISSING_ARGUMENT = "Thiếu {name} (tệp hoặc thư mục cần ghi sau tên lệnh)."
MISSING_OPTION = "Thiếu tùy chọn {name}."
NO_SUCH_OPTION = "Không có tùy chọn «{name}»."
NO_SUCH_COMMAND = "Không có lệnh «{name}»."
DID_YOU_MEAN = " Có phải ý là: {names}?"
OPTION_NEEDS_VALUE = "Tùy chọn «{name}» cần một giá trị viết ngay sau nó."
BAD_VALUE = "Giá trị không dùng được cho {name}: {detail}."
VALUE_IS_FOLDER = "«{}» là một thư mục, ở đây cần một tệp"
VALUE_IS_FILE = "«{}» là một tệp, ở đây cần một thư mục"
VALUE_MISSING = "không có «{}»"
VALUE_NOT_INTEGER = "«{}» không phải là một số nguyên"
VALUE_TOO_SMALL = "{} nhỏ quá, phải từ {} trở lên"
VALUE_NOT_CHOICE = "«{}» không phải một trong {}"
VALUE_OUT_OF_RANGE = "{} không nằm trong khoảng từ {} đến {}"
OPTION_TAKES_NO_VALUE = ("Tùy chọn «{}» không nhận giá trị: chỉ ghi tên tùy chọn (ví dụ --force, không phải "
                         "--force=yes).")
EXTRA_ARGUMENTS = "Thừa «{}»: lệnh này không nhận thêm tên tệp hay giá trị nào ở đó."
ABORTED = "Đã dừng."
REDLINE_NEEDS_FILES = "--redline so sánh hai tệp, không dùng cho thư mục."
REDLINE_WRITTEN = "Đã ghi bản đánh dấu thay đổi: {path} (mở bằng Word hoặc LibreOffice, xem ở mục Xem lại/Review)."

# docgen import
IMPORT_NO_TABLE = "Tệp Excel không có trang tính nào có dòng tiêu đề với cột tên xóm (thôn)."
IMPORT_NO_TABLE_HINT = ("Dùng tệp do docgen build --xlsx ghi, hoặc một trang tính mỗi dòng một xóm, dòng tiêu đề "
                        "có các cột như «Tên xóm», «Tổng số hộ», «Hộ nghèo đầu kỳ».")
IMPORT_UNKNOWN_HAMLET = "xóm «{name}» không có trong tệp kế hoạch."
IMPORT_UNKNOWN_HAMLET_HINT = "Sửa tên xóm trong Excel cho giống tệp kế hoạch, hoặc thêm xóm đó vào tệp kế hoạch trước."
IMPORT_MISSING_HAMLETS = "thiếu xóm {names} (có trong tệp kế hoạch)."
IMPORT_MISSING_COLUMN = "không có cột «{column}»."
IMPORT_MISSING_COLUMN_HINT = "Thêm cột đó với tiêu đề tiếng Việt dễ nhận ra, hoặc dùng tệp do docgen build --xlsx ghi."
IMPORT_CONFLICT = "số {value} khác số {other} đã ghi cho cùng xóm và cùng cột ở {where}."
IMPORT_CHANGE = "  {hamlet}: {figure}: {before} → {after}"
IMPORT_TARGET = "  Chỉ tiêu của xã: {figure}: {before} → {after}"
IMPORT_NOTHING = "Số liệu trong tệp Excel giống tệp kế hoạch: không có gì thay đổi."
IMPORT_DONE = "Đã ghi {count} số liệu vào {plan}. Chạy docgen build {plan} để tạo lại văn bản."
IMPORT_DRY_RUN = "Chạy thử (--dry-run): {count} số liệu sẽ thay đổi trong {plan}; tệp chưa được sửa."

# Batch builds
BATCH_NO_PLANS = "Không thấy tệp kế hoạch nào (.toml hoặc .json) để dựng."
BATCH_NO_PLANS_HINT = "Chỉ ra các tệp kế hoạch, hoặc thư mục chứa chúng: docgen build plans/"
BATCH_CHECK_ERRORS = "văn bản có {count} lỗi thể thức (xem bằng docgen check; hoặc dựng với --force)"
BATCH_MORE_PROBLEMS = " (và {count} lỗi khác)"
BATCH_PROGRESS = "Đang dựng {count} kế hoạch"
BATCH_LINE = "[{done}/{count}] {plan}: {status}"
BATCH_STATUS = {"built": "đã dựng", "warnings": "đã dựng, có cảnh báo", "failed": "lỗi"}
BATCH_SUMMARY_HEADER = "Kết quả:"
BATCH_BUILT = "  ✓ {plan} → {files}"
BATCH_BUILT_WARNINGS = "  ! {plan} → {files} ({count} cảnh báo, xem bằng docgen check)"
BATCH_FAILED = "  ✗ {plan}: {reason}"
BATCH_TOTALS = "Đã dựng {built}, có cảnh báo {warnings}, lỗi {failed} (tổng {count} kế hoạch)."

# docgen check-template
TPL_PARAGRAPH = "đoạn {number}"
TPL_CELL = "bảng {table}, dòng {row}, cột {cell}"
TPL_SPLIT_DELIMITER = ("thẻ {tag} bị Word tách ngay ở dấu ngoặc, docgen không nhận ra thẻ này; "
                       "gõ lại cả thẻ liền một lần")
TPL_SPLIT = ("thẻ {tag} bị Word tách thành nhiều đoạn định dạng; vẫn dùng được nhưng nên gõ lại cả thẻ "
             "liền một lần")
TPL_SMART_QUOTES = ("thẻ {tag} có dấu nháy cong (“ ” ‘ ’); tắt tự động sửa dấu nháy (AutoCorrect) rồi gõ lại "
                    "dấu \" hoặc '")
TPL_UNCLOSED_TAG = "thẻ bắt đầu «{text}» thiếu dấu đóng }}}} hoặc %}}"
TPL_SYNTAX = "thẻ {tag} viết sai: {detail}"
TPL_CLOSE_WITHOUT_OPEN = "thẻ đóng {tag} không có thẻ mở tương ứng phía trên"
TPL_BLOCK_NOT_CLOSED = "khối {tag} chưa có thẻ đóng {{% {end} %}}"
TPL_HEADER = "Mẫu {path}:"
TPL_LINE = "- [{severity}] {where}: {message}"
TPL_SEVERITY = {"error": "Lỗi", "warning": "Cảnh báo"}
TPL_OK = "Mẫu {path} không có lỗi thẻ."
TPL_SAMPLE = "Văn bản dựng thử từ mẫu với kế hoạch mẫu, kiểm tra thể thức:"
TPL_NOT_RENDERED = "Chưa dựng thử vì mẫu còn lỗi thẻ ở trên."
PART_NOT_FOUND = "Không thấy phần mẫu «{name}» mà mẫu văn bản gọi tới."
PART_NOT_FOUND_HINT = ("Đặt tệp phần mẫu vào thư mục templates/ của thư mục làm việc, hoặc sửa tên trong thẻ "
                       "{%p part \"…\" %}.")
PART_NOT_DOCX = "Phần mẫu không phải là văn bản Word .docx."
WEB_STALE_PAGE = ("Trang này đã cũ (docgen serve vừa được mở lại) nên không lưu được nữa. Tải lại trang (F5): "
                  "những gì vừa gõ mà chưa lưu được giữ trong trình duyệt và được đề nghị lấy lại.")
WEB_OTHER_WORKSPACE = ("Không lưu được: docgen đang chạy ở địa chỉ này là của một thư mục làm việc khác, không phải "
                       "của trang này, nên trang không ghi gì vào đó. Những gì vừa gõ vẫn còn trên trang và được giữ "
                       "trong trình duyệt. Đóng docgen kia, mở docgen của thư mục có kế hoạch này (bấm đúp tệp «Mở "
                       "docgen» trong thư mục đó) rồi bấm Lưu.")
WEB_RESULTS_FULL = ("Mỗi {word} một dòng kết quả, và mọi {word} ở bảng «Số liệu các {words}» đã có dòng của mình. "
                    "Thêm {word} ở bảng đó trước, rồi bấm «+ Thêm dòng kết quả».")
WEB_CONFIRM_REMOVE = "Xóa mục này cùng mọi nội dung bên trong? (Bấm «Hoàn tác» ngay sau đó để lấy lại.)"
WEB_ERRORS = {
    400: "Yêu cầu không đúng dạng.",
    403: WEB_STALE_PAGE,
    404: "Không có trang hoặc tệp này trong thư mục làm việc.",
    413: "Tệp tải lên quá lớn (tối đa 20 MB).",
    421: "Trang chỉ mở được từ chính máy này, bằng địa chỉ 127.0.0.1.",
    500: "docgen gặp lỗi khi xử lý yêu cầu này. Thử lại; nếu vẫn lỗi, báo cho người quản lý kèm tệp đang dùng.",
}
BROKEN_PLACEHOLDER = ("Chỗ thay thế thiếu dấu ngoặc nhọn đóng (ví dụ «{year» thay vì «{year}»), nên sẽ bị in "
                      "nguyên như vậy.")
BROKEN_PLACEHOLDER_HINT = "Viết đủ cả hai dấu ngoặc nhọn, ví dụ {year}."
WEB_DIFF_MISSING = "Chọn đủ hai bản để so sánh: bản trước và bản sau."
WEB_DIFF_KINDS = {"hamlet_added": "xóm chỉ có ở bản sau", "hamlet_removed": "xóm chỉ có ở bản trước",
                  "column_added": "cột chỉ có ở bản sau", "column_removed": "cột chỉ có ở bản trước",
                  "table_added": "bảng chỉ có ở bản sau", "table_removed": "bảng chỉ có ở bản trước"}
DIFF_BLANK_CELL = "(ô trống)"
DRAFT_DATE_WITH_DATE = "Đã có ngày ban hành (date) thì không ghi {field}: phần ngày để trống chỉ dành cho dự thảo."
DRAFT_DATE_WITH_DATE_HINT = "Xóa {field}; văn bản in ngày theo date."
DRAFT_MONTH_WITHOUT_YEAR = "Đã ghi tháng của dự thảo (draft_month) thì phải ghi cả năm (draft_year)."
DRAFT_MONTH_WITHOUT_YEAR_HINT = "Thêm draft_year, ví dụ draft_year = 2026; văn bản in «ngày … tháng 02 năm 2026»."
DATE_OUTSIDE_YEAR = "Ngày ban hành {date} không thuộc năm kế hoạch {year} hay năm trước đó."
DATE_OUTSIDE_YEAR_HINT = "Kiểm tra lại năm của ngày ban hành (document.date) và năm kế hoạch (targets.year)."

# docgen diff: the other tables, the appendices, the signature block and emphasis (issue 16.4)
DIFF_FIELDS.update({"signature_prefix": "Quyền hạn ký (TM., KT., TL., …)", "signature_titles": "Chức vụ người ký"})
DIFF_TABLES = {
    "cell": "  Bảng «{table}», dòng «{row}», cột «{column}»: {before} → {after}",
    "header": "  Bảng «{table}», tiêu đề cột «{column}»: {before} → {after}",
    "title": "  Bảng «{table}»: tên bảng {before} → {after}",
    "row_added": "  Bảng «{table}»: thêm dòng «{row}»: {after}",
    "row_removed": "  Bảng «{table}»: bỏ dòng «{row}»: {before}",
    "table_added": "  Bảng chỉ có ở bản sau: «{table}»",
    "table_removed": "  Bảng chỉ có ở bản trước: «{table}»",
}
DIFF_APPENDICES = {
    "added": "  Phụ lục chỉ có ở bản sau: {after}",
    "removed": "  Phụ lục chỉ có ở bản trước: {before}",
    "changed": "  Phụ lục sửa: {before} → {after}",
}
DIFF_EMPHASIS = "  Nhấn mạnh, đoạn «{paragraph}»: «{words}» {change}"
DIFF_EMPHASIS_CELL = "  Nhấn mạnh, {where}: «{words}» {change}"
DIFF_TABLE_CELL = "bảng «{table}», dòng «{row}», cột «{column}»"
DIFF_EMPHASIS_LAYOUT = ("  Kiểu chữ của cả đoạn hoặc của số thứ tự (cách trình bày loại đoạn đó: số mục, tiêu đề, "
                        "căn cứ; không phải chữ nhấn mạnh trong câu): {count} đoạn, như {examples}")
DIFF_LAYOUT_EXAMPLE = "«{words}» {change} («{where}»)"
DIFF_EMPHASIS_ADDED = "thêm {flags}"
DIFF_EMPHASIS_REMOVED = "bỏ {flags}"
DIFF_FLAGS = {"bold": "in đậm", "italic": "in nghiêng", "underline": "gạch chân"}
DIFF_EMPHASIS_HELP = "So sánh cả chữ in đậm, in nghiêng, gạch chân trong từng đoạn."

# --- issue 20 (hardening): hostile files, races, injections ---
XLSX_TOO_FAR = ("Trang tính «{sheet}» có dữ liệu ở ô {cell}, quá xa so với một bảng số liệu xóm (tối đa {rows} "
                "dòng, {columns} cột): docgen không đọc bảng tính này.")
XLSX_TOO_FAR_HINT = "Xóa các ô thừa ở xa bảng (hoặc chép riêng bảng số liệu sang một tệp mới) rồi lưu lại."
XLSX_UNCALCULATED = ("ô ở cột «{header}» có công thức nhưng chưa có kết quả được lưu (tệp chưa từng được mở và lưu "
                     "bằng Excel), nên không biết con số.")
XLSX_UNCALCULATED_HINT = "Mở tệp bằng Excel hoặc LibreOffice Calc, để bảng tính tính xong, rồi lưu lại."
PLAN_CHANGED_WHILE_IMPORTING = ("Tệp kế hoạch đã bị thay đổi ở nơi khác (trang soạn thảo, một lần nhập khác) trong "
                                "lúc đang nhập, nên chưa ghi để không làm mất thay đổi đó.")
PLAN_CHANGED_WHILE_IMPORTING_HINT = "Chạy lại lệnh nhập khi không còn ai đang sửa tệp kế hoạch này."
TEMPLATE_NAME_NOT_PLAIN = ("Tên mẫu «{name}» là một đường dẫn: mẫu riêng của xã chỉ được ghi bằng tên tệp, "
                           "không có thư mục, «..» hay ổ đĩa.")
TEMPLATE_NAME_NOT_PLAIN_HINT = ("Đặt tệp mẫu cạnh tệp kế hoạch hoặc trong thư mục templates/ rồi ghi tên tệp, ví dụ "
                                "template = \"mau-cua-xa.docx\".")
TEMPLATE_TOO_DEEP = "thẻ gọi lại chính nó không dừng (macro đệ quy)"
TEMPLATE_CANNOT_RENDER = "một thẻ không tính được ({detail})"
TEMPLATE_TOO_LARGE = "một thẻ tạo ra kết quả quá lớn"
NEW_YEAR_TOO_LATE = "Năm của kế hoạch mới ({year}) quá xa: docgen nhận năm kế hoạch đến {most}."
WEB_BAD_COMMUNE = "Tên xã (phường) cần có chữ, ví dụ «Xã Tân Cương»."
WEB_YEAR_RANGE = "Năm kế hoạch phải từ {low} đến {high}."

# The starter's samples (docgen/plan/samples.py): a plan that still holds one is built as a draft only
SAMPLE_SIGNER = "Người ký vẫn là chữ mẫu «Họ và tên người ký»."
SAMPLE_HAMLET = "«{name}» là dòng mẫu của tệp khởi đầu, chưa phải số liệu thật."
SAMPLE_TARGETS = "Chỉ tiêu giảm hộ nghèo và hộ cận nghèo của xã vẫn là 0 như tệp khởi đầu."
SAMPLE_BASIS = "Căn cứ này vẫn là câu mẫu của tệp khởi đầu, chưa có số và ngày của văn bản cấp trên."
SAMPLE_HINT = "Thay bằng của xã; còn chữ mẫu thì văn bản chỉ được tạo là DỰ THẢO."
SAMPLE_DRAFT = "Kế hoạch còn chữ mẫu của tệp khởi đầu nên văn bản được tạo là DỰ THẢO."

# docgen serve: the page's own words (docgen/web)
WEB_IMPORT_NOT_WORD = "Chọn một kế hoạch Word (.docx hoặc .doc) để nhập."
WEB_IMPORT_NOT_EXCEL = "Chọn một bảng Excel (.xlsx) có số liệu các xóm để nhập."
WEB_IMPORT_GONE = ("Bảng Excel vừa xem không còn chờ xác nhận (đã được ghi, hoặc một bảng khác đã được chọn sau "
                   "nó). Chọn lại tệp Excel để nhập.")
WEB_BROKEN_FILE = "Tệp kế hoạch này viết sai{where}, nên trang chưa mở được để sửa."
WEB_BROKEN_AT = " ở dòng {line} (chữ thứ {column})"
WEB_BROKEN_FILE_HINT = ("Mở tệp trong thư mục plans bằng Notepad, sửa dòng đó (thường thiếu dấu ngoặc kép, dấu phẩy "
                        "hay dấu ngoặc vuông), lưu rồi mở lại trang; hoặc xóa kế hoạch này ở trang «Các kế hoạch».")
WEB_FINDING_AT_FIELD = "Sửa ở ô «{field}» của trang sửa kế hoạch (nút «← Quay lại sửa kế hoạch»), lưu rồi tạo lại."
WEB_FINDING_UNPLACED = ("Chỗ này do docgen tự viết, không ở ô nào của trang: thường là do một ô gần đó (xem đoạn "
                        "được trích); sửa ô đó rồi tạo lại.")
WEB_RENAME_REFUSED = "Không đổi được tên thành «{name}»: tên này đã có, hoặc có ký tự không dùng được."
WEB_RENAME_HINT = "Chọn tên khác, chỉ gồm chữ, số, dấu cách, dấu - và dấu chấm, ví dụ 2026-tan-cuong.toml."
WEB_PAGE = {  # the page's script says these (body data attributes), as the server says the others
    "serverDown": ("Không lưu được: docgen đã dừng. Những gì vừa gõ vẫn còn trên trang và được giữ trong trình duyệt. "
                   "Mở lại docgen (bấm đúp tệp «Mở docgen» trong thư mục làm việc) rồi bấm Lưu."),
    "otherWorkspace": WEB_OTHER_WORKSPACE,
    "restoreOffer": "Có những thay đổi chưa lưu từ lần mở trước của kế hoạch này, còn giữ trong trình duyệt.",
    "restore": "Lấy lại các thay đổi đó",
    "discard": "Bỏ",
    "restored": "Đây là các thay đổi chưa lưu được lấy lại từ trình duyệt. Xem lại rồi bấm Lưu.",
    "changedElsewhere": "Chưa lưu: tệp đã được sửa ở nơi khác. Những gì vừa gõ vẫn còn trên trang.",
    "pasteCleaned": "Đã bỏ {marks} ở đầu dòng khi dán: docgen tự đánh số và tự thêm dấu đầu dòng.",
    "confirmLook": "Xem ô này trước (bấm vào ô) rồi mới đánh dấu được.",
    "badDate": "Ngày viết ngày/tháng/năm, ví dụ 08/01/2026.",
    "saving": "Đang lưu …",
    "savedWithErrors": "Đã lưu, nhưng còn {count} lỗi (đầu tiên: {where}): văn bản chưa tạo được.",
    "drawing": "Đang vẽ lại các trang từ bản vừa lưu …",
    "marksWhere": ("Bấm vào một đoạn văn (căn cứ, nội dung, ô của bảng, phụ lục) và chọn chữ trước, "
                   "rồi bấm B, I hoặc U."),
    "tableWhere": "Bấm vào ô «Các đoạn» nơi bảng cần in (con trỏ ở cuối đoạn đứng trước bảng), rồi bấm «Bảng».",
    "tablePlaced": ("Đã đặt bảng mới ở dòng «{table.{id}}» (giữa hai đoạn); gõ các ô của bảng ở khung "
                    "«Bảng trong văn bản»."),
}
# Marks docgen prints itself, typed at the start of a text (docgen/plan/marks.py)
OWN_MARK = "Đầu đoạn có «{mark}» gõ tay: docgen tự đánh số và tự thêm dấu đầu dòng, nên bỏ «{mark}» khi in."
OWN_MARK_HINT = "Xóa dấu đó ở đầu đoạn này cho gọn (văn bản vẫn được tạo, không in dấu đó hai lần)."
# Launchers (docgen/launchers.py) and a second start of docgen serve
LAUNCHERS_MADE = ("Đã ghi các tệp «Mở docgen» vào {folder}: bấm đúp «Mở docgen.cmd» (Windows), «Mở docgen.desktop» "
                  "(Linux) hoặc «Mở docgen.command» (macOS) để mở trang soạn kế hoạch.")
SERVE_ALREADY = "docgen đã chạy cho thư mục này tại {url}: mở trình duyệt vào đó."

# docgen diff knows the kinds (issue 17)
DIFF_FIELDS.update({"kind": "Loại văn bản", "addressees": "Kính gửi", "authority": "Thẩm quyền ban hành"})
DIFF_OTHER_KINDS = ("{a} là {kind_a}, {b} là {kind_b}: hai loại văn bản khác nhau, nên chỉ so từng đoạn, từng bảng "
                    "như hai văn bản bất kỳ (không so theo bố cục của một loại).")
DIFF_IN_PART = "  {part}: {line}"
