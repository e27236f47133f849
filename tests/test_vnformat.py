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


def test_four_digit_numbers_have_their_thousands_dot_too():
    # babel's minimum grouping digits would print 1000 as "1000" in some locales: Vietnamese writes 1.000
    assert [vnformat.integer(n) for n in (999, 1000, 1001, 9999, 10000)] == ["999", "1.000", "1.001", "9.999",
                                                                            "10.000"]
    assert vnformat.number(1000) == "1.000" and vnformat.number(Decimal("1000.5")) == "1.000,5"


def test_figures_keep_the_decimals_they_were_printed_with():
    assert [vnformat.number(Decimal(t)) for t in ("1.4", "1.40", "6", "0.05", "1234.567")] == [
        "1,4", "1,40", "6", "0,05", "1.234,567"]
    assert vnformat.number(6) == "6"


def test_ordinal_words_of_parts():
    assert [vnformat.ordinal(n) for n in range(1, 11)] == [
        "thứ nhất", "thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "thứ tám", "thứ chín", "thứ mười"]
    for outside in (0, 11):
        with pytest.raises(ValueError, match=f"no Vietnamese ordinal word for {outside}"):
            vnformat.ordinal(outside)


def test_numbering_helpers_refuse_what_they_cannot_write():
    assert vnformat.roman(3999) == "MMMCMXCIX" and vnformat.point_letter(23) == "y"
    for call, value, words in ((vnformat.roman, 4000, "no Roman numeral for 4000"),
                               (vnformat.roman, 0, "no Roman numeral for 0"),
                               (vnformat.point_letter, 24, "at most 23 items"),
                               (vnformat.point_letter, 0, "at most 23 items")):
        with pytest.raises(ValueError, match=words):
            call(value)


def test_roman_numerals_are_read_only_when_written_canonically():
    assert [vnformat.from_roman(t) for t in ("MMMCMXCIX", "D", "M", "CD", "MCMXC")] == [3999, 500, 1000, 400, 1990]
    for text in ("", "MMMM", "i", "X1", "IIV", "DD"):
        assert vnformat.from_roman(text) is None, text


def test_day_first_date_finds_a_typed_date_and_checks_it():
    assert vnformat.day_first_date("Quyết định ngày 5/1/2023 của UBND") == ("5/1/2023", "2023-01-05")
    assert vnformat.day_first_date("ngày 05.01.2023") == ("05.01.2023", "2023-01-05")
    assert vnformat.day_first_date("ngày 31/02/2023") is None  # no such day
    assert vnformat.day_first_date("số 12/2023") is None
    assert vnformat.day_first_date("") is None


def test_a_draft_leaves_its_date_blank():
    assert vnformat.long_date(None) == "ngày … tháng … năm …"
    assert vnformat.month(dt.date(2023, 2, 1)) == "02" and vnformat.month(dt.date(2023, 3, 1)) == "3"
    assert vnformat.day(dt.date(2023, 3, 9)) == "09"


def test_marks_are_stripped_from_every_vietnamese_letter():
    assert vnformat.strip_marks("Thịnh Đức đường Ưng Ơn ẮẰẲẴẶ") == "Thinh Duc duong Ung On AAAAA"
    assert vnformat.strip_marks("Xóm 1") == "Xom 1"
