"""The signature block and the recipients list."""

from __future__ import annotations

from copy import deepcopy

import pytest
from docx.text.paragraph import Paragraph

from docgen.read.document import open_document
from docgen.read.locate import locate
from tests.check.helpers import check, make_docx, only
from tests.check.helpers import paragraph as first_paragraph

LABEL = "đoạn 37 (bảng 2, dòng 1, cột 1) «Nơi nhận:»"
RECIPIENTS = ("- UBND thành phố Thái Nguyên;", "- Đảng ủy, HĐND xã;", "- Lưu: VT, VP.")


@pytest.mark.parametrize("first, expected", [
    ("TM ỦY BAN NHÂN DÂN", "TM. ỦY BAN NHÂN DÂN"),
    ("T/M ỦY BAN NHÂN DÂN", "TM. ỦY BAN NHÂN DÂN"),
    ("TM: ỦY BAN NHÂN DÂN", "TM. ỦY BAN NHÂN DÂN"),
    ("TM.ỦY BAN NHÂN DÂN", "TM. ỦY BAN NHÂN DÂN"),  # the full stop but no space after it
])
def test_signing_prefix_without_its_full_stop(first, expected):
    found = only("signature-prefix", signature=(first, "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"))
    assert [(f.where, f.expected) for f in found] == [(f"đoạn 41 (bảng 2, dòng 1, cột 2) «{first}»", expected)]


def test_deputy_signing_with_all_prefixes():
    assert check(signature=("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")) == []


