"""Documents outside Decree 30 are recognised and reported once, with the reason, instead of many errors."""

from __future__ import annotations

from tests.check.helpers import only


def test_party_document_is_not_judged():
    found = only("outside-scope", national_name="ĐẢNG CỘNG SẢN VIỆT NAM", motto="",
                 issuer=("ĐẢNG BỘ XÃ THỊNH ĐỨC", "CHI BỘ XÓM CHẰM"), margins={"top": 10, "bottom": 10, "left": 10,
                                                                                  "right": 10})
    assert len(found) == 1 and "Đảng" in found[0].found and found[0].severity == "warning"


def test_citizen_application_is_not_judged():
    found = only("outside-scope", issuer=(), number="", doc_type="ĐƠN ĐỀ NGHỊ", summary="Về việc cấp bản sao",
                 formats={"body": {"size": 12}})
    assert len(found) == 1 and "cá nhân" in found[0].found


def test_legal_normative_document_is_said_out_of_scope():
    found = only("outside-scope", doc_type="THÔNG TƯ", summary="Quy định mức thu phí cung cấp thông tin",
                 number="Số: 12/2025/TT-BTC", formats={"body": {"size": 12}})
    assert len(found) == 1 and "quy phạm pháp luật" in found[0].message


def test_internal_processing_slip_is_said_out_of_scope():
    found = only("outside-scope", doc_type="PHIẾU TRÌNH", summary="Về việc giải quyết công việc",
                 number="Số: 105/PT-NC", margins={"top": 10, "bottom": 10, "left": 10, "right": 10})
    assert len(found) == 1 and "Phiếu trình" in found[0].message
