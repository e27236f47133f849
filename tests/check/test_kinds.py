"""The parts of each kind of document, as the locator finds them (what the rules then judge)."""

from __future__ import annotations

from docgen.read.document import open_document
from docgen.read.identity import number_line
from docgen.read.locate import locate
from tests.check.corpus.documents import cong_van, decision, party, spaced_plan
from tests.check.corpus.samples import plan


def _parts(data: bytes):
    return locate(open_document(data))


def test_cong_van_has_its_summary_under_the_number_and_no_type_name():
    parts = _parts(cong_van())
    assert parts.genre == "cong_van" and parts.doc_type is None
    assert [s.text for s in parts.summary] == ["V/v rà soát số lượng cán bộ, công chức cấp xã"]
    assert parts.place_date.text.startswith("Thịnh Đức, ngày")  # never the V/v line
    assert [p.text for p in parts.salutation] == ["Kính gửi: Sở Nội vụ tỉnh Thái Nguyên."]
    assert parts.body[0].text.startswith("Thực hiện Công văn")


def test_decision_parts_authority_bases_enacting_articles():
    parts = _parts(decision(rules_of_work=True))
    assert parts.genre == "typed" and parts.doc_type.text == "QUYẾT ĐỊNH"
    assert [p.text for p in parts.authority] == ["CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ THỊNH ĐỨC"]
    assert parts.bases[-1].text.startswith("Theo đề nghị của") and len(parts.bases) == 3
    assert [p.text for p in parts.enacting] == ["QUYẾT ĐỊNH:"]
    assert parts.body[0].text.startswith("Điều 1.") and parts.body[-1].text.endswith("./.")
    assert [s.text for s in parts.signature_lines] == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]


def test_rules_issued_with_the_decision_are_an_attached_text():
    [attached] = _parts(decision(rules_of_work=True)).attachments
    assert [s.text for s in attached.titles] == ["QUY CHẾ", "Làm việc của Ủy ban nhân dân xã Thịnh Đức"]
    assert attached.reference.text.startswith("(Ban hành kèm theo Quyết định số 45/QĐ-UBND")
    assert attached.body[0].text == "Chương I" and attached.body[-1].text.startswith("2. Chủ tịch")


def test_number_with_a_year_keeps_its_type_code():
    parts = _parts(decision(number="Số: 30/2022/QĐ-UBND"))
    line = number_line(parts)
    assert (line.number, line.clean_symbol, line.type_code) == ("30", "2022/QĐ-UBND", "QĐ")


def test_top_block_typed_with_spaces_is_split_into_its_columns():
    parts = _parts(spaced_plan())
    assert parts.national_name.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert [s.text for s in parts.issuer_lines] == ["ỦY BAN NHÂN DÂN", "XÃ THỊNH ĐỨC"]
    assert parts.number.text == "Số: 12/TTr-UBND" and parts.place_date.text.startswith("Thịnh Đức, ngày 05")
    assert parts.doc_type.text == "TỜ TRÌNH" and [s.text for s in parts.summary] == [
        "Về việc đề nghị phê duyệt danh sách hộ nghèo năm 2023"]


def test_party_document_is_recognised():
    assert _parts(party()).genre == "party"


def test_plain_plan_is_a_document_with_a_type_name():
    assert _parts(plan()).genre == "typed"


def test_two_paragraphs_with_the_same_direct_fault_are_two_findings_three_are_one():
    from docx.shared import Mm

    from tests.check.helpers import only

    def indent(count):
        def mutate(doc):
            points = [p for p in doc.paragraphs if p.text[:2] in ("a)", "b)", "c)")][:count]
            for paragraph in points:
                paragraph.paragraph_format.first_line_indent = Mm(5)
        return mutate

    assert len(only("body-indent", mutate=indent(2))) == 2
    [grouped] = only("body-indent", mutate=indent(3))
    assert grouped.where.startswith("3 đoạn định dạng riêng từng đoạn")


def test_same_finding_at_many_places_is_one_finding_naming_them():
    from tests.check.helpers import only

    recipients = tuple(f"- Phòng {n} thành phố;" for n in range(1, 7)) + ("- Lưu: VT, VP.",)
    [found] = only("recipients-format", recipients=recipients, formats={"recipient": {"size": 12}})
    assert found.where.startswith("7 chỗ, đầu tiên là đoạn ") and found.found == "12 pt"
    assert found.where.endswith("tiếp theo: đoạn 39, đoạn 40, đoạn 41 …")
    few = only("recipients-format", formats={"recipient": {"size": 12}})
    assert len(few) == 3  # below five places each is reported where it is
