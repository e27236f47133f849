import datetime as dt
from decimal import Decimal

import pytest

from docgen import vnformat


def test_integer_uses_dot_for_thousands():
    assert vnformat.integer(2211) == "2.211"
    assert vnformat.integer(1234567) == "1.234.567"
    assert vnformat.integer(37) == "37"


def test_decimal_uses_comma_and_two_places():
    assert vnformat.decimal2(Decimal("1.40")) == "1,40"
    assert vnformat.decimal2(Decimal("0.86")) == "0,86"
    assert vnformat.decimal2(Decimal("12")) == "12,00"


@pytest.mark.parametrize("date, expected", [
    (dt.date(2022, 10, 24), "ngày 24 tháng 10 năm 2022"),
    (dt.date(2020, 1, 5), "ngày 05 tháng 01 năm 2020"),
    (dt.date(2019, 6, 29), "ngày 29 tháng 6 năm 2019"),
    (dt.date(2023, 2, 3), "ngày 03 tháng 02 năm 2023"),
    (dt.date(2023, 3, 9), "ngày 09 tháng 3 năm 2023"),
])
def test_long_date_follows_nd30_leading_zeros(date, expected):
    assert vnformat.long_date(date) == expected


def test_point_letters_follow_vietnamese_order():
    letters = [vnformat.point_letter(i) for i in range(1, 12)]
    assert letters == ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l"]
    assert not {"f", "j", "w", "z"} & set(vnformat.POINT_LETTERS)


def test_roman_numerals_round_trip():
    assert [vnformat.roman(i) for i in (1, 4, 6, 9, 14, 40)] == ["I", "IV", "VI", "IX", "XIV", "XL"]
    assert all(vnformat.from_roman(vnformat.roman(i)) == i for i in range(1, 200))
    assert vnformat.from_roman("IIII") is None
    assert vnformat.from_roman("VX") is None


def test_document_number_pads_below_ten_and_leaves_a_blank_for_drafts():
    assert vnformat.document_number(5) == "05"
    assert vnformat.document_number(85) == "85"
    assert vnformat.document_number(None).strip() == ""


def test_targets_in_the_text_have_a_leading_zero_below_ten_but_zero_is_zero():
    from docgen import vnformat

    assert [vnformat.padded(n) for n in (0, 1, 6, 10, 999)] == ["0", "01", "06", "10", "999"]
