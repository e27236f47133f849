"""A rule that raises instead of judging must never pass for a judgement: the checker reports it as an error
under the rule's id (the other rules still run), and every test comparing findings fails on it."""

from __future__ import annotations

import dataclasses
from collections import Counter

import pytest
from click.testing import CliRunner

from docgen.check import check_docx, messages, runner
from docgen.cli import main
from tests.check.corpus.samples import CORPUS
from tests.check.helpers import crashes, judged

SAMPLE = next(s for s in CORPUS if s.name == "ke-hoach-tieu-ngu-gach")  # one true finding: motto-text
BROKEN = ("motto-text", "page-margins")


def _raising(view, parts):
    raise IndexError("list index out of range")


@pytest.fixture
def two_rules_raise(monkeypatch: pytest.MonkeyPatch) -> None:
    rules = [dataclasses.replace(r, check=_raising) if r.rule_id in BROKEN else r for r in runner.RULES]
    monkeypatch.setattr(runner, "RULES", rules)


@pytest.mark.rule_crash_expected
def test_a_crashed_rule_is_reported_as_an_error_and_fails_every_comparison(two_rules_raise):
    found = check_docx(SAMPLE.make(), SAMPLE.name)
    # the rule ids alone still match the sample's true findings: what the old comparisons looked at
    assert Counter(f.rule_id for f in found if f.rule_id in SAMPLE.true) == Counter(SAMPLE.true)
    assert sorted(crashes(found)) == [("motto-text", "IndexError"), ("page-margins", "IndexError")]
    crashed = [f for f in found if f.rule_id in BROKEN]
    assert all(f.severity == "error" and f.message == messages.RULE_CRASHED for f in crashed)
    with pytest.raises(AssertionError, match="rules that raised instead of judging"):
        judged(found)


@pytest.mark.rule_crash_expected
def test_check_exits_1_when_a_rule_crashed(tmp_path, two_rules_raise):
    path = tmp_path / "kh.docx"
    path.write_bytes(SAMPLE.make())
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 1, result.output
    assert messages.RULE_CRASHED in " ".join(result.output.split()), result.output


@pytest.mark.rule_crash_expected  # the inner test's crash happens inside this one too
def test_without_the_mark_a_crash_fails_the_test(pytester: pytest.Pytester) -> None:
    # the net of tests/conftest.py: run a test that makes a rule raise without saying so, in a pytest of its own
    pytester.makeconftest("from tests.conftest import _no_rule_crashes  # noqa: F401\n")
    pytester.makepyfile(test_one='''
import dataclasses
from docgen.check import check_docx, runner
from tests.check.corpus.samples import CORPUS

def test_it(monkeypatch):
    def boom(view, parts):
        raise KeyError("x")
    monkeypatch.setattr(runner, "RULES", [dataclasses.replace(r, check=boom) for r in runner.RULES[:3]])
    check_docx(CORPUS[0].make(), "x")
''')
    outcome = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    outcome.assert_outcomes(passed=1, errors=1)
    assert "rules that raised instead of judging" in outcome.stdout.str()
