"""The library as the CLI and the build call it: check_docx, Finding, unreadable files."""

from __future__ import annotations

import dataclasses
import io
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from docgen.check import Finding, check_docx
from docgen.cli import main
from docgen.errors import DocgenError
from tests.check.helpers import make_docx


@pytest.mark.parametrize("styled", [False, True], ids=["direct formatting", "named styles"])
def test_a_plan_that_follows_every_rule_is_clean(styled):
    assert check_docx(make_docx(styled=styled)) == []


def test_a_path_is_read_like_bytes(tmp_path: Path):
    path = tmp_path / "kh.docx"
    path.write_bytes(make_docx(number="Số: 5/KH-UBND"))
    assert [f.rule_id for f in check_docx(path)] == [f.rule_id for f in check_docx(path.read_bytes())]


def test_findings_are_frozen_and_in_document_order():
    found = check_docx(make_docx(number="Số: 5/KH-UBND", page_number=None, signer="LANG ĐẠI THÀNH"))
    assert [f.rule_id for f in found] == ["page-number-missing", "number-form", "signer-format",
                                          "appendix-reference", "appendix-reference"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        found[0].severity = "warning"  # type: ignore[misc]
    assert [field.name for field in dataclasses.fields(Finding)] == [  # text: the paragraph's, for docgen serve
        "rule_id", "severity", "where", "message", "expected", "found", "clause", "fix", "text"]


def _zip(**entries: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in entries.items():
            archive.writestr(name, text)
    return out.getvalue()


@pytest.mark.parametrize("data, words", [
    (b"{\\rtf1 not a docx}", "không phải dạng nén"),
    (_zip(**{"readme.txt": "x"}), "thiếu thành phần"),
])
def test_unreadable_files(data, words):
    with pytest.raises(DocgenError) as raised:
        check_docx(data, "hong.docx")
    problem = raised.value.problems[0]
    assert problem.location.file == "hong.docx"
    assert words in problem.message


def test_missing_file(tmp_path: Path):
    with pytest.raises(DocgenError) as raised:
        check_docx(tmp_path / "khong-co.docx", "khong-co.docx")
    assert raised.value.problems[0].message == "Không tìm thấy tệp."


@pytest.mark.rule_crash_expected
def test_a_rule_that_fails_does_not_stop_the_others(monkeypatch):
    from docgen.check import runner
    from docgen.check.rules.base import Rule

    def broken(view, parts):
        raise RuntimeError("boom")

    monkeypatch.setattr(runner, "RULES", [Rule("page-size", "error", "x", broken), *runner.RULES[1:]])
    found = check_docx(make_docx(number="Số: 5/KH-UBND", appendices=()))
    assert [(f.rule_id, f.severity) for f in found] == [("page-size", "error"), ("number-form", "error")]
    assert "lỗi của docgen" in found[0].message


@pytest.mark.rule_crash_expected
def test_a_rule_that_fails_refuses_the_build(monkeypatch, project):
    """A rule that could not be applied is an error: the document it could not judge is not written."""
    from docgen.check import runner
    from docgen.check.rules.base import Rule

    def broken(view, parts):
        raise RuntimeError("boom")

    monkeypatch.setattr(runner, "RULES", [Rule("page-size", "error", "x", broken), *runner.RULES[1:]])
    result = CliRunner().invoke(main, ["build", "plans/small.toml"])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    assert "lỗi của docgen" in result.output
    assert not list(project.rglob("*.docx"))
