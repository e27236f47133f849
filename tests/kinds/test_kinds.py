"""Issue 17: the year's other documents from the 2022 plan, built and read back as a clerk reads them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from docgen import nd30
from docgen.build import build, build_checked
from docgen.check.finding import ERROR
from docgen.cli import main
from docgen.kinds.template import build_kind_template
from docgen.render.template_builder import _bytes
from docgen.render.template_parts import CELL_MARGIN_MM
from tests.conftest import ROOT
from tests.readback import body_texts, cell_lines, open_docx

EXAMPLES = {kind: ROOT / "plans" / f"vi-du-{kind}-2022.toml" for kind in (
    "quyet-dinh", "to-trinh", "cong-van", "thong-bao", "huong-dan", "chuong-trinh")}


def _document(path: Path):
    built, findings = build_checked(path)
    assert [f for f in findings if f.severity == ERROR] == []
    return open_docx(built.docx)


@pytest.mark.parametrize("kind", EXAMPLES)
def test_each_example_is_labelled_and_builds_with_no_error(kind):
    assert EXAMPLES[kind].read_text(encoding="utf-8").startswith("# VÍ DỤ")
    _document(EXAMPLES[kind])


def test_the_decision_has_its_authority_bases_decides_articles_and_like_article_3():
    document = _document(EXAMPLES["quyet-dinh"])
    texts = body_texts(document)
    assert "QUYẾT ĐỊNH" in texts and "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ THỊNH ĐỨC" in texts
    decides = texts.index("QUYẾT ĐỊNH:")
    assert texts[decides - 1] == "Theo đề nghị của công chức Văn hóa - Xã hội xã."
    cited = texts[decides - 2]
    assert cited.startswith("Căn cứ Kế hoạch số 85/KH-UBND ngày 24/10/2022") and cited.endswith(";")
    article = next(p for p in document.paragraphs if p.text.startswith("Điều 1."))
    assert article.runs[0].text == "Điều 1." and article.runs[0].bold
    assert "tổng số giảm 06 hộ nghèo và 03 hộ cận nghèo" in article.text
    assert "12. Làng Mơn: giảm 02 hộ nghèo." in texts  # no "0 hộ cận nghèo"; the last clause ends the list
    assert "1. Nhân Hòa: giảm 01 hộ cận nghèo;" in texts
    assert not any("giảm 0 " in t or ", 0 hộ" in t for t in texts)  # the plan's allocated target of the hamlet
    assert [p[:7] for p in texts if p.startswith("Điều ")] == ["Điều 1.", "Điều 2.", "Điều 3."]
    assert texts[-1].startswith("Điều 3.") and texts[-1].endswith("Thịnh Đức./.")  # no closing after the articles
    recipients = cell_lines(document.tables[-1].cell(0, 0))
    assert recipients[:2] == ["Nơi nhận:", "- Như Điều 3;"]
    assert cell_lines(document.tables[0].cell(1, 0))[0].endswith("/QĐ-UBND")


def test_the_letter_has_no_type_name_its_summary_under_the_number_and_every_hamlet_addressed():
    document = _document(EXAMPLES["cong-van"])
    number_cell = cell_lines(document.tables[0].cell(1, 0))
    assert number_cell[0].endswith("/UBND-VP")
    assert " ".join(number_cell[1:]).startswith("V/v triển khai Kế hoạch số 85/KH-UBND ngày 24/10/2022")
    _assert_letter_summary_fills_the_left_column(document.tables[0])
    texts = body_texts(document)
    assert "CÔNG VĂN" not in texts
    start = texts.index("Kính gửi:")
    assert texts[start + 1:start + 13] == [f"- Trưởng xóm {name}{';' if i < 11 else '.'}" for i, name in enumerate(
        ["Nhân Hòa", "Phúc Hòa", "Đức Hòa", "Phú", "Cường", "Thịnh", "Cường Lặng", "Đầu Phần",
         "Khánh Hòa", "Tân Đức", "Lượt", "Làng Mơn"])]  # "Xóm Phú" is xóm Phú: its head is not "Trưởng Xóm Phú"
    assert cell_lines(document.tables[-1].cell(0, 0))[:2] == ["Nơi nhận:", "- Như trên;"]


def _assert_letter_summary_fills_the_left_column(top) -> None:
    """ND30 ô 5b: "V/v …" 12 pt, upright, centred under the number in the left column, over the whole column
    (its cell margins too), so the example's summary takes 3 lines of the 65 mm column, not 4."""
    summary = top.cell(1, 0).paragraphs[1]
    style = summary.style
    assert summary.text.startswith("V/v ") and abs(top.cell(1, 0).width.mm - nd30.TOP_LEFT_COLUMN_MM) < 0.1
    assert style.font.size == Pt(12) and not style.font.bold and not style.font.italic
    assert style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    for indent in (style.paragraph_format.left_indent, style.paragraph_format.right_indent):
        assert abs(indent.mm + CELL_MARGIN_MM) < 0.05
    assert len(summary._p.xpath(".//w:noBreakHyphen")) == 1  # "85/KH-UBND" is not broken at its hyphen
    width = len(summary.text) * nd30.MIXED_CHAR_EM * 12 * nd30.MM_PER_PT
    assert width / nd30.TOP_LEFT_COLUMN_MM <= 3


