"""End to end in a real browser (Chromium, driven by Playwright): what a clerk does, click by click.

Skipped when Chromium is not installed (Debian: ``apt-get install chromium``; ``.ci/run`` installs it).
Set ``DOCGEN_SCREENSHOTS=docs/screenshots`` to keep screenshots of the main pages for the README.
"""

from __future__ import annotations

import os
import re
import shutil
import threading
from pathlib import Path

import pytest

from tests.readback import body_texts, open_docx

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
playwright_api = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")

# Without these, Chromium tries to reach Google's hosts at every start (no network here, nor at a clerk's).
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic", "--lang=vi-VN"]


@pytest.fixture
def server(project: Path):
    from docgen.web.serve import address, start

    running = start(project, 0)
    thread = threading.Thread(target=running.serve_forever, daemon=True)
    thread.start()
    yield address(running)
    running.shutdown()
    running.server_close()


@pytest.fixture
def page(server):
    playwright_api.expect.set_options(timeout=20_000)  # a loaded 2-core CI machine answers slowly
    with playwright_api.sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN",
                                      accept_downloads=True)
        context.set_default_timeout(30_000)
        tab = context.new_page()
        errors: list[str] = []
        tab.on("pageerror", lambda error: errors.append(str(error)))
        tab.goto(server)
        yield tab
        browser.close()
        assert errors == [], f"the page's script failed: {errors}"


