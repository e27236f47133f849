"""The rule registry, its texts, its reference page, and a test that makes each rule fire."""

from __future__ import annotations

import re
from pathlib import Path

from docgen.check import messages
from docgen.check.rules import RULES
from docgen.check.rules_doc import rules_markdown

ROOT = Path(__file__).resolve().parents[2]


def test_rule_ids_are_unique_and_stable_in_form():
    ids = [rule.rule_id for rule in RULES]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z]+(-[a-z]+)*", rule_id) for rule_id in ids)


def test_every_rule_has_texts_and_a_clause():
    for rule in RULES:
        assert rule.severity in ("error", "warning")
        assert rule.clause and messages.RULES[rule.rule_id].message and rule.description
    assert set(messages.RULES) == {rule.rule_id for rule in RULES}
    assert all(key.split("/")[0] in messages.RULES for key in messages.VARIANTS)


def test_committed_reference_is_current():
    """Regenerate with: python -m docgen.check.rules_doc docs/check-rules.md"""
    assert (ROOT / "docs" / "check-rules.md").read_text(encoding="utf-8") == rules_markdown()


def test_every_rule_is_made_to_fire_by_a_test():
    tests = "".join(path.read_text(encoding="utf-8") for path in (ROOT / "tests" / "check").glob("test_*.py")
                    if path.name != Path(__file__).name)
    assert [rule.rule_id for rule in RULES if f'only("{rule.rule_id}"' not in tests] == []
