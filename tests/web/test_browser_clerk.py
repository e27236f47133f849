"""A commune clerk's day with ``docgen serve``, in Chromium: pasting from last year's Word plan, docgen stopped
and started again mid-edit, the starter's samples, the page's own words, saving without a change, the keyboard,
a small screen, an English browser, and the clerk's own Word and Excel files brought in."""

from __future__ import annotations

import difflib
import os
import re
import shutil
import threading
from pathlib import Path

import pytest

from docgen import messages
from tests.readback import body_texts, open_docx
from tests.web.test_browser import CHROMIUM, CHROMIUM_ARGS, _shot, playwright_api

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
expect = playwright_api.expect
ROOT = Path(__file__).resolve().parents[2]


class Live:
    """docgen serve on a fixed port, which a test can stop and start again (as the clerk's machine does)."""

    def __init__(self, root: Path, port: int = 0) -> None:
        self.root, self.port, self.server = root, port, None
        self.start_soon()

    def start(self) -> None:
        from docgen.web.serve import start

        self.server = start(self.root, self.port)
        self.port = self.server.server_port
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def restart(self) -> None:
        """Stop, then start again on the same port as soon as the old server's connections have let it go."""
        self.stop()
        self.start_soon()

    def start_soon(self) -> None:
        """Start, on a port another server has just let go of as soon as its connections allow."""
        import time

        from docgen.errors import DocgenError

        for _ in range(50):
            try:
                return self.start()
            except DocgenError:
                time.sleep(0.1)
        self.start()

    @property
    def address(self) -> str:
        return f"http://127.0.0.1:{self.port}/"


@pytest.fixture
def live(project: Path):
    running = Live(project)
    yield running
    running.stop()


def _browser(live: Live, locale: str = "vi-VN", width: int = 1280):
    driver = playwright_api.sync_playwright().start()
    browser = driver.chromium.launch(executable_path=CHROMIUM, args=[*CHROMIUM_ARGS[:-1], f"--lang={locale}"])
    context = browser.new_context(viewport={"width": width, "height": 900}, locale=locale, accept_downloads=True)
    context.set_default_timeout(30_000)
    tab = context.new_page()
    if os.environ.get("DOCGEN_TEST_SLOW_CPU"):  # e.g. 8: the page's script runs as on a loaded 2-core machine
        context.new_cdp_session(tab).send("Emulation.setCPUThrottlingRate",
                                          {"rate": float(os.environ["DOCGEN_TEST_SLOW_CPU"])})
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.on("dialog", lambda dialog: dialog.accept())
    tab.goto(live.address)
    return driver, browser, tab, errors


@pytest.fixture
def page(live):
    expect.set_options(timeout=20_000)
    driver, browser, tab, errors = _browser(live)
    yield tab
    browser.close()
    driver.stop()
    assert errors == [], f"the page's script failed: {errors}"


def _open(page, name: str) -> None:
    page.get_by_role("row", name=re.compile(f"^{re.escape(name)} ")).get_by_role("link", name="Mở").click()
    expect(page.locator("h1")).to_have_text(name)
    expect(page.locator("#plan")).to_have_attribute("data-ready", "1")  # the page's script is in place


def _paste(locator, text: str) -> None:
    """Paste ``text`` into the field as Ctrl+V from Word does (a paste event carrying the clipboard's text)."""
    locator.focus()
    locator.evaluate("""(el, text) => { const data = new DataTransfer(); data.setData('text/plain', text);
        el.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true})); }""",
                     text)


def _save(page, state: str | re.Pattern[str] = "Đã lưu") -> None:
    page.get_by_role("button", name="Lưu", exact=True).click()
    expect(page.locator("#save-state")).to_have_text(state)


def _row(page, number: int):
    return page.locator("#hamlets tbody tr").nth(number - 1)


# ---- 2. pasted text cleaned, visibly; a doubled number never blocks a build ---------------------------------

