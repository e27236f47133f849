"""Every text of ``docgen import-docx``, in Vietnamese: the notes written next to fields and the report."""

from __future__ import annotations

# Top block
NUMBER_BLANK = ("Bản gốc để trống số văn bản (dự thảo hoặc bản sao trước khi vào sổ): để trống number, docgen in "
                "\"Số:     /{symbol}\". Khi ban hành, ghi số vào đây.")
NUMBER_MISSING = "Bản gốc không có dòng \"Số: …/…\": ký hiệu {symbol} lấy theo tên loại và tên cơ quan."
DATE_BLANK = ("Bản gốc để trống ngày tháng như một dự thảo ({written}): để trống date, giữ tháng, năm đã ghi "
              "(draft_month, draft_year); docgen in \"{printed}\". Khi ban hành, ghi ngày vào date và xóa "
              "draft_month, draft_year.")
DATE_MISSING = ("Bản gốc không có dòng địa danh, ngày tháng: để trống date (dự thảo). Khi ban hành, ghi ngày vào "
                "đây.")
PLACE_CORRECTED = ("Bản gốc ghi địa danh \"{written}\", nhưng địa danh là tên đơn vị hành chính nơi cơ quan ban "
                   "hành đóng trụ sở (Nghị định 30, Phụ lục I, mục II.4): sửa thành \"{place}\".")
PLACE_KEPT = "Không xác định được đơn vị hành chính của cơ quan ban hành: giữ địa danh \"{place}\" của bản gốc."
ABBREVIATION_GUESSED = ("Chữ viết tắt tên cơ quan lấy từ chữ cái đầu của \"{line}\": {abbreviation}. Kiểm tra lại.")
CODE_CORRECTED = ("Bản gốc ghi chữ viết tắt tên loại \"{written}\" trong ký hiệu, nhưng văn bản là {kind}: Nghị định "
                  "30 (Phụ lục III) viết {code}; docgen in {code}.")
CODE_FROM_KIND = "Chữ viết tắt tên loại lấy theo Phụ lục III Nghị định 30: {kind} → {code}."
KIND_WITH_SUMMARY = ("Bản gốc viết tên loại và trích yếu liền một dòng «{line}»: Nghị định 30 (Phụ lục I, mục II.5) "
                     "in tên loại «{kind}» một dòng, trích yếu «{summary}» dòng dưới; docgen in như vậy.")
KIND_MISSING = "Không tìm thấy tên loại văn bản (dòng in hoa dưới phần đầu): docgen ghi \"Kế hoạch\". Kiểm tra lại."
SUMMARY_MISSING = "Không tìm thấy trích yếu dưới tên loại: docgen để tạm \"{summary}\". Sửa lại."
ISSUER_MISSING = "Không tìm thấy tên cơ quan ban hành ở góc trái trên cùng: docgen để tạm \"{name}\". Sửa lại."

# Body
SECTION_TITLE_UPPER = ("Bản gốc viết tên mục «{title}» có chữ thường: docgen in tên các mục I., II. … bằng chữ in "
                       "hoa.")
APPENDIX_TITLE_UPPER = ("Bản gốc viết tên phụ lục «{title}» có chữ thường: docgen in tên phụ lục bằng chữ in hoa "
                        "(Nghị định 30, Phụ lục III, mẫu 2.1).")
SECTION_SKIPPED = ("Bản gốc đánh số mục {written} sau mục {previous}: docgen đánh số liên tục, mục này in là "
                   "{due}")
ITEM_SKIPPED = "Bản gốc đánh số khoản {written} ở vị trí khoản {due}: docgen đánh số liên tục."
PART_SKIPPED = "Bản gốc đánh số tiểu mục {written} ở vị trí {due}: docgen đánh số liên tục."
POINTS_WITH_DOT = ("Bản gốc đánh các điểm bằng \"{letter}.\": Nghị định 30 (Phụ lục I, mục II.6.đ) viết \"a)\", "
                   "\"b)\"; docgen in như vậy.")
POINTS_OUT_OF_ORDER = ("Bản gốc ghi điểm \"{written}\" ở vị trí điểm \"{due})\": docgen đánh chữ cái tiếng Việt liên "
                       "tục (a, b, c, d, đ, e, g …).")
AUTOMATIC_NUMBERING = ("Bản gốc dùng đánh số tự động của Word: số thứ tự không chép vào tệp, docgen tự đánh lại.")
UNPLACED = ("Đoạn này không xếp được vào bố cục I., 1., 1.1., a) (ở bản gốc: {where}): docgen giữ nó ở đây như một "
            "đoạn văn. Kiểm tra lại vị trí.")
