"""What a real plan holds, edited in the browser (issue 19, point 8): tables between the paragraphs of the text,
appendices of every kind, and emphasis written with B / I / U or Ctrl+B / Ctrl+I / Ctrl+U; in Chromium."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import tomli

from docgen import markup
from tests.readback import body_texts, open_docx
from tests.web import test_browser_clerk as clerk
from tests.web.test_browser import _shot
from tests.web.test_browser_clerk import ROOT, _open, _save, expect

live, page = clerk.live, clerk.page  # the clerk's docgen serve and Chromium tab, as in test_browser_clerk

pytestmark = pytest.mark.skipif(shutil.which("chromium") is None and shutil.which("chromium-browser") is None,
                                reason="Chromium is not installed")


def _saved(project: Path, name: str = "small.toml") -> dict:
    return tomli.loads((project / "plans" / name).read_text(encoding="utf-8"))


def _build(page, project: Path):
    page.get_by_role("button", name="Lưu và tạo văn bản Word").click()
    expect(page.locator("#downloads")).to_contain_text(".docx")
    return open_docx(next((project / "output").glob("*.docx")))


def _select(field, start: int, end: int) -> None:
    field.focus()
    field.evaluate("(el, [s, e]) => el.setSelectionRange(s, e)", [start, end])


def _cell(table, row: int, column: int):
    return table.locator("tr[data-row]").nth(row - 1).locator("textarea[data-cell]").nth(column - 1)


def test_a_table_is_put_between_two_paragraphs_and_its_rows_columns_header_and_total_are_edited(page, project):
    _open(page, "small.toml")
    paragraphs = page.locator('[data-list="sections"] > [data-node]').first.locator(
        '[data-node="item"]').nth(1).locator('[data-key="text"]')
    paragraphs.click()
    page.keyboard.press("Control+End")
    page.get_by_role("button", name="Chèn bảng vào chỗ con trỏ").click()
    table = page.locator('[data-list="tables"] > [data-node]').last
    expect(table.locator('[data-key="id"]')).to_have_value("bang_1")
    expect(paragraphs).to_have_value(__import__("re").compile(r"\n\{table\.bang_1\}$"))
    expect(page.locator(".paste-note")).to_contain_text("{table.bang_1}")  # said where it went, in page words
    expect(_cell(table, 1, 1)).to_be_focused()
    page.keyboard.type("TT")
    _cell(table, 1, 2).fill("Việc")
    _cell(table, 2, 1).fill("1")
    _cell(table, 2, 2).fill("Rà soát hộ nghèo")
    table.get_by_role("button", name="+ Thêm dòng", exact=True).click()
    expect(_cell(table, 3, 1)).to_be_focused()  # the new row's first cell
    page.keyboard.type("2")
    _cell(table, 3, 2).fill("Họp xóm")
    table.get_by_role("button", name="+ Thêm cột").click()
    for row, text in ((1, "Thời gian"), (2, "Tháng 10"), (3, "Quý IV")):
        _cell(table, row, 3).fill(text)
    table.get_by_role("button", name="+ Thêm dòng tiêu đề").click()  # a second heading row, removed again
    table.locator('tr[data-row="header"]').nth(1).get_by_role("button", name="Xóa dòng").click()
    table.get_by_role("button", name="+ Thêm dòng tổng").click()
    expect(table.get_by_role("button", name="+ Thêm dòng tổng")).to_be_hidden()  # one total row
    _cell(table, 4, 3).fill("2 việc")
    table.get_by_role("button", name="+ Thêm cột").click()
    table.get_by_role("button", name="Xóa cột 4").click()  # an empty column goes without asking
    table.locator('[data-key="title"]').fill("Lịch thực hiện")
    expect(page.locator("#summary")).to_be_hidden()
    table.scroll_into_view_if_needed()
    _shot(page, "editor-table", '[data-list="tables"] > [data-node]')
    _save(page)
    saved = _saved(project)["tables"]
    assert saved == [{"id": "bang_1", "title": "Lịch thực hiện", "header": [["TT", "Việc", "Thời gian"]],
                      "rows": [["1", "Rà soát hộ nghèo", "Tháng 10"], ["2", "Họp xóm", "Quý IV"]],
                      "total": ["Cộng", "", "2 việc"]}]
    document = _build(page, project)
    texts = body_texts(document)
    printed = [t for t in document.tables if t.rows[0].cells[0].text == "TT" and len(t.columns) == 3]
    assert printed, "the table is printed in the document"
    assert [c.text for c in printed[0].rows[-1].cells] == ["Cộng", "", "2 việc"]
    assert "Lịch thực hiện" in texts


def test_a_cell_with_widths_keeps_the_file_and_one_edit_changes_one_line(page, project):
    shutil.copy(ROOT / "plans" / "vi-du-day-du.toml", project / "plans" / "vi-du-day-du.toml")
    path = project / "plans" / "vi-du-day-du.toml"
    before = path.read_text(encoding="utf-8")
    page.reload()
    _open(page, "vi-du-day-du.toml")
    table = page.locator('[data-list="tables"] > [data-node]').first
    expect(_cell(table, 2, 2)).to_have_value("Chính sách **hỗ trợ nhà ở**")  # the marks as the clerk typed them
    _cell(table, 3, 4).fill("12 phút")
    _save(page)
    after = path.read_text(encoding="utf-8")
    changed = [(a, b) for a, b in zip(before.splitlines(), after.splitlines(), strict=True) if a != b]
    assert changed == [('  ["2", "Vay vốn ưu đãi", "Cán bộ Ngân hàng CSXH", "10 phút"],',
                        '  ["2", "Vay vốn ưu đãi", "Cán bộ Ngân hàng CSXH", "12 phút"],')]
    table.get_by_role("button", name="+ Thêm cột").click()  # widths and alignments follow the columns
    expect(page.locator("#summary")).to_be_hidden()
    _save(page)
    assert _saved(project, "vi-du-day-du.toml")["tables"][0]["widths"] == [1, 3, 3, 2, 2]


def test_appendices_of_every_kind_are_added_and_printed(page, project):
    _open(page, "small.toml")
    appendices = page.locator('[data-list="appendices"] > [data-node]')
    count = appendices.count()
    page.get_by_role("button", name="+ Thêm phụ lục văn bản (có mục I., 1., a))").click()
    text = appendices.nth(count)
    expect(text.locator('[data-key="id"]')).to_be_focused()
    expect(text.locator('[data-key="id"]')).to_have_value("phu_luc_1")
    text.locator('[data-key="title"]').fill("Hướng dẫn rà soát")
    text.locator(':scope > label [data-key="text"]').fill("Các xóm rà soát theo chuẩn nghèo đa chiều.")
    text.get_by_role("button", name="+ Thêm mục (I., II., …) của phụ lục").click()
    section = text.locator('[data-node="section"]').first
    expect(section.locator(".number").first).to_have_text("I.")
    section.locator('[data-key="title"]').fill("Quy trình")
    section.locator(':scope > label [data-key="text"]').fill("Trưởng xóm lập danh sách.")
    page.get_by_role("button", name="+ Thêm mẫu biểu (có chỗ ký)").click()
    form = appendices.nth(count + 1)
    form.locator('[data-key="label"]').fill("Mẫu số 01")
    form.locator('[data-key="title"]').fill("Giấy đăng ký thoát nghèo")
    form.locator(':scope > label [data-key="text"]').fill("Họ và tên chủ hộ: ....................")
    expect(form.locator(".node-head .number").first).to_have_text("Mẫu số 01")
    expect(page.locator("#summary")).to_be_hidden()
    _shot(page, "editor-appendix-form", f'[data-list="appendices"] > [data-node]:nth-child({count + 2})')
    _save(page)
    saved = _saved(project)["appendices"][count:]
    assert saved[0] == {"id": "phu_luc_1", "title": "Hướng dẫn rà soát",
                        "text": ["Các xóm rà soát theo chuẩn nghèo đa chiều."],
                        "sections": [{"title": "Quy trình", "text": ["Trưởng xóm lập danh sách."]}]}
    assert saved[1]["reference"] is False and saved[1]["label"] == "Mẫu số 01"
    assert saved[1]["signatures"] == [{"lines": ["NGƯỜI LÀM ĐƠN"], "note": "(Ký, ghi rõ họ tên)"}]
    texts = body_texts(_build(page, project))
    for expected in ("HƯỚNG DẪN RÀ SOÁT", "Trưởng xóm lập danh sách.", "Mẫu số 01", "GIẤY ĐĂNG KÝ THOÁT NGHÈO",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"):
        assert any(expected in t for t in texts), expected


def test_bold_italic_underline_are_written_around_the_selection_and_an_asterisk_stays_an_asterisk(page, project):
    _open(page, "small.toml")
    intro = page.locator('[data-key="intro"]')
    intro.fill("Giảm 1.250* hộ nghèo trong năm")
    _select(intro, 5, 11)  # "1.250*"
    page.keyboard.press("Control+b")
    expect(intro).to_have_value(r"Giảm **1.250\*** hộ nghèo trong năm")
    _select(intro, 17, 19)  # "hộ"
    page.get_by_role("button", name="In nghiêng (Ctrl+I)").click()
    expect(intro).to_have_value(r"Giảm **1.250\*** *hộ* nghèo trong năm")
    page.keyboard.press("Control+i")  # again: the marks come off
    expect(intro).to_have_value(r"Giảm **1.250\*** hộ nghèo trong năm")
    _select(intro, 20, 25)  # "nghèo"; Ctrl+U is Chromium's "view source" elsewhere: here it underlines
    page.keyboard.press("Control+u")
    expect(intro).to_have_value(r"Giảm **1.250\*** hộ __nghèo__ trong năm")
    assert len(page.context.pages) == 1
    page.evaluate("window.scrollTo(0, 0)")
    _shot(page, "editor-marks")
    _save(page)
    runs = markup.parse(_saved(project)["intro"][0])
    assert [(r.text, r.bold, r.underline) for r in runs if not r.plain] == [("1.250*", True, False),
                                                                           ("nghèo", False, True)]
    paragraph = next(p for p in _build(page, project).paragraphs if "1.250*" in p.text)
    assert paragraph.text.startswith("Giảm 1.250* hộ nghèo")
    assert [r.text for r in paragraph.runs if r.bold] == ["1.250*"]
    assert [r.text for r in paragraph.runs if r.underline] == ["nghèo"]


def test_the_marks_act_only_on_texts_printed_with_emphasis(page, project):
    _open(page, "small.toml")
    place = page.locator('[data-node="issuer"] [data-key="place"]')
    value = place.input_value()
    _select(place, 0, 3)
    page.keyboard.press("Control+b")
    expect(place).to_have_value(value)
    page.get_by_role("button", name="In đậm (Ctrl+B)").click()  # no text field taking emphasis was used yet
    expect(page.locator("#save-state")).to_contain_text("chọn chữ trước")


def _new_from_2022(page, kind: str) -> None:
    form = page.locator("#new-from")
    form.get_by_label("Từ kế hoạch").select_option("2022.toml")
    form.get_by_label("Loại văn bản").select_option(label=kind)
    form.get_by_role("button", name="Tạo văn bản").click()


def test_a_reports_results_are_typed_in_their_grid_and_its_confirm_boxes_speak_the_pages_words(page, project):
    _new_from_2022(page, "Báo cáo")
    expect(page.locator("h1")).to_have_text("bao-cao-2022.toml")
    box = page.get_by_label("Đã kiểm tra: kết quả cuối năm của các xóm")
    expect(box).to_be_disabled()
    expect(page.locator("#confirm")).not_to_contain_text("results")
    cell = page.locator('#results [data-list="results"] > tr').nth(1).get_by_label("Hộ nghèo đã thoát")
    cell.fill("2")
    expect(box).to_be_enabled()  # looked at: it can be ticked now
    box.check()
    _save(page)
    saved = _saved(project, "bao-cao-2022.toml")
    assert saved["results"][1]["poor_reduced"] == 2 and "results" not in saved["confirm"]


def test_a_decisions_articles_and_clauses_are_numbered_and_added_as_printed(page, project):
    _new_from_2022(page, "Quyết định")
    expect(page.locator("h1")).to_have_text("quyet-dinh-2022.toml")
    articles = page.locator('[data-list="articles"] > [data-node]')
    expect(articles.first.locator(".number").first).to_have_text("Điều 1.")
    first = articles.first
    clauses = first.locator('[data-list="clauses"] > [data-node]')
    count = clauses.count()
    first.get_by_role("button", name="+ Thêm khoản (1., 2., …)").click()
    expect(clauses.nth(count).locator(".number")).to_have_text(f"{count + 1}.")
    clauses.nth(count).locator('[data-key="text"]').fill("Xóm Mới: giảm 01 hộ nghèo")
    _save(page)
    saved = _saved(project, "quyet-dinh-2022.toml")["decision"]
    assert saved["articles"][0]["clauses"][-1] == {"text": ["Xóm Mới: giảm 01 hộ nghèo"]}


def test_a_block_copied_from_excel_fills_a_tables_cells_and_gets_the_rows_it_lacks(page, project):
    from tests.web.test_browser_clerk import _paste

    shutil.copy(ROOT / "plans" / "vi-du-day-du.toml", project / "plans" / "vi-du-day-du.toml")
    page.reload()
    _open(page, "vi-du-day-du.toml")
    table = page.locator('[data-list="tables"] > [data-node]').nth(2)  # phan_cong: 2 heading rows, 3 rows
    _paste(_cell(table, 5, 2), "Họp dân\tCông chức VH-XH\n Tập huấn\tHội Phụ nữ\n")
    expect(_cell(table, 5, 2)).to_have_value("Họp dân")
    expect(_cell(table, 5, 3)).to_have_value("Công chức VH-XH")
    expect(_cell(table, 6, 2)).to_have_value("Tập huấn")  # a new row for the block's last line
    expect(_cell(table, 6, 3)).to_have_value("Hội Phụ nữ")
    expect(_cell(table, 4, 2)).to_have_value("Hỗ trợ giống cây trồng")  # above the block: untouched
