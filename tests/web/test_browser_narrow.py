"""Every page of ``docgen serve`` on a 400 px screen (a clerk's phone or a narrow window), in Chromium: nothing
wider than the screen, so no page scrolls sideways; wide grids and tables scroll inside their own box."""

from __future__ import annotations

import shutil

import pytest

from tests.web import test_browser_clerk as clerk
from tests.web.test_browser import _shot
from tests.web.test_browser_clerk import ROOT, _browser, _sheet_with_nhan_hoa_at_230, expect

live = clerk.live  # docgen serve for the test's workspace, as in test_browser_clerk

PLANS = ["2022.toml", "vi-du-day-du.toml", "2025-than-sa.toml", "vi-du-bao-cao-2022.toml",
         "vi-du-quyet-dinh-2022.toml", "vi-du-to-trinh-2022.toml", "vi-du-cong-van-2022.toml"]


def _fits(tab, what: str) -> None:
    tab.wait_for_load_state()
    width, screen = tab.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert width <= screen, f"{what}: the page is {width} px wide on a {screen} px screen"
    _shot(tab, f"400px-{what}")


def _edit(tab, live, name: str) -> None:
    tab.goto(f"{live.address}plans/{name}")
    expect(tab.locator("h1")).to_have_text(name)


@pytest.fixture
def narrow(live, project):
    for name in PLANS[1:]:
        shutil.copy(ROOT / "plans" / name, project / "plans" / name)
    (project / "plans" / "hong.toml").write_text("[issuer\nname = 1\n", encoding="utf-8")
    driver, browser, tab, errors = _browser(live, width=400)
    yield tab
    browser.close()
    driver.stop()
    assert errors == [], f"the page's script failed: {errors}"


def test_no_page_scrolls_sideways_at_400_px(narrow, live, project, tmp_path):
    tab = narrow
    _fits(tab, "plans")
    for name in PLANS:
        _edit(tab, live, name)
        _fits(tab, name.removesuffix(".toml"))
    tab.goto(f"{live.address}plans/hong.toml")
    expect(tab.locator("main")).to_contain_text("hong.toml")
    _fits(tab, "problems")
    tab.goto(f"{live.address}plans/khong-co.toml")
    _fits(tab, "not-found")

    _edit(tab, live, "2022.toml")
    tab.locator('#excel-form input[type="file"]').set_input_files(
        str(_sheet_with_nhan_hoa_at_230(project / "plans" / "2022.toml", tmp_path)))
    tab.get_by_role("button", name="Xem các số sẽ thay đổi").click()
    expect(tab.locator("#excel-changes")).to_contain_text("219 → 230")
    _fits(tab, "excel")

    _edit(tab, live, "vi-du-day-du.toml")
    tab.get_by_label("Thêm bản PDF và ảnh các trang").uncheck()
    tab.get_by_role("button", name="Lưu và tạo văn bản Word").click()
    expect(tab.locator("#downloads")).to_contain_text(".docx")
    _fits(tab, "built")
    built = next((project / "output").glob("*.docx"))

    tab.goto(f"{live.address}review")
    _fits(tab, "review")
    tab.locator('#check-form input[type="file"]').set_input_files(str(built))
    tab.get_by_role("button", name="Kiểm tra").click()
    expect(tab.locator(".checked-file h2")).to_have_text(built.name)
    _fits(tab, "checked")
    tab.goto(f"{live.address}review")
    form = tab.locator("#diff-form")
    form.locator('select[name="plan"]').select_option("vi-du-day-du.toml")
    form.locator('input[name="b"]').set_input_files(str(built))
    form.get_by_role("button", name="So sánh").click()
    expect(tab.locator("#diff-summary")).to_be_visible()
    _fits(tab, "diff")
