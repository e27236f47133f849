"""``docgen init``: a workspace for another commune, outside the docgen checkout, in that commune's words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from docgen.build import build_checked
from docgen.cli import main
from docgen.errors import DocgenError
from docgen.workspace import split_commune


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["init", "tan-cuong", "--commune", "Xã Tân Cương", "--province", "Thái Nguyên",
                                       "--year", "2026"])
    assert result.exit_code == 0, result.output
    return tmp_path / "tan-cuong"


def _confirm_all(plan: Path) -> None:
    plan.write_text(re.sub(r"confirm = \[.*?\]\n", "", plan.read_text(encoding="utf-8"), flags=re.S), encoding="utf-8")


def test_the_workspace_has_plans_templates_readme_and_output_but_no_copy_of_the_template(workspace):
    assert (workspace / "plans" / "2026.toml").is_file()
    assert (workspace / "templates" / "README.md").is_file()
    assert not list((workspace / "templates").glob("*.docx"))
    assert (workspace / "output").is_dir()


def test_the_starter_is_in_the_communes_words_and_nothing_of_thinh_duc(workspace):
    text = (workspace / "plans" / "2026.toml").read_text(encoding="utf-8")
    assert 'name = "Ủy ban nhân dân xã Tân Cương"' in text
    assert '"XÃ TÂN CƯƠNG"' in text and 'place = "Tân Cương"' in text
    assert "UBND tỉnh Thái Nguyên (b/c)" in text
    assert "Thịnh Đức" not in text and "thành phố" not in text.lower()  # no district level since 1 July 2025
    assert sum(line.lstrip().startswith("#") for line in text.splitlines()) > 20  # every part explained


def test_a_fresh_starter_is_refused_with_the_list_of_what_to_fill_in(workspace):
    with pytest.raises(DocgenError) as caught:
        build_checked(workspace / "plans" / "2026.toml")
    assert [p.location.field for p in caught.value.problems] == [
        "bases", "document.date", "signature", "targets", "hamlets"]
    assert all(p.location.line > 0 for p in caught.value.problems)


def test_once_filled_in_the_starter_builds_a_document_without_form_errors(workspace):
    plan = workspace / "plans" / "2026.toml"
    _confirm_all(plan)
    built, findings = build_checked(plan)
    assert [f for f in findings if f.severity == "error"] == []
    assert built.plan.issuer.place == "Tân Cương"


def test_init_never_overwrites_a_plan(workspace, tmp_path):
    plan = workspace / "plans" / "2026.toml"
    plan.write_text(plan.read_text(encoding="utf-8") + "# của tôi\n", encoding="utf-8")
    before = plan.read_bytes()
    result = CliRunner().invoke(main, ["init", "tan-cuong", "--commune", "Xã Tân Cương", "--province", "Thái Nguyên",
                                       "--year", "2026"])
    assert result.exit_code == 1 and "không ghi đè" in result.output
    assert plan.read_bytes() == before


@pytest.mark.parametrize(("typed", "expected"), [("Xã Tân Cương", ("xã", "Tân Cương")),
                                                  ("phường  Phan Đình Phùng", ("phường", "Phan Đình Phùng")),
                                                  ("Tân Cương", ("xã", "Tân Cương"))])
def test_the_unit_word_is_read_from_the_communes_name(typed, expected):
    assert split_commune(typed) == expected


def test_a_ward_typed_in_lower_case_is_named_properly_everywhere(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["init", "dk", "--commune", "phường đông kinh", "--province", "Lạng Sơn",
                                       "--year", "2026"])
    assert result.exit_code == 0, result.output
    text = (tmp_path / "dk" / "plans" / "2026.toml").read_text(encoding="utf-8")
    assert 'place = "Đông Kinh"' in text and "trên địa bàn phường Đông Kinh" in text
    assert "địa bàn xã" not in text and "UBND xã" not in text
