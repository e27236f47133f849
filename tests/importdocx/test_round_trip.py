"""The document docgen built from plans/2022.toml, imported, gives back a plan that builds the same document."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from docgen.build import build
from docgen.importdocx import import_docx, write_imported
from docgen.read import open_document
from docgen.read.tables import tables_of_docx
from tests.importdocx.expected import years_filled

ROOT = Path(__file__).resolve().parents[2]


def paragraph_texts(docx: bytes) -> list[str]:
    """Every paragraph of the document (body and table cells, in order), as a reader sees it."""
    return [" ".join(p.text.split()) for p in open_document(docx).paragraphs if not p.is_empty]


def _figures(docx: bytes) -> list[tuple[str, str, dict[str, object]]]:
    """Every figure of every appendix table, read back by hamlet and column."""
    found = tables_of_docx(docx)
    return [(t.label, row.name, {k: v.number for k, v in row.values.items()})
            for t in found.tables for row in [*t.rows, t.total] if row is not None]


@pytest.mark.parametrize("name", ["2025-than-sa.toml"])
def test_a_plan_in_parts_with_three_tables_comes_back_the_same(tmp_path, name):
    """The post-2025 example: "Phần thứ nhất / Phần thứ hai", three tables, newly poor households."""
    original = build(ROOT / "plans" / name)
    source = tmp_path / "goc.docx"
    source.write_bytes(original.docx)
    target = tmp_path / name
    result = import_docx(source, str(source), target)
    write_imported(result, target)
    assert result.notes == []
    plan = tomllib.loads(target.read_text(encoding="utf-8"))
    assert len(plan["parts"]) == 2 and "sections" not in plan and len(plan["appendices"]) == 3
    rebuilt = build(target)
    assert paragraph_texts(rebuilt.docx) == paragraph_texts(original.docx)
    assert _figures(rebuilt.docx) == _figures(original.docx)


def test_built_2022_plan_imports_to_a_plan_that_builds_the_same_document(tmp_path):
    original = build(ROOT / "plans" / "2022.toml")
    source = tmp_path / "kh-85.docx"
    source.write_bytes(original.docx)
    target = tmp_path / "2022.toml"
    result = import_docx(source, str(source), target)
    write_imported(result, target)
    assert result.notes == []  # docgen's own output is already in Decree 30 form: nothing to correct
    rebuilt = build(target)
    assert paragraph_texts(rebuilt.docx) == paragraph_texts(original.docx)  # every text, every table cell
    assert _figures(rebuilt.docx) == _figures(original.docx)
    plan, wanted = tomllib.loads(target.read_text(encoding="utf-8")), years_filled(tomllib.loads(
        (ROOT / "plans" / "2022.toml").read_text(encoding="utf-8")))
    for key in ("issuer", "document", "signature", "recipients", "bases", "intro", "closing", "hamlets"):
        assert plan[key] == wanted[key], key
