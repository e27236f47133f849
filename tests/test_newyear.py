"""docgen new: the 2023 plan from the 2022 one, its fields to confirm, and the build once confirmed."""

from __future__ import annotations

import datetime as dt
import re
import tomllib

from click.testing import CliRunner

from docgen.build import build
from docgen.calc import calculate
from docgen.cli import main
from docgen.plan.load import load_plan
from tests.conftest import PLAN_2022
from tests.readback import body_texts, open_docx, table_texts


def make_2023(project):
    result = CliRunner().invoke(main, ["new", "plans/2023.toml", "--from", "plans/2022.toml"])
    assert result.exit_code == 0, result.output
    return project / "plans" / "2023.toml"


def test_new_moves_years_clears_number_and_starts_hamlets_from_last_years_end(project):
    new = tomllib.loads(make_2023(project).read_text(encoding="utf-8"))
    old_plan = load_plan(PLAN_2022)[0]
    old = calculate(old_plan)
    assert new["targets"]["year"] == 2023
    assert "number" not in new["document"]
    assert new["document"]["date"] == dt.date(2023, 10, 24)
    assert "năm 2023" in new["document"]["summary"] and "2022" not in new["document"]["summary"]
    # the start column of the appendix names the year before the plan: "năm 2021" became "năm 2022"
    assert new["appendices"][0]["columns"]["start"].endswith("năm 2022")
    # years that are not "năm <this year>" stay: the programme period and decision dates
    assert "giai đoạn 2021-2025" in new["bases"][1] and "ngày 18/01/2022" in str(new["sections"])
    for hamlet, poor, near in zip(new["hamlets"], old.tables["poor"].rows, old.tables["near_poor"].rows):
        assert (hamlet["poor"], hamlet["near_poor"]) == (poor.end, near.end)
        assert "poor_reduction" not in hamlet and "near_poor_reduction" not in hamlet
    assert new.get("reference") == {}


def test_new_keeps_comments_and_refuses_to_overwrite(project):
    path = make_2023(project)
    text = path.read_text(encoding="utf-8")
    for comment in re.findall(r"^# =====.*$", PLAN_2022.read_text(encoding="utf-8"), flags=re.M):
        assert comment in text
    again = CliRunner().invoke(main, ["new", "plans/2023.toml", "--from", "plans/2022.toml"])
    assert again.exit_code == 1 and "không ghi đè" in again.output
    assert path.read_text(encoding="utf-8") == text


def test_build_refuses_an_unconfirmed_plan_listing_every_field_then_builds_once_confirmed(project):
    path = make_2023(project)
    text = path.read_text(encoding="utf-8")
    refused = CliRunner().invoke(main, ["build", "plans/2023.toml"])
    assert refused.exit_code == 1
    listed = re.findall(r"^- plans/2023.toml, dòng (\d+), mục (\S+):", refused.output, flags=re.M)
    fields = {field for _, field in listed}
    hamlets = len(tomllib.loads(text)["hamlets"])
    assert {"bases", "document.date", "signature.name", "targets.poor_reduction"} <= fields
    assert {f"hamlets[{i}].{key}" for i in range(1, hamlets + 1) for key in ("households", "poor", "near_poor")} <= fields
    rows = text.splitlines()
    for line, field in listed:  # each listed line is the field's own line, right under its marker
        assert rows[int(line) - 2].lstrip().startswith("# CẦN XÁC NHẬN")
        assert rows[int(line) - 1].lstrip().startswith(field.rsplit(".", 1)[-1])
    assert not (project / "output").exists()

    path.write_text("\n".join(r for r in rows if "# CẦN XÁC NHẬN" not in r) + "\n", encoding="utf-8")
    document = open_docx(build(path).docx)
    texts = body_texts(document)
    assert any("năm 2023" in t for t in texts)
    poor_table = table_texts(document.tables[-2])
    assert any("năm 2022" in cell for cell in poor_table[0] + poor_table[1])
