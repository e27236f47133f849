"""Cases found in review: each used to crash, mislead or write something wrong."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from docgen.cli import main
from tests.conftest import SMALL
from tests.readback import body_texts, cell_lines, open_docx

SMALL_TEXT = SMALL.read_text(encoding="utf-8")
NO_APPENDICES = SMALL_TEXT.split("[[appendices]]")[0].replace(" ({appendix.ngheo})", "")


def build(project: Path, text: str, *options: str, name: str = "case.toml"):
    (project / "plans" / name).write_text(text, encoding="utf-8")
    return CliRunner().invoke(main, ["build", f"plans/{name}", *options])


def refused(result, fragment: str) -> None:
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit), result.exception  # no traceback, a clean exit
    assert fragment in result.output, result.output


def test_plan_without_appendices_builds_checked_with_page_numbers(project):
    result = build(project, NO_APPENDICES)
    assert result.exit_code == 0, result.output
    document = open_docx(next((project / "output").glob("*.docx")).read_bytes())
    assert "PAGE" in document.sections[-1].header._element.xml


def test_xlsx_without_appendices_is_refused_and_nothing_is_written(project):
    refused(build(project, NO_APPENDICES, "--xlsx"), "không có bảng")
    assert not list((project / "output").glob("*")) if (project / "output").exists() else True


def test_failed_second_output_leaves_no_first_output(project):
    (project / "output" / "kh-07-hoa-binh-2023.xlsx").mkdir(parents=True)
    refused(build(project, SMALL_TEXT, "--xlsx"), "thư mục trùng tên")
    assert not (project / "output" / "kh-07-hoa-binh-2023.docx").exists()
    assert [p.name for p in (project / "output").iterdir()] == ["kh-07-hoa-binh-2023.xlsx"]


def test_too_many_points_is_a_located_error(project):
    extra = '      [[sections.items.parts.points]]\n      text = ["Thêm"]\n' * 20
    text = SMALL_TEXT.replace("[signature]", extra + "\n[signature]")
    refused(build(project, text), "sections[2].items[1].parts[1].points")


def test_far_future_date_does_not_crash(project):
    result = build(project, SMALL_TEXT.replace("date = 2023-02-03", "date = 2123-02-03"))
    assert result.exit_code == 0, result.output


def test_typed_end_marks_are_not_doubled(project):
    text = SMALL_TEXT.replace('closing = "Trên đây là Kế hoạch của xã Hòa Bình"',
                              'closing = "Trên đây là Kế hoạch của xã Hòa Bình./."')
    text = text.replace('items = ["UBND tỉnh;"', 'items = ["- UBND tỉnh;"')
    assert build(project, text).exit_code == 0
    document = open_docx(next((project / "output").glob("*.docx")).read_bytes())
    assert "Trên đây là Kế hoạch của xã Hòa Bình./." in body_texts(document)
    assert cell_lines(document.tables[1].cell(0, 0))[1] == "- UBND tỉnh;"


def test_archive_line_among_recipients_is_refused(project):
    refused(build(project, SMALL_TEXT.replace('"Lưu hồ sơ xã"', '"Lưu: VT"')), "recipients.items[2]")


def test_placeholders_are_filled_in_appendix_titles(project):
    text = SMALL_TEXT.replace('title = "Biểu phân bố chỉ tiêu giảm hộ nghèo năm 2023"',
                              'title = "Biểu phân bố chỉ tiêu giảm hộ nghèo năm {year}"')
    assert build(project, text).exit_code == 0
    document = open_docx(next((project / "output").glob("*.docx")).read_bytes())
    assert "BIỂU PHÂN BỐ CHỈ TIÊU GIẢM HỘ NGHÈO NĂM 2023" in body_texts(document)


def test_utf8_with_byte_order_mark_is_read(project):
    (project / "plans" / "bom.toml").write_bytes(b"\xef\xbb\xbf" + SMALL_TEXT.encode("utf-8"))
    assert CliRunner().invoke(main, ["build", "plans/bom.toml"]).exit_code == 0


def test_control_character_is_blamed_on_the_plan_line(project):
    text = SMALL_TEXT.replace("UBND xã Hòa Bình xây dựng", "UBND xã Hòa Bình\\u000Bxây dựng")
    refused(build(project, text), "mục intro[1]")


def test_empty_item_is_refused(project):
    text = SMALL_TEXT.replace('  [[sections.items]]\n  text = ["Khoản không tiêu đề',
                              '  [[sections.items]]\n\n  [[sections.items]]\n  text = ["Khoản không tiêu đề')
    refused(build(project, text), "sections[1].items[2]")


def test_bad_bullet_gets_one_vietnamese_message(project):
    result = build(project, SMALL_TEXT.replace('"Ý thứ nhất",', "7,"))
    refused(result, "sections[1].items[1].bullets[1]")
    assert result.output.count("bullets[1]") == 1 and "constrained" not in result.output


def test_zero_document_number_says_at_least_one(project):
    refused(build(project, SMALL_TEXT.replace("number = 7", "number = 0")), "lớn hơn hoặc bằng 1")


def test_draft_message_shows_the_blank_once(project):
    result = build(project, SMALL_TEXT.replace("number = 7\n", ""))
    assert result.exit_code == 0 and "«Số:      /KH-UBND»" in result.output


def test_placeholders_are_filled_in_every_text_the_validator_accepts_them_in(project):
    text = SMALL_TEXT.replace('"Lưu hồ sơ xã"', '"Lưu hồ sơ xã năm {year}"')
    assert build(project, text).exit_code == 0
    document = open_docx(next((project / "output").glob("*.docx")).read_bytes())
    assert "- Lưu hồ sơ xã năm 2023;" in cell_lines(document.tables[1].cell(0, 0))
