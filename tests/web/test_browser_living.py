"""Living with the editor, in Chromium (issue 19, what the last session left): a decision's points edited, a
report's result rows added and removed, a table row's removal undone, and a page of another workspace's docgen
that cannot save into this one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import tomli

from docgen import messages
from tests.web import test_browser_clerk as clerk
from tests.web.test_browser import _shot
from tests.web.test_browser_clerk import Live, _open, _row, _save, expect

live, page = clerk.live, clerk.page  # the clerk's docgen serve and Chromium tab, as in test_browser_clerk

pytestmark = pytest.mark.skipif(shutil.which("chromium") is None and shutil.which("chromium-browser") is None,
                                reason="Chromium is not installed")


def _saved(project: Path, name: str) -> dict:
    return tomli.loads((project / "plans" / name).read_text(encoding="utf-8"))


# ---- a page of another workspace's docgen ---------------------------------------------------------------

def test_a_page_left_open_from_another_workspaces_docgen_saves_nothing_into_it_and_keeps_the_typing(
        page, live, project, tmp_path):
    other = tmp_path / "xa-khac"
    (other / "plans").mkdir(parents=True)
    shutil.copy(project / "plans" / "2022.toml", other / "plans" / "2022.toml")  # a plan of the same name, same bytes
    theirs = (other / "plans" / "2022.toml").read_bytes()
    _open(page, "2022.toml")
    cell = _row(page, 1).locator('[data-key="households"]')
    cell.fill("319")
    live.stop()
    stranger = Live(other, live.port)  # another workspace's docgen, started on the same port
    try:
        page.get_by_role("button", name="Lưu", exact=True).click()
        expect(page.locator("#banner")).to_have_text(messages.WEB_OTHER_WORKSPACE)
        expect(page.locator("#save-state")).to_have_text("Chưa lưu")
        expect(cell).to_have_value("319")
        page.wait_for_timeout(500)  # any later check of the page goes nowhere either
        assert (other / "plans" / "2022.toml").read_bytes() == theirs
        _shot(page, "editor-other-workspace", "#banner")
        page.goto(stranger.address)  # that docgen's own plan of the same name: not offered the other's typing
        _open(page, "2022.toml")
        expect(page.locator("#kept")).to_be_hidden()
    finally:
        stranger.stop()
    live.start_soon()
    page.goto(live.address)
    _open(page, "2022.toml")
    expect(page.locator("#kept")).to_be_visible()  # the typing was kept for its own workspace
    page.get_by_role("button", name=messages.WEB_PAGE["restore"]).click()
    expect(_row(page, 1).locator('[data-key="households"]')).to_have_value("319")
    _save(page)
    assert "households = 319" in (project / "plans" / "2022.toml").read_text(encoding="utf-8")
    assert (other / "plans" / "2022.toml").read_bytes() == theirs
