"""The page's own words to the end (issue 19, what was left): a build refusal names the field as the page
labels it, not a paragraph of the document; the import's notes name the page's fields; a hamlet removed takes
its result row with it; a save that leaves a cell wrong does not say "Đã lưu"; typing kept under the old
storage key is offered back once."""

from __future__ import annotations

import re
import shutil

import pytest

from tests.web import test_browser_clerk as clerk
from tests.web.test_browser_clerk import _open, _row, expect

live, page = clerk.live, clerk.page  # the clerk's docgen serve and Chromium tab, as in test_browser_clerk

pytestmark = pytest.mark.skipif(shutil.which("chromium") is None and shutil.which("chromium-browser") is None,
                                reason="Chromium is not installed")

PARAGRAPH = re.compile(r"đoạn \d+")  # how the checker of a Word document says where: never on these pages


def _build(page) -> None:
    page.get_by_role("button", name="Lưu và tạo văn bản Word").click()
    expect(page.locator("h1")).to_contain_text("Tạo văn bản từ")


# ---- 1. a build refusal names the field as the page labels it ---------------------------------------------

def test_a_basis_typed_without_can_cu_is_named_at_its_field_on_the_editor_and_on_the_build_page(page, project):
    _open(page, "2022.toml")
    bases = page.locator('textarea[data-key="bases"]')
    first, second = bases.input_value().split("\n")
    bases.fill(f"{first}\n{second.removeprefix('Căn cứ ')}")  # the clerk typed the second without "Căn cứ"
    summary = page.locator("#summary")
    expect(summary).to_contain_text("Căn cứ thứ 2")
    expect(page.locator(".problem").filter(has_text="Gõ «Căn cứ» ở đầu dòng")).to_be_visible()  # at the field
    _build(page)
    refusal = page.locator("#build-problems")
    expect(refusal).to_contain_text("Căn cứ thứ 2: Căn cứ này không bắt đầu bằng «Căn cứ»")
    assert not PARAGRAPH.search(page.locator("main").inner_text())
    assert not list((project / "output").glob("*.docx")) if (project / "output").exists() else True


def test_a_fault_found_only_in_the_built_document_is_named_at_the_field_that_prints_it(page, project):
    _open(page, "2022.toml")
    intro = page.locator('textarea[data-key="intro"]')
    intro.fill("Căn cứ vào tình hình thực tế của xã;\n" + intro.input_value())  # read as a basis once printed
    _build(page)
    expect(page.locator("#refused")).to_be_visible()
    findings = page.locator(".findings li")
    expect(findings.first).to_contain_text("Đoạn mở đầu thứ 1")
    expect(findings.first).to_contain_text("Sửa ở ô «Đoạn mở đầu thứ 1» của trang sửa kế hoạch")
    assert not PARAGRAPH.search(page.locator("main").inner_text())


# ---- 2. the import's notes in the page's labels -----------------------------------------------------------

FILE_WORDS = re.compile(r"\b(number|date|code|draft_month|draft_year|[a-z]+_[a-z_]+)\b|\[reference\]|tệp kế hoạch")


def test_the_notes_of_a_word_draft_brought_in_name_the_pages_fields_not_the_files(page, project, tmp_path):
    from docgen.build import build

    text = (project / "plans" / "2022.toml").read_text(encoding="utf-8")
    draft = tmp_path / "du-thao.toml"  # a draft not yet numbered nor dated, as it went round for comments
    draft.write_text(text.replace("number = 85\n", "").replace("date = 2022-10-24\n", ""), encoding="utf-8")
    word = tmp_path / "Dự thảo 2022.docx"
    word.write_bytes(build(draft).docx)
    page.locator('#new-word input[type="file"]').set_input_files(str(word))
    page.get_by_role("button", name="Nhập từ Word").click()
    expect(page.locator("h1")).to_have_text("Dự thảo 2022.toml")
    summary = page.locator("#import-summary")
    expect(summary).to_contain_text("để trống «Số»")
    expect(summary).to_contain_text("«Ngày ban hành»")
    expect(page.locator(".import-note").first).to_be_visible()  # at its field too
    notes = page.locator(".import-note").all_inner_texts() + [summary.inner_text()]
    assert notes and not any(FILE_WORDS.search(note) for note in notes), notes


# ---- 3. a hamlet removed takes its report result row with it -----------------------------------------------

