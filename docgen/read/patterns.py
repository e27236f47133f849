"""How ND30 elements are recognised in any document, by their text. Shared by the locator and the rules.

Patterns marked "folded" apply to ``text.fold`` (lower case, new tone placement, plain hyphens); the others
to the text as typed (after ``text.squash``).
"""

from __future__ import annotations

import re

NATIONAL_NAME = re.compile(r"^cộng hòa\b")  # folded
MOTTO = re.compile(r"^độc lập\b.*\btự do\b.*\bhạnh phúc\b")  # folded
NUMBER = re.compile(r"^số\s*(:|[\d.…_\s]*/)")  # folded: "Số: 85/…", "Số 85/…", "Số:   /…"
PLACE_DATE = re.compile(r"^[^,]{2,60}?[,\s]\s*ngày\b")  # folded: "Thịnh Đức, ngày …", whatever the date's form
BASIS = re.compile(r"^căn cứ\b")  # folded
RECIPIENTS = re.compile(r"^nơi nhận\b")  # folded
ARCHIVE = re.compile(r"^[-–+]?\s*lưu\b")  # folded
APPENDIX_LABEL = re.compile(r"^phụ lục(\s+(số\s+)?[0-9ivxlc]+)?\s*[:.]?$")  # folded
REFERENCE = re.compile(r"^\(?\s*kèm theo\b")  # folded
SIGNING = re.compile(r"^(T\s*/\s*M|K\s*/\s*T|TM|KT|TL|TUQ|Q)\s*[.:]?\s+\S")  # typed, upper case
LIST_ITEM = re.compile(r"^[-–+•]")

# Parts of the text (ND30 Phụ lục I, mục II.6.đ).
ROMAN_HEADING = re.compile(r"^([IVXLCDM]+)\.\s*(\S.*)$")
KHOAN = re.compile(r"^(\d+)\.\s*([^\d\s].*)$")
SUB_KHOAN = re.compile(r"^(\d+)\.(\d{1,2})\.?\s+(\S.*)$")
POINT = re.compile(r"^([a-zđ])\)\s*(.*)$")
POINT_WITH_DOT = re.compile(r"^([a-zđ])\.\s+(\S.*)$")
DIVISION = re.compile(r"^(Phần|Chương|Mục|Tiểu mục)\s+([IVXLC]+|\d+)\s*$")

# The date line (ND30 Phụ lục I, mục II.4): place, comma, then "ngày D tháng M năm Y" (blanks allowed for a
# draft; another form, such as "ngày 24/10/2022", is read as a place and an unreadable date).
PLACE_AND_DATE = re.compile(r"^(?P<place>.*?)\s*(?P<comma>,?)\s*(?P<date>ngày\b.*)$", re.IGNORECASE)
DATE_WORDS = re.compile(r"^ngày\s*(?P<day>[^\s]*?)\s*tháng\s*(?P<month>[^\s]*?)\s*năm\s*(?P<year>[^\s]*)\s*$",
                        re.IGNORECASE)
DATE_IN_TEXT = re.compile(r"ngày\s*(?P<day>\d+)\s*tháng\s*(?P<month>\d+)\s*năm\s*(?P<year>\d{4})", re.IGNORECASE)

# "Số: 85/KH-UBND" (ND30 Phụ lục I, mục II.3): label, number, slash, groups of the symbol joined by hyphens.
NUMBER_LINE = re.compile(r"^(?P<label>[^\s:/\d]+)\s*(?P<colon>:?)\s*(?P<number>[^/]*?)\s*/\s*(?P<symbol>.*)$")
SYMBOL = re.compile(r"^[A-ZĐa-zđ&]+(-[A-ZĐa-zđ&]+)+$")

# Administrative units whose word is dropped from the place name (ND30 Phụ lục I, mục II.4.a): longest first.
UNIT_WORDS = ("thị trấn", "thị xã", "thành phố", "đặc khu", "phường", "quận", "huyện", "tỉnh", "xã")
UNIT = re.compile(r"\b(" + "|".join(UNIT_WORDS) + r")\s+(\S.*)$")  # folded
