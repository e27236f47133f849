"""The report a clerk reads, and the JSON a machine reads."""

from __future__ import annotations

import json

from docgen.check import Finding
from docgen.check.report import format_json, format_text

NUMBER = Finding("number-form", "error", "đoạn 7 (bảng 1, dòng 2, cột 1) «Số: 5/KH-UBND»",
                 "Số nhỏ hơn 10 phải có số 0 phía trước.", "Số: 05/KH-UBND", "Số: 5/KH-UBND", "Phụ lục I, mục II.3.c")
DRAFT = Finding("date-blank", "warning", "đoạn 8 «Thịnh Đức, ngày tháng năm 2022»", "Chưa điền ngày tháng.",
                "điền ngày, tháng khi ban hành", "Thịnh Đức, ngày tháng năm 2022", "Phụ lục I, mục II.4.b")


def test_text_report_of_one_file():
    assert format_text({"kh-85.docx": [NUMBER, DRAFT]}) == "\n".join([
        "kh-85.docx",
        "- [Lỗi] đoạn 7 (bảng 1, dòng 2, cột 1) «Số: 5/KH-UBND»: Số nhỏ hơn 10 phải có số 0 phía trước.",
        "    Cần: Số: 05/KH-UBND — Thấy: Số: 5/KH-UBND (number-form; NĐ 30/2020, Phụ lục I, mục II.3.c)",
        "- [Cảnh báo] đoạn 8 «Thịnh Đức, ngày tháng năm 2022»: Chưa điền ngày tháng.",
        "    Cần: điền ngày, tháng khi ban hành — Thấy: Thịnh Đức, ngày tháng năm 2022 "
        "(date-blank; NĐ 30/2020, Phụ lục I, mục II.4.b)",
        "1 lỗi, 1 cảnh báo"])


def test_text_report_of_several_files():
    text = format_text({"a.docx": [NUMBER], "b.docx": []})
    assert text.splitlines()[3:] == [
        "  1 lỗi, 0 cảnh báo",
        "b.docx",
        "  Đúng thể thức Nghị định 30/2020/NĐ-CP: không có lỗi, không có cảnh báo.",
        "  0 lỗi, 0 cảnh báo",
        "Tổng cộng 2 tệp: 1 lỗi, 0 cảnh báo"]


def test_json_report():
    text = format_json({"a.docx": [NUMBER, DRAFT]})
    assert "Số: 05/KH-UBND" in text  # Vietnamese is not escaped
    report = json.loads(text)
    assert list(report) == ["files", "errors", "warnings"]
    assert (report["errors"], report["warnings"]) == (1, 1)
    first = report["files"][0]
    assert list(first) == ["file", "errors", "warnings", "findings"]
    assert list(first["findings"][0]) == ["rule_id", "severity", "where", "message", "expected", "found", "clause",
                                          "fix"]
