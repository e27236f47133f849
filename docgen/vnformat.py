"""Vietnamese ways of writing numbers, dates, document numbers and list markers (ND30 and Vietnamese usage)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.numbers import format_decimal

LOCALE = "vi_VN"
_LOCALE = Locale.parse(LOCALE)  # parsed once: babel parses a locale name on every call otherwise

# Vietnamese alphabet order for points (điểm): đ follows d; there is no f, j, w or z (ND30 Phụ lục I, II.6).
POINT_LETTERS = ("a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t",
                 "u", "v", "x", "y")

_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


@lru_cache(maxsize=4096)  # a plan's tables repeat the same small figures
def integer(value: int) -> str:
    """Return ``2.211`` for 2211: a dot between thousands, as Vietnamese writes it."""
    return format_decimal(value, locale=_LOCALE)


@lru_cache(maxsize=4096)
def decimal2(value: Decimal) -> str:
    """Return ``1,40`` for 1.4: a decimal comma and exactly two decimals."""
    return format_decimal(value, format="#,##0.00", locale=_LOCALE, decimal_quantization=True)


def number(value: int | Decimal) -> str:
    """Return a count as ``integer`` does, a Decimal with the decimals it carries: ``1,4`` for Decimal("1.4"),
    ``1,40`` for Decimal("1.40"), ``6`` for Decimal("6") (a figure shown as it was printed)."""
    if isinstance(value, int):
        return integer(value)
    places = max(0, -int(value.as_tuple().exponent))
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return format_decimal(value, format=pattern, locale=LOCALE, decimal_quantization=True)


def padded(value: int) -> str:
    """Return a count with a leading zero from 1 to 9 (``06``), as commune plans write targets in the text;
    nothing is written ``00``: zero is ``0``."""
    return f"{value:02d}" if value else "0"


# "Phần thứ nhất", "Phần thứ hai" …: the ordinal words plans print for their parts (thứ tư, not thứ bốn).
ORDINALS = ("nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười")


def ordinal(value: int) -> str:
    """Return ``thứ nhất`` for 1, ``thứ tư`` for 4 … (up to ``thứ mười``)."""
    if not 1 <= value <= len(ORDINALS):
        raise ValueError(f"no Vietnamese ordinal word for {value}")
    return f"thứ {ORDINALS[value - 1]}"


def roman(value: int) -> str:
    """Return the Roman numeral for 1 ≤ value ≤ 3999 (``4`` → ``IV``)."""
    if not 1 <= value <= 3999:
        raise ValueError(f"no Roman numeral for {value}")
    out = []
    for amount, symbol in _ROMAN:
        count, value = divmod(value, amount)
        out.append(symbol * count)
    return "".join(out)


def from_roman(text: str) -> int | None:
    """Return the value of a Roman numeral, or None when ``text`` is not one written canonically."""
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    if not text or any(ch not in values for ch in text):
        return None
    total = 0
    for current, following in zip(text, text[1:] + " ", strict=True):
        number = values[current]
        total += -number if following != " " and values[following] > number else number
    return total if 1 <= total <= 3999 and roman(total) == text else None


def point_letter(index: int) -> str:
    """Return the point letter for a 1-based position: 1 → ``a``, 5 → ``đ``, 7 → ``g``."""
    if not 1 <= index <= len(POINT_LETTERS):
        raise ValueError(f"a list of points has at most {len(POINT_LETTERS)} items")
    return POINT_LETTERS[index - 1]


def day(date: dt.date) -> str:
    """Return the day as ND30 writes it: a leading zero for days 1-9."""
    return f"{date.day:02d}"


def month(date: dt.date) -> str:
    """Return the month as ND30 writes it: a leading zero for months 1 and 2 only (``01``, ``02``, ``3`` … ``12``)."""
    return f"{date.month:02d}" if date.month <= 2 else str(date.month)


BLANK = "…"


def long_date(date: dt.date | None, draft_month: int | None = None, draft_year: int | None = None) -> str:
    """Return ``ngày 24 tháng 10 năm 2022`` (ND30 Phụ lục I, II.4), or the blank a draft leaves for it, with the
    month and year it already writes (``ngày … tháng 02 năm 2026``)."""
    if date is not None:
        return f"ngày {day(date)} tháng {month(date)} năm {date.year}"
    written_month = month(dt.date(2000, draft_month, 1)) if draft_month else BLANK
    return f"ngày {BLANK} tháng {written_month} năm {draft_year or BLANK}"


# A date typed day first, as Vietnamese write it by hand: 05/01/2023, 5-1-2023, 05.01.2023
_DAY_FIRST = re.compile(r"(?<![\d-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/.-])")


def day_first_date(text: str) -> tuple[str, str] | None:
    """Return ``("05/01/2023", "2023-01-05")`` for the first real date typed day first in ``text``, else None."""
    found = _DAY_FIRST.search(text)
    if found is None:
        return None
    day, month, year = (int(part) for part in found.groups())
    try:
        return found.group(0), dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def document_number(number: int | None) -> str:
    """Return the number part of "Số": ``85``, ``05`` below 10, or a blank to fill in by hand for a draft."""
    if number is None:
        return "     "
    return f"{number:02d}"


def strip_marks(text: str) -> str:
    """Return ``text`` without Vietnamese tone and vowel marks: ``Thịnh Đức`` → ``Thinh Duc``."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