def test_numbers_and_bullets_pasted_from_word_are_left_out_with_a_notice_and_the_plan_builds(page, project):
    _open(page, "small.toml")
    page.get_by_role("button", name="+ Thêm mục (I., II., …)").click()
    new = page.locator('[data-list="sections"] > .section').last
    title = new.locator('[data-key="title"]').first
    _paste(title, "III. KINH PHÍ THỰC HIỆN")
    expect(title).to_have_value("KINH PHÍ THỰC HIỆN")
    expect(new.locator(".paste-note").first).to_contain_text("«III.»")
    bullets = new.locator('[data-key="bullets"]').first
    _paste(bullets, "•\tNgân sách xã;\no\tNguồn sự nghiệp;\n- Xã hội hóa.")
    expect(bullets).to_have_value("Ngân sách xã;\n+ Nguồn sự nghiệp;\nXã hội hóa.")
    expect(new.locator(".paste-note").last).to_contain_text("«•», «o», «-»")
    _shot(page, "editor-paste", '[data-list="sections"] > .section:last-child')
    new.get_by_role("button", name="+ Thêm khoản (1., 2., …)").click()
    new.locator('.item [data-key="title"]').first.fill("3. Ngân sách")  # typed, not pasted: shown, and left out
    expect(page.locator("#summary")).to_contain_text("Mục III, khoản 1, tiêu đề")
    expect(page.locator("#summary")).to_contain_text("Đầu đoạn có «3.» gõ tay")
    _save(page)
    page.get_by_role("button", name="Lưu và tạo văn bản Word").click()
    expect(page.locator("#downloads")).to_be_visible()  # not refused for a numbering out of order
    texts = body_texts(open_docx(next((project / "output").glob("*.docx"))))
    assert "III. KINH PHÍ THỰC HIỆN" in texts and "1. Ngân sách" in texts
    position = texts.index("III. KINH PHÍ THỰC HIỆN")
    assert texts[position + 1:position + 4] == ["- Ngân sách xã;", "+ Nguồn sự nghiệp;", "- Xã hội hóa."]


# ---- 5 and 6. docgen stopped and started again: nothing lost ----------------------------------------------

def test_a_save_while_docgen_is_stopped_says_so_keeps_the_typing_and_saves_after_the_restart(page, live, project):
    _open(page, "2022.toml")
    cell = _row(page, 1).locator('[data-key="households"]')
    cell.fill("319")
    live.stop()
    page.get_by_role("button", name="Lưu", exact=True).click()
    expect(page.locator("#banner")).to_have_text(messages.WEB_PAGE["serverDown"])
    expect(page.locator("#save-state")).to_have_text("Chưa lưu")
    expect(cell).to_have_value("319")
    live.start()  # a new start: a new token, which the open page takes up
    _save(page)
    assert "households = 319" in (project / "plans" / "2022.toml").read_text(encoding="utf-8")


def test_unsaved_typing_is_offered_back_after_a_reload(page, project):
    _open(page, "2022.toml")
    _row(page, 2).locator('[data-key="name"]').fill("Phúc Hòa Mới")
    page.wait_for_timeout(800)  # the check after typing keeps it in the browser
    page.reload()
    expect(page.locator("#kept")).to_be_visible()
    _shot(page, "editor-kept", "#kept")
    page.get_by_role("button", name=messages.WEB_PAGE["restore"]).click()
    expect(_row(page, 2).locator('[data-key="name"]')).to_have_value("Phúc Hòa Mới")
    expect(page.locator("#save-state")).to_have_text("Có thay đổi chưa lưu")
    _save(page)
    assert 'name = "Phúc Hòa Mới"' in (project / "plans" / "2022.toml").read_text(encoding="utf-8")
    page.reload()
    expect(page.locator("#kept")).to_be_hidden()  # saved: nothing left to offer


# ---- 3. what is not real cannot pass ----------------------------------------------------------------------

def _starter(page) -> None:
    form = page.locator("#new-starter")
    form.get_by_label("Tên xã, phường").fill("Xã Tân Cương")
    form.get_by_label("Tỉnh, thành phố").fill("Thái Nguyên")
    form.get_by_label("Năm kế hoạch").fill("2026")
    form.get_by_role("button", name="Tạo kế hoạch").click()
    expect(page.locator("h1")).to_have_text("2026-tan-cuong.toml")


