"""What a plan may say (issue 20): its ``template`` is a file name, never a path; invisible format characters
are removed from its texts (a second "Tân Đức" with a zero-width space is a duplicate); a brace typed in a
Word document stays text through ``import-docx`` and the build."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from docgen.build import build
from docgen.cli import main
from docgen.errors import DocgenError
from docgen.plan.load import parse_plan
from docgen.plan.validate import validate_plan
from tests.conftest import SMALL
from tests.importdocx.typed import PLAIN, Typed, typed_docx
from tests.readback import body_texts, open_docx


def _plan_with(tmp_path: Path, old: str, new: str) -> Path:
    text = SMALL.read_text(encoding="utf-8")
    assert old in text
    plan = tmp_path / "plans" / "small.toml"
    plan.parent.mkdir(exist_ok=True)
    plan.write_text(text.replace(old, new, 1), encoding="utf-8")
    return plan


@pytest.mark.parametrize("template", ["../../secret.docx", "/etc/secret.docx", "sub/mau.docx", "..",
                                      "C:\\\\mau.docx"])
def test_a_template_given_as_a_path_is_refused(tmp_path, template):
    (tmp_path / "secret.docx").write_bytes(b"not read")
    plan = _plan_with(tmp_path, 'closing =', f'template = "{template}"\nclosing =')
    result = CliRunner().invoke(main, ["build", str(plan)])
    assert result.exit_code == 1 and "Traceback" not in result.output, result.output
    assert "là một đường dẫn" in result.output and "template" in result.output


def test_a_template_named_by_its_file_name_is_still_used(tmp_path):
    from docgen.render.templates import PACKAGED

    plan = _plan_with(tmp_path, 'closing =', 'template = "mau-cua-xa.docx"\nclosing =')
    shutil.copy(PACKAGED, plan.parent / "mau-cua-xa.docx")
    assert CliRunner().invoke(main, ["build", str(plan), "--output-dir", str(tmp_path / "out")]).exit_code == 0


@pytest.mark.parametrize("invisible", ["\u200b", "\u200d", "\u2060", "\ufeff", "\u202e", "\u2066", "\u00ad"])
def test_a_hamlet_name_with_an_invisible_character_is_a_duplicate(tmp_path, invisible):
    plan = _plan_with(tmp_path, 'name = "Xóm Hai"', f'name = "Xóm{invisible} Một"')
    parsed, lines = parse_plan(plan.read_text(encoding="utf-8"), plan)
    assert parsed.hamlets[1].name == "Xóm Một"  # removed, so it prints and compares as it reads
    with pytest.raises(DocgenError) as raised:
        validate_plan(parsed, plan, lines)
    assert any("Xóm Một" in p.message and "trùng" in p.message.lower() for p in raised.value.problems), \
        raised.value.problems


def test_an_escaped_invisible_character_is_removed_too(tmp_path):
    plan = _plan_with(tmp_path, 'name = "Xóm Hai"', 'name = "Xóm Một\\u200b"')
    parsed, _ = parse_plan(plan.read_text(encoding="utf-8"), plan)
    assert parsed.hamlets[1].name == "Xóm Một"


def test_braces_typed_in_word_stay_text_through_import_and_build(tmp_path):
    body = [("UBND xã xây dựng Kế hoạch như sau:", PLAIN), ("I. MỤC ĐÍCH", True),
            ("1. Mục đích", True), ("- Ghi {poor} hộ và {year chưa đóng ngoặc.", PLAIN)]
    source, target = tmp_path / "goc.docx", tmp_path / "plans" / "goc.toml"
    target.parent.mkdir()
    source.write_bytes(typed_docx(Typed(body=body)))
    result = CliRunner().invoke(main, ["import-docx", str(source), "-o", str(target)])
    assert result.exit_code == 0 and "Traceback" not in result.output, result.output
    texts = body_texts(open_docx(build(target).docx))
    assert any("Ghi {poor} hộ và {year chưa đóng ngoặc." in t for t in texts), texts


def test_a_placeholder_still_fills_and_an_escaped_one_prints_as_typed(tmp_path):
    plan = _plan_with(tmp_path, 'summary = "Giảm nghèo năm {year}"',
                      'summary = "Giảm nghèo năm {year} (mục \\\\{year})"')
    texts = body_texts(open_docx(build(plan).docx))
    assert any("năm 2023 (mục {year})" in t.replace("\n", " ") or "NĂM 2023 (MỤC {YEAR})" in t.upper()
               for t in texts), texts
