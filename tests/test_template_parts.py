"""Template parts: a commune replaces one part of the template and keeps docgen's rest."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest

from docgen.build import build
from docgen.errors import DocgenError
from docgen.render import templates
from tests.conftest import SMALL, TEMPLATE
from tests.readback import body_texts, open_docx


def _part(path: Path, text: str) -> None:
    document = docx.Document()
    document.add_paragraph(text)
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))


@pytest.fixture
def packaged(tmp_path, monkeypatch) -> Path:
    """docgen's own templates as if its template included the part ghi-chu.docx at its end."""
    folder = tmp_path / "package"
    folder.mkdir()
    main = open_docx(TEMPLATE)
    main.add_paragraph('{%p part "ghi-chu.docx" %}')
    main.save(str(folder / "ke-hoach.docx"))
    _part(folder / "ghi-chu.docx", "Ghi chú mặc định của docgen")
    monkeypatch.setattr(templates, "PACKAGED_FOLDER", folder)
    return folder


@pytest.fixture
def plan(tmp_path, monkeypatch) -> Path:
    (tmp_path / "ws" / "plans").mkdir(parents=True)
    shutil.copy(SMALL, tmp_path / "ws" / "plans" / "small.toml")
    monkeypatch.chdir(tmp_path / "ws")
    return tmp_path / "ws" / "plans" / "small.toml"


def test_the_packaged_part_is_used_when_the_workspace_has_none(packaged, plan):
    texts = body_texts(open_docx(build(plan).docx))
    assert "Ghi chú mặc định của docgen" in texts and not any("part" in t for t in texts)
    assert "KẾ HOẠCH" in texts


def test_the_workspace_replaces_one_part_and_keeps_the_rest_with_tags_rendered(packaged, plan):
    _part(plan.parent.parent / "templates" / "ghi-chu.docx", "Ghi chú của xã: {{ place_date }}")
    texts = body_texts(open_docx(build(plan).docx))
    assert "Ghi chú mặc định của docgen" not in texts
    assert "Ghi chú của xã: Hòa Bình, ngày 03 tháng 02 năm 2023" in texts
    assert "KẾ HOẠCH" in texts  # the rest still comes from docgen's template


def test_a_missing_part_is_a_clear_error(packaged, plan):
    (packaged / "ghi-chu.docx").unlink()
    with pytest.raises(DocgenError) as caught:
        build(plan)
    assert "ghi-chu.docx" in caught.value.problems[0].message
