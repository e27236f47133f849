"""Chapter lines, article headings and titled khoản as real documents type them (warnings)."""

from __future__ import annotations

from tests.check.helpers import check, only
from tests.check.spec import BODY_TEXT


def _body(old: tuple[str, str], *new: tuple[str, str]) -> tuple[tuple[str, str], ...]:
    position = BODY_TEXT.index(old)
    return (*BODY_TEXT[:position], *new, *BODY_TEXT[position + 1:])


def test_titled_khoan_set_regular():
    found = only("khoan-title", body=_body(("heading", "2. Yêu cầu"), ("body", "2. Về yêu cầu")))
    assert [(f.severity, f.where, f.fix) for f in found] == [
        ("warning", found[0].where, "Chọn dòng số và tiêu đề khoản → Ctrl+B (Đậm, Bold).")]
    assert "«2. Về yêu cầu»" in found[0].where


def test_titled_khoan_in_bold_is_right():
    assert check(body=_body(("heading", "2. Yêu cầu"), ("heading", "2. Về yêu cầu"))) == []


def test_chapter_with_arabic_number_and_title_on_its_line():
    found = only("division-form", body=(("heading", "CHƯƠNG 1: QUY ĐỊNH CHUNG"), *BODY_TEXT))
    assert [(f.found, f.expected, f.severity) for f in found] == [("CHƯƠNG 1: QUY ĐỊNH CHUNG", "Chương I", "warning")]


def test_article_with_a_colon():
    found = only("article-form", body=(("heading", "Điều 1: Phạm vi áp dụng"), *BODY_TEXT))
    assert [(f.found, f.message) for f in found] == [
        ("Điều 1: Phạm vi áp d", "Sau số điều là dấu chấm «.», không dùng dấu hai chấm hay dấu cách.")]