def _results(page):
    return page.locator('#results [data-list="results"] > tr')


def test_a_hamlet_removed_from_the_grid_takes_its_result_row_and_undo_brings_both_back(page, project):
    import tomli

    name = "vi-du-bao-cao-2022.toml"
    shutil.copy(clerk.ROOT / "plans" / name, project / "plans" / name)
    page.reload()
    _open(page, name)
    expect(_results(page)).to_have_count(12)
    assert _row(page, 3).locator('[data-key="name"]').input_value() == "Đức Hòa"
    _row(page, 3).locator("[data-remove]").click()
    expect(_results(page)).to_have_count(11)
    expect(page.locator("#undo-text")).to_contain_text("cùng dòng kết quả cuối năm")
    assert "Đức Hòa" not in [r.input_value() for r in _results(page).locator('[data-key="hamlet"]').all()]
    expect(page.locator("#summary")).not_to_contain_text("dòng kết quả")  # the results still follow the hamlets
    page.keyboard.press("Control+z")  # the focus is on «Hoàn tác»: both come back, at their places
    expect(_row(page, 3).locator('[data-key="name"]')).to_have_value("Đức Hòa")
    expect(_results(page)).to_have_count(12)
    expect(_results(page).nth(2).locator('[data-key="hamlet"]')).to_have_value("Đức Hòa")
    _row(page, 3).locator("[data-remove]").click()
    page.get_by_role("button", name="Lưu", exact=True).click()
    expect(page.locator("#save-state")).to_have_text("Đã lưu")
    saved = tomli.loads((project / "plans" / name).read_text(encoding="utf-8"))
    assert [h["name"] for h in saved["hamlets"]] == [r["hamlet"] for r in saved["results"]]
    assert len(saved["results"]) == 11


# ---- 4. a save that leaves a cell wrong does not say "Đã lưu" alone ----------------------------------------

def test_a_save_with_a_wrong_cell_says_what_is_still_wrong_not_only_saved(page, project):
    _open(page, "2022.toml")
    cell = _row(page, 1).locator('[data-key="households"]')
    cell.fill("2l9")  # a letter l for a one
    page.get_by_role("button", name="Lưu", exact=True).click()
    state = page.locator("#save-state")
    expect(state).to_have_text(re.compile(r"^Đã lưu, nhưng còn 1 lỗi \(đầu tiên: Xóm thứ 1, Tổng số hộ\)"))
    expect(state).to_have_class("bad")
    expect(state).to_be_in_viewport()
    assert 'households = "2l9"' in (project / "plans" / "2022.toml").read_text(encoding="utf-8")  # nothing lost
    cell.fill("219")
    page.get_by_role("button", name="Lưu", exact=True).click()
    expect(state).to_have_text("Đã lưu")


# ---- 5. typing kept under the old storage key is offered back, once ---------------------------------------

def test_typing_kept_under_the_old_key_before_the_workspace_binding_is_offered_back_once(page, project):
    _open(page, "2022.toml")
    cell = _row(page, 1).locator('[data-key="households"]')
    cell.fill("319")
    page.wait_for_timeout(600)  # kept in the browser by the page, under today's key, as the clerk types
    page.goto(page.url.split("/plans/")[0] + "/")
    page.evaluate("""() => {  // as a page of the docgen before the binding kept it: by the plan's name alone
        const key = Object.keys(localStorage).find((k) => k.startsWith('docgen-unsaved:'));
        localStorage.setItem('docgen-unsaved:2022.toml', localStorage.getItem(key));
        localStorage.removeItem(key); }""")
    _open(page, "2022.toml")
    expect(page.locator("#kept")).to_be_visible()
    assert page.evaluate("localStorage.getItem('docgen-unsaved:2022.toml')") is None  # moved: offered once
    page.get_by_role("button", name="Lấy lại các thay đổi đó").click()
    expect(_row(page, 1).locator('[data-key="households"]')).to_have_value("319")
    page.get_by_role("button", name="Lưu", exact=True).click()
    expect(page.locator("#save-state")).to_have_text("Đã lưu")
    assert "households = 319" in (project / "plans" / "2022.toml").read_text(encoding="utf-8")
    page.reload()
    expect(page.locator("#plan")).to_have_attribute("data-ready", "1")
    expect(page.locator("#kept")).to_be_hidden()  # saved: not offered again

    page.evaluate("""() => localStorage.setItem('docgen-unsaved:2022.toml',  // typed over another file's bytes
        JSON.stringify({digest: 'another-workspaces-file', data: {issuer: {name: 'Xã khác'}}}))""")
    page.reload()
    expect(page.locator("#plan")).to_have_attribute("data-ready", "1")
    expect(page.locator("#kept")).to_be_hidden()  # not this file's: not offered here, left for its own
    assert page.evaluate("localStorage.getItem('docgen-unsaved:2022.toml')") is not None


