"""docgen check-template on templates broken the ways Word breaks them, made here with python-docx."""

from __future__ import annotations

from pathlib import Path

import docx
from click.testing import CliRunner

from docgen.cli import main
from docgen.render.template_check import check_template
from docgen.render.templates import PACKAGED


def _template(path: Path, paragraphs: list[list[str]], cell: list[str] | None = None) -> Path:
    """Write a .docx whose paragraphs are made of the given runs (and one table cell with ``cell`` runs)."""
    document = docx.Document()
    for runs in paragraphs:
        paragraph = document.add_paragraph()
        for text in runs:
            paragraph.add_run(text)
    if cell is not None:
        table = document.add_table(rows=2, cols=2)
        paragraph = table.cell(1, 1).paragraphs[0]
        for text in cell:
            paragraph.add_run(text)
    document.save(str(path))
    return path


def _issues(path: Path) -> list[tuple[str, str, str]]:
    issues, _findings = check_template(path)
    return [(i.where, i.severity, i.message) for i in issues]


def test_a_tag_split_across_runs_is_found_with_its_paragraph(tmp_path):
    path = _template(tmp_path / "t.docx",
                     [["{{ doc_type }}"], ["Trích yếu: ", "{{ sum", "mary }}"], ["{", "{ closing }}"]])
    found = _issues(path)
    assert found[0][:2] == ("đoạn 2", "warning") and "{{ summary }}" in found[0][2]
    assert found[1][:2] == ("đoạn 3", "error") and "tách ngay ở dấu ngoặc" in found[1][2]


def test_smart_quotes_inside_a_tag_are_found_in_their_table_cell(tmp_path):
    path = _template(tmp_path / "t.docx", [["{{ summary }}"]], cell=["{{ summary | replace(“a”, “b”) }}"])
    [(where, severity, message)] = _issues(path)
    assert where == "bảng 1, dòng 2, cột 2" and severity == "error" and "nháy cong" in message


def test_an_unknown_name_is_found_at_its_tag(tmp_path):
    path = _template(tmp_path / "t.docx", [["{{ doc_type }}"], ["{{ sumary }}"]])
    [(where, severity, message)] = _issues(path)
    assert where == "đoạn 2" and severity == "error" and "«sumary»" in message


def test_an_unclosed_block_is_found_at_its_opening_tag(tmp_path):
    path = _template(tmp_path / "t.docx", [["{{ doc_type }}"], ["{%p for text in bases %}"], ["{{ text }}"]])
    [(where, _severity, message)] = _issues(path)
    assert where == "đoạn 2" and "chưa có thẻ đóng {% endfor %}" in message


def test_a_close_without_open_is_found(tmp_path):
    path = _template(tmp_path / "t.docx", [["{{ doc_type }}"], ["{%p endif %}"]])
    [(where, _severity, message)] = _issues(path)
    assert where == "đoạn 2" and "không có thẻ mở" in message


def test_a_tag_missing_its_closing_braces_is_found(tmp_path):
    path = _template(tmp_path / "t.docx", [["{{ doc_type }}"], ["Ngày {{ place_date"]])
    [(where, _severity, message)] = _issues(path)
    assert where == "đoạn 2" and "thiếu dấu đóng" in message


def test_the_packaged_template_is_clean_and_its_sample_passes_the_checker():
    result = CliRunner().invoke(main, ["check-template", str(PACKAGED)])
    assert result.exit_code == 0, result.output
    assert "không có lỗi thẻ" in result.output and "0 lỗi" in result.output


def test_the_command_exits_1_and_does_not_render_a_broken_template(tmp_path):
    path = _template(tmp_path / "t.docx", [["{{ sumary }}"]])
    result = CliRunner().invoke(main, ["check-template", str(path)])
    assert result.exit_code == 1 and "[Lỗi] đoạn 1" in result.output and "Chưa dựng thử" in result.output


def test_a_file_that_is_not_a_docx_is_a_clear_error(tmp_path):
    path = tmp_path / "t.docx"
    path.write_text("không phải Word", encoding="utf-8")
    result = CliRunner().invoke(main, ["check-template", str(path)])
    assert result.exit_code == 1 and "không phải là văn bản Word" in result.output
