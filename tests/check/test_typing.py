"""Vietnamese typing, report-only: spaces before punctuation and doubled."""

from __future__ import annotations

from tests.check.helpers import only
from tests.check.spec import BODY_TEXT

LINE = ("body", "1. Phấn đấu giảm 06 hộ nghèo trong năm 2022, tỷ lệ hộ nghèo còn 1,40%.")


def _with(text: str) -> tuple[tuple[str, str], ...]:
    position = BODY_TEXT.index(LINE)
    return (*BODY_TEXT[:position], ("body", text), *BODY_TEXT[position + 1:])


def test_space_before_a_comma():
    found = only("typing-spaces", body=_with("1. Phấn đấu giảm 06 hộ nghèo trong năm 2022 , tỷ lệ hộ nghèo còn 1,40%."))
    assert [(f.severity, f.found) for f in found] == [("warning", "«2 ,»")]
    assert found[0].fix.startswith("Trang đầu (Home) → Thay thế (Replace, Ctrl+H)")


def test_two_spaces_between_words():
    found = only("typing-spaces", body=_with("1. Phấn đấu giảm 06 hộ  nghèo trong năm 2022, tỷ lệ hộ nghèo còn 1,40%."))
    assert [f.found for f in found] == ["«ộ  n»"]
