"""Documents outside Decree 30 are recognised and reported once, with the reason, instead of many errors."""

from __future__ import annotations

from tests.check.helpers import check, only


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


NORMATIVE_LAW = "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;"
NARROW = {"top": 10, "bottom": 10, "left": 10, "right": 10}  # an error of form, not judged when out of scope


def test_local_normative_decision_citing_the_law_is_said_out_of_scope():
    found = only("outside-scope", doc_type="QUYẾT ĐỊNH", summary="Ban hành Quy định quản lý đại lý Internet",
                 number="Số: 15/2010/QĐ-UBND", bases=(NORMATIVE_LAW, "Theo đề nghị của Sở Thông tin và "
                                                                     "Truyền thông."), margins=NARROW)
    assert len(found) == 1 and "quy phạm pháp luật" in found[0].message


def test_local_normative_directive_sent_for_legal_review_is_said_out_of_scope():
    found = only("outside-scope", doc_type="CHỈ THỊ", summary="Về việc đẩy mạnh hoạt động khoa học và công nghệ",
                 number="Số: 09/2009/CT-UBND", bases=(), margins=NARROW,
                 recipients=("- Bộ Khoa học và Công nghệ;", "- Cục Kiểm tra VB QPPL (Bộ Tư pháp);", "- Lưu: VT."))
    assert len(found) == 1 and "quy phạm pháp luật" in found[0].message


def test_a_year_in_the_number_alone_leaves_a_decision_judged():
    found = check(number="Số: 30/2022/QĐ-UBND", margins=NARROW)
    assert "outside-scope" not in {f.rule_id for f in found} and "page-margins" in {f.rule_id for f in found}


def test_citing_the_law_alone_leaves_a_decision_judged():
    found = check(number="Số: 30/QĐ-UBND", bases=(NORMATIVE_LAW,), margins=NARROW)
    assert "outside-scope" not in {f.rule_id for f in found} and "page-margins" in {f.rule_id for f in found}
