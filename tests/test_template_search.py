"""Which template a plan is built with: the one it names, the workspace's, else the one docgen ships."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from docgen.build import build
from docgen.errors import DocgenError
from docgen.render.templates import PACKAGED, TEMPLATE_NAME, find_template
from tests.conftest import SMALL
from tests.readback import body_texts, open_docx


@pytest.fixture
def outside(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A workspace far from the docgen checkout, as the current folder."""
    (tmp_path / "plans").mkdir()
    shutil.copy(SMALL, tmp_path / "plans" / "small.toml")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _marked_template(path: Path, mark: str) -> None:
    """Write docgen's template with ``mark`` added after the title, to tell which template was used."""
    document = open_docx(PACKAGED)
    document.add_paragraph(mark)
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))


def test_the_packaged_template_is_used_when_the_workspace_has_none(outside):
    plan = outside / "plans" / "small.toml"
    assert find_template(TEMPLATE_NAME, plan) == PACKAGED
    assert "KẾ HOẠCH" in body_texts(open_docx(build(plan).docx))


def test_the_workspace_template_wins_over_the_packaged_one(outside):
    _marked_template(outside / "templates" / "ke-hoach.docx", "MẪU CỦA XÃ")
    plan = outside / "plans" / "small.toml"
    assert find_template(TEMPLATE_NAME, plan) == (outside / "templates" / "ke-hoach.docx").resolve()
    assert "MẪU CỦA XÃ" in body_texts(open_docx(build(plan).docx))


def test_a_template_named_in_the_plan_wins_over_both(outside):
    _marked_template(outside / "templates" / "ke-hoach.docx", "MẪU CHUNG")
    _marked_template(outside / "templates" / "mau-rieng.docx", "MẪU RIÊNG")
    plan = outside / "plans" / "small.toml"
    plan.write_text('template = "mau-rieng.docx"\n' + plan.read_text(encoding="utf-8"), encoding="utf-8")
    texts = body_texts(open_docx(build(plan).docx))
    assert "MẪU RIÊNG" in texts and "MẪU CHUNG" not in texts


def test_a_named_template_that_is_missing_is_a_located_error(outside):
    plan = outside / "plans" / "small.toml"
    plan.write_text('template = "khong-co.docx"\n' + plan.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(DocgenError) as caught:
        build(plan)
    [problem] = caught.value.problems
    assert problem.location.field == "template" and "khong-co.docx" in problem.message


def test_a_part_is_looked_up_by_name_in_the_workspace_then_in_the_package(outside):
    plan = outside / "plans" / "small.toml"
    assert find_template("starter.toml", plan) == PACKAGED.parent / "starter.toml"
    (outside / "templates").mkdir()
    (outside / "templates" / "starter.toml").write_text("# của xã\n", encoding="utf-8")
    assert find_template("starter.toml", plan) == (outside / "templates" / "starter.toml").resolve()


def test_a_plan_outside_a_plans_folder_uses_the_current_folders_templates(outside, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("loose") / "plan.toml"
    shutil.copy(SMALL, elsewhere)
    _marked_template(outside / "templates" / "ke-hoach.docx", "MẪU THƯ MỤC HIỆN TẠI")
    assert find_template(TEMPLATE_NAME, elsewhere) == Path("templates/ke-hoach.docx").resolve()
