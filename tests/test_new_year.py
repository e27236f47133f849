"""Next year's plan from this year's: what moves, what is kept, what must be confirmed before a build."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
import tomlkit
from click.testing import CliRunner

from docgen.build import build
from docgen.cli import main
from docgen.errors import DocgenError
from docgen.plan.newyear import move_years


@pytest.fixture
def made(project: Path) -> Path:
    result = CliRunner().invoke(main, ["new", "plans/2023.toml", "--from", "plans/2022.toml"])
    assert result.exit_code == 0, result.output
    assert "năm 2023" in result.output and "16 mục" in result.output
    return project / "plans" / "2023.toml"


def test_years_alone_move_but_periods_and_dates_of_issued_documents_stay():
    text = "năm 2022; rà soát năm 2021; giai đoạn 2021-2025 và 2021 - 2025; Quyết định ngày 18/01/2022; năm 2019"
    assert move_years(text, 2022, 2023) == (
        "năm 2023; rà soát năm 2022; giai đoạn 2021-2025 và 2021 - 2025; Quyết định ngày 18/01/2022; năm 2019")


def test_the_new_plan_starts_each_hamlet_from_last_years_year_end(made):
    plan = tomllib.loads(made.read_text(encoding="utf-8"))
    assert plan["targets"]["year"] == 2023
    assert "number" not in plan["document"] and str(plan["document"]["date"]) == "2023-10-24"
    hamlets = {h["name"]: h for h in plan["hamlets"]}
    # 2022: Phúc Hòa 6 poor − 1 = 5, 1 near-poor − 1 = 0; Làng Mơn 10 − 2 = 8; Nhân Hòa near-poor 4 − 1 = 3
    assert (hamlets["Phúc Hòa"]["poor"], hamlets["Phúc Hòa"]["near_poor"]) == (5, 0)
    assert hamlets["Làng Mơn"]["poor"] == 8 and hamlets["Nhân Hòa"]["near_poor"] == 3
    assert all("poor_reduction" not in h and "near_poor_reduction" not in h for h in plan["hamlets"])
    assert "reference" not in plan
    assert "năm {year}" in plan["document"]["summary"]  # a placeholder: prints 2023 (typed years move too)
    assert any("2021-2025" in b for b in plan["bases"])  # legal bases are not rewritten, only to confirm


def test_comments_and_layout_of_the_old_file_are_kept(project, made):
    old = (project / "plans" / "2022.toml").read_text(encoding="utf-8")
    new = made.read_text(encoding="utf-8")
    old_comments = [line for line in old.splitlines() if line.lstrip().startswith("#") and "[reference]" not in line]
    new_lines = new.splitlines()
    assert sum(c in new_lines for c in old_comments) >= len(old_comments) - 3  # the [reference] block's own go
    assert new.index("[[sections]]") < new.index("[signature]") < new.index("[[hamlets]]")


def test_build_refuses_an_unconfirmed_plan_listing_every_field_with_its_line(made):
    with pytest.raises(DocgenError) as caught:
        build(made)
    fields = [p.location.field for p in caught.value.problems]
    assert fields[:4] == ["bases", "document.date", "signature", "targets"]
    assert fields[4:] == [f"hamlets[{i}]" for i in range(1, 13)]
    lines = made.read_text(encoding="utf-8").splitlines()
    for problem in caught.value.problems:
        assert lines[problem.location.line - 1].lstrip().startswith(
            {"bases": "bases", "document.date": "date", "signature": "[signature]", "targets": "[targets]"}.get(
                problem.location.field, "[[hamlets]]"))


def test_once_every_field_is_confirmed_the_new_plan_builds(made):
    document = tomlkit.parse(made.read_text(encoding="utf-8"))
    del document["confirm"]
    made.write_text(tomlkit.dumps(document), encoding="utf-8")
    built = build(made)
    assert built.plan.targets.year == 2023 and built.draft


def test_an_existing_file_is_never_overwritten(project, made):
    before = made.read_bytes()
    result = CliRunner().invoke(main, ["new", "plans/2023.toml", "--from", "plans/2022.toml"])
    assert result.exit_code == 1 and "không ghi đè" in result.output
    assert made.read_bytes() == before


def test_another_year_can_be_asked_for(project):
    result = CliRunner().invoke(main, ["new", "plans/2025.toml", "--from", "plans/2022.toml", "--year", "2025"])
    assert result.exit_code == 0, result.output
    plan = tomllib.loads((project / "plans" / "2025.toml").read_text(encoding="utf-8"))
    assert plan["targets"]["year"] == 2025 and str(plan["document"]["date"]) == "2025-10-24"


def test_a_year_that_is_not_after_the_old_one_is_refused(project):
    result = CliRunner().invoke(main, ["new", "plans/2021.toml", "--from", "plans/2022.toml", "--year", "2021"])
    assert result.exit_code == 1 and "phải sau năm của kế hoạch cũ" in result.output
    assert not (project / "plans" / "2021.toml").exists()
