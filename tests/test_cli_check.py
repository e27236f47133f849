"""`docgen check` and the checked build, as a user runs them: exit codes, messages, files written or not."""

from __future__ import annotations

import json
from pathlib import Path

import docx
from click.testing import CliRunner
from docx.shared import Mm

from docgen.cli import main
from tests.conftest import TEMPLATE


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def narrow_margin_template(folder: Path) -> Path:
    """Return a copy of the template whose main section has a 20 mm left margin (Decree 30: 30-35 mm)."""
    document = docx.Document(str(TEMPLATE))
    document.sections[0].left_margin = Mm(20)
    path = folder / "bad-template.docx"
    document.save(str(path))
    return path


def test_built_plan_checks_clean(project):
    assert run("build", "plans/2022.toml").exit_code == 0
    result = run("check", "output/kh-85-thinh-duc-2022.docx")
    assert result.exit_code == 0, result.output
    assert "0 lỗi, 0 cảnh báo" in result.output


def test_plan_file_is_checked_through_its_rendered_document(project):
    result = run("check", "plans/2022.toml")
    assert result.exit_code == 0, result.output
    assert not (project / "output").exists()


def test_plan_file_with_data_errors_fails_the_check(project):
    plan = project / "plans" / "small.toml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("households = 50", "households = -50"),
                    encoding="utf-8")
    result = run("check", "plans/small.toml")
    assert result.exit_code == 1
    assert "hamlets[2].households" in result.output


def test_unreadable_file_exits_2_with_the_reason(project):
    Path("broken.docx").write_bytes(b"this is not a Word file")
    result = run("check", "broken.docx")
    assert result.exit_code == 2
    assert "broken.docx" in result.output and "Traceback" not in result.output


def test_build_refuses_a_document_that_breaks_a_rule_and_force_writes_it(project):
    template = narrow_margin_template(project)
    refused = run("build", "plans/small.toml", "--template", str(template))
    assert refused.exit_code == 1
    assert "lề" in refused.output.lower() and "--force" in refused.output
    assert not (project / "output").exists()
    forced = run("build", "plans/small.toml", "--template", str(template), "--force")
    assert forced.exit_code == 0, forced.output
    written = project / "output" / "kh-07-hoa-binh-2023.docx"
    assert written.exists()
    again = run("check", str(written), "--format", "json")
    assert again.exit_code == 1
    report = json.loads(again.output)
    assert report["errors"] >= 1
    assert any(f["severity"] == "error" for f in report["files"][0]["findings"])


def test_build_writes_tables_workbook_on_request(project):
    result = run("build", "plans/2022.toml", "--xlsx")
    assert result.exit_code == 0, result.output
    assert (project / "output" / "kh-85-thinh-duc-2022.xlsx").exists()


def test_schema_command_prints_json_schema():
    result = run("schema")
    schema = json.loads(result.output)
    assert result.exit_code == 0 and "hamlets" in schema["properties"]
    assert schema["additionalProperties"] is False


def test_missing_plan_file_exits_2(project):
    result = run("check", "plans/none.toml")
    assert result.exit_code == 2 and "Không tìm thấy tệp" in result.output


def test_json_lists_a_file_that_could_not_be_read_with_the_reason(project, tmp_path):
    broken = tmp_path / "hong.docx"
    broken.write_bytes(b"not a zip")
    result = CliRunner().invoke(main, ["check", str(broken), "--format", "json"])
    assert result.exit_code == 2
    report = json.loads(result.stdout)
    [entry] = report["files"]
    assert entry["file"] == str(broken) and "Không phải tệp Word" in entry["unreadable"]