def test_the_submission_has_one_addressee_on_one_line_and_the_plans_figures():
    document = _document(EXAMPLES["to-trinh"])
    texts = body_texts(document)
    assert texts[texts.index("TỜ TRÌNH") + 1] == "Về việc đề nghị phê duyệt Kế hoạch số 85/KH-UBND ngày 24/10/2022 " \
                                                   "của Ủy ban nhân dân xã Thịnh Đức"
    assert "Kính gửi: Hội đồng nhân dân xã." in texts
    assert any("giảm 06 hộ nghèo và 03 hộ cận nghèo trên địa bàn 12 xóm (chi tiết tại Phụ lục I" in t for t in texts)


def test_new_kind_from_the_plan_lists_what_to_confirm_and_waits_for_it(tmp_path):
    plans = tmp_path / "plans"
    plans.mkdir()
    shutil.copy(ROOT / "plans" / "2022.toml", plans / "2022.toml")
    result = CliRunner().invoke(main, ["new", str(plans / "qd.toml"), "--from", str(plans / "2022.toml"),
                                       "--kind", "quyet-dinh"])
    assert result.exit_code == 0, result.output
    assert "Còn 4 mục cần kiểm tra" in result.output
    text = (plans / "qd.toml").read_text(encoding="utf-8")
    assert 'confirm = ["bases", "decision.proposal", "signature", "recipients"]' in text
    refused = CliRunner().invoke(main, ["build", str(plans / "qd.toml")])
    assert refused.exit_code == 1
    (plans / "qd.toml").write_text(text.replace(
        'confirm = ["bases", "decision.proposal", "signature", "recipients"]', "confirm = []"), encoding="utf-8")
    assert build(plans / "qd.toml").docx == build(EXAMPLES["quyet-dinh"]).docx  # the example is what it makes


@pytest.mark.parametrize("kind", ["thong-bao", "huong-dan", "chuong-trinh"])
def test_the_notice_guide_and_programme_examples_are_what_docgen_new_makes(tmp_path, kind):
    made = tmp_path / f"{kind}.toml"
    result = CliRunner().invoke(main, ["new", str(made), "--from", str(ROOT / "plans" / "2022.toml"), "--kind", kind])
    assert result.exit_code == 0, result.output
    text = made.read_text(encoding="utf-8")
    confirm = next(line for line in text.splitlines() if line.startswith("confirm = "))
    assert '"signature", "recipients"]' in confirm  # who signs and receives is the clerk's to look at
    lines = text.splitlines()
    example = EXAMPLES[kind].read_text(encoding="utf-8").splitlines()
    assert lines[1:] == [line if not line.startswith("confirm = ") else confirm for line in example[1:]]


def test_the_notice_announces_the_targets_and_sends_to_the_appendices():
    texts = body_texts(_document(EXAMPLES["thong-bao"]))
    assert "THÔNG BÁO" in texts and "Chỉ tiêu giảm hộ nghèo, hộ cận nghèo năm 2022 giao cho các xóm" in texts
    assert "Năm 2022, toàn xã phấn đấu giảm 06 hộ nghèo và 03 hộ cận nghèo trên địa bàn 12 xóm." in texts
    assert any("(chi tiết tại Phụ lục I, Phụ lục II kèm theo)" in t for t in texts)
    assert texts[texts.index("Phụ lục I") + 1].startswith("BIỂU PHÂN BỐ CHỈ TIÊU GIẢM HỘ NGHÈO")


