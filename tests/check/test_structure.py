"""An element that cannot be found is a warning, and the rules about it are skipped (no false errors)."""

from __future__ import annotations

from docgen.check import messages
from tests.check.helpers import only


def test_missing_motto():
    found = only("element-missing", motto="")
    assert [(f.where, f.severity, f.expected) for f in found] == [
        ("toàn văn bản", "warning", messages.ELEMENTS["motto"])]


def test_missing_signer_name():
    found = only("element-missing", signer="")
    assert [f.expected for f in found] == [messages.ELEMENTS["signer"]]


def test_missing_recipients_label():
    found = only("element-missing", recipients_label="")
    assert [f.expected for f in found] == [messages.ELEMENTS["recipients"]]


def test_missing_number_line_still_finds_the_issuer():
    found = only("element-missing", number="")
    assert [f.expected for f in found] == [messages.ELEMENTS["number"]]


def test_text_issued_with_a_decision_has_no_number_date_or_signature_of_its_own():
    from tests.check.helpers import check
    found = check(number="", place_date="", doc_type="QUY CHẾ", summary="Làm việc của Ủy ban nhân dân xã",
                  bases=("(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 05 tháng 01 năm 2022 của Ủy ban nhân "
                         "dân xã Thịnh Đức)",), recipients_label="", recipients=(), signature=(), signer="")
    assert [f for f in found if f.rule_id in ("element-missing", "summary-rule")] == []