def test_the_starters_samples_keep_the_plan_a_draft_and_a_box_is_ticked_only_once_looked_at(page, project):
    _starter(page)
    signature_box = page.locator('[data-confirm="signature"]')
    expect(signature_box).to_be_disabled()
    page.locator('[data-node="signature"] [data-key="position"]').focus()  # the clerk looks at the signature
    expect(signature_box).to_be_enabled()
    summary = page.locator("#summary")
    expect(summary).to_contain_text("Chữ ký, Họ và tên người ký: Người ký vẫn là chữ mẫu")
    expect(summary).to_contain_text("Thôn thứ 1, Tên thôn: «Thôn Mẫu Một» là dòng mẫu")
    expect(summary).to_contain_text("chữ ký: chưa được xác nhận.")
    _shot(page, "editor-samples", "#summary")
    page.locator('[data-node="document"] [data-key="number"]').fill("12")  # numbered: it would be issued
    for field in ("bases", "date", "hamlets", "targets"):
        (page.locator("#hamlets input").first if field == "hamlets" else
         page.locator(f'[data-key="{"poor_reduction" if field == "targets" else field}"]').first).focus()
    for box in page.locator("[data-confirm]").all():
        box.check()
    page.get_by_role("button", name="Lưu và tạo văn bản Word").click()
    expect(page.locator("#downloads")).to_contain_text("kh-du-thao-tan-cuong-2026.docx")
    expect(page.locator("#plan-warnings")).to_contain_text("Chữ ký, Họ và tên người ký")
    document = open_docx((project / "output" / "kh-du-thao-tan-cuong-2026.docx").read_bytes())
    header = " ".join(p.text for p in document.sections[0].first_page_header.paragraphs)
    assert "DỰ THẢO" in header


# ---- 4. the page's own words ------------------------------------------------------------------------------

def test_numbers_as_the_document_prints_them_are_taken_and_a_bad_cell_leaves_the_other_totals(page):
    expect(page.get_by_role("row", name="2022.toml")).to_contain_text("sẵn sàng")
    _open(page, "2022.toml")
    total = page.locator('[data-total="households"]')
    _row(page, 1).locator('[data-key="households"]').fill("1.219")  # Nhân Hòa: 219 → 1.219
    expect(total).to_have_text("3.111")
    _row(page, 2).locator('[data-key="poor"]').fill("6x")
    expect(page.locator("#summary")).to_contain_text("Xóm thứ 2, Hộ nghèo, Đầu kỳ: Phải là một số")
    expect(page.locator("#summary")).not_to_contain_text("dòng")
    expect(total).to_have_text("3.111")  # still shown
    expect(page.locator('[data-total="near_poor"]')).not_to_have_text("")
    expect(page.locator('[data-total="poor"]')).to_have_text("")  # the column of the wrong cell only


def test_the_list_tells_items_to_confirm_from_errors(page):
    _starter(page)
    page.get_by_role("link", name="Kế hoạch", exact=True).click()
    row = page.get_by_role("row", name="2026-tan-cuong.toml")
    expect(row).to_contain_text("còn 5 mục cần xác nhận")
    expect(row).not_to_contain_text("lỗi")


# ---- 5. saving without a change writes the same bytes -----------------------------------------------------

TRICKY = '''
[reference]
poor_rate = 1.40
'''
# fields a newer plan holds that this editor does not show: kept through a save
NEWER = {'title = "Nội dung"': 'title = "Nội dung"\nemphasis = ["Dự án một"]',
         'name = "Xóm Hai"': 'name = "Xóm Hai"\nnote = "sáp nhập năm 2025"'}


def _tricky_plan(project: Path) -> None:
    text = (ROOT / "tests" / "data" / "small.toml").read_text(encoding="utf-8")
    text = text.replace('intro = ["UBND xã Hòa Bình xây dựng Kế hoạch như sau:"]',
                        'intro = ["Dòng một\\ndòng hai của cùng một đoạn", "+ 5% so với năm trước", "2024-01-01"]')
    text = text.replace('archive = ["VP"]', 'archive = ["VP", "Phòng Văn hóa, Thông tin"]')
    for old, new in NEWER.items():
        text = text.replace(old, new)
    (project / "plans" / "tricky.toml").write_text(text + TRICKY, encoding="utf-8")