def test_the_guide_gives_each_hamlet_its_targets_in_a_table_of_its_text():
    document = _document(EXAMPLES["huong-dan"])
    texts = body_texts(document)
    assert "HƯỚNG DẪN" in texts and "Chỉ tiêu giảm nghèo năm 2022 của các xóm" in texts
    table = next(t for t in document.tables if t.cell(0, 1).text == "Tên xóm")
    rows = {r.cells[1].text: [c.text for c in r.cells] for r in table.rows}
    assert rows["Làng Mơn"][2:] == ["10", "2", "0", "0"]  # the plan's figures, its computed targets
    assert rows["Cộng"][2:] == ["37", "6", "22", "3"]


def test_the_programme_lists_its_tasks_with_time_and_who_leads():
    document = _document(EXAMPLES["chuong-trinh"])
    assert "CHƯƠNG TRÌNH" in body_texts(document)
    table = next(t for t in document.tables if t.cell(0, 1).text == "Nội dung")
    assert [c.text for c in table.rows[0].cells] == ["TT", "Nội dung", "Thời gian", "Chủ trì", "Phối hợp"]
    assert [c.text for c in table.rows[4].cells][2:4] == ["Tháng 12/2022", "UBND xã"]


def test_an_unknown_kind_is_named_with_the_kinds_docgen_writes(tmp_path):
    result = CliRunner().invoke(main, ["new", str(tmp_path / "x.toml"), "--from", str(ROOT / "plans" / "2022.toml"),
                                       "--kind", "bien-ban"])
    assert result.exit_code == 1
    assert "chưa soạn được loại «bien-ban»" in result.output and "cong-van, thong-bao, huong-dan" in result.output


@pytest.mark.parametrize(("layout", "name"), [("submission", "to-trinh.docx"), ("decision", "quyet-dinh.docx"),
                                              ("letter", "cong-van.docx")])
def test_the_committed_kind_templates_are_what_the_builder_makes(layout, name):
    assert (ROOT / "docgen" / "templates" / name).read_bytes() == _bytes(build_kind_template(layout))


def test_a_commune_overrides_the_template_of_one_kind_alone(tmp_path):
    (tmp_path / "plans").mkdir()
    (tmp_path / "templates").mkdir()
    plan = tmp_path / "plans" / "qd.toml"
    shutil.copy(EXAMPLES["quyet-dinh"], plan)
    document = open_docx((ROOT / "docgen" / "templates" / "quyet-dinh.docx").read_bytes())
    authority = next(p for p in document.paragraphs if p.text == "{{ line }}" and p.style.name == "KH Thẩm quyền")
    authority.insert_paragraph_before("Mẫu riêng của xã")
    document.save(tmp_path / "templates" / "quyet-dinh.docx")
    assert "Mẫu riêng của xã" in body_texts(open_docx(build(plan).docx))


def test_the_report_sets_each_hamlets_result_beside_its_target_and_computes_the_rest():
    path = ROOT / "plans" / "vi-du-bao-cao-2022.toml"
    assert path.read_text(encoding="utf-8").startswith("# VÍ DỤ")
    document = _document(path)
    texts = body_texts(document)
    assert "BÁO CÁO" in texts
    assert ("Năm 2022, toàn xã giảm 06 hộ nghèo, đạt 100% chỉ tiêu kế hoạch (06 hộ); phát sinh mới 01 hộ nghèo; "
            "cuối năm còn 32 hộ nghèo, chiếm 1,52% tổng số hộ. Có 11/12 xóm đạt chỉ tiêu được giao, cụ thể:") in texts
    assert not any("{" in text or "}" in text for text in texts)  # no placeholder left as typed
    poor = next(t for t in document.tables if t.rows[0].cells[1].text == "Tên xóm")
    rows = [[c.text for c in row.cells] for row in poor.rows]
    tt = nd30.estimated_width_mm("TT", nd30.TABLE_SIZE.chosen, 100) + 2 * CELL_MARGIN_MM  # "TT" on one line
    assert tt <= poor.rows[0].cells[0].width.mm <= tt + 2 and poor.rows[0].cells[1].width.mm >= 25
    assert rows[0][3:6] == ["Số hộ nghèo đầu năm", "Chỉ tiêu kế hoạch", "Thực hiện giảm"]
    cuong = next(r for r in rows if r[1] == "Xóm Cường")
    assert cuong[3:] == ["3", "1", "0", "0", "3", "1,19", "Không đạt"]  # target 1 (the plan's), nothing reached
    assert rows[-1][2:] == ["2.111", "37", "6", "6", "1", "32", "1,52", "11/12 đạt"]


