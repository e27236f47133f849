"""The corpus (tests/check/corpus): real documents and rebuilt layouts of every type a reviewer meets. Each
gives exactly the findings it must (they were read and judged true); any other finding is a false one."""

from __future__ import annotations

from collections import Counter

import pytest

from docgen.check import check_docx
from tests.check.corpus.documents import decision_spec
from tests.check.corpus.samples import CORPUS
from tests.check.helpers import judged, only


@pytest.fixture(scope="module")
def findings():
    return {sample.name: check_docx(sample.make(), sample.name) for sample in CORPUS}


@pytest.mark.parametrize("sample", CORPUS, ids=lambda sample: sample.name)
def test_sample_gives_its_true_findings_and_no_other(sample, findings):
    found = judged(findings[sample.name])  # a crashed rule reports under its own id: not a judgement
    assert Counter(f.rule_id for f in found) == Counter(sample.true), [(f.rule_id, f.where, f.found) for f in found]


def test_no_finding_expects_what_it_found(findings):
    """A finding whose "Cần" and "Thấy" read the same tells the clerk nothing: it is a bug of the checker."""
    same = [(name, f.rule_id, f.where) for name, found in findings.items() for f in judged(found)
            if f.expected.strip().casefold() == f.found.strip().casefold()]
    assert same == []


def test_documents_outside_decree_30_say_why(findings):
    reasons = {name: found[0].found for name, found in findings.items() if judged(found)
               if found and found[0].rule_id == "outside-scope"}
    assert "Đảng" in reasons["van-ban-dang"]
    assert "cá nhân" in reasons["don-khoi-kien"] and "cá nhân" in reasons["to-khai-khai-sinh"]
    assert "biểu mẫu" in reasons["bang-tuyen-bo-noi-bo"]


def test_repeated_direct_fault_is_one_finding_naming_count_and_first(findings):
    [indent] = judged(findings["ke-hoach-thut-dong-tung-doan"])
    assert indent.where.startswith("9 đoạn định dạng riêng từng đoạn, đầu tiên là đoạn 18 «a) Bám sát")
    assert indent.where.endswith("tiếp theo: đoạn 19, 24, 25 …")


def test_placeholders_reported_once_as_placeholders(findings):
    by_rule = {f.rule_id: f for f in judged(findings["ke-hoach-mau-cho-dien"])}
    assert by_rule["placeholder"].found.startswith("5 chỗ để điền: {{ so_van_ban }}")
    assert by_rule["placeholder"].severity == by_rule["number-blank"].severity == "warning"


def test_attached_rules_title_is_judged_as_a_type_name():
    found = only("attached-title-format", **decision_spec(rules_of_work=True, title_bold=False))
    assert [(f.found, f.where.split(" «")[1]) for f in found] == [("không đậm", "QUY CHẾ»")]


def test_attached_rules_reference_line_is_judged():
    found = only("attached-reference-format", **decision_spec(rules_of_work=True, reference_italic=False))
    assert found[0].found == "đứng"


def test_placeholder_in_body_text_only():
    from tests.check.spec import BODY_TEXT
    body = tuple((k, t.replace("Tổ chức tuyên truyền", "{{ don_vi }} tổ chức tuyên truyền")) for k, t in BODY_TEXT)
    found = only("placeholder", body=body)
    assert found[0].found == "1 chỗ để điền: {{ don_vi }}"
