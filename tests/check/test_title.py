"""The document type and the summary."""

from __future__ import annotations

from tests.check.helpers import only

SUMMARY = "Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2022 trên địa bàn xã Thịnh Đức"


def test_document_type_not_bold():
    found = only("doc-type-format", formats={"doc_type": {"bold": False}})
    assert [(f.where, f.found, f.expected) for f in found] == [
        ("đoạn 9 «KẾ HOẠCH»", "không đậm", "13–14 pt, đậm, đứng, chữ in hoa, căn giữa")]


def test_document_type_left_aligned():
    found = only("doc-type-format", formats={"doc_type": {"align": "left"}})
    assert found[0].found == "căn trái"


def test_summary_in_capitals():
    found = only("summary-format", summary=SUMMARY.upper())
    assert [(f.where, f.found) for f in found] == [("đoạn 10 «THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU…»", "chữ in hoa")]


def test_summary_size():
    found = only("summary-format", formats={"summary": {"size": 12}})
    assert [(f.found, f.expected) for f in found] == [("12 pt", "13–14 pt, đậm, đứng, chữ in thường, căn giữa")]
