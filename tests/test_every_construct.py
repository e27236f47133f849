"""The example plan that uses every construct a plan file holds (plans/vi-du-day-du.toml), built and read back
as a reviewer would: emphasis as Word runs, line breaks, unnumbered entries, tables in the text, appendices of
every kind on their own pages, joint signers; and the plan checks that refuse what cannot be printed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from docgen.build import build
from docgen.check import check_docx
from docgen.cli import main
from tests.readback import cell_lines, open_docx, table_texts

EXAMPLE = Path(__file__).resolve().parent.parent / "plans" / "vi-du-day-du.toml"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def built():
    return build(EXAMPLE)


@pytest.fixture(scope="module")
def document(built):
    return open_docx(built.docx)


def paragraph(document, start):
    return next(p for p in document.paragraphs if p.text.startswith(start))


def styled_runs(p):
    """(text, bold, italic, underline) of each run that has text, emphasis as written on the run itself."""
    return [(r.text, bool(r.bold), bool(r.italic), bool(r.underline)) for r in p.runs if r.text]


def test_emphasis_is_real_word_runs(document):
    intro = paragraph(document, "Ủy ban nhân dân xã Minh Họa và")
    assert ("trọng tâm là hộ nghèo không còn khả năng lao động", True, False, False) in styled_runs(intro)
    assert "**" not in intro.text
    aim = paragraph(document, "Phấn đấu giảm 03 hộ nghèo")
    assert ("không để hộ nào tái nghèo", False, True, False) in styled_runs(aim)
    demand = paragraph(document, "Các ban, ngành")
    assert ("trước ngày 25 hằng tháng", False, False, True) in styled_runs(demand)
    base = paragraph(document, "Căn cứ Quyết định số 90")
    assert any(italic and text.startswith("Chương trình mục tiêu") for text, _, italic, _ in styled_runs(base))


def test_ordinary_asterisks_stay_as_typed(document):
    assert paragraph(document, "Nội dung phát thanh").text == ("Nội dung phát thanh do Văn phòng soạn, 5 * 3 = 15 "
                                                               "phút mỗi buổi.")
    assert paragraph(document, "Ghi chú (*)").text == "Ghi chú (*): phát lại vào sáng hôm sau."


def test_a_line_break_stays_inside_its_paragraph(document):
    p = paragraph(document, "Tỷ lệ hộ nghèo cuối năm")
    assert p.text == "Tỷ lệ hộ nghèo cuối năm: 1,11%.\nTỷ lệ hộ cận nghèo cuối năm: 0,93%."
    assert len(p._p.findall(f".//{W}br")) == 1
    assert document.settings.element.find(f"{W}compat/{W}doNotExpandShiftReturn") is not None


def test_unnumbered_entries_take_no_number_and_the_next_keeps_counting(document):
    texts = [p.text for p in document.paragraphs]
    heading = texts.index("Các chỉ tiêu theo xóm")
    assert document.paragraphs[heading].style.name == "KH Tiêu đề"  # a wholly bold paragraph: a sub-heading
    assert texts[texts.index("1. Mục đích") + 1].startswith("Phấn đấu")
    assert "2. Yêu cầu" in texts[heading:]
    points = [t for t in texts if t.startswith(("a) ", "b) ", "Nội dung phát thanh"))]
    assert points == ["a) Tuyên truyền trên loa truyền thanh.",
                      "Nội dung phát thanh do Văn phòng soạn, 5 * 3 = 15 phút mỗi buổi.",
                      "b) Tuyên truyền qua các buổi họp xóm."]


def _text(element):
    return "".join(t.text or "" for t in element.iter(f"{W}t"))


def _table_after(document, text):
    """The table that follows the paragraph ``text`` in the body."""
    body = list(document.element.body.iterchildren())
    start = next(i for i, e in enumerate(body) if e.tag == f"{W}p" and _text(e) == text)
    element = next(e for e in body[start:] if e.tag == f"{W}tbl")
    return document.tables[[e for e in body if e.tag == f"{W}tbl"].index(element)]


def test_a_typed_table_stands_where_it_is_placed_with_its_merges_widths_and_total(document):
    table = _table_after(document, "Lịch phát thanh")
    assert table_texts(table)[0] == ["TT", "Nội dung", "Người trả lời", "Thời lượng"]
    assert table_texts(table)[1] == ["1", "Chính sách hỗ trợ nhà ở", "Phó Chủ tịch UBND xã", "15 phút"]
    rows = table._tbl.findall(f"{W}tr")
    spans = [[int(tc.find(f"{W}tcPr/{W}gridSpan").get(qn("w:val"))) if tc.find(f"{W}tcPr/{W}gridSpan") is not None
              else 1 for tc in row.findall(f"{W}tc")] for row in rows]
    assert spans == [[1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1], [1, 2, 1], [3, 1]]
    merges = [[(tc.find(f"{W}tcPr/{W}vMerge").get(qn("w:val")) or "continue") if tc.find(f"{W}tcPr/{W}vMerge")
               is not None else "" for tc in row.findall(f"{W}tc")] for row in rows]
    assert merges[2] == ["restart", "", "", "restart"] and merges[3] == ["continue", "", "continue"]
    assert [cell_lines(c) for c in table.rows[4].cells][-1] == ["25 phút"]
    assert table.rows[1].cells[3].paragraphs[0].alignment == 2  # right-aligned, as the plan says
    bold = table.rows[1].cells[1].paragraphs[0].runs
    assert [(r.text, bool(r.bold)) for r in bold if r.text] == [("Chính sách ", False), ("hỗ trợ nhà ở", True)]
    grid = [int(c.get(qn("w:w"))) for c in table._tbl.find(f"{W}tblGrid")]
    assert [round(width / grid[0], 2) for width in grid] == [1, 3, 3, 2]  # widths = [1, 3, 3, 2]


def test_a_figure_table_in_the_text_gives_the_hamlet_targets(document):
    texts = [p.text for p in document.paragraphs]
    assert texts[texts.index("Các chỉ tiêu theo xóm") + 1] == "Chỉ tiêu giảm nghèo theo xóm"  # its title
    rows = table_texts(_table_after(document, "Chỉ tiêu giảm nghèo theo xóm"))
    assert rows[0] == ["TT", "Xóm", "Giảm hộ nghèo", "Giảm hộ cận nghèo"]
    assert [r[1] for r in rows[1:4]] == ["Xóm Đông", "Xóm Tây", "Xóm Nam"]
    assert sum(int(r[2]) for r in rows[1:4]) == 3 and sum(int(r[3]) for r in rows[1:4]) == 2
    assert rows[4][-2:] == ["3", "2"]


def test_each_appendix_has_its_own_pages_label_and_orientation(document):
    sections = document.sections
    assert len(sections) == 5
    orientations = [s.orientation for s in sections]
    assert orientations == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE, WD_ORIENT.LANDSCAPE, WD_ORIENT.PORTRAIT,
                            WD_ORIENT.PORTRAIT]
    assert [s.page_width > s.page_height for s in sections] == [False, True, True, False, False]
    labels = [p.text for p in document.paragraphs if p.style.name == "KH Phụ lục"]
    assert labels == ["Phụ lục I", "Phụ lục II", "Phụ lục III", "Mẫu số 01/KHGN"]
    references = [p.text for p in document.paragraphs if p.style.name == "KH Kèm theo"]
    assert len(references) == 3 and all(r.startswith("(Kèm theo Kế hoạch số 12/KH-UBND") for r in references)
    assert "chi tiết tại Phụ lục I)" in paragraph(document, "Phấn đấu").text
    assert paragraph(document, "Danh sách nhiệm vụ").text.endswith("mẫu đăng ký tại Mẫu số 01/KHGN.")


def test_a_task_matrix_appendix_keeps_its_two_header_rows(document):
    matrix = _table_after(document, "PHÂN CÔNG THỰC HIỆN NHIỆM VỤ")
    rows = table_texts(matrix)
    assert rows[0][:5] == ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Đơn vị phối hợp"]
    assert rows[1][3:5] == ["Ban, ngành", "Xóm"]
    assert rows[4][-1] == "<30 người"  # a cell that is not exactly "<" is text


def test_a_text_appendix_has_its_own_outline(document):
    texts = [p.text for p in document.paragraphs]
    start = texts.index("HƯỚNG DẪN RÀ SOÁT HỘ NGHÈO")
    assert texts[start + 3:start + 11] == [
        "Phụ lục này hướng dẫn các xóm rà soát theo chuẩn nghèo đa chiều.", "I. QUY TRÌNH", "1. Lập danh sách",
        "Trưởng xóm lập danh sách hộ đề nghị rà soát.", "2. Họp xóm", "Họp bình xét công khai, có biên bản.",
        "II. THỜI GIAN", "Hoàn thành trước ngày 30/11/2026."]


def test_a_form_has_its_heading_blanks_and_signature_lines(document):
    texts = [p.text for p in document.paragraphs]
    start = texts.index("Mẫu số 01/KHGN")
    assert texts[start + 1:start + 4] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                                          "GIẤY ĐĂNG KÝ THOÁT NGHÈO"]
    assert not any(t.startswith("(Kèm theo") for t in texts[start:])
    assert "Họ và tên chủ hộ: ......" in "\n".join(texts[start:])
    assert "Địa chỉ: xóm ____________________, xã Minh Họa." in texts[start:]
    signers = document.tables[-1]
    left, right = ([p.text for p in c.paragraphs] for c in signers.rows[0].cells)
    # the left title stands level with the right one, under the date line
    assert left[:3] == ["", "XÁC NHẬN CỦA TRƯỞNG XÓM", "(Ký, ghi rõ họ tên)"]
    assert right[:3] == ["Minh Họa, ngày … tháng … năm …", "NGƯỜI ĐĂNG KÝ", "(Ký, ghi rõ họ tên)"]
    note = signers.rows[0].cells[0].paragraphs[2].runs[0]
    assert note.italic and note.bold is False


def test_a_joint_document_has_both_signers_side_by_side_and_recipients_under(document):
    table = next(t for t in document.tables if "Trần Thị Hòa" in cell_lines(t.rows[0].cells[0]))
    left, right = (cell_lines(c) for c in table.rows[0].cells)
    assert [line for line in left if line] == ["TM. BAN THƯỜNG TRỰC", "ỦY BAN MTTQ VIỆT NAM XÃ", "CHỦ TỊCH",
                                               "Trần Thị Hòa"]
    assert [line for line in right if line] == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                                                "Nguyễn Văn Minh"]
    lines = [p.text for p in table.rows[0].cells[0].paragraphs]
    assert lines.index("Trần Thị Hòa") - lines.index("CHỦ TỊCH") == 5  # the signing and seal space between
    body = list(document.element.body.iterchildren())
    after = body[body.index(table._tbl) + 1]
    assert _text(after).startswith("Nơi nhận:")


def test_the_checker_finds_the_recipients_under_a_joint_documents_signers(built):
    """The recipients are a table of their own under the two signers: the checker reads them there."""
    assert [(f.rule_id, f.expected) for f in check_docx(built.docx)] == []


def test_the_document_has_no_decree_30_error_and_rebuilds_byte_identical(built):
    errors = [f for f in check_docx(built.docx) if f.severity == "error"]
    assert errors == []
    assert build(EXAMPLE).docx == built.docx


def _refused(tmp_path, old, new, *fragments):
    (tmp_path / "plans").mkdir(exist_ok=True)
    text = EXAMPLE.read_text(encoding="utf-8")
    assert old in text
    (tmp_path / "plans" / "bad.toml").write_text(text.replace(old, new, 1), encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "plans" / "bad.toml")])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    for fragment in fragments:
        assert fragment in result.output, result.output
    assert not (tmp_path / "output").exists()


def test_a_table_placed_nowhere_is_refused_not_dropped(tmp_path):
    _refused(tmp_path, '"{table.lich_phat_thanh}", ', "", "tables[1].id",
             "Bảng «lich_phat_thanh» không được đặt ở đâu trong văn bản nên sẽ không được in.")


def test_a_table_place_inside_a_sentence_is_refused(tmp_path):
    _refused(tmp_path, '"{table.lich_phat_thanh}"', '"Xem {table.lich_phat_thanh}"',
             "Chỗ đặt bảng {table.lich_phat_thanh} phải là một đoạn riêng, không có chữ nào khác.")


def test_a_row_with_a_cell_too_many_is_refused_with_its_place(tmp_path):
    _refused(tmp_path, '["2", "Vay vốn ưu đãi", "Cán bộ Ngân hàng CSXH", "10 phút"]',
             '["2", "Vay vốn ưu đãi", "Cán bộ Ngân hàng CSXH", "10 phút", "thừa"]',
             "tables[1].rows[2]", "Dòng này có 5 ô, nhưng bảng «lich_phat_thanh» có 4 cột.")


def test_a_merge_with_nothing_to_its_left_is_refused(tmp_path):
    _refused(tmp_path, '["1", "Chính sách **hỗ trợ nhà ở**"', '["<", "Chính sách **hỗ trợ nhà ở**"',
             "Ô đầu dòng ghi \"<\" (gộp với ô bên trái) nhưng bên trái không có ô nào.")


def test_signing_in_the_chairmans_own_name_builds(tmp_path):
    (tmp_path / "plans").mkdir()
    text = EXAMPLE.read_text(encoding="utf-8").replace('on_behalf_of = "Ủy ban nhân dân"\nprefix = "KT."\n'
                                                       'head_title = "Chủ tịch"\nposition = "Phó Chủ tịch"',
                                                       'position = "Chủ tịch"')
    shutil.copy(EXAMPLE, tmp_path / "plans" / "x.toml")
    (tmp_path / "plans" / "x.toml").write_text(text, encoding="utf-8")
    document = open_docx(build(tmp_path / "plans" / "x.toml").docx)
    table = next(t for t in document.tables if "Nguyễn Văn Minh" in cell_lines(t.rows[0].cells[-1]))
    assert [line for line in cell_lines(table.rows[0].cells[-1]) if line] == ["CHỦ TỊCH", "Nguyễn Văn Minh"]


def test_a_line_under_the_signers_name_is_not_taken_for_the_name(tmp_path):
    (tmp_path / "plans").mkdir()
    text = EXAMPLE.read_text(encoding="utf-8")
    text = text[:text.index("  [[signature.joint]]")] + text[text.index("[recipients]"):]  # one signer
    text = text.replace('name = "Nguyễn Văn Minh"\n', 'name = "Nguyễn Văn Minh"\nbelow = ["Chủ tịch Ủy ban MTTQ xã"]\n')
    assert "below" in text
    (tmp_path / "plans" / "x.toml").write_text(text, encoding="utf-8")
    built = build(tmp_path / "plans" / "x.toml")
    findings = check_docx(built.docx)
    assert [f for f in findings if f.rule_id.startswith("signer")] == []
    document = open_docx(built.docx)
    table = next(t for t in document.tables if "Nguyễn Văn Minh" in cell_lines(t.rows[0].cells[-1]))
    lines = [line for line in cell_lines(table.rows[0].cells[-1]) if line]
    assert lines[-2:] == ["Nguyễn Văn Minh", "Chủ tịch Ủy ban MTTQ xã"]


def test_a_plan_of_text_and_forms_needs_no_hamlets(tmp_path):
    import tomlkit

    plan = tomlkit.parse(EXAMPLE.read_text(encoding="utf-8"))
    del plan["hamlets"], plan["targets"]["poor_reduction"], plan["targets"]["near_poor_reduction"]
    del plan["tables"][1], plan["appendices"][0]  # the two hamlet tables
    items = plan["sections"][0]["items"]
    items[0]["text"] = ["Không có chỉ tiêu theo xóm."]
    items[1]["text"] = ["**Các chỉ tiêu chung**"]
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "x.toml").write_text(tomlkit.dumps(plan), encoding="utf-8")
    document = open_docx(build(tmp_path / "plans" / "x.toml").docx)
    labels = [p.text for p in document.paragraphs if p.style.name == "KH Phụ lục"]
    assert labels == ["Phụ lục I", "Phụ lục II", "Mẫu số 01/KHGN"]
    assert [s.orientation for s in document.sections[1:]] == [WD_ORIENT.LANDSCAPE, WD_ORIENT.PORTRAIT,
                                                               WD_ORIENT.PORTRAIT]


def test_a_template_that_cannot_show_a_placed_table_is_refused(tmp_path):
    from tests.test_template import damaged_template

    (tmp_path / "plans").mkdir()
    shutil.copy(EXAMPLE, tmp_path / "plans" / "x.toml")
    template = damaged_template(tmp_path, "{{p p.table }}", "")  # an older template: no place for a table
    result = CliRunner().invoke(main, ["build", str(tmp_path / "plans" / "x.toml"), "--template", str(template)])
    assert result.exit_code == 1 and "bị mất đoạn «Chỉ tiêu giảm nghèo theo xóm" in result.output, result.output
    assert not (tmp_path / "output").exists()


def test_an_appendix_with_nothing_in_it_is_refused(tmp_path):
    _refused(tmp_path, 'title = "Phân công thực hiện nhiệm vụ"\ntext = ["{table.phan_cong}"]',
             'title = "Phân công thực hiện nhiệm vụ"', "appendices[2]",
             "Phụ lục «phan_cong» chưa có nội dung: không có cột số liệu (columns), đoạn văn (text)")


def test_signer_lines_and_the_fields_they_replace_are_not_both_given(tmp_path):
    _refused(tmp_path, '  lines = ["TM. BAN THƯỜNG TRỰC"', '  position = "Chủ tịch"\n  lines = ["TM. BAN THƯỜNG TRỰC"',
             "signature.joint[1].lines", "Đã ghi các dòng chức vụ (lines) thì không ghi thêm on_behalf_of")


BOX = '''
[[tables]]
id = "dau_mau"
borders = false
widths = [2, 3]
align = ["center", "center"]
rows = [
  ["**XÓM ……**\\n-------", "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\\n**Độc lập - Tự do - Hạnh phúc**"],
  ["", "*Minh Họa, ngày … tháng … năm …*"],
]
'''


def _with_box(tmp_path) -> None:
    """The example plan, its form's heading lines replaced by a two-column box without borders."""
    (tmp_path / "plans").mkdir()
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        'heading = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]',
        'heading = ["{table.dau_mau}"]')
    (tmp_path / "plans" / "x.toml").write_text(text + BOX, encoding="utf-8")


