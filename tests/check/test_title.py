"""The document type and the summary."""

from __future__ import annotations

from docgen import nd30
from tests.check.helpers import check, only

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


def test_type_name_typed_with_its_summary_on_one_line_is_a_reminder():
    found = only("doc-type-format", doc_type="BÁO CÁO CÔNG TÁC TUẦN 02 THÁNG 6 NĂM 2026", number="Số: 85/BC-UBND",
                 summary="(Từ ngày 22/6/2026 đến ngày 25/6/2026)", appendices=(),
                 rules_mm={"issuer": nd30.ISSUER_RULE_MM, "motto": nd30.MOTTO_RULE_MM, "summary": 30})
    assert [(f.severity, f.found, f.expected) for f in found] == [
        ("warning", "BÁO CÁO CÔNG TÁC TUẦN 02 THÁNG 6 NĂM 2026", "«BÁO CÁO» trên một dòng, trích yếu chữ thường ở "
                                                                 "dòng dưới")]
    assert "Sửa trong Word" not in found[0].fix and "Enter" in found[0].fix


def test_a_joint_type_name_is_not_a_summary():
    assert check(doc_type="KẾ HOẠCH LIÊN TỊCH", number="Số: 85/KH-UBND", appendices=()) == []