def _shot(tab, name: str, selector: str | None = None) -> None:
    folder = os.environ.get("DOCGEN_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        target = tab.locator(selector).first if selector else tab
        target.screenshot(path=str(Path(folder) / f"{name}.png"))


def _row(tab, number: int):
    return tab.locator("#hamlets tbody tr").nth(number - 1)


def test_edit_the_hamlet_grid_see_totals_and_errors_then_build_and_download(page, project):
    _shot(page, "plans")
    page.get_by_role("row", name="2022.toml").get_by_role("link", name="Mở").click()
    expect = playwright_api.expect
    total = page.locator('[data-total="households"]')
    expect(total).to_have_text("2.111")

    _row(page, 1).locator('[data-key="households"]').fill("319")  # Nhân Hòa: 219 → 319
    expect(total).to_have_text("2.211")
    expect(_row(page, 1).locator('[data-figure="poor_rate"]')).to_have_text("0,94")  # 3 ÷ 319

    _row(page, 2).locator('[data-key="poor_without_labour"]').fill("60")  # more than its 6 poor households
    problem = page.locator(".problem").first
    expect(problem).to_be_visible()
    expect(_row(page, 2).locator('[data-key="poor_without_labour"]')).to_have_class("has-problem")
    _shot(page, "editor-problem", ".grid-wrap")
    _row(page, 2).locator('[data-key="poor_without_labour"]').fill("4")
    expect(page.locator(".problem")).to_have_count(0)

    page.get_by_role("button", name="Lưu", exact=True).click()
    expect(page.locator("#save-state")).to_have_text("Đã lưu")
    assert "households = 319" in (project / "plans" / "2022.toml").read_text(encoding="utf-8")
    _shot(page, "editor")

    page.get_by_role("button", name="Lưu và tạo văn bản Word").click()
    expect(page.locator("#downloads")).to_be_visible()
    _shot(page, "built")
    with page.expect_download() as download:
        page.get_by_role("link", name="kh-85-thinh-duc-2022.docx").click()
    document = open_docx(Path(download.value.path()).read_bytes())
    totals = [row.cells for row in document.tables[-2].rows if row.cells[0].text.strip() in ("Cộng", "CỘNG")]
    assert totals and totals[0][2].text == "2.211"


def test_outline_entries_are_added_moved_and_numbered_as_docgen_prints_them(page, project):
    page.get_by_role("row", name="small.toml").get_by_role("link", name="Mở").click()
    expect = playwright_api.expect
    sections = page.locator('[data-list="sections"] > .section')
    count = sections.count()
    page.get_by_role("button", name="+ Thêm mục (I., II., …)").click()
    new = sections.nth(count)
    expect(new.locator(".node-head .number").first).to_have_text(f"{['I', 'II', 'III', 'IV', 'V'][count]}.")
    new.locator('[data-key="title"]').first.fill("KINH PHÍ THỰC HIỆN")
    new.locator('[data-key="bullets"]').first.fill("Ngân sách xã.\n+ Nguồn sự nghiệp.\nXã hội hóa.")
    new.get_by_role("button", name="↑").first.click()
    expect(sections.nth(count - 1).locator('[data-key="title"]').first).to_have_value("KINH PHÍ THỰC HIỆN")
    page.get_by_role("button", name="Lưu", exact=True).click()
    expect(page.locator("#save-state")).to_have_text("Đã lưu")
    page.get_by_role("button", name="Lưu và tạo văn bản Word").click()
    expect(page.locator("#downloads")).to_be_visible()
    built = next((project / "output").glob("*.docx"))
    texts = body_texts(open_docx(built))
    heading = next(t for t in texts if t.endswith("KINH PHÍ THỰC HIỆN"))
    assert heading.startswith(f"{['I', 'II', 'III', 'IV', 'V'][count - 1]}.")
    position = texts.index(heading)
    assert texts[position + 1:position + 4] == ["- Ngân sách xã.", "+ Nguồn sự nghiệp.", "- Xã hội hóa."]


def test_a_removed_hamlet_comes_back_with_undo(page, project):
    page.get_by_role("row", name="2022.toml").get_by_role("link", name="Mở").click()
    expect = playwright_api.expect
    total = page.locator('[data-total="households"]')
    expect(total).to_have_text("2.111")
    page.on("dialog", lambda dialog: dialog.accept())  # "Xóa mục này …?": the row holds figures
    rows = page.locator("#hamlets tbody tr")
    expect(rows).to_have_count(12)
    _row(page, 2).get_by_role("button", name="✕").click()
    expect(rows).to_have_count(11)
    expect(_row(page, 2).locator('[data-key="name"]')).to_have_value("Đức Hòa")
    expect(page.locator("#undo")).to_contain_text("Đã xóa 2 «Phúc Hòa»")
    _shot(page, "editor-undo", "#undo")
    page.get_by_role("button", name="Hoàn tác").click()
    expect(page.locator("#undo")).to_be_hidden()
    expect(rows).to_have_count(12)
    expect(_row(page, 2).locator('[data-key="name"]')).to_have_value("Phúc Hòa")
    expect(total).to_have_text("2.111")
    expect(_row(page, 3).locator('[data-key="name"]')).to_have_value("Đức Hòa")  # back in its place


def test_upload_a_document_and_see_its_findings(page, project, tmp_path):
    from tests.check.builder import make_docx

    broken = tmp_path / "go-tay.docx"
    broken.write_bytes(make_docx(margins={"top": 20, "bottom": 20, "left": 20, "right": 15}))
    page.get_by_role("link", name="Kiểm tra & so sánh văn bản").click()
    page.locator('#check-form input[type="file"]').set_input_files(str(broken))
    page.get_by_role("button", name="Kiểm tra").click()
    expect = playwright_api.expect
    expect(page.locator(".checked-file h2")).to_have_text("go-tay.docx")
    expect(page.locator(".findings")).to_contain_text("Lề trang không đúng quy định")
    _shot(page, "review")


def test_a_plan_for_another_commune_made_and_built_entirely_in_the_browser(page, project):
    from docgen.check import check_docx

    expect = playwright_api.expect
    form = page.locator("#new-starter")
    form.get_by_label("Tên xã, phường").fill("Xã Tân Cương")
    form.get_by_label("Tỉnh, thành phố").fill("Thái Nguyên")
    form.get_by_label("Năm kế hoạch").fill("2026")
    form.get_by_role("button", name="Tạo kế hoạch").click()
    expect(page.locator("h1")).to_have_text("2026-tan-cuong.toml")
    expect(page.locator('[data-node="issuer"] [data-key="place"]')).to_have_value("Tân Cương")
    expect(page.locator("#summary")).to_contain_text("chưa được xác nhận")
    expect(page.locator("#summary")).to_contain_text("mục cần xác nhận (đánh dấu ở khung «Cần xác nhận» phía trên)")

    page.locator('[data-node="signature"] [data-key="name"]').fill("Nguyễn Văn An")
    page.locator('[data-node="targets"] [data-key="poor_reduction"]').fill("3")
    page.locator('[data-node="targets"] [data-key="near_poor_reduction"]').fill("1")
    for number, (name, households, poor, near) in enumerate(
            [("Thôn Hồng Thái", "210", "5", "2"), ("Thôn Guộc", "180", "3", "1")], start=1):
        row = _row(page, number)
        row.locator('[data-key="name"]').fill(name)
        row.locator('[data-key="households"]').fill(households)
        row.locator('[data-key="poor"]').fill(poor)
        row.locator('[data-key="near_poor"]').fill(near)
    page.get_by_role("button", name="+ Thêm thôn").click()  # the starter's tables say "Tên thôn, tổ dân phố"
    third = _row(page, 3)
    for key, value in (("name", "Thôn Nam Đồng"), ("households", "95"), ("poor", "2"), ("poor_without_labour", "0"),
                       ("near_poor", "0"), ("near_poor_without_labour", "0")):
        third.locator(f'[data-key="{key}"]').fill(value)
    expect(page.locator('[data-total="households"]')).to_have_text("485")
    expect(page.locator('[data-total="poor_reduction"]')).to_have_text("3")  # allocated over the three

    bases = page.locator('textarea[data-key="bases"]')
    bases.fill(bases.input_value().replace("Căn cứ Kế hoạch của UBND tỉnh Thái Nguyên",
                                           "Căn cứ Kế hoạch số 12/KH-UBND ngày 10/01/2026 của UBND tỉnh Thái Nguyên"))
    page.locator('[data-node="document"] [data-key="date"]').focus()  # looked at: its box can be ticked now
    for box in page.locator("[data-confirm]").all():
        box.check()
    expect(page.locator(".problem")).to_have_count(0)
    _shot(page, "new-commune")
    page.get_by_role("button", name="Lưu và tạo văn bản Word").click()
    expect(page.locator("#downloads")).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile(r"\.docx$")).click()
    data = Path(download.value.path()).read_bytes()
    document = open_docx(data)
    top = [p.text for cell in document.tables[0].rows[0].cells for p in cell.paragraphs]
    assert "XÃ TÂN CƯƠNG" in top
    names = [row.cells[1].text for row in document.tables[-2].rows]
    assert "Thôn Nam Đồng" in names and "Thôn Mẫu Một" not in names
    assert [f for f in check_docx(data) if f.severity == "error"] == []


def test_compare_a_plan_with_a_retyped_copy_side_by_side(page, project, tmp_path):
    from docgen.build import build

    plan = project / "plans" / "2022.toml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("households = 219", "households = 221"), encoding="utf-8")
    retyped = tmp_path / "ban-xa-gui-len.docx"
    retyped.write_bytes(build(plan).docx)
    plan.write_text(text, encoding="utf-8")
    expect = playwright_api.expect
    page.get_by_role("link", name="Kiểm tra & so sánh văn bản").click()
    form = page.locator("#diff-form")
    form.locator('select[name="plan"]').select_option("2022.toml")
    form.locator('input[name="b"]').set_input_files(str(retyped))
    form.get_by_role("button", name="So sánh").click()
    expect(page.locator("#diff-summary")).to_contain_text("khác biệt")
    row = page.locator(".diff-figures tbody tr").first
    expect(row).to_contain_text("Nhân Hòa")
    expect(row.locator("del")).to_have_text("219")
    expect(row.locator("ins")).to_have_text("221")
    _shot(page, "diff")