DIVISION_KEPT = ("Bản gốc có dòng \"{text}\" (Phần, Chương): tệp kế hoạch chưa có cấp này, docgen giữ nó như một "
                 "đoạn văn. Kiểm tra lại.")
REORDERED = ("Ở bản gốc đoạn này đứng sau các ý gạch đầu dòng; tệp kế hoạch in đoạn văn trước các ý gạch đầu dòng "
             "của cùng một phần. Kiểm tra lại thứ tự.")
PARAGRAPH_JOINED = ("Đoạn \"{start}\" bắt đầu bằng chữ thường, ngay sau một đoạn chưa hết câu: ghép vào đoạn "
                    "đó (bản gốc xuống dòng giữa câu).")
SUB_BULLET_ALONE = "Ý \"+\" không đứng sau ý \"-\" nào trong bản gốc: giữ là ý \"-\"."
CLOSING_MISSING = ("Không tìm thấy đoạn kết (\"Trên đây là …\") trước phần nơi nhận, chữ ký: docgen viết tạm đoạn "
                   "này. Sửa lại.")
CLOSING_END = ("Bản gốc kết thúc đoạn kết bằng \"…{end}\", không bằng \"./.\": các mẫu của Nghị định 30 (Phụ lục "
               "III) kết thúc nội dung văn bản bằng \"./.\"; docgen in \"./.\".")
NO_SECTIONS = ("Không tìm thấy mục nào đánh số La Mã (I., II.) trong bản gốc: toàn bộ nội dung được đặt vào một "
               "mục. Sửa tiêu đề mục này.")
DEFAULT_SECTION_TITLE = "NỘI DUNG"
FIRST_PART_UNWRITTEN = ("Bản gốc bắt đầu các phần bằng dòng «{line}», không có dòng «Phần thứ nhất»: các mục đứng "
                        "trước nó là phần thứ nhất; docgen in dòng «PHẦN THỨ NHẤT» và để tạm tiêu đề. Sửa lại.")
SECTIONS_BEFORE_PART = "Các mục đứng trước dòng \"Phần …\" đầu tiên của bản gốc: docgen đặt chúng vào phần đầu tiên."
PART_TEXT_AS_SECTION = ("Các đoạn giữa tiêu đề phần và mục I. đầu tiên: docgen giữ chúng trong một mục riêng. Kiểm "
                        "tra lại.")
PART_LINE_PRINTED = ("Bản gốc ghi dòng phần «{written}»: docgen in «{printed}» (số thứ tự của phần viết bằng chữ, "
                     "đậm, căn giữa, tiêu đề của phần in hoa dưới nó).")
PART_TITLE_UPPER = "Bản gốc viết tên phần «{title}» có chữ thường: docgen in tên phần bằng chữ in hoa."
PART_TITLE_MISSING = "Không thấy tiêu đề dưới dòng \"Phần …\": docgen để tạm tiêu đề. Sửa lại."
ITEMS_BEFORE_SECTION = "Khoản này đứng trước mục I. đầu tiên của bản gốc: docgen đặt nó vào mục đầu tiên."

# Bases
BASIS_END = ("{found}: Nghị định 30 (Phụ lục I, mục II.6.a) kết thúc mỗi căn cứ bằng \";\", căn cứ cuối cùng bằng "
             "\".\"; docgen in \"{printed}\".")
BASIS_END_MARK = "Bản gốc kết thúc căn cứ thứ {number} bằng \"{mark}\""
BASIS_END_NONE = "Bản gốc không có dấu ở cuối căn cứ thứ {number}"

# End block
ARCHIVE_VT = ("Bản gốc ghi \"{written}\": Nghị định 30 (Phụ lục I, mục II.9.b) bắt đầu dòng lưu bằng \"VT\" (văn "
              "thư); docgen in \"{printed}\".")
ARCHIVE_WRITTEN = ("Bản gốc ghi \"{written}\": docgen in dòng lưu theo Nghị định 30 (Phụ lục I, mục II.9.b): "
                   "\"{printed}\".")
ARCHIVE_MISSING = "Bản gốc không có dòng \"Lưu: …\": docgen in \"- Lưu: VT.\"."
RECIPIENTS_MISSING = "Không tìm thấy \"Nơi nhận:\" và các nơi nhận: docgen ghi tạm \"Như trên\". Sửa lại."
SIGNER_MISSING = "Không tìm thấy họ tên người ký: docgen để tạm \"…\". Sửa lại."
POSITION_MISSING = "Không tìm thấy chức vụ người ký: docgen để tạm \"CHỦ TỊCH\". Sửa lại."

