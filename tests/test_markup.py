"""The emphasis markup: what a clerk types is read as meant, and runs written back read back the same."""

from __future__ import annotations

import pytest
from hypothesis import given, seed, settings
from hypothesis import strategies as st

from docgen.markup import Run, all_bold, escape, normalise, parse, plain, to_markup

B, IT, U = (True, False, False), (False, True, False), (False, False, True)


def styled(*pieces):
    return [Run(text, *style) for text, style in pieces]


@pytest.mark.parametrize("text, expected", [
    ("**đậm** và *nghiêng* và __gạch chân__",
     styled(("đậm", B), (" và ", (0, 0, 0)), ("nghiêng", IT), (" và ", (0, 0, 0)), ("gạch chân", U))),
    ("**Mục tiêu *chung***", styled(("Mục tiêu ", B), ("chung", (True, True, False)))),
    ("__**Lưu ý:**__ hết hạn", styled(("Lưu ý:", (True, False, True)), (" hết hạn", (0, 0, 0)))),
    ("Số **05**/KH", styled(("Số ", (0, 0, 0)), ("05", B), ("/KH", (0, 0, 0)))),
])
def test_marks_give_emphasis(text, expected):
    assert parse(text) == [Run(r.text, *map(bool, r.style)) for r in expected]


@pytest.mark.parametrize("text", [
    "(*) Số liệu tạm tính (*)", "5 * 3 = 15", "Giá 1.250* đồng", "Họ và tên: ______________", "ngày __ tháng __ năm",
    "** không đậm **", "a ** b", "****", "x_1 và y_2", "Mã số: ____ / ____", "(**) ghi chú (**)",
])
def test_ordinary_characters_stay_as_typed(text):
    assert parse(text) == [Run(text)]
    assert to_markup(parse(text)) == text  # and the importer writes them back untouched


def test_backslash_escapes_a_mark():
    assert parse(r"\*\*không đậm\*\*") == [Run("**không đậm**")]
    assert plain(r"a\\b") == "a\\b"
    assert plain(r"a\b") == "a\\b"  # a backslash before another character is a backslash


def test_escape_keeps_any_text_literal():
    for text in ["**đậm**", "*a*", "__u__", "\\*", "a\\", "***x***"]:
        assert parse(escape(text)) == [Run(text)], text


def test_whole_bold_paragraph_is_a_sub_heading():
    assert all_bold("**Nhiệm vụ trọng tâm**")
    assert not all_bold("**Nhiệm vụ** trọng tâm")
    assert not all_bold("***Nhiệm vụ***")


def test_spaces_at_the_edges_of_a_style_are_left_plain():
    assert to_markup(styled(("Mục tiêu: ", B), ("nội dung", (0, 0, 0)))) == "**Mục tiêu:** nội dung"
    assert normalise(styled((" a ", IT))) == [Run(" "), Run("a", italic=True), Run(" ")]


TEXT = st.text(alphabet="ab *_\\()\nđ", max_size=30)


@seed(16)
@settings(max_examples=800, deadline=None)
@given(TEXT)
def test_reading_writing_reading_gives_the_same_runs(text):
    runs = parse(text)
    assert parse(to_markup(runs)) == runs
    assert "".join(r.text for r in runs) == plain(text)


def _nests(runs):
    """The styles' stretches nest or do not touch. Crossing stretches can often be written too (see below), but
    bold crossing italic never: both are written with asterisks, which would run together."""
    flags = [r.style for r in runs for _ in r.text]
    stretches = []
    for index in range(3):
        start = None
        for position, flag in enumerate([f[index] for f in flags] + [False]):
            if flag and start is None:
                start = position
            elif not flag and start is not None:
                stretches.append((start, position))
                start = None
    return all(not (a < c < b < d) for a, b in stretches for c, d in stretches)


RUNS = st.lists(st.builds(Run, st.text(alphabet="ab *_\\(\nđ", min_size=1, max_size=6),
                          st.booleans(), st.booleans(), st.booleans()), max_size=6)


@seed(16)
@settings(max_examples=800, deadline=None)
@given(RUNS)
def test_runs_written_then_read_are_the_same_runs(runs):
    wanted = normalise(runs)
    if _nests(wanted):
        assert parse(to_markup(runs)) == wanted


def test_crossing_bold_and_underline_is_written_by_closing_and_opening_again():
    runs = styled(("Số ", B), ("05", (True, False, True)), ("/KH", U))
    assert parse(to_markup(runs)) == runs
