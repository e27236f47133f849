"""Appendices: the "Phụ lục" line, title, "(Kèm theo …)" line and own page numbering."""

from __future__ import annotations

from tests.check.helpers import REFERENCE, check, only, reference

LABEL_1 = "đoạn 49 «Phụ lục 1»"
OWN = "(Kèm theo Kế hoạch số 85/KH-UBND ngày 24 tháng 10 năm 2022 của Ủy ban nhân dân xã Thịnh Đức)"


def _appendices(*labels: str, ref: str | None = REFERENCE) -> tuple:
    return tuple((label, f"BIỂU SỐ {n}", ref) for n, label in enumerate(labels, start=1))


def test_arabic_numbers():
    found = only("appendix-label", appendices=_appendices("Phụ lục 1", "Phụ lục 2"))
    assert [(f.where, f.found, f.expected) for f in found] == [
        (LABEL_1, "Phụ lục 1", "Phụ lục I"), ("đoạn 60 «Phụ lục 2»", "Phụ lục 2", "Phụ lục II")]


def test_label_in_capitals():
    found = only("appendix-label", appendices=_appendices("PHỤ LỤC I", "Phụ lục II"))
    assert [f.expected for f in found] == ["Phụ lục I"]


def test_a_single_appendix_may_have_no_number():
    assert check(appendices=_appendices("Phụ lục")) == []


def test_label_in_13_pt():
    found = only("appendix-label-format", formats={"appendix_label": {"size": 13}})
    assert [f.found for f in found] == ["13 pt", "13 pt"]


def test_title_not_bold():
    found = only("appendix-title-format", formats={"appendix_title": {"bold": False}})
    assert [f.where for f in found] == ["đoạn 50 «BIỂU PHÂN BỔ CHỈ TIÊU GIẢM…»",
                                        "đoạn 61 «BIỂU PHÂN BỔ CHỈ TIÊU GIẢM…»"]


def test_reference_not_italic():
    found = only("appendix-reference-format", formats={"appendix_reference": {"italic": False}})
    assert [f.found for f in found] == ["đứng", "đứng"]


def test_reference_with_another_number():
    found = only("appendix-reference", appendices=reference(number="58/KH-UBND"))
    assert [(f.where, f.expected) for f in found] == [
        ("đoạn 51 «(Kèm theo Kế hoạch số 58/KH-UBND…»", OWN), ("đoạn 62 «(Kèm theo Kế hoạch số 58/KH-UBND…»", OWN)]
    assert "số, ký hiệu" in found[0].message


def test_reference_with_another_date():
    found = only("appendix-reference", appendices=reference(date="ngày 20 tháng 10 năm 2022"))
    assert "ngày ban hành" in found[0].message


def test_reference_with_another_issuer():
    found = only("appendix-reference", appendices=reference(issuer="UBND xã Thịnh Đức"))
    assert "cơ quan ban hành" in found[0].message


def test_reference_with_another_type():
    found = only("appendix-reference", appendices=reference(kind="Quyết định"))
    assert "tên loại" in found[0].message


def test_reference_left_blank_for_an_electronic_copy():
    blank = reference(number="…/KH-UBND", date="ngày … tháng … năm …")
    assert check(appendices=blank) == []


def test_reference_missing():
    found = only("appendix-reference", appendices=_appendices("Phụ lục I", "Phụ lục II", ref=None))
    assert [(f.where, f.found, f.expected) for f in found] == [
        ("đoạn 49 «Phụ lục I»", "không có", OWN), ("đoạn 59 «Phụ lục II»", "không có", OWN)]


def test_appendices_in_the_main_section():
    found = only("appendix-page-numbering", appendix_sections=False)
    assert [f.found for f in found] == ["chung phần (section) với nội dung trước, số trang chạy tiếp"] * 2


def test_appendix_numbers_continue():
    found = only("appendix-page-numbering", appendix_restart=False)
    assert [f.where for f in found] == ["đoạn 49 «Phụ lục I»", "đoạn 60 «Phụ lục II»"]


