"""docgen init: a workspace anywhere, with a starter plan in the commune's words that builds once filled in."""

from __future__ import annotations

import tomllib
from pathlib import Path

from click.testing import CliRunner

from docgen.build import build_checked
from docgen.check.report import has_errors
from docgen.cli import main
from docgen.workspace import PACKAGED
from tests.conftest import ROOT
from tests.readback import body_texts, open_docx


def init(tmp_path: Path, *extra: str) -> Path:
    folder = tmp_path / "tan-cuong"
    result = CliRunner().invoke(main, ["init", str(folder), "--commune", "Xã Tân Cương", "--province",
                                       "Thái Nguyên", "--year", "2026", *extra])
    assert result.exit_code == 0, result.output
    return folder


def test_init_makes_the_workspace_with_a_readme_but_no_template_copy(tmp_path):
    folder = init(tmp_path)
    assert sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")) == [
        "output", "plans", "plans/ke-hoach-2026.toml", "templates", "templates/README.md"]
    assert (folder / "templates" / "README.md").read_bytes() == (ROOT / "templates" / "README.md").read_bytes()


def test_starter_is_in_the_communes_words_and_nothing_of_thinh_duc(tmp_path):
    text = (init(tmp_path) / "plans" / "ke-hoach-2026.toml").read_text(encoding="utf-8")
    plan = tomllib.loads(text)
    assert plan["issuer"]["header"] == ["ỦY BAN NHÂN DÂN", "XÃ TÂN CƯƠNG"]
    assert plan["issuer"]["place"] == "Tân Cương" and plan["issuer"]["name"] == "Ủy ban nhân dân xã Tân Cương"
    assert "UBND tỉnh Thái Nguyên" in plan["recipients"]["items"]
    lowered = text.lower()
    for foreign in ("thịnh đức", "huyện", "lang đại thành", "thành phố thái nguyên"):
        assert foreign not in lowered
    # every field of the plan is explained by a comment somewhere in the file
    for key in ("bases", "intro", "closing", "header", "abbreviation", "place", "number", "summary",
                "on_behalf_of", "items", "archive", "poor_reduction", "households", "without_labour", "columns"):
        assert any(key in line for line in text.splitlines() if line.lstrip().startswith("#")), key


def test_fresh_starter_is_refused_with_the_list_then_builds_clean_once_filled(tmp_path):
    plan = init(tmp_path) / "plans" / "ke-hoach-2026.toml"
    refused = CliRunner().invoke(main, ["build", str(plan), "--output-dir", str(tmp_path / "out")])
    assert refused.exit_code == 1
    for field in ("document.date", "signature.name", "hamlets[1].name", "hamlets[2].name", "bases"):
        assert f"mục {field}: chưa xác nhận" in refused.output
    assert not (tmp_path / "out").exists()
    plan.write_text("".join(line for line in plan.read_text(encoding="utf-8").splitlines(keepends=True)
                            if "# CẦN XÁC NHẬN" not in line), encoding="utf-8")
    built, findings = build_checked(plan)
    assert not has_errors(findings)
    document = open_docx(built.docx)
    top = [cell.text for row in document.tables[0].rows for cell in row.cells]
    assert any(t.startswith("Tân Cương, ngày 15 tháng 01 năm 2026") for t in top)
    assert any("năm 2026 trên địa bàn xã Tân Cương" in t for t in body_texts(document))


def test_init_refuses_bad_names_and_never_overwrites(tmp_path):
    folder = init(tmp_path)
    again = CliRunner().invoke(main, ["init", str(folder), "--commune", "Xã Tân Cương", "--province", "Thái Nguyên",
                                      "--year", "2026"])
    assert again.exit_code == 1 and "không ghi đè" in again.output
    bad = CliRunner().invoke(main, ["init", str(tmp_path / "x"), "--commune", 'Xã "A', "--province", "B"])
    assert bad.exit_code == 1 and "--commune" in bad.output and not (tmp_path / "x").exists()


def test_starter_ships_inside_the_package():
    assert (PACKAGED / "starter.toml").is_file() and (PACKAGED / "README.md").is_file()
