"""docgen build itself: a plan that still holds the starter's samples is a draft; a number or bullet typed at
the start of a text docgen numbers is printed once, with a warning naming the field."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from docgen import messages
from docgen.build import build
from docgen.cli import main
from docgen.workspace import starter_plan
from tests.readback import body_texts, open_docx


def test_a_numbered_starter_plan_is_still_built_as_a_draft_until_its_samples_are_replaced(tmp_path):
    plan = tmp_path / "plans" / "2026.toml"
    plan.parent.mkdir()
    text = starter_plan("Xã Tân Cương", "Thái Nguyên", 2026).replace("# number = 5 ", "number = 5 ")
    plan.write_text(_without_confirm(text), encoding="utf-8")
    built = build(plan)
    assert built.draft
    assert {p.message for p in built.warnings} >= {messages.SAMPLE_SIGNER, messages.SAMPLE_TARGETS,
                                                  messages.SAMPLE_BASIS}
    replaced = _without_confirm(text).replace("Họ và tên người ký", "Nguyễn Văn An").replace("Thôn Mẫu", "Thôn Đồng")
    replaced = replaced.replace("poor_reduction = 0 ", "poor_reduction = 3 ")
    replaced = replaced.replace("Căn cứ Kế hoạch của UBND tỉnh Thái Nguyên",
                                "Căn cứ Kế hoạch số 9/KH-UBND của UBND tỉnh")
    plan.write_text(replaced, encoding="utf-8")
    assert not build(plan).draft


def _without_confirm(text: str) -> str:
    start = text.index("confirm = [")
    return text[:start] + text[text.index("]", start) + 1:]


def _built(tmp_path: Path, *replacements: tuple[str, str]):
    """Build the small plan with ``replacements`` made in its text; return the document and the command's output."""
    text = (Path(__file__).parent / "data" / "small.toml").read_text(encoding="utf-8")
    for old, typed in replacements:
        text = text.replace(old, typed)
    plan = tmp_path / "plans" / "p.toml"
    plan.parent.mkdir(exist_ok=True)
    plan.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(plan), "--output-dir", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    return open_docx(next((tmp_path / "out").glob("*.docx"))), result.output


def test_a_typed_number_or_bullet_is_printed_once_and_named(tmp_path):
    document, output = _built(tmp_path, ('title = "Mục đích"', 'title = "1. Mục đích"'),
                              ('"Ý thứ nhất"', '"• Ý thứ nhất"'))
    texts = body_texts(document)
    assert "1. Mục đích" in texts and "- Ý thứ nhất" in texts
    assert "sections[1].items[1].title: " + messages.OWN_MARK.format(mark="1.") in output


def test_a_bullet_led_by_bold_words_keeps_them_a_typed_star_bullet_does_not(tmp_path):
    """«**Quản lý:** …» is the emphasis markup of a bold lead-in, not a «*» bullet mark; «* Ý» is one."""
    document, output = _built(tmp_path, ('"Ý thứ nhất"', '"**Quản lý:** Ý thứ nhất"'),
                              ('"Ý có ý con:"', '"* Ý có ý con:"'))
    lead = next(p for p in document.paragraphs if p.text.startswith("- Quản lý:"))
    assert lead.text == "- Quản lý: Ý thứ nhất" and [r.text for r in lead.runs if r.bold] == ["Quản lý:"]
    assert "- Ý có ý con:" in body_texts(document)
    assert output.count(messages.OWN_MARK.format(mark="*")) == 1  # the «* Ý …» alone


def _first_bullet(tmp_path: Path, bullet: str):
    document, output = _built(tmp_path, ('"Ý thứ nhất"', f'"{bullet}"'))
    return next(p for p in document.paragraphs if "Ý thứ nhất" in p.text), output


def test_a_bullet_opening_in_bold_italic_markup_keeps_it_and_a_typed_asterisk_mark_is_dropped(tmp_path):
    paragraph, output = _first_bullet(tmp_path, "***Lưu ý:*** Ý thứ nhất")
    assert paragraph.text == "- Lưu ý: Ý thứ nhất" and messages.OWN_MARK.format(mark="*") not in output
    assert any(r.text == "Lưu ý:" and r.bold and r.italic for r in paragraph.runs)
    paragraph, output = _first_bullet(tmp_path, "* Ý thứ nhất")
    assert paragraph.text == "- Ý thứ nhất" and messages.OWN_MARK.format(mark="*") in output