RICH = {  # what a plan holds beyond an outline, each in a form the editor must send back exactly as written
    '"Chính sách **hỗ trợ nhà ở**"': "'Chính sách **hỗ trợ *nhà ở***, giá 1.250\\* đồng'",
    '["^", "Hỏi đáp (*)", "<", "^"]': "[\"^\", 'Hỏi đáp (*) \\_\\_', \"\\\\<\", \"\"]",
    'widths = [1, 3, 3, 2]': 'widths = [1.5, 3, 3, 2]  # phần độ rộng',
    'title = "Phân công thực hiện nhiệm vụ"': 'title = "Phân công thực hiện nhiệm vụ"\norientation = "landscape"',
    'lines = ["XÁC NHẬN CỦA TRƯỞNG XÓM"]': 'lines = ["XÁC NHẬN CỦA TRƯỞNG XÓM"]\nspace = false\nbelow = ["Trưởng xóm"]',
    'title = "Thời gian"': 'title = "Thời gian"\nnumbered = false',
}


def _rich_plan(project: Path) -> None:
    text = (ROOT / "plans" / "vi-du-day-du.toml").read_text(encoding="utf-8")
    for old, new in RICH.items():
        assert old in text, old
        text = text.replace(old, new)
    (project / "plans" / "rich.toml").write_text(text, encoding="utf-8")


EXAMPLES = ["2025-than-sa.toml", "vi-du-day-du.toml", "vi-du-bao-cao-2022.toml", "vi-du-quyet-dinh-2022.toml",
            "vi-du-to-trinh-2022.toml", "vi-du-cong-van-2022.toml"]  # every example plan of plans/ but 2022


@pytest.mark.parametrize("name", ["2022.toml", *EXAMPLES, "small.toml", "tricky.toml", "rich.toml"])
def test_saving_without_a_change_writes_the_same_bytes_and_one_change_changes_one_line(page, project, name):
    if name in EXAMPLES:
        shutil.copy(ROOT / "plans" / name, project / "plans" / name)
    if name == "tricky.toml":
        _tricky_plan(project)
    if name == "rich.toml":
        _rich_plan(project)
    path = project / "plans" / name
    before = path.read_bytes()
    page.reload()
    _open(page, name)
    page.keyboard.press("Control+s")  # 7: Ctrl+S saves
    # the save went through (not merely "Đã lưu" as the page opened): only then is the file compared, and the
    # next save is sent after it, with the version it saved
    expect(page.locator("#plan")).to_have_attribute("data-saves", "1")
    # the tricky plan holds fields of a newer docgen: saved all the same, and said to be still wrong (issue 19)
    saved = re.compile(r"^Đã lưu, nhưng còn 2 lỗi") if name == "tricky.toml" else "Đã lưu"
    expect(page.locator("#save-state")).to_have_text(saved)
    assert path.read_bytes() == before
    page.locator('[data-node="recipients"] [data-key="archive_copies"]').fill("3")
    _save(page, saved)
    changed = [line for line in difflib.ndiff(before.decode("utf-8").splitlines(),
                                              path.read_text(encoding="utf-8").splitlines()) if line[:1] in "+-"]
    assert [line for line in changed if line.startswith("-")] == []
    assert [line for line in changed if line.startswith("+")] == ["+ archive_copies = 3"]


def test_two_saves_in_a_row_both_go_through_and_neither_is_told_the_file_changed_elsewhere(page, project):
    _open(page, "2022.toml")
    page.locator('[data-node="recipients"] [data-key="archive_copies"]').fill("3")
    page.keyboard.press("Control+s")
    page.locator('[data-node="document"] [data-key="summary"]').fill("Giảm nghèo năm {year}")
    page.keyboard.press("Control+s")  # while the first save is still on its way
    expect(page.locator("#plan")).to_have_attribute("data-saves", "2")
    expect(page.locator("#save-state")).to_have_text("Đã lưu")
    expect(page.locator("#banner")).to_be_hidden()
    saved = (project / "plans" / "2022.toml").read_text(encoding="utf-8")
    assert "archive_copies = 3" in saved and 'summary = "Giảm nghèo năm {year}"' in saved


