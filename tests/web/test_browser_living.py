"""Living with the editor, in Chromium (issue 19, what the last session left): a decision's points edited, a
report's result rows added and removed, a table row's removal undone, and a page of another workspace's docgen
that cannot save into this one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import tomli

from docgen import messages
from tests.readback import body_texts, open_docx
from tests.web import test_browser_clerk as clerk
from tests.web.test_browser import _shot
from tests.web.test_browser_clerk import ROOT, Live, _open, _row, _save, expect

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
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")  # Lưu pressed far down the plan
        page.get_by_role("button", name="Lưu", exact=True).click()
        expect(page.locator("#banner")).to_have_text(messages.WEB_OTHER_WORKSPACE)
        expect(page.locator("#banner")).to_be_in_viewport()  # said where the clerk is, not at the top only
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
    expect(page.locator("#kept")).to_be_in_viewport()  # the typing was kept for its own workspace: offered first
    page.get_by_role("button", name=messages.WEB_PAGE["restore"]).click()
    expect(_row(page, 1).locator('[data-key="households"]')).to_have_value("319")
    _save(page)
    assert "households = 319" in (project / "plans" / "2022.toml").read_text(encoding="utf-8")
    assert (other / "plans" / "2022.toml").read_bytes() == theirs


# ---- a decision's points a), b) … under a khoản ----------------------------------------------------------

POINTS = 'points = [["Rà soát lại danh sách hộ nghèo"], ["Họp xóm bình xét", "Lập biên bản gửi xã"]]\n'


def _decision_with_points(project: Path) -> Path:
    path = project / "plans" / "vi-du-quyet-dinh-2022.toml"
    text = (ROOT / "plans" / path.name).read_text(encoding="utf-8")
    marker = 'text = ["Làng Mơn: giảm 02 hộ nghèo."]\n'
    assert marker in text
    path.write_text(text.replace(marker, marker + POINTS), encoding="utf-8")
    return path


def test_a_decisions_points_are_edited_added_moved_and_removed_and_an_unchanged_save_keeps_the_bytes(page, project):
    path = _decision_with_points(project)
    before = path.read_bytes()
    page.reload()
    _open(page, path.name)
    _save(page)  # opened and saved without a change: the same bytes
    assert path.read_bytes() == before
    article = page.locator('[data-list="articles"] > [data-node]').first
    clause = article.locator('[data-list="clauses"] > [data-node]').last
    points = clause.locator('[data-list="points"] > [data-node]')
    expect(points).to_have_count(2)
    expect(points.nth(0).locator(".number")).to_have_text("a)")
    expect(points.nth(1).locator(".number")).to_have_text("b)")
    expect(points.nth(1).locator('[data-key="text"]')).to_have_value("Họp xóm bình xét\nLập biên bản gửi xã")
    points.nth(0).locator('[data-key="text"]').fill("Rà soát lại danh sách hộ nghèo, hộ cận nghèo")
    clause.get_by_role("button", name="+ Thêm điểm (a), b), …)").click()
    expect(points.nth(2).locator('[data-key="text"]')).to_be_focused()
    expect(points.nth(2).locator(".number")).to_have_text("c)")
    page.keyboard.type("Báo cáo kết quả về xã trước ngày 15/12")
    points.nth(2).get_by_role("button", name="↑").click()  # c) moved up: it is b) now
    expect(points.nth(1).locator('[data-key="text"]')).to_have_value("Báo cáo kết quả về xã trước ngày 15/12")
    expect(points.nth(1).locator(".number")).to_have_text("b)")
    points.nth(2).get_by_role("button", name="✕").click()
    expect(page.get_by_role("button", name="Hoàn tác")).to_be_focused()
    page.keyboard.press("Enter")  # put back, then removed for good
    expect(points).to_have_count(3)
    points.nth(2).get_by_role("button", name="✕").click()
    clause.get_by_role("button", name="+ Thêm điểm (a), b), …)").click()  # left empty: said at the point
    expect(page.locator("#summary")).to_contain_text("Quyết định, Điều 1, khoản 12, điểm c)")
    points.nth(2).get_by_role("button", name="✕").click()
    expect(page.locator("#summary")).to_be_hidden()
    clause.scroll_into_view_if_needed()
    _shot(page, "editor-decision-points", '[data-list="articles"] > [data-node]:first-child [data-list="clauses"] > '
                                          '[data-node]:last-child')
    _save(page)
    saved = _saved(project, path.name)["decision"]["articles"][0]["clauses"][-1]
    assert saved["points"] == [["Rà soát lại danh sách hộ nghèo, hộ cận nghèo"],
                               ["Báo cáo kết quả về xã trước ngày 15/12"]]
    after = path.read_text(encoding="utf-8")
    start = after.index("points = [")  # the points written again, the rest of the file as it was
    end = after.index("\n]\n", start) + 3
    assert after[:start] + POINTS + after[end:] == before.decode("utf-8")
    page.get_by_role("button", name="Lưu và tạo văn bản Word").click()
    expect(page.locator("#downloads")).to_contain_text(".docx")
    texts = body_texts(open_docx(next((project / "output").glob("*.docx"))))
    at = texts.index("12. Làng Mơn: giảm 02 hộ nghèo.")
    assert texts[at + 1:at + 3] == ["a) Rà soát lại danh sách hộ nghèo, hộ cận nghèo",
                                    "b) Báo cáo kết quả về xã trước ngày 15/12"]


# ---- a report's result rows ------------------------------------------------------------------------------

def _result(page, number: int):
    return page.locator('#results [data-list="results"] > tr').nth(number - 1)


def test_a_reports_result_rows_are_added_for_the_hamlet_that_lacks_one_and_removed_with_undo(page, project):
    name = "vi-du-bao-cao-2022.toml"
    shutil.copy(ROOT / "plans" / name, project / "plans" / name)
    page.reload()
    _open(page, name)
    add = page.get_by_role("button", name="+ Thêm dòng kết quả")
    add.click()  # every hamlet has its row: nothing added, said in the page's words
    full = messages.WEB_RESULTS_FULL.format(word="xóm", words="xóm")
    expect(page.locator("#results .paste-note")).to_have_text(full)
    expect(page.locator('#results [data-list="results"] > tr')).to_have_count(12)
    _result(page, 5).get_by_role("button", name="Xóa dòng kết quả").click()
    expect(page.get_by_role("button", name="Hoàn tác")).to_be_focused()
    page.keyboard.press("Control+z")
    expect(_result(page, 5).locator('[data-key="hamlet"]')).to_have_value("Xóm Cường")
    expect(_result(page, 5).locator('[data-key="hamlet"]')).to_be_focused()
    _result(page, 3).get_by_role("button", name="Xóa dòng kết quả").click()
    expect(page.locator("#summary")).to_contain_text("Kết quả cuối năm: Có 12 xóm nhưng 11 dòng kết quả")
    expect(page.locator("#results")).to_contain_text("Bấm «+ Thêm dòng kết quả»")
    add.click()  # the row comes back at the third place, for the third hamlet, its figures to type
    expect(_result(page, 3).locator('[data-key="hamlet"]')).to_have_value("Đức Hòa")
    expect(_result(page, 3).get_by_label("Hộ nghèo đã thoát")).to_be_focused()
    expect(_result(page, 3).locator(".number")).to_have_text("3")
    expect(page.locator("#results .paste-note")).to_have_count(0)  # the earlier notice is no longer true
    page.keyboard.type("1")
    _result(page, 3).get_by_label("Hộ cận nghèo đã thoát").fill("0")
    _row(page, 1).locator('[data-key="name"]').fill("Nhân Hòa Mới")  # renamed in the grid: its result follows
    expect(_result(page, 1).locator('[data-key="hamlet"]')).to_have_value("Nhân Hòa Mới")
    expect(page.locator("#summary")).to_be_hidden()
    _shot(page, "editor-results", "#results")
    _save(page)
    results = _saved(project, name)["results"]
    assert [r["hamlet"] for r in results[:3]] == ["Nhân Hòa Mới", "Phúc Hòa", "Đức Hòa"]
    assert results[2] == {"hamlet": "Đức Hòa", "poor_reduced": 1, "near_poor_reduced": 0}
    page.get_by_role("button", name="Lưu và tạo văn bản Word").click()
    expect(page.locator("#downloads")).to_contain_text(".docx")
    document = open_docx(next((project / "output").glob("*.docx")))
    rows = [[c.text for c in row.cells] for table in document.tables for row in table.rows]
    assert next(r for r in rows if r[1] == "Đức Hòa")[:2] == ["3", "Đức Hòa"]
    assert any(r[1] == "Nhân Hòa Mới" for r in rows)


# ---- a table row's removal undone ------------------------------------------------------------------------

def _cell(table, row: int, column: int):
    return table.locator("tr[data-row]").nth(row - 1).locator("textarea[data-cell]").nth(column - 1)


def test_a_removed_table_row_comes_back_with_undo_from_the_keyboard_focus_on_it(page, project):
    name = "vi-du-day-du.toml"
    path = project / "plans" / name
    shutil.copy(ROOT / "plans" / name, path)
    before = path.read_bytes()
    page.reload()
    _open(page, name)
    table = page.locator('[data-list="tables"] > [data-node]').nth(2)  # phan_cong: 2 heading rows, 3 rows
    table.locator('tr[data-row="rows"]').nth(1).get_by_role("button", name="Xóa dòng").focus()
    page.keyboard.press("Enter")  # asked (it has text), accepted
    undo = page.get_by_role("button", name="Hoàn tác")
    expect(undo).to_be_focused()
    expect(page.locator("#undo-text")).to_contain_text("Đã xóa dòng 2 của Bảng 3 «2 · Hỗ trợ giống cây trồng")
    expect(_cell(table, 4, 2)).to_have_value("Dạy nghề cho lao động")
    page.wait_for_timeout(1_500)  # it stays until the next change
    expect(undo).to_be_visible()
    page.keyboard.press("Control+z")
    expect(_cell(table, 4, 2)).to_have_value("Hỗ trợ giống cây trồng")  # back at its place
    expect(_cell(table, 4, 1)).to_be_focused()
    expect(page.locator("#undo")).to_be_hidden()
    first = page.locator('[data-list="tables"] > [data-node]').first  # its total row removed and put back
    total = first.locator('tr[data-row="total"]')
    add_total = first.get_by_role("button", name="+ Thêm dòng tổng")
    expect(add_total).to_be_hidden()
    total.get_by_role("button", name="Xóa dòng").click()
    expect(page.locator("#undo-text")).to_contain_text("Đã xóa dòng tổng của Bảng 1")
    expect(add_total).to_be_visible()
    undo.click()
    expect(total).to_have_count(1)
    expect(add_total).to_be_hidden()
    expect(total.locator("textarea").first).to_be_focused()
    _save(page)
    assert path.read_bytes() == before  # every row as it was
