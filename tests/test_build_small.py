"""Build behaviour on the small test plan: drafts, one change in the data → only that change in the document."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from docgen.build import build, output_path
from docgen.cli import main
from tests.conftest import SMALL
from tests.readback import body_texts, cell_lines, open_docx, table_texts

SMALL_TEXT = SMALL.read_text(encoding="utf-8")


def build_text(project: Path, text: str, name: str = "plan.toml"):
    path = project / "plans" / name
    path.write_text(text, encoding="utf-8")
    return open_docx(build(path).docx)


def all_texts(document) -> list[str]:
    texts = body_texts(document)
    for table in document.tables:
        texts += [cell.text for row in table.rows for cell in row.cells]
    return texts


def test_draft_keeps_the_number_blank_everywhere_and_says_so(project):
    text = SMALL_TEXT.replace("number = 7\n", "")
    (project / "plans" / "draft.toml").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "plans/draft.toml"])
    assert result.exit_code == 0, result.output
    assert "DỰ THẢO" in result.output
    written = project / "output" / "kh-du-thao-hoa-binh-2023.docx"
    document = open_docx(written.read_bytes())
    assert cell_lines(document.tables[0].cell(1, 0)) == ["Số:      /KH-UBND"]
    references = [t for t in body_texts(document) if t.startswith("(Kèm theo")]
    assert len(references) == 2 and all("số      /KH-UBND ngày 03 tháng 02 năm 2023" in t for t in references)


def test_number_below_ten_has_a_leading_zero(project):
    document = build_text(project, SMALL_TEXT)
    assert cell_lines(document.tables[0].cell(1, 0)) == ["Số: 07/KH-UBND"]


def test_changing_one_paragraph_changes_only_that_paragraph(project):
    before = all_texts(build_text(project, SMALL_TEXT))
    after = all_texts(build_text(project, SMALL_TEXT.replace('"Ý thứ nhất"', '"Ý thứ nhất đã sửa"')))
    changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
    assert changed == [("- Ý thứ nhất", "- Ý thứ nhất đã sửa")]


def test_changing_one_hamlet_figure_changes_its_row_and_the_totals_only(project):
    before = build_text(project, SMALL_TEXT)
    after = build_text(project, SMALL_TEXT.replace("households = 100", "households = 120"))
    assert body_texts(before) == body_texts(after)
    old, new = table_texts(before.tables[2]), table_texts(after.tables[2])
    differing = [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
    assert differing == [2, len(old) - 1]  # Xóm Một's row and the total row
    assert new[2][2] == "120" and new[2][-1] == "1,67"  # 2 / 120
    assert new[-1][2] == "170" and new[-1][-1] == "1,76"  # 3 / 170


def test_sole_appendix_is_called_phu_luc_without_numeral(project):
    text = SMALL_TEXT.split("[[appendices]]\nid = \"can_ngheo\"")[0]
    document = build_text(project, text)
    assert "Phụ lục" in body_texts(document)
    assert "Khoản không tiêu đề, giảm 03 hộ nghèo (Phụ lục)." in " ".join(body_texts(document))


def test_plan_without_appendices_ends_in_portrait(project):
    text = SMALL_TEXT.split("[[appendices]]")[0].replace(" ({appendix.ngheo})", "")
    document = build_text(project, text)
    assert len(document.sections) == 1
    assert document.sections[0].page_width < document.sections[0].page_height


def test_output_name_is_made_from_the_plan(project):
    from docgen.plan.load import load_plan

    plan, _ = load_plan(project / "plans" / "small.toml")
    assert output_path(plan, Path("output")) == Path("output/kh-07-hoa-binh-2023.docx")


def test_small_plan_with_a_short_summary_checks_clean(project):
    """The rule under a one-line summary is fitted to it, so even short summaries pass every rule."""
    from docgen.check import check_docx

    assert check_docx(build(project / "plans" / "small.toml").docx) == []


def test_a_tab_or_line_break_typed_in_a_text_becomes_words_own_tab_and_break(project):
    # The render skips docxtpl's listing pass on a part that holds no tab or break: this one holds both.
    document = build_text(project, SMALL_TEXT.replace('"Ý thứ nhất"', '"Ý\\tthứ nhất\\ndòng sau"'))
    paragraph = next(p for p in document.paragraphs if "thứ nhất" in p.text)
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    assert [e.tag for e in paragraph._p.iter(w + "tab", w + "br")] == [w + "tab", w + "br"]
    assert all("\t" not in t.text and "\n" not in t.text for t in paragraph._p.iter(w + "t"))
    assert paragraph.text == "- Ý\tthứ nhất\ndòng sau"


def test_a_place_name_too_long_for_a_file_name_still_gives_a_short_file_name(project):
    from docgen.output import SLUG_MAX

    text = SMALL_TEXT.replace('place = "Hòa Bình"', 'place = "' + "Hòa Bình " * 40 + '"')
    (project / "plans" / "long.toml").write_text(text, encoding="utf-8")
    built = build(project / "plans" / "long.toml")
    name = output_path(built.plan, project / "output").name
    assert name.startswith("kh-07-hoa-binh-hoa-binh") and name.endswith("-2023.docx")
    assert len(name) <= 2 * SLUG_MAX  # "File name too long" was the only way out before


def test_text_pasted_from_windows_builds_with_its_line_breaks(project):
    # "\r\n" (Windows) and a lone "\r" (old Mac) are a line break as "\n" is, in TOML and in JSON escapes alike
    intro = 'intro = ["UBND xã Hòa Bình xây dựng Kế hoạch như sau:"]'
    windows = SMALL_TEXT.replace(intro, 'intro = ["Dòng một\\r\\nDòng hai\\rDòng ba"]')
    result = CliRunner().invoke(main, ["build", "--force", _write(project, "windows.toml", windows)])
    assert result.exit_code == 0, result.output
    assert "mẫu" not in result.output.lower(), result.output  # nothing blamed on the template
    document = open_docx(next((project / "output").glob("*.docx")).read_bytes())
    assert "Dòng một\nDòng hai\nDòng ba" in body_texts(document)
    unix = SMALL_TEXT.replace(intro, 'intro = ["Dòng một\\nDòng hai\\nDòng ba"]')
    assert build(Path(_write(project, "windows.toml", windows))).docx == build(
        Path(_write(project, "unix.toml", unix))).docx


def _write(project: Path, name: str, text: str) -> str:
    (project / "plans" / name).write_text(text, encoding="utf-8")
    return f"plans/{name}"


def test_a_figure_of_four_digits_in_a_text_has_its_thousands_dot(project):
    # below 1.000 a figure in the text has a leading zero under 10 (06); from 1.000 on, the thousands dot
    intro = 'intro = ["UBND xã Hòa Bình xây dựng Kế hoạch như sau:"]'
    said = 'intro = ["Toàn xã có {households} hộ, {poor} hộ nghèo."]'
    for households, printed in ((950, "1.000"), (949, "999"), (9950, "10.000")):
        text = SMALL_TEXT.replace(intro, said).replace("households = 100", f"households = {households}")
        assert f"Toàn xã có {printed} hộ, 06 hộ nghèo." in body_texts(build_text(project, text))


APPENDIX_IN_PARTS = '''
[[appendices]]
id = "huong_dan"
title = "Hướng dẫn trình tự thực hiện"
text = ["Thời gian thực hiện: tháng 3."]

[[appendices.parts]]
title = "Trình tự thực hiện"

[[appendices.parts.sections]]
title = "Đối với các cơ quan"
text = ["Thực hiện ba bước."]

[[appendices.parts]]
title = "Gửi biên bản"

[[appendices.parts.sections]]
title = "Hồ sơ"

[[appendices.parts.sections.items]]
text = ["Gửi về Ủy ban bầu cử xã."]
'''


def test_an_appendix_in_parts_prints_each_part_line_and_title_and_restarts_its_sections(project):
    document = build_text(project, SMALL_TEXT + APPENDIX_IN_PARTS)
    texts = body_texts(document)
    at = texts.index("HƯỚNG DẪN TRÌNH TỰ THỰC HIỆN")
    assert texts[at + 2:at + 11] == ["Thời gian thực hiện: tháng 3.", "Phần thứ nhất", "TRÌNH TỰ THỰC HIỆN",
                                     "I. ĐỐI VỚI CÁC CƠ QUAN", "Thực hiện ba bước.", "Phần thứ hai", "GỬI BIÊN BẢN",
                                     "I. HỒ SƠ", "1. Gửi về Ủy ban bầu cử xã."]
    line = next(p for p in document.paragraphs if p.text == "Phần thứ nhất")
    assert line.style.name == "KH Phần"  # bold and centred, as the body's parts (Nghị định 30, Phụ lục I, II.6)


def test_an_appendix_with_both_sections_and_parts_is_refused_with_a_clear_message(project):
    text = SMALL_TEXT + APPENDIX_IN_PARTS.replace('text = ["Thời gian thực hiện: tháng 3."]',
                                                   'text = ["Thời gian."]\n[[appendices.sections]]\ntitle = "Mục"')
    result = CliRunner().invoke(main, ["build", _write(project, "hai.toml", text)])
    assert result.exit_code != 0 and "chỉ dùng một trong hai" in result.output and "Traceback" not in result.output


def test_an_appendix_with_a_label_of_its_own_takes_no_phu_luc_number(project):
    form = '[[appendices]]\nid = "quy_dinh"\nlabel = "Mẫu số 01/KHGN"\nreference = false\ntext = ["Họ và tên: ……"]\n\n'
    document = build_text(project, SMALL_TEXT.replace("[[appendices]]\n", form + "[[appendices]]\n", 1))
    texts = body_texts(document)
    # the form comes first but the "Phụ lục" lines are counted among the appendices docgen labels, as
    # `docgen check` counts them: I and II, not II and III
    assert "Mẫu số 01/KHGN" in texts and "Phụ lục I" in texts and "Phụ lục II" in texts
    assert "Phụ lục III" not in texts