# ---- 6. walked through as a clerk: what still spoke of the file --------------------------------------------

def test_a_new_communes_plan_typed_from_the_keyboard_speaks_of_the_page_not_of_a_starter_file(page):
    form = page.locator("#new-starter")
    form.get_by_label("Tên xã, phường").click()
    page.keyboard.type("Xã Tân Cương")
    page.keyboard.press("Tab")
    page.keyboard.type("Thái Nguyên")
    page.keyboard.press("Tab")
    page.keyboard.type("2026")
    page.keyboard.press("Enter")
    expect(page.locator("#plan")).to_have_attribute("data-ready", "1")
    summary = page.locator("#summary")
    expect(summary).to_contain_text("«Thôn Mẫu Một» là dòng mẫu có sẵn khi tạo kế hoạch")
    assert "tệp" not in summary.inner_text()


def test_a_wrong_cell_of_the_clerks_excel_sheet_is_named_by_its_sheet_and_cell(page, project, tmp_path):
    import openpyxl

    from docgen.build import build
    from docgen.tables.xlsx import tables_workbook

    built = build(project / "plans" / "2022.toml")
    sheet = tmp_path / "so-lieu.xlsx"
    sheet.write_bytes(tables_workbook(built.plan, built.results))
    book = openpyxl.load_workbook(sheet)
    cell = next(c for row in book.worksheets[0].iter_rows() for c in row if c.value == 219)
    cell.value = "2l9"
    book.save(sheet)
    _open(page, "2022.toml")
    page.locator('#excel-form input[type="file"]').set_input_files(str(sheet))
    page.get_by_role("button", name="Xem các số sẽ thay đổi").click()
    expect(page.locator("#excel-problems")).to_contain_text(
        f"trang tính «{book.worksheets[0].title}», ô {cell.coordinate}: ô có «2l9»")


def test_the_column_chooser_of_an_appendix_says_what_each_figure_is_not_its_id_in_the_file(page):
    _open(page, "2022.toml")
    chooser = page.locator('select[data-key="figure"]').first
    options = chooser.locator("option").all_inner_texts()
    assert "Tỷ lệ hộ nghèo cuối kỳ (%)" in options
    assert not any(FILE_WORDS.search(option) or ":" in option for option in options), options


def test_a_plan_file_written_wrong_is_said_in_vietnamese_with_its_line_not_the_parsers_english(page, project):
    (project / "plans" / "hong.toml").write_text('[issuer]\nname = "Xã A"\nplace = Thịnh Đức\n', encoding="utf-8")
    page.reload()
    page.get_by_role("row", name=re.compile("^hong.toml ")).get_by_role("link", name="Mở").click()
    main = page.locator("main")
    expect(main).to_contain_text("Tệp kế hoạch này viết sai ở dòng 3 (chữ thứ 9), nên trang chưa mở được để sửa.")
    expect(main).to_contain_text("Mở tệp trong thư mục plans bằng Notepad")
    assert not re.search(r"Invalid|line \d|column", main.inner_text())


def test_a_reports_sheet_to_fill_first_does_not_claim_a_document_checked_without_faults(page, project):
    form = page.locator("#new-from")
    form.get_by_label("Từ kế hoạch").select_option("2022.toml")
    form.get_by_label("Loại văn bản").select_option(label="Báo cáo")
    form.get_by_role("button", name="Tạo văn bản").click()
    expect(page.locator("#plan")).to_have_attribute("data-ready", "1")
    page.get_by_label("Thêm bảng Excel (.xlsx)").check()
    _build(page)
    expect(page.locator("#pdf-note")).to_contain_text("Kết quả các xóm chưa điền nên chưa tạo báo cáo")
    expect(page.locator("main")).not_to_contain_text("Không thấy lỗi thể thức nào")
