"""docgen build of many plans: parallel, past failures, one summary, names that never collide."""

from __future__ import annotations

import shutil

from click.testing import CliRunner

from docgen import batch
from docgen.batch import Options, plan_files, run_batch
from docgen.cli import main
from tests.conftest import SMALL
from tests.readback import open_docx, table_texts


def _workspace(project):
    shutil.copy(SMALL, project / "plans" / "small-copy.toml")
    (project / "plans" / "broken.toml").write_text("x = \n", encoding="utf-8")
    return project / "plans"


def test_a_folder_builds_every_plan_past_a_broken_one_and_summarises(project):
    _workspace(project)
    result = CliRunner().invoke(main, ["build", "plans", "--jobs", "2"])
    assert result.exit_code == 1
    assert "✗ plans/broken.toml: plans/broken.toml, dòng 1" in result.output
    assert "✓ plans/2022.toml → output/kh-85-thinh-duc-2022.docx" in result.output
    assert "Đã dựng 3, có cảnh báo 0, lỗi 1 (tổng 4 kế hoạch)." in result.output
    # not a terminal: one plain line per plan as it finishes
    assert sum(line.startswith("[") and "/4] plans/" in line for line in result.output.splitlines()) == 4


def test_two_plans_with_the_same_output_name_never_overwrite_each_other(project):
    _workspace(project)
    (project / "plans" / "broken.toml").unlink()
    result = CliRunner().invoke(main, ["build", "plans/small.toml", "plans/small-copy.toml", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    made = sorted(p.name for p in (project / "output").iterdir())
    assert made == ["kh-07-hoa-binh-2023-2.docx", "kh-07-hoa-binh-2023.docx"]
    first, second = (open_docx((project / "output" / name).read_bytes()) for name in made)
    assert table_texts(first.tables[0]) == table_texts(second.tables[0])


def test_parallel_and_serial_batches_write_the_same_bytes(project, tmp_path):
    _workspace(project)
    plans = plan_files([project / "plans"])
    serial = run_batch(plans, Options(output_dir=tmp_path / "one"), jobs=1)
    parallel = run_batch(plans, Options(output_dir=tmp_path / "two"), jobs=2)
    assert [o.status for o in serial] == [o.status for o in parallel] == ["built", "failed", "built", "built"]
    for a, b in zip(serial, parallel, strict=False):
        assert [p.name for p in a.written] == [p.name for p in b.written]
        assert all(x.read_bytes() == y.read_bytes() for x, y in zip(a.written, b.written, strict=False))


def test_a_plan_with_form_errors_fails_in_the_summary_unless_forced(project, monkeypatch):
    real = batch.build_one

    def with_error(plan, options):
        import docgen.build as build_module

        original = build_module.build_checked

        def checked(path, template=None, draft=False):
            built, findings = original(path, template, draft)
            return built, findings + [type("F", (), {"severity": "error"})()]

        monkeypatch.setattr(build_module, "build_checked", checked)
        return real(plan, options)

    outcome = with_error(project / "plans" / "small.toml", Options())
    assert outcome.status == "failed" and "1 lỗi thể thức" in outcome.reason and not outcome.files
    forced = with_error(project / "plans" / "small.toml", Options(force=True))
    assert forced.status == "warnings" and forced.files


def test_no_plan_in_the_folder_is_a_clear_error(project):
    (project / "empty").mkdir()
    result = CliRunner().invoke(main, ["build", "empty"])
    assert result.exit_code == 1 and "Không thấy tệp kế hoạch nào" in result.output