def test_a_result_row_for_another_hamlet_is_refused_at_its_line(tmp_path):
    (tmp_path / "plans").mkdir()
    plan = tmp_path / "plans" / "bc.toml"
    text = (ROOT / "plans" / "vi-du-bao-cao-2022.toml").read_text(encoding="utf-8")
    plan.write_text(text.replace('hamlet = "Phúc Hòa"', 'hamlet = "Phúc Hoà Mới"'), encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(plan)])
    assert result.exit_code == 1
    assert "Dòng kết quả thứ 2 ghi xóm «Phúc Hoà Mới», nhưng xóm thứ 2 trong [[hamlets]] là «Phúc Hòa»." \
        in result.output


def test_a_summary_longer_than_words_title_property_builds_and_is_printed_whole(tmp_path):
    long = "Kết luận của Chủ tịch UBND xã tại cuộc họp về " + ", ".join(f"nội dung thứ {n}" for n in range(1, 30))
    text = EXAMPLES["thong-bao"].read_text(encoding="utf-8")
    summary = next(line for line in text.splitlines() if line.startswith("summary = "))
    plan = tmp_path / "plans" / "tb.toml"
    plan.parent.mkdir()
    plan.write_text(text.replace(summary, f'summary = "{long}"'), encoding="utf-8")
    document = open_docx(build(plan).docx)
    title = document.core_properties.title
    assert len(title) <= 255 and title.endswith("…") and title.startswith("Thông báo TB: Kết luận")
    assert long in " ".join(body_texts(document))


def test_a_decisions_point_without_a_paragraph_is_refused_at_its_field(tmp_path):
    from docgen.errors import DocgenError

    text = EXAMPLES["quyet-dinh"].read_text(encoding="utf-8")
    marker = 'text = ["Làng Mơn: giảm 02 hộ nghèo."]\n'
    assert marker in text  # the last clause of Điều 1, where the empty point goes
    path = tmp_path / "q.toml"
    path.write_text(text.replace(marker, marker + 'points = [["Rà soát"], []]\n'), encoding="utf-8")
    with pytest.raises(DocgenError) as raised:  # it printed "a) " from nothing before: an IndexError
        build(path)
    assert [p.location.field for p in raised.value.problems] == ["decision.articles[1].clauses[12].points[2]"]


def test_an_appendix_of_a_decision_of_the_chairman_names_the_chairman_in_its_reference(tmp_path):
    appendix = '\n[[appendices]]\nid = "danh_sach"\ntitle = "Danh sách các xóm"\ntext = ["Các xóm của xã."]\n'
    plan = tmp_path / "plans" / "qd.toml"
    plan.parent.mkdir()
    plan.write_text(EXAMPLES["quyet-dinh"].read_text(encoding="utf-8") + appendix, encoding="utf-8")
    texts = body_texts(_document(plan))
    reference = next(t for t in texts if t.startswith("(Kèm theo Quyết định"))
    # the decision is the Chủ tịch's (its authority line), not the Ủy ban's: the reference says so
    assert reference.endswith("của Chủ tịch Ủy ban nhân dân xã Thịnh Đức)")


def test_a_decisions_executors_typed_in_lower_case_are_printed_once(tmp_path):
    text = EXAMPLES["quyet-dinh"].read_text(encoding="utf-8")
    plan = tmp_path / "plans" / "qd.toml"
    plan.parent.mkdir()
    typed = text.replace("[recipients]\nitems = [", '[recipients]\nitems = ["Như điều 3", ', 1)
    plan.write_text(typed, encoding="utf-8")
    recipients = cell_lines(_document(plan).tables[-1].cell(0, 0))
    assert recipients[1] == "- Như Điều 3;" and "- Như điều 3;" not in recipients


def test_a_decisions_executors_placed_by_the_clerk_stay_in_their_place(tmp_path):
    text = EXAMPLES["quyet-dinh"].read_text(encoding="utf-8")
    plan = tmp_path / "plans" / "qd.toml"
    plan.parent.mkdir()
    plan.write_text(text.replace('"12 xóm"]', '"12 xóm", "Như điều 3 (th/h)"]', 1), encoding="utf-8")
    recipients = cell_lines(_document(plan).tables[-1].cell(0, 0))
    assert recipients[1] == "- UBND thành phố Thái Nguyên;" and "- Như Điều 3 (th/h);" in recipients
    assert sum(line.startswith("- Như Điều") for line in recipients) == 1
