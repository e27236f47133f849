"""What the plan's tables, appendices of every kind and signers may get wrong, in the clerk's words (issue 16)."""

from __future__ import annotations

DUPLICATE_TABLE = "Hai bảng cùng tên ngắn «{id}»."
TABLE_EMPTY = "Bảng «{id}» chưa có dòng nào (rows) và cũng không có cột số liệu (columns)."
TABLE_EMPTY_HINT = "Ghi các dòng của bảng: rows = [[\"1\", \"Nội dung\"], …], hoặc các cột số liệu theo xóm."
TABLE_BOTH_KINDS = "Bảng «{id}» vừa có dòng gõ sẵn (header, rows, total) vừa có cột số liệu (columns)."
TABLE_BOTH_KINDS_HINT = "Dùng một trong hai: bảng gõ sẵn, hoặc bảng số liệu theo xóm."
ROW_WIDTH = "Dòng này có {count} ô, nhưng bảng «{id}» có {width} cột."
ROW_WIDTH_HINT = ("Mọi dòng có cùng số ô; ô gộp ghi \"<\" (với ô bên trái) hoặc \"^\" (với ô bên trên), ô trống ghi "
                  "\"\".")
LIST_WIDTH = "Bảng «{id}» có {width} cột, nhưng {field} ghi {count} giá trị."
MERGE_LEFT_FIRST = "Ô đầu dòng ghi \"<\" (gộp với ô bên trái) nhưng bên trái không có ô nào."
MERGE_UP_FIRST = "Ô ghi \"^\" (gộp với ô bên trên) ở dòng đầu nhưng bên trên không có ô nào."
MERGE_HINT = "Để in đúng dấu \"<\" hay \"^\", ghi \"\\\\<\" hay \"\\\\^\"."
TABLE_NOT_PLACED = "Bảng «{id}» không được đặt ở đâu trong văn bản nên sẽ không được in."
TABLE_NOT_PLACED_HINT = ("Thêm một đoạn chỉ gồm {{table.{id}}} vào chỗ cần in bảng "
                         "(trong text của một mục hoặc phụ lục).")
TABLE_NOT_ALONE = "Chỗ đặt bảng {{table.{id}}} phải là một đoạn riêng, không có chữ nào khác."
TABLE_NOT_ALONE_HINT = "Tách thành đoạn riêng: \"{{table.{id}}}\" là một phần tử của danh sách text."
TABLE_NOT_IN_TEXT = ("Chỉ đặt được bảng {{table.{id}}} trong các đoạn văn (text, intro), không đặt trong tiêu đề, "
                     "căn cứ "
                     "hay gạch đầu dòng.")
APPENDIX_EMPTY = "Phụ lục «{id}» chưa có nội dung: không có cột số liệu (columns), đoạn văn (text) hay mục (sections)."
APPENDIX_EMPTY_HINT = ("Bảng số liệu theo xóm: ghi [[appendices.columns]]. Văn bản, mẫu biểu hay bảng gõ sẵn: "
                       "ghi text "
                       "(đặt bảng bằng đoạn {table.id}), sections, signatures. Trang bìa của các mẫu theo sau: "
                       "chỉ ghi title, mẫu đầu tiên ngay sau có label.")
APPENDIX_SECTIONS_OR_PARTS = ("Phụ lục «{id}» có cả các mục [[appendices.sections]] và các phần "
                              "[[appendices.parts]]: chỉ dùng một trong hai.")
APPENDIX_SECTIONS_OR_PARTS_HINT = ("Phụ lục không chia phần: dùng [[appendices.sections]]. Chia Phần thứ nhất, Phần "
                                   "thứ hai: dùng [[appendices.parts]] và đặt các mục trong từng phần "
                                   "([[appendices.parts.sections]]).")
APPENDIX_BOTH_KINDS = ("Phụ lục «{id}» vừa có cột số liệu (columns) vừa có nội dung văn bản "
                       "(text, sections, signatures).")
APPENDIX_BOTH_KINDS_HINT = "Tách thành hai phụ lục, hoặc đặt bảng số liệu vào [[tables]] và dẫn bằng {table.id}."
SIGNER_EMPTY = "Chưa ghi chức vụ người ký (position) hay các dòng chức vụ (lines)."
SIGNER_EMPTY_HINT = 'Ví dụ: position = "CHỦ TỊCH", hoặc lines = ["TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN"].'
SIGNER_LINES_AND_FIELDS = ("Đã ghi các dòng chức vụ (lines) thì không ghi thêm on_behalf_of, prefix, "
                           "head_title, position.")
SIGNER_LINES_AND_FIELDS_HINT = "lines in đúng như viết; bỏ các mục kia, hoặc bỏ lines."
PART_NO_TITLE = "Tiểu mục có số thì phải có tiêu đề (title)."
PART_NO_TITLE_HINT = "Ghi title, hoặc ghi numbered = false cho các đoạn không số, không tiêu đề."
