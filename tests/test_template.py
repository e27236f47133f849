"""The committed template is what the builder makes, and holds no plan content: only tags and ND30 texts."""

from __future__ import annotations

import io
import re
import zipfile

from docgen import nd30
from docgen.render.template_builder import template_bytes
from tests.conftest import TEMPLATE
from tests.readback import open_docx


def parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {name: package.read(name) for name in package.namelist()}


def test_committed_template_is_what_the_builder_makes():
    assert parts(template_bytes()) == parts(TEMPLATE.read_bytes()), (
        "docgen/templates/ke-hoach.docx is stale: run"
        " python -m docgen.render.template_builder docgen/templates/ke-hoach.docx")


def test_template_text_is_tags_and_fixed_nd30_texts_only():
    document = open_docx(TEMPLATE)
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        texts += [p.text for row in table.rows for cell in row.cells for p in cell.paragraphs]
    fixed = {nd30.NATIONAL_NAME, nd30.MOTTO, "Nơi nhận:", ""}
    leftovers = {re.sub(r"\{[{%].*?[%}]\}", "", text).strip() for text in texts} - fixed
    assert leftovers == set()


def damaged_template(folder, old: str, new: str):
    """Return a copy of the template with ``old`` replaced by ``new`` in the summary paragraph."""
    document = open_docx(TEMPLATE)
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            run.text = run.text.replace(old, new)
    path = folder / "damaged.docx"
    document.save(str(path))
    return path


def build_with(project, template):
    from click.testing import CliRunner

    from docgen.cli import main

    return CliRunner().invoke(main, ["build", "plans/small.toml", "--template", str(template)])


def test_misspelt_tag_names_the_tag(project):
    result = build_with(project, damaged_template(project, "{{ summary }}", "{{ sumary }}"))
    assert result.exit_code == 1 and "«sumary»" in result.output
    assert not (project / "output").exists()


def test_unclosed_tag_that_swallows_text_is_refused(project):
    result = build_with(project, damaged_template(project, "{{ summary }}", "{{ summary }"))
    assert result.exit_code == 1 and "bị mất đoạn" in result.output
    assert not (project / "output").exists()


def test_template_that_is_not_a_docx(project):
    fake = project / "fake.docx"
    fake.write_text("not a document", encoding="utf-8")
    result = build_with(project, fake)
    assert result.exit_code == 1 and "không phải là văn bản Word" in result.output
    assert "Traceback" not in result.output