def test_document_signed_in_the_chairmans_name_is_lawful():
    assert check(signature=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")) == []
    assert check(signature=("CHỦ TỊCH",)) == []


def test_committee_document_signed_by_a_deputy_without_kt_is_a_reminder():
    found = only("signature-on-behalf", signature=("PHÓ CHỦ TỊCH",))
    assert [(f.severity, f.found, f.expected) for f in found] == [("warning", "PHÓ CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN")]
    assert found[0].message.startswith("Nhắc: xem lại thẩm quyền ký")


def test_signature_lines_in_12_pt():
    found = only("signature-format", formats={"signature": {"size": 12}})
    assert [f.found for f in found] == ["12 pt"] * 3


def test_signer_name_in_capitals():
    found = only("signer-format", signer="LANG ĐẠI THÀNH")
    assert [(f.where, f.found) for f in found] == [("đoạn 47 (bảng 2, dòng 1, cột 2) «LANG ĐẠI THÀNH»", "chữ in hoa")]


def test_recipients_label_not_italic():
    found = only("recipients-label-format", formats={"recipients_label": {"italic": False}})
    assert [(f.where, f.found, f.expected) for f in found] == [(LABEL, "đứng", "12 pt, đậm, nghiêng, căn trái")]


def test_recipients_in_13_pt():
    found = only("recipients-format", formats={"recipient": {"size": 13}})
    assert [f.found for f in found] == ["13 pt"] * 3


def test_recipient_without_semicolon():
    found = only("recipients-punctuation", recipients=("- UBND thành phố Thái Nguyên", *RECIPIENTS[1:]))
    assert [(f.where, f.found, f.expected) for f in found] == [
        ("đoạn 38 (bảng 2, dòng 1, cột 1) «- UBND thành phố Thái Nguyên»", "kết thúc bằng «n»",
         "kết thúc bằng «;»")]


def test_recipient_without_dash():
    found = only("recipients-punctuation", recipients=("UBND thành phố Thái Nguyên;", *RECIPIENTS[1:]))
    assert [(f.found, f.expected) for f in found] == [("bắt đầu bằng «U»", "bắt đầu bằng «-»")]


def test_recipients_label_without_colon():
    found = only("recipients-punctuation", recipients_label="Nơi nhận")
    assert [(f.found, f.expected) for f in found] == [("Nơi nhận", "Nơi nhận:")]


def test_no_archive_line():
    found = only("recipients-archive", recipients=("- UBND thành phố Thái Nguyên;", "- Đảng ủy, HĐND xã."))
    assert [(f.where, f.expected) for f in found] == [
        ("đoạn 39 (bảng 2, dòng 1, cột 1) «- Đảng ủy, HĐND xã.»", "- Lưu: VT, <đơn vị soạn thảo>.")]


def test_archive_without_vt():
    found = only("recipients-archive", recipients=(*RECIPIENTS[:2], "- Lưu: VP."))
    assert [f.found for f in found] == ["- Lưu: VP."]


def test_archive_not_last():
    found = only("recipients-archive", recipients=(RECIPIENTS[0], "- Lưu: VT, VP;", "- Đảng ủy, HĐND xã."))
    assert "dòng cuối cùng" in found[0].message


def test_signer_pushed_to_the_middle_with_spaces_is_centred():
    assert check(signer=" " * 18 + "Lang Đại Thành", formats={"signer": {"align": "left"}}) == []


def test_signer_left_aligned_with_two_spaces_is_not_centred():
    found = only("signer-format", signer="  Lang Đại Thành", formats={"signer": {"align": "left"}})
    assert [f.found for f in found] == ["căn trái"]


FRONT_SIGNER = ("TM. BAN THƯỜNG TRỰC", "ỦY BAN MTTQ VIỆT NAM XÃ", "CHỦ TỊCH", "", "", "", "Hoàng Văn Bình")


def _joint(doc, gap: bool) -> None:
    """Reshape the end block as a clerk types a joint plan (liên tịch): the two signers side by side in one
    table, the recipients in a table of their own under it (``gap``: an empty paragraph between the two)."""
    end = doc.tables[1]
    left, right = end.cell(0, 0), end.cell(0, 1)
    below = doc.add_table(rows=1, cols=2)
    for column, model_column in zip(below.columns, end.columns, strict=True):  # python-docx sizes a new table
        column.width = model_column.width  # to the last section, here a landscape appendix; Word to its own page
    for paragraph in list(left.paragraphs):  # the recipients move down, with their formatting
        below.cell(0, 0)._tc.append(paragraph._p)
    below.cell(0, 0)._tc.remove(below.cell(0, 0).paragraphs[0]._p)
    model = right.paragraphs[0]._p
    for text in FRONT_SIGNER:
        line = deepcopy(model)
        left._tc.append(line)
        Paragraph(line, left).runs[0].text = text
    end._tbl.addnext(below._tbl)
    if gap:
        end._tbl.addnext(doc.add_paragraph()._p)


@pytest.mark.parametrize("gap", [False, True])
def test_joint_plan_with_the_recipients_in_a_table_under_the_signers(gap):
    """The recipients under a joint plan's signers are found, and judged as in any plan."""
    assert check(mutate=lambda doc: _joint(doc, gap)) == []
    broken = check(mutate=lambda doc: _joint(doc, gap), recipients=(*RECIPIENTS[:2], "- Lưu: VP."))
    assert [(f.rule_id, f.found) for f in broken] == [("recipients-archive", "- Lưu: VP.")]


def _joint_recipients_above(doc, gap: bool) -> None:
    """A joint plan whose "Nơi nhận:" is typed above the two signers: the recipients' table first."""
    _joint(doc, gap)
    signers, recipients = doc.tables[1], doc.tables[2]
    signers._tbl.addprevious(recipients._tbl)


@pytest.mark.parametrize("gap", [False, True])
def test_joint_plan_with_the_recipients_in_a_table_above_the_signers(gap):
    """The recipients typed above a joint plan's signers are found too, and the signers under them."""
    assert check(mutate=lambda doc: _joint_recipients_above(doc, gap)) == []
    broken = check(mutate=lambda doc: _joint_recipients_above(doc, gap), recipients=(*RECIPIENTS[:2], "- Lưu: VP."))
    assert [(f.rule_id, f.found) for f in broken] == [("recipients-archive", "- Lưu: VP.")]


def test_deputy_signing_by_order_for_the_head_of_the_same_unit_is_a_reminder():
    found = only("signature-prefix", issuer=("VỤ TỔ CHỨC CÁN BỘ",), appendices=(),
                 signature=("TL. VỤ TRƯỞNG", "PHÓ VỤ TRƯỞNG"))
    assert [(f.severity, f.found, f.expected) for f in found] == [("warning", "TL. VỤ TRƯỞNG", "KT. VỤ TRƯỞNG")]
    assert "«KT.»" in found[0].message


def test_head_of_a_sub_unit_signing_by_order_is_lawful():
    assert check(issuer=("VỤ TỔ CHỨC CÁN BỘ",), appendices=(), signature=("TL. BỘ TRƯỞNG", "VỤ TRƯỞNG")) == []


@pytest.mark.parametrize("title, expected", [("THỨ TRƯỞNG", "KT. BỘ TRƯỞNG / THỨ TRƯỞNG"),
                                             ("THU TRUONG", "KT. BỘ TRƯỞNG / THU TRUONG"),
                                             ("PHÓ GIÁM ĐỐC", "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC")])
def test_a_deputy_title_signed_alone_is_a_reminder(title, expected):
    found = check(issuer=("BỘ TÀI CHÍNH",), signature=(title,), appendices=())
    found = [f for f in found if f.rule_id == "signature-prefix"]
    assert [(f.severity, f.found, f.expected) for f in found] == [("warning", title, expected)]


def test_a_template_slot_signing_a_committee_document_is_not_reminded():
    found = check(signature=("{{ chuc_vu_nguoi_ky }}",))
    assert "signature-on-behalf" not in {f.rule_id for f in found}
    assert {f.rule_id for f in found} == {"placeholder"}


def test_a_signers_name_typed_under_the_signature_table_is_read():
    def name_below(doc):
        name = first_paragraph(doc, "Lang Đại Thành")
        name.text = ""  # the name's line in the table left empty, the name typed under the table
        doc.add_paragraph()
        doc.add_paragraph("Lang Đại Thành")

    parts = locate(open_document(make_docx(mutate=name_below, appendices=())))
    assert parts.signer is not None and parts.signer.text == "Lang Đại Thành" and parts.signer.paragraph.cell is None


def test_the_alignment_of_a_name_typed_under_the_signature_table_is_not_judged():
    def name_below(doc):
        first_paragraph(doc, "Lang Đại Thành").text = ""
        doc.add_paragraph("                                        Lang Đại Thành")

    found = [f for f in check(mutate=name_below, appendices=()) if f.rule_id == "signer-format"]
    assert found and not any("căn" in f.found for f in found)


def test_a_decision_made_in_person_with_its_title_under_the_signing_space():
    # batch E: a decision to enforce a penalty signs "NGƯỜI RA QUYẾT ĐỊNH", then the signing space, then only the
    # title "CHỦ TỊCH UBND": no "TM. ỦY BAN NHÂN DÂN" is asked, the title is no name, and the name is missing
    found = check(signature=("NGƯỜI RA QUYẾT ĐỊNH",), signer="CHỦ TỊCH UBND")
    assert [(f.rule_id, f.expected) for f in found] == [("element-missing", "họ tên người ký")]


def test_a_decision_in_person_is_not_reminded_of_the_committee():
    assert check(signature=("NGƯỜI RA QUYẾT ĐỊNH",)) == []


@pytest.mark.parametrize("signature, expected", [
    (("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"),
    (("KT. TRƯỞNG PHÒNG",), "KT. TRƯỞNG PHÒNG / PHÓ TRƯỞNG PHÒNG"),
    (("KT. BỘ TRƯỞNG",), "KT. BỘ TRƯỞNG / THỨ TRƯỞNG")])
def test_kt_without_the_deputys_own_title_is_a_reminder(signature, expected):
    # batch E: "KT. CHỦ TỊCH" with no "PHÓ CHỦ TỊCH" under it (Phụ lục I, II.7.a)
    found = [f for f in check(signature=signature) if f.rule_id == "signature-prefix"]
    assert [(f.severity, f.found, f.expected) for f in found] == [("warning", signature[-1], expected)]


def test_a_label_partly_upright_says_which_part():
    # batch E and the corpus: "Nơi nhận" bold italic, its ":" a run of its own, bold but upright
    def upright_colon(doc):
        label = first_paragraph(doc, "Nơi nhận")
        label.runs[0].text = "Nơi nhận"
        colon = label.add_run(":")
        colon.font.bold, colon.font.italic, colon.font.size, colon.font.name = True, False, label.runs[0].font.size, \
            label.runs[0].font.name
    found = only("recipients-label-format", mutate=upright_colon)
    assert [f.found for f in found] == ["nghiêng một phần (đứng: «:»)"]