# ---- 7. living with it ------------------------------------------------------------------------------------

def test_the_keyboard_moves_a_block_removes_it_and_undoes_the_removal(page):
    _open(page, "2022.toml")
    up = _row(page, 3).get_by_role("button", name="↑")
    up.focus()
    page.keyboard.press("Enter")
    expect(_row(page, 2).locator('[data-key="name"]')).to_have_value("Đức Hòa")
    expect(_row(page, 2).get_by_role("button", name="↑")).to_be_focused()  # the moved block keeps the focus
    _row(page, 2).get_by_role("button", name="✕").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="Hoàn tác")).to_be_focused()
    page.wait_for_timeout(21_000)  # it stays until the next change
    expect(page.locator("#undo")).to_be_visible()
    page.keyboard.press("Control+z")
    expect(_row(page, 2).locator('[data-key="name"]')).to_have_value("Đức Hòa")
    expect(_row(page, 2).locator('[data-key="name"]')).to_be_focused()
    expect(page.locator("#undo")).to_be_hidden()


def test_a_plan_is_renamed_deleted_into_the_bin_and_brought_back(page, project):
    row = page.get_by_role("row", name="small.toml")
    row.get_by_text("Đổi tên, xóa").click()
    row.get_by_label("Tên mới").fill("hoa-binh-2023")
    row.get_by_role("button", name="Đổi tên").click()
    row = page.get_by_role("row", name="hoa-binh-2023.toml")
    expect(row).to_be_visible()
    row.get_by_text("Đổi tên, xóa").click()
    row.get_by_role("button", name="Xóa (chuyển vào thùng rác, lấy lại được)").click()
    expect(page.get_by_role("row", name="hoa-binh-2023.toml")).to_have_count(0)
    assert (project / "thung-rac" / "hoa-binh-2023.toml").is_file()
    page.locator("#bin").get_by_role("button", name="Lấy lại").click()
    expect(page.get_by_role("row", name="hoa-binh-2023.toml")).to_be_visible()
    assert (project / "plans" / "hoa-binh-2023.toml").read_bytes() == (ROOT / "tests/data/small.toml").read_bytes()


def test_a_draft_is_built_for_circulation(page, project):
    _open(page, "small.toml")
    page.get_by_label("Bản dự thảo để xin ý kiến").check()
    page.get_by_role("button", name="Lưu và tạo văn bản Word").click()
    expect(page.locator("#downloads")).to_contain_text("kh-du-thao")
    assert not list((project / "output").glob("kh-07-*"))


def test_an_english_browser_at_400_px_shows_dates_as_day_month_year_and_nothing_sideways(live, project):
    driver, browser, tab, errors = _browser(live, locale="en-US", width=400)
    try:
        for name in ("", "2022.toml"):
            if name:
                _open(tab, name)
            width = tab.evaluate("document.documentElement.scrollWidth")
            assert width <= 400, f"the page is {width} px wide at 400 px"
        date = tab.locator('[data-node="document"] [data-key="date"]')
        expect(date).to_have_value("24/10/2022")
        date.fill("8/1/2023")
        _save(tab)
        assert "date = 2023-01-08" in (project / "plans" / "2022.toml").read_text(encoding="utf-8")
        _shot(tab, "editor-400px")
    finally:
        browser.close()
        driver.stop()
    assert errors == []


# ---- 1. their own files in --------------------------------------------------------------------------------

def test_last_years_word_plan_becomes_a_new_plan_with_its_notes_at_their_fields(page, project, tmp_path):
    import io

    import docx

    from docgen.build import build

    document = docx.Document(io.BytesIO(build(project / "plans" / "2022.toml").docx))
    typed = next(p for p in document.paragraphs if p.text.startswith("2. "))  # the clerk typed 4. for 2.
    typed.runs[0].text = typed.runs[0].text.replace("2.", "4.", 1)
    word = tmp_path / "Kế hoạch 2022.docx"
    document.save(str(word))
    page.locator('#new-word input[type="file"]').set_input_files(str(word))
    page.get_by_role("button", name="Nhập từ Word").click()
    expect(page.locator("h1")).to_have_text("Kế hoạch 2022.toml")
    expect(page.locator('[data-node="issuer"] [data-key="place"]')).to_have_value("Thịnh Đức")
    expect(_row(page, 1).locator('[data-key="households"]')).to_have_value("219")
    note = page.locator('[data-field="sections[1].items[2]"] .import-note')
    expect(note).to_have_text("Bản gốc đánh số khoản 4. ở vị trí khoản 2.: docgen đánh số liên tục.")
    expect(page.locator("#import-summary")).to_contain_text("Mục I, khoản 2: Bản gốc đánh số khoản 4.")
    _save(page)
    page.reload()
    expect(page.locator(".import-note")).to_have_count(0)  # looked at and saved: the file's comments keep them
    assert (project / "plans" / "Kế hoạch 2022.toml").is_file()