# End block: the signature column read line by line (issue 16)
TITLES_JOINED = ("Bản gốc ghi quyền hạn, chức vụ trên hơn ba dòng ({lines}): docgen in ba dòng, hai dòng cuối "
                 "ghép làm một. Kiểm tra lại.")
SECOND_SIGNER = ("Bản gốc có hơn hai người ký; người ký này ({lines}) không in lại: tệp kế hoạch giữ người ký "
                 "chính và một người ký liên tịch. Kiểm tra lại.")

# Tables
TOTAL_DIFFERS = ("Dòng tổng của bản gốc ({table}, cột \"{column}\") ghi {stated}, nhưng cộng các dòng được "
                 "{computed}: tệp kế hoạch giữ số liệu từng xóm, số ghi ở dòng tổng được đưa vào [reference] để "
                 "docgen báo chỗ lệch khi dựng văn bản.")
HAMLET_MERGED = ("Tên xóm viết khác nhau giữa các bảng của bản gốc ({names}): coi là một xóm, giữ tên \"{name}\".")
FIGURE_DIFFERS = ("Xóm \"{name}\", cột \"{column}\": hai bảng ghi khác nhau ({first} và {second}); giữ {first}.")
COLUMN_UNKNOWN = ("Cột \"{header}\" không có trong danh mục số liệu docgen biết tính hoặc đọc: không đưa vào bảng. "
                  "Các cột dùng được: {names}.")
LABEL_ADDED = ("Bảng của bản gốc không có dòng \"Phụ lục …\" (Nghị định 30, Phụ lục I, mục III.1.b): docgen in "
               "\"Phụ lục\" kèm số La Mã và dòng \"(Kèm theo …)\" ghi đúng số, ngày của văn bản.")
REFERENCE_REWRITTEN = ("Dòng \"{written}\" của bản gốc được docgen viết lại theo số, ngày của chính văn bản "
                       "(Nghị định 30, Phụ lục III, mẫu 2.1).")
REDUCTION_TOTAL_DIFFERS = ("Dòng tổng của bản gốc ({table}, cột \"{column}\") ghi {stated}, nhưng cộng các dòng được "
                           "{computed}: tệp kế hoạch giữ số liệu từng xóm.")
BLANK_AS_ZERO = "Các ô để trống trong bảng của bản gốc được ghi là 0."
GROUP_COUNT_NOT_PRINTED = ("Bản gốc không in số {group} của từng xóm, chỉ in chỉ tiêu giảm: docgen ghi {field} của mỗi "
                           "xóm bằng số ít nhất chỉ tiêu đó cho phép ({names}) để kế hoạch dựng được. Ghi số thật "
                           "của từng xóm vào đây trước khi ban hành.")

# Appendices of any kind (issue 16)
APPENDIX_COVER = ("Bản gốc có các dòng \"{lines}\" đứng trên các mẫu biểu, phụ lục: docgen in mỗi phụ lục, mẫu biểu "
                  "trên trang riêng với nhãn và dòng \"(Kèm theo …)\" của nó, nên không in lại các dòng này.")
APPENDIX_NUMBERED = ("Bản gốc ghi \"{written}\": docgen tự đánh số phụ lục bằng số La Mã theo thứ tự (Phụ lục I, "
                     "II …).")
APPENDIX_LABEL_TITLED = ("Bản gốc ghi nhãn và tên phụ lục trên một dòng «{written}»: Nghị định 30 (Phụ lục III, mẫu "
                         "2.1) in «{label}» một dòng, tên phụ lục «{title}» dòng dưới; docgen in như vậy.")
APPENDIX_REFERENCE_ADDED = ("Phụ lục của bản gốc không có dòng \"(Kèm theo …)\": docgen in dòng này theo số, ngày "
                            "của chính văn bản (Nghị định 30, Phụ lục III, mẫu 2.1).")
APPENDIX_EMPTY = "Phụ lục này của bản gốc không có nội dung đọc được: docgen để tạm \"…\". Sửa lại."

LEFTOVER_PARAGRAPH = "Đoạn sau phần chữ ký chưa đưa được vào tệp kế hoạch ({where}): \"{text}\"."
LEFTOVER_TABLE = ("Bảng sau phần chữ ký chưa đọc được thành phụ lục ({where}); nội dung từng dòng: {text}")