def test_a_forms_box_is_a_table_without_borders_between_its_label_and_title(tmp_path):
    _with_box(tmp_path)
    built = build(tmp_path / "plans" / "x.toml")
    document = open_docx(built.docx)
    box = next(t for t in document.tables if t.cell(0, 0).text.startswith("XÓM"))
    assert [c.text for c in box.rows[0].cells] == [  # one paragraph each, its lines broken (Shift+Enter)
        "XÓM ……\n-------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"]
    assert box.cell(1, 1).paragraphs[0].runs[0].italic and box.cell(0, 1).paragraphs[0].runs[0].bold
    assert {b.get(qn("w:val")) for b in box._tbl.tblPr.find(qn("w:tblBorders"))} == {"nil"}
    assert box.columns[1].width > box.columns[0].width
    body = list(document.element.body)
    texts = ["".join(t.text or "" for t in e.iter(qn("w:t"))) for e in body]
    assert texts.index("Mẫu số 01/KHGN") < body.index(box._tbl) < texts.index("GIẤY ĐĂNG KÝ THOÁT NGHÈO")
    assert not [f for f in check_docx(built.docx) if f.severity == "error"]


def test_a_box_place_beside_other_words_in_a_heading_is_refused(tmp_path):
    _refused(tmp_path, 'heading = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]',
             'heading = ["Xem {table.lich_phat_thanh}"]',
             "Chỗ đặt bảng {table.lich_phat_thanh} phải là một đoạn riêng, không có chữ nào khác.")


