"""Documents outside Decree 30 are recognised and reported once, with the reason, instead of many errors."""

from __future__ import annotations

import io
import struct
import zlib

import docx

from docgen.check import check_docx
from tests.check.helpers import check, judged, only, paragraphs


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


CONTRACT_BODY = (("heading", "BÊN A - NGƯỜI SỬ DỤNG LAO ĐỘNG"), ("body", "Tên công ty: {{ ten_cong_ty }}"),
                 ("heading", "BÊN B - NGƯỜI LAO ĐỘNG"), ("body", "Họ và tên: {{ ho_ten }}"),
                 ("heading", "ĐIỀU 1: CÔNG VIỆC"), ("body", "Hợp đồng được lập thành 02 bản, mỗi bên giữ 01 bản"))


def test_a_contract_between_parties_that_no_body_issues_is_said_out_of_scope():
    found = only("outside-scope", issuer=(), number="Số: {{ so_hop_dong }}", doc_type="HỢP ĐỒNG LAO ĐỘNG",
                 summary="", bases=("Căn cứ: Bộ luật Lao động năm 2019",), body=CONTRACT_BODY, appendices=(),
                 margins=NARROW, signature=("NGƯỜI SỬ DỤNG LAO ĐỘNG",))
    assert len(found) == 1 and "Hợp đồng giữa các bên" in found[0].message


def test_a_contract_a_commune_issues_is_judged():
    found = check(number="Số: 12/HĐ-UBND", doc_type="HỢP ĐỒNG", summary="Thuê khoán chuyên môn",
                  body=CONTRACT_BODY, appendices=(), margins=NARROW)
    assert "outside-scope" not in {f.rule_id for f in found} and "page-margins" in {f.rule_id for f in found}


def test_a_socio_political_organisations_paper_is_said_out_of_scope():
    found = only("outside-scope", national_name="HỘI NÔNG DÂN VIỆT NAM", motto="",
                 issuer=("BCH HỘI NÔNG DÂN", "XÃ GIA KIỆM"), number="Số 04-CV/HNDX", margins=NARROW)
    assert len(found) == 1 and "chính trị - xã hội" in found[0].message and "Điều 2" in found[0].message


def test_a_register_with_the_national_name_and_no_issuer_is_not_called_a_persons_letter():
    found = only("outside-scope", issuer=(), number="", doc_type="SỔ THEO DÕI VIỆC SỬ DỤNG LAO ĐỘNG", summary="",
                 signature=("TRƯỞNG TỔ CHỨC HÀNH NGHỀ CÔNG CHỨNG",), margins=NARROW, appendices=())
    assert len(found) == 1 and "cá nhân" not in found[0].message and "không ghi tên cơ quan" in found[0].message


def test_a_person_writing_without_a_type_of_application_is_a_persons_letter():
    found = only("outside-scope", issuer=(), number="", doc_type="BẢN TƯỜNG TRÌNH", summary="Về việc mất giấy tờ",
                 body=(("body", "Tôi tên là Nguyễn Văn A, trú tại xóm Chằm."),), margins=NARROW, appendices=(),
                 signature=("NGƯỜI VIẾT",))
    assert len(found) == 1 and "cá nhân" in found[0].message


def test_a_scan_without_text_is_said_to_have_none():
    document = docx.Document()
    document.add_picture(io.BytesIO(PNG))
    out = io.BytesIO()
    document.save(out)
    found = judged(check_docx(out.getvalue()))
    assert [(f.rule_id, f.severity, f.where) for f in found] == [("no-text", "warning", "toàn văn bản")]
    assert "bản quét" in found[0].message and "chưa kiểm tra" in found[0].message


def test_a_document_whose_text_is_all_gone_has_none():
    def scanned(doc):
        for paragraph in paragraphs(doc):
            for run in paragraph.runs:
                run.text = ""
        doc.add_picture(io.BytesIO(PNG))

    found = only("no-text", mutate=scanned, margins=NARROW)  # an error of form, not judged without text
    assert len(found) == 1


def _png() -> bytes:
    """A 1 × 1 white PNG: the page image of a scan."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff")) \
        + chunk(b"IEND", b"")


PNG = _png()