def _unlabelled(ref: str) -> tuple:
    """Two appendices typed without the "Phụ lục" line: only the "BIỂU …" title and the "(Kèm theo …)" line
    (the builder leaves an empty paragraph where the label would be)."""
    return tuple(("", title, ref) for _, title, _ in reference())


def test_an_appendix_typed_without_its_label_is_still_an_appendix():
    found = only("appendix-label", appendices=_unlabelled(OWN))
    assert [(f.found, f.expected) for f in found] == [("không có", "Phụ lục I"), ("không có", "Phụ lục II")]
    assert found[0].message == "Phụ lục thiếu dòng «Phụ lục» phía trên tên phụ lục."
    assert found[0].where.endswith("«BIỂU PHÂN BỔ CHỈ TIÊU GIẢM…»")


def test_an_unlabelled_appendix_has_its_reference_line_judged():
    blank = OWN.replace("số 85/KH-UBND", "số    /KH-UBND")
    assert {f.rule_id for f in check(appendices=_unlabelled(blank))} == {"appendix-label"}  # blank number allowed
    for ref in (OWN.replace("85/KH-UBND", "85/"), OWN.replace("24 tháng 10", "25 tháng 10")):
        found = [f for f in check(appendices=_unlabelled(ref)) if f.rule_id == "appendix-reference"]
        assert len(found) == 2 and found[0].expected == OWN, ref
    (symbol, date) = [next(f.message for f in check(appendices=_unlabelled(ref)) if f.rule_id == "appendix-reference")
                      for ref in (OWN.replace("85/KH-UBND", "85/"), OWN.replace("24 tháng 10", "25 tháng 10"))]
    assert "số, ký hiệu" in symbol and "ngày ban hành" in date


def test_a_table_attached_under_a_title_and_its_reference_line_is_an_appendix():
    # batch E: "PHÂN CÔNG NHIỆM VỤ …", "(Kèm theo Kế hoạch số …/KH-SCT ngày /4/2026 …)" and a table, on the plan's
    # own pages: no "Phụ lục" line, no numbering of its own, a date in figures; read from its shape, so warnings
    figures = OWN.replace("ngày 24 tháng 10 năm 2022", "ngày 24/10/2022")
    found = check(appendices=(("", "PHÂN CÔNG NHIỆM VỤ CỦA TỔ CÔNG TÁC", figures),), appendix_sections=False)
    assert sorted((f.rule_id, f.severity) for f in found) == [
        ("appendix-label", "warning"), ("appendix-page-numbering", "warning"), ("appendix-reference", "warning")]
    dated = next(f for f in found if f.rule_id == "appendix-reference")
    assert dated.message.startswith("Nhắc: dòng «(Kèm theo …)» ghi ngày bằng chữ số") and dated.expected == OWN


def test_a_date_in_figures_is_a_reminder_also_when_the_documents_date_is_blank():
    found = [f for f in check(place_date="Thịnh Đức, ngày      tháng 10 năm 2022", appendices=tuple(
        (label, title, "(Kèm theo Kế hoạch số 85/KH-UBND ngày   /10/2022 của Ủy ban nhân dân xã Thịnh Đức)")
        for label, title, _ in reference())) if f.rule_id == "appendix-reference"]
    assert len(found) == 2 and {f.severity for f in found} == {"warning"}
    assert found[0].message.startswith("Nhắc: dòng «(Kèm theo …)» ghi ngày bằng chữ số")


def test_a_form_after_a_labelled_appendix_is_part_of_it():
    # batch A: inside "PHỤ LỤC 03: CÁC BIỂU MẪU", a form decision's own list "(Kèm theo Quyết định …)" and table
    def form_list(doc):
        for text in ("PHÊ DUYỆT DANH SÁCH CÁC HỌC PHẦN", "(Kèm theo Quyết định số …/QĐ-UBND ngày … tháng … năm …)"):
            doc.add_paragraph(text)
        doc.add_table(rows=1, cols=2)
    before = {(f.rule_id, f.where) for f in check()}
    added = {rule for rule, where in {(f.rule_id, f.where) for f in check(mutate=form_list)} - before}
    assert not {rule for rule in added if rule.startswith("appendix")}