def _sheet_with_nhan_hoa_at_230(path, tmp_path):
    """The plan's own Excel sheet with Nhân Hòa's households changed from 219 to 230; the plan is left as it was."""
    from docgen.build import build
    from docgen.tables.xlsx import tables_workbook

    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("households = 219", "households = 230"), encoding="utf-8")
    workbook = tmp_path / "so-lieu.xlsx"
    built = build(path)
    workbook.write_bytes(tables_workbook(built.plan, built.results))
    path.write_text(text, encoding="utf-8")
    return workbook


def test_figures_from_excel_are_listed_before_they_are_saved(page, project, tmp_path):
    path = project / "plans" / "2022.toml"
    workbook = _sheet_with_nhan_hoa_at_230(path, tmp_path)
    _open(page, "2022.toml")
    page.locator('#excel-form input[type="file"]').set_input_files(str(workbook))
    page.get_by_role("button", name="Xem các số sẽ thay đổi").click()
    expect(page.locator("#excel-changes")).to_contain_text("Nhân Hòa")
    expect(page.locator("#excel-changes")).to_contain_text("219 → 230")
    assert "households = 219" in path.read_text(encoding="utf-8")  # nothing saved yet
    page.get_by_role("button", name="Xác nhận và ghi vào kế hoạch").click()
    expect(_row(page, 1).locator('[data-key="households"]')).to_have_value("230")


def test_sheets_listed_and_left_are_cleaned_from_the_workspace(page, project, tmp_path):
    shutil.copy(project / "plans" / "2022.toml", project / "plans" / "thu.toml")
    folder = project / ".docgen" / "excel"
    workbook = _sheet_with_nhan_hoa_at_230(project / "plans" / "thu.toml", tmp_path)
    for _ in range(2):  # listed, left without confirming, then listed again
        page.goto(f"{page.url.split('/plans/')[0].rstrip('/')}/plans/thu.toml")
        page.locator('#excel-form input[type="file"]').set_input_files(str(workbook))
        page.get_by_role("button", name="Xem các số sẽ thay đổi").click()
        expect(page.locator("#excel-changes")).to_contain_text("219 → 230")
    assert len(list(folder.glob("*.xlsx"))) == 1  # only the pending one
    page.get_by_role("link", name="Kế hoạch", exact=True).click()
    row = page.get_by_role("row", name="thu.toml")
    row.get_by_text("Đổi tên, xóa").click()
    row.get_by_role("button", name="Xóa (chuyển vào thùng rác, lấy lại được)").click()
    expect(page.get_by_role("row", name="thu.toml")).to_have_count(0)
    page.reload()
    assert list(folder.iterdir()) == []  # its plan gone: nothing can confirm it


