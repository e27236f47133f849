"""Every number Decree 30/2020/NĐ-CP fixes, in one place, for the renderer and the checker alike.

Each measure says which clause of the decree it comes from (Phụ lục I); docs/check-rules.md lists the rules.
Lengths are in millimetres and sizes in points unless named otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FONT = "Times New Roman"  # Phụ lục I, I.4: Times New Roman, TCVN 6909:2001


@dataclass(frozen=True)
class Range:
    """An allowed closed interval with the value docgen itself uses."""

    low: float
    high: float
    chosen: float

    def __contains__(self, value: float) -> bool:
        tolerance = 0.05  # Word stores sizes in half points and lengths in twips; allow rounding
        return self.low - tolerance <= value <= self.high + tolerance


# Page (Phụ lục I, I.1-I.3): A4, portrait; margins top/bottom 20-25, left 30-35, right 15-20 mm.
PAGE_WIDTH_MM = 210.0
PAGE_HEIGHT_MM = 297.0
PAGE_SIZE_TOLERANCE_MM = 1.0
MARGIN_TOP = Range(20, 25, 20)
MARGIN_BOTTOM = Range(20, 25, 20)
MARGIN_LEFT = Range(30, 35, 30)
MARGIN_RIGHT = Range(15, 20, 15)
TEXT_WIDTH_MM = PAGE_WIDTH_MM - MARGIN_LEFT.chosen - MARGIN_RIGHT.chosen
LANDSCAPE_TEXT_WIDTH_MM = PAGE_HEIGHT_MM - MARGIN_LEFT.chosen - MARGIN_RIGHT.chosen

# Body paragraphs (Phụ lục I, II.6): 13-14 pt, first line indented 1 or 1.27 cm, >= 6 pt apart,
# line spacing from single to 1.5 lines.
BODY_SIZE = Range(13, 14, 14)
FIRST_LINE_INDENTS_MM = (10.0, 12.7)
INDENT_TOLERANCE_MM = 0.3
SPACE_BETWEEN_PARAGRAPHS_MIN_PT = 6.0
BODY_SPACE_AFTER_PT = 6.0
LINE_SPACING = Range(1.0, 1.5, 1.15)

# Element sizes (Phụ lục I, Mục V table). "chosen" is the consistent set nd30.md calls Phương án B.
NATIONAL_NAME_SIZE = Range(12, 13, 13)  # Quốc hiệu, bold, upper case
MOTTO_SIZE = Range(13, 14, 14)  # Tiêu ngữ, bold
PARENT_BODY_SIZE = Range(12, 13, 13)  # cơ quan chủ quản, regular
ISSUER_SIZE = Range(12, 13, 13)  # cơ quan ban hành, bold
NUMBER_SIZE = Range(13, 13, 13)  # Số, ký hiệu
PLACE_DATE_SIZE = Range(13, 14, 14)  # địa danh, ngày: italic
DOC_TYPE_SIZE = Range(13, 14, 14)  # KẾ HOẠCH, bold
SUMMARY_SIZE = Range(13, 14, 14)  # trích yếu, bold
LETTER_SUMMARY_SIZE = Range(12, 13, 12)  # a công văn's "V/v …" under its number (ô 5b), upright
SIGNATURE_SIZE = Range(13, 14, 14)  # TM./KT., position and name, bold
RECIPIENTS_LABEL_SIZE = Range(12, 12, 12)  # "Nơi nhận:", bold italic
RECIPIENTS_SIZE = Range(11, 11, 11)  # items, regular
APPENDIX_LABEL_SIZE = Range(14, 14, 14)  # "Phụ lục I", bold
APPENDIX_TITLE_SIZE = Range(13, 14, 14)  # bold, upper case
APPENDIX_REFERENCE_SIZE = Range(13, 14, 14)  # "(Kèm theo …)", italic
PAGE_NUMBER_SIZE = Range(13, 14, 14)
# A draft's mark: not in the decree; bold capitals in a box at the top left of page 1, as offices print it.
DRAFT_MARK = "DỰ THẢO"
DRAFT_MARK_SIZE = Range(13, 14, 13)
DRAFT_MARK_WIDTH_MM = 32.0
TABLE_SIZE = Range(11, 13, 12)  # not regulated; 11-13 pt is the common practice nd30.md reports

# Short rules (Phụ lục I, II.1, II.2, II.5): under the motto as long as the motto line; under the issuing
# body and under the summary 1/3 to 1/2 of the text line. Widths measured with Liberation Serif, whose
# metrics equal Times New Roman's (nd30.md §3).
MOTTO_WIDTH_MM_AT_14PT = 57.0
ISSUER_LINE_WIDTH_MM_AT_13PT = 41.5  # "ỦY BAN NHÂN DÂN"
RULE_TOLERANCE_MM = 5.0
MOTTO_RULE_MM = MOTTO_WIDTH_MM_AT_14PT
ISSUER_RULE_MM = 18.0  # between 1/3 (13.8) and 1/2 (20.8) of the issuing body's line
SUMMARY_RULE_MM = 55.0  # 1/3 of a full summary line (the summary of a plan runs over two lines)

# Text widths are estimated from the number of characters: the average advance of a Times New Roman bold
# character, in ems, measured on ND30's own samples (nd30.md §3: "ỦY BAN NHÂN DÂN" is 41.5 mm at 13 pt,
# i.e. 0.60 em a character; sentence-case summaries about 0.48 em).
UPPER_CHAR_EM = 0.60
MIXED_CHAR_EM = 0.48
# Regular (not bold) body text at 14 pt prints 0.42–0.44 em a character (lines of batch E rendered by
# LibreOffice, which wrap where Word does with the metric-compatible fonts); below 0.40 a paragraph may still
# fit on one line, so only a text wider than that surely wraps.
BODY_CHAR_EM_LOW = 0.40
MM_PER_PT = 25.4 / 72


def estimated_width_mm(text: str, size_pt: float, line_mm: float) -> float:
    """Return the estimated length of the longest line of ``text`` set at ``size_pt`` in a ``line_mm`` line."""
    em = UPPER_CHAR_EM if text == text.upper() else MIXED_CHAR_EM
    return min(len(text) * em * size_pt * MM_PER_PT, line_mm)


SPACE_EM = 0.25  # a Times New Roman space is a quarter of the font size wide
DEFAULT_TAB_MM = 12.7  # Word's default tab stops


def lead_mm(lead: str, size_pt: float) -> float:
    """Return how far the spaces and tabs ``lead`` push the text that follows them (estimated)."""
    offset = 0.0
    for char in lead:
        offset = (offset // DEFAULT_TAB_MM + 1) * DEFAULT_TAB_MM if char == "\t" \
            else offset + SPACE_EM * size_pt * MM_PER_PT
    return offset


def short_rule_mm(text: str, size_pt: float, line_mm: float) -> float:
    """Return a rule length between 1/3 and 1/2 of the text's longest line (Phụ lục I, II.2 and II.5)."""
    return round(estimated_width_mm(text, size_pt, line_mm) * 0.4, 1)