def test_a_template_part_without_the_box_branch_is_refused_not_printed_without_it(tmp_path):
    from docgen.render.templates import PACKAGED

    _with_box(tmp_path)
    part = open_docx(Path(PACKAGED).parent / "phu-luc.docx")  # a commune's appendix page made before boxes
    for run in (r for p in part.paragraphs for r in p.runs):
        run.text = run.text.replace("{%p if line.table %}", "{%p if False %}")
    (tmp_path / "templates").mkdir()
    part.save(str(tmp_path / "templates" / "phu-luc.docx"))
    result = CliRunner().invoke(main, ["build", str(tmp_path / "plans" / "x.toml")])
    assert result.exit_code == 1 and "bị mất đoạn «XÓM ……" in result.output, result.output


def test_a_heading_with_a_bold_lead_in_shows_the_rest_upright_and_its_number_bold(tmp_path):
    (tmp_path / "plans").mkdir()
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        'title = "Tuyên truyền"', 'title = "**Tuyên truyền:** đài xã phát mỗi tối"', 1)
    (tmp_path / "plans" / "x.toml").write_text(text, encoding="utf-8")
    document = open_docx(build(tmp_path / "plans" / "x.toml").docx)
    heading = paragraph(document, "1. Tuyên truyền:")
    looks = [(r.text, r.bold) for r in heading.runs if r.text.strip()]
    assert looks == [("1. ", True), ("Tuyên truyền:", True), (" đài xã phát mỗi tối", False)]