# Report
HEADER = "Các chỗ docgen đã diễn giải hoặc sửa khi nhập (cũng ghi thành chú thích trong tệp):"
NONE = "Không có chỗ nào phải diễn giải hay sửa."
WRITTEN = "Đã ghi {path}."
EXISTS = "Tệp kế hoạch này đã có."
EXISTS_HINT = "Chọn tên khác với -o, hoặc thêm --force để ghi đè."
NOT_DOCX = "Tệp cần nhập phải là văn bản Word .docx."
OUT_SUFFIX = "Tệp kế hoạch ghi ra phải có đuôi .toml."
FILE_HEADER = ("Tệp kế hoạch nhập từ {source} bằng docgen import-docx. Các dòng chú thích \"# docgen:\" ghi những "
               "chỗ đã diễn giải hoặc sửa so với bản gốc; xem xong có thể xóa.")
NOTE_PREFIX = "docgen: "

# Report: a kind of note met many times is printed once (issue 16)
GROUPED = "- {summary} ({count} chỗ, đầu tiên: {places}; từng chỗ ghi thành chú thích trong tệp)"
AT_PARAGRAPH = "đoạn {index}"
AT_END = "sau phần chữ ký"
SUMMARIES = {
    BASIS_END: ("Bản gốc kết thúc căn cứ bằng dấu khác: docgen in \";\" sau mỗi căn cứ, \".\" sau căn cứ cuối "
                "(Nghị định 30, Phụ lục I, mục II.6.a)"),
    POINTS_WITH_DOT: ("Bản gốc đánh điểm bằng \"a.\", \"b.\": docgen in \"a)\", \"b)\" (Nghị định 30, Phụ lục I, "
                      "mục II.6.đ)"),
    POINTS_OUT_OF_ORDER: "Bản gốc đánh chữ cái của điểm không liên tục: docgen đánh lại a, b, c, d, đ, e, g …",
    ITEM_SKIPPED: "Bản gốc đánh số khoản không liên tục: docgen đánh số lại liên tục",
    PART_SKIPPED: "Bản gốc đánh số tiểu mục không liên tục: docgen đánh số lại liên tục",
    PARAGRAPH_JOINED: "Đoạn bắt đầu bằng chữ thường ngay sau một đoạn chưa hết câu: ghép vào đoạn trước",
    REORDERED: "Đoạn văn đứng sau các ý gạch đầu dòng: tệp kế hoạch in nó trước các ý đó; kiểm tra lại thứ tự",
    UNPLACED: "Đoạn không xếp được vào bố cục I., 1., 1.1., a): giữ như một đoạn văn ở chỗ gần nhất; kiểm tra lại",
    LEFTOVER_PARAGRAPH: "Đoạn sau phần chữ ký chưa đưa được vào tệp kế hoạch: chép nguyên văn thành chú thích",
}

# Kinds of document (issue 17): what a Quyết định, a Công văn or a Tờ trình has of its own
AUTHORITY_MISSING = ("Không tìm thấy dòng thẩm quyền ban hành (\"CHỦ TỊCH ỦY BAN NHÂN DÂN …\") trên các căn cứ: "
                     "docgen để tạm \"…\". Sửa lại.")
PROPOSAL_MISSING = ("Không tìm thấy dòng \"Theo đề nghị của …\" sau các căn cứ: docgen để tạm \"…\". Sửa lại.")
ARTICLE_MISSING = "Quyết định có ít nhất hai điều: docgen thêm một điều \"…\" để sửa lại."
TEXT_BEFORE_ARTICLE = ("Đoạn này đứng giữa \"QUYẾT ĐỊNH:\" và \"Điều 1.\" trong bản gốc: docgen đặt nó vào Điều 1. "
                       "Kiểm tra lại.")
LETTER_UNIT_MISSING = ("Ký hiệu công văn \"{symbol}\" không có chữ viết tắt của đơn vị soạn thảo sau tên cơ quan "
                       "(Nghị định 30, Phụ lục III: \"UBND-VP\"): docgen ghi tạm code = \"{code}\". Sửa lại.")
EXECUTORS_LINE = ("Bản gốc ghi nơi nhận «{written}»: docgen in «{printed}» («Điều» viết hoa khi dẫn một điều, Nghị "
                  "định 30, Phụ lục II).")
AS_ABOVE_ADDED = ("Bản gốc không ghi «Như trên» ở đầu nơi nhận: docgen in «- Như trên;» (nơi ở dòng «Kính gửi:» nhận "
                  "văn bản; Nghị định 30, Phụ lục III, mẫu 1.4).")
ENACTING_COLON = ("Bản gốc ghi «{written}» trên các điều: docgen in «QUYẾT ĐỊNH:» (Nghị định 30, Phụ lục III, mẫu "
                  "1.1).")
ADDRESSEES_MISSING = ("Không tìm thấy dòng \"Kính gửi:\" của {kind}: docgen để tạm \"…\". Sửa lại.")