# Top block columns (nd30.md §3): the right column must hold the national name (8.9 cm at 13 pt bold).
TOP_LEFT_COLUMN_MM = 65.0
TOP_RIGHT_COLUMN_MM = TEXT_WIDTH_MM - TOP_LEFT_COLUMN_MM

# Fixed texts (Phụ lục I, II.1 and Phụ lục III).
NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
SIGNING_PREFIXES = ("TM.", "KT.", "Q.", "TL.", "TUQ.")
ARCHIVE_PREFIX = "Lưu: VT"
ARCHIVE_FORM = re.compile(r"^lưu\s*:\s*vt\b")  # folded, without its dash: an archive line that opens as ND30's
BODY_END_MARK = "./."

# Type abbreviations for the ký hiệu (Phụ lục III, mục I): document type as printed → code.
DOC_TYPE_CODES = {
    "NGHỊ QUYẾT": "NQ", "QUYẾT ĐỊNH": "QĐ", "CHỈ THỊ": "CT", "QUY CHẾ": "QC", "QUY ĐỊNH": "QyĐ",
    "THÔNG CÁO": "TC", "THÔNG BÁO": "TB", "HƯỚNG DẪN": "HD", "CHƯƠNG TRÌNH": "CTr", "KẾ HOẠCH": "KH",
    "PHƯƠNG ÁN": "PA", "ĐỀ ÁN": "ĐA", "DỰ ÁN": "DA", "BÁO CÁO": "BC", "BIÊN BẢN": "BB", "TỜ TRÌNH": "TTr",
    "HỢP ĐỒNG": "HĐ", "CÔNG ĐIỆN": "CĐ", "BẢN GHI NHỚ": "BGN", "BẢN THỎA THUẬN": "BTT",
    "GIẤY ỦY QUYỀN": "GUQ", "GIẤY MỜI": "GM", "GIẤY GIỚI THIỆU": "GGT", "GIẤY NGHỈ PHÉP": "GNP",
}

# Bodies that work collectively and so sign "TM." before their name (Điều 13.2).
COLLECTIVE_BODIES = ("ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN")

# The recipients list starts each line with a hyphen and ends it with ";", the last with "." (Phụ lục I, II.9.c).
RECIPIENT_MARK = "-"
RECIPIENT_END = ";"
RECIPIENTS_LAST_END = "."
RECIPIENTS_LABEL = "Nơi nhận:"

# Căn cứ end with ";", the last with "." (Phụ lục I, II.6.a).
BASIS_END = ";"
BASES_LAST_END = "."

# The word of an appendix heading (Phụ lục I, III.1.b) and of its reference line (Phụ lục III, mẫu 2.1).
APPENDIX_WORD = "Phụ lục"
REFERENCE_WORDS = "Kèm theo"
