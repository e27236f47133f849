"""`docgen check FILE --annotate OUT` (a copy with a Word comment at each finding) and `--fix OUT` (a copy with
the safe fixes, checked again): the original is never touched and the fixed copy says the same words."""

from __future__ import annotations

import docx
from click.testing import CliRunner
from docx.text.paragraph import Paragraph

from docgen.check import check_docx
from docgen.cli import main
from docgen.read.document import open_document
from tests.check.builder import make_docx

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MARGINS = {"top": 15, "bottom": 10, "left": 25, "right": 10}


def _texts(data: bytes) -> list[str]:
    view = open_document(data)
    return [p.text for p in view.paragraphs]


def _comments(path) -> list[tuple[str, str]]:
    document = docx.Document(str(path))
    return [(comment.author, comment.text) for comment in document.comments]


def test_annotated_copy_has_a_docgen_comment_at_each_finding_and_the_original_is_untouched(tmp_path):
    source = tmp_path / "ke-hoach.docx"
    source.write_bytes(make_docx(margins=MARGINS, signer="LANG ĐẠI THÀNH"))
    before = source.read_bytes()
    result = CliRunner().invoke(main, ["check", str(source), "--annotate", str(tmp_path / "nhan-xet.docx")])
    assert result.exit_code == 1, result.output
    assert source.read_bytes() == before
    findings = check_docx(before)
    comments = _comments(tmp_path / "nhan-xet.docx")
    assert len(comments) == len(findings) == 2 and {author for author, _ in comments} == {"docgen"}
    margins = next(text for _, text in comments if "Lề trang" in text)
    assert margins.startswith("[Lỗi] Lề trang không đúng quy định.")
    assert "Ở: phần (section) 1, 2, 3." in margins and "Sửa trong Word: Bố trí (Layout) → Lề (Margins)" in margins
    assert "Đã ghi bản có 2 nhận xét" in result.output
    assert _texts((tmp_path / "nhan-xet.docx").read_bytes()) == _texts(before)


def test_comment_sits_on_the_paragraph_of_its_finding(tmp_path):
    source = tmp_path / "ke-hoach.docx"
    source.write_bytes(make_docx(signer="LANG ĐẠI THÀNH"))
    CliRunner().invoke(main, ["check", str(source), "--annotate", str(tmp_path / "out.docx")])
    document = docx.Document(str(tmp_path / "out.docx"))
    marked = [Paragraph(p, None).text for p in document.element.body.iter(f"{W}p")
              if p.findall(f".//{W}commentRangeStart")]
    assert marked == ["LANG ĐẠI THÀNH"]


def test_fixed_copy_puts_margins_paper_and_body_size_right_without_changing_a_word(tmp_path):
    source = tmp_path / "ke-hoach.docx"
    source.write_bytes(make_docx(margins=MARGINS, formats={"body": {"size": 12}}, page_number=None))
    before = source.read_bytes()
    rules_before = {f.rule_id for f in check_docx(before)}
    assert {"page-margins", "body-size", "page-number-missing"} <= rules_before
    result = CliRunner().invoke(main, ["check", str(source), "--fix", str(tmp_path / "da-sua.docx")])
    assert source.read_bytes() == before
    repaired = (tmp_path / "da-sua.docx").read_bytes()
    assert _texts(repaired) == _texts(before)
    assert not {"page-margins", "body-size", "page-number-missing"} & {f.rule_id for f in check_docx(repaired)}
    assert "Đã ghi bản đã sửa (lề trang trong khoảng quy định, số trang ở giữa đầu trang" in result.output
    assert "Còn lại trong bản đã sửa" in result.output
    assert result.exit_code == 0, result.output


def test_copy_over_the_checked_file_is_refused(tmp_path):
    source = tmp_path / "ke-hoach.docx"
    source.write_bytes(make_docx(margins=MARGINS))
    before = source.read_bytes()
    result = CliRunner().invoke(main, ["check", str(source), "--fix", str(source)])
    assert result.exit_code == 2 and "văn bản gốc không bao giờ bị sửa" in result.output
    assert source.read_bytes() == before