def test_a_word_plan_and_an_excel_sheet_brought_in_before_a_restart_are_still_there_after_it(page, live, project,
                                                                                             tmp_path):
    import io

    import docx

    from docgen.build import build

    path = project / "plans" / "2022.toml"
    document = docx.Document(io.BytesIO(build(path).docx))
    typed = next(p for p in document.paragraphs if p.text.startswith("2. "))
    typed.runs[0].text = typed.runs[0].text.replace("2.", "4.", 1)
    word = tmp_path / "Kế hoạch cũ.docx"
    document.save(str(word))
    page.locator('#new-word input[type="file"]').set_input_files(str(word))
    live.restart()  # the list was opened before the restart: the upload still goes through
    page.get_by_role("button", name="Nhập từ Word").click()
    expect(page.locator("h1")).to_have_text("Kế hoạch cũ.toml")
    live.restart()
    page.reload()
    expect(page.locator('[data-field="sections[1].items[2]"] .import-note')).to_have_text(
        "Bản gốc đánh số khoản 4. ở vị trí khoản 2.: docgen đánh số liên tục.")

    workbook = _sheet_with_nhan_hoa_at_230(path, tmp_path)
    page.goto(live.address)
    _open(page, "2022.toml")
    page.locator('#excel-form input[type="file"]').set_input_files(str(workbook))
    page.get_by_role("button", name="Xem các số sẽ thay đổi").click()
    expect(page.locator("#excel-changes")).to_contain_text("219 → 230")
    live.restart()  # docgen closed and opened again before the clerk confirmed what the sheet changes
    page.get_by_role("button", name="Xác nhận và ghi vào kế hoạch").click()
    expect(_row(page, 1).locator('[data-key="households"]')).to_have_value("230")
    assert "households = 230" in path.read_text(encoding="utf-8")


def test_a_decision_of_the_plans_year_is_made_from_the_new_plan_page(page, project):
    form = page.locator("#new-from")
    form.get_by_label("Từ kế hoạch").select_option("2022.toml")
    form.get_by_label("Loại văn bản").select_option(label="Quyết định")
    form.get_by_role("button", name="Tạo văn bản").click()
    expect(page.locator("h1")).to_have_text("quyet-dinh-2022.toml")
    expect(page.locator('[data-key="kind"]').first).to_have_value("Quyết định")
    assert (project / "plans" / "quyet-dinh-2022.toml").is_file()


def test_a_block_of_cells_copied_from_excel_fills_the_cells_it_covers(page):
    _open(page, "2022.toml")
    start = _row(page, 1).locator('[data-key="households"]')
    _paste(start, "300\t5\n310\t6\n")
    expect(start).to_have_value("300")
    expect(_row(page, 1).locator('[data-key="poor"]')).to_have_value("5")
    expect(_row(page, 2).locator('[data-key="households"]')).to_have_value("310")
    expect(_row(page, 2).locator('[data-key="poor"]')).to_have_value("6")
    expect(_row(page, 3).locator('[data-key="name"]')).to_have_value("Đức Hòa")  # below the block: untouched


def test_a_plan_changed_elsewhere_is_not_overwritten_and_the_typing_stays(page, project):
    _open(page, "2022.toml")
    cell = _row(page, 1).locator('[data-key="households"]')
    cell.fill("319")
    path = project / "plans" / "2022.toml"
    elsewhere = path.read_text(encoding="utf-8") + "# sửa ở máy khác\n"
    path.write_text(elsewhere, encoding="utf-8")  # another tab, or the clerk's colleague, saved meanwhile
    page.keyboard.press("Control+s")
    expect(page.locator("#banner")).to_contain_text(messages.WEB_PAGE["changedElsewhere"])
    expect(page.locator("#save-state")).to_have_text("Chưa lưu")
    expect(cell).to_have_value("319")
    assert path.read_text(encoding="utf-8") == elsewhere


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_the_pages_beside_the_editor_are_drawn_again_after_each_save(page):
    _open(page, "small.toml")
    page.get_by_text("Xem các trang của văn bản").click()
    pages = page.locator("#preview-pages img")
    expect(pages.first).to_be_visible(timeout=120_000)
    panel, editor = page.locator("#preview").bounding_box(), page.locator("fieldset").first.bounding_box()
    assert panel["x"] >= editor["x"] + editor["width"], "the pages stand beside the editor, not over it"
    assert panel["y"] <= editor["y"] + editor["height"]
    summary = page.locator('[data-node="document"] [data-key="summary"]')
    for text in ("Giảm nghèo bền vững năm {year} trên toàn xã", "Giảm nghèo năm {year}"):  # after each save
        before = pages.first.get_attribute("src")
        summary.fill(text)
        _save(page)
        expect(pages.first).not_to_have_attribute("src", before, timeout=120_000)
        expect(page.locator("#preview")).not_to_have_attribute("aria-busy", "true")
        _shot(page, "editor-pages-beside")
