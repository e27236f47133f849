"""The clerk's own files brought in from the page, and nothing of them lost when docgen is started again
between the upload and the look (the Word import's notes) or the confirmation (the Excel sheet's changes)."""

from __future__ import annotations

import io
import json
import re
import shutil
from pathlib import Path
from urllib.parse import unquote

import tomli

from docgen.web.app import create_app

TOKEN = "test-token"
NOTE = "Bản gốc đánh số khoản 4. ở vị trí khoản 2.: docgen đánh số liên tục."


def _restarted(project: Path):
    """A new application on the same workspace, as after docgen was closed and started again."""
    return create_app(project, token=TOKEN).test_client()


def _word_plan(project: Path) -> bytes:
    """Last year's plan as Word printed it, where the clerk typed 4. for the item numbered 2."""
    import docx

    from docgen.build import build

    document = docx.Document(io.BytesIO(build(project / "plans" / "2022.toml").docx))
    typed = next(p for p in document.paragraphs if p.text.startswith("2. "))
    typed.runs[0].text = typed.runs[0].text.replace("2.", "4.", 1)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _import_word(client, data: bytes, name: str = "Kế hoạch 2022.docx"):
    return client.post("/plans/import-docx", content_type="multipart/form-data",
                       data={"token": TOKEN, "file": (io.BytesIO(data), name)})


def _summary(page: str) -> str:
    found = re.search(r'<div class="panel only-confirm" id="import-summary">(.*?)</div>', page, re.S)
    return found.group(1) if found else ""


def _workbook(project: Path, households: int, tmp_path: Path) -> bytes:
    """The Excel sheet ``build --xlsx`` writes, with the first hamlet's households changed to ``households``."""
    from docgen.build import build
    from docgen.tables.xlsx import tables_workbook

    changed = tmp_path / "2022.toml"
    changed.write_text((project / "plans" / "2022.toml").read_text(encoding="utf-8").replace(
        "households = 219", f"households = {households}"), encoding="utf-8")
    built = build(changed)
    return tables_workbook(built.plan, built.results)


def _upload_excel(client, data: bytes):
    return client.post("/plans/2022.toml/import-xlsx", content_type="multipart/form-data",
                       data={"token": TOKEN, "file": (io.BytesIO(data), "so-lieu.xlsx")})


def _key(page: str) -> str:
    found = re.search(r'name="key" value="([^"]+)"', page)
    assert found, page
    return found.group(1)


def test_the_word_imports_notes_are_still_shown_after_docgen_is_started_again(project):
    response = _import_word(_restarted(project), _word_plan(project))
    assert response.status_code == 302 and unquote(response.headers["Location"]).endswith("/plans/Kế hoạch 2022.toml")
    page = _restarted(project).get("/plans/Kế hoạch 2022.toml").get_data(as_text=True)
    assert f"Mục I, khoản 2: {NOTE}" in _summary(page)
    assert '"field": "sections[1].items[2]"' in page  # the note the page shows at its field
    assert (project / ".docgen").is_dir() and not (project / "plans" / ".docgen").exists()
    assert [p.name for p in (project / "plans").iterdir() if p.suffix == ".toml"].count("Kế hoạch 2022.toml") == 1


def test_once_saved_the_notes_are_gone_for_good_even_after_a_restart(project):
    from docgen.plan.edit import open_plan

    _import_word(_restarted(project), _word_plan(project))
    client = _restarted(project)
    opened = open_plan(project / "plans" / "Kế hoạch 2022.toml")
    saved = client.post("/plans/Kế hoạch 2022.toml/save", json={"data": opened.data, "digest": opened.digest},
                        headers={"X-Docgen-Token": TOKEN})
    assert saved.get_json()["saved"] is True
    page = _restarted(project).get("/plans/Kế hoạch 2022.toml").get_data(as_text=True)
    assert 'id="import-summary"' not in page and NOTE not in page
    assert NOTE in (project / "plans" / "Kế hoạch 2022.toml").read_text(encoding="utf-8")  # the file's comment


def test_a_renamed_plan_keeps_its_notes_and_a_deleted_one_leaves_none_behind(project):
    _import_word(_restarted(project), _word_plan(project))
    client = _restarted(project)
    client.post("/plans/Kế hoạch 2022.toml/rename", data={"token": TOKEN, "new_name": "2023"})
    assert NOTE in _summary(client.get("/plans/2023.toml").get_data(as_text=True))
    client.post("/plans/2023.toml/delete", data={"token": TOKEN})
    client.post("/bin/2023.toml/restore", data={"token": TOKEN})
    assert 'id="import-summary"' not in client.get("/plans/2023.toml").get_data(as_text=True)


def test_the_excel_changes_listed_before_a_restart_are_confirmed_after_it(project, tmp_path):
    from docgen.plan.edit import open_plan

    listed = _upload_excel(_restarted(project), _workbook(project, 230, tmp_path)).get_data(as_text=True)
    assert "Nhân Hòa" in listed and "219 → 230" in listed
    assert "households = 219" in (project / "plans" / "2022.toml").read_text(encoding="utf-8")  # nothing saved yet
    confirmed = _restarted(project).post("/plans/2022.toml/import-xlsx/apply",
                                         data={"token": TOKEN, "key": _key(listed)})
    assert confirmed.status_code == 302 and confirmed.headers["Location"].endswith("/plans/2022.toml")
    assert open_plan(project / "plans" / "2022.toml").data["hamlets"][0]["households"] == 230
    assert list((project / ".docgen" / "excel").iterdir()) == []  # confirmed: nothing left waiting


def test_a_sheet_confirmed_twice_or_replaced_by_a_later_one_is_not_saved_again(project, tmp_path):
    from docgen.plan.edit import open_plan

    client = _restarted(project)
    first = _key(_upload_excel(client, _workbook(project, 230, tmp_path)).get_data(as_text=True))
    second = _key(_upload_excel(client, _workbook(project, 240, tmp_path)).get_data(as_text=True))
    stale = _restarted(project).post("/plans/2022.toml/import-xlsx/apply", data={"token": TOKEN, "key": first})
    assert stale.status_code == 410 and "Bảng Excel vừa xem không còn chờ xác nhận" in stale.get_data(as_text=True)
    assert _restarted(project).post("/plans/2022.toml/import-xlsx/apply",
                                    data={"token": TOKEN, "key": second}).status_code == 302
    again = _restarted(project).post("/plans/2022.toml/import-xlsx/apply", data={"token": TOKEN, "key": second})
    assert again.status_code == 410
    assert open_plan(project / "plans" / "2022.toml").data["hamlets"][0]["households"] == 240


def test_a_sheet_with_nothing_to_confirm_is_not_kept(project, tmp_path):
    client = _restarted(project)
    same = client.post("/plans/2022.toml/import-xlsx", content_type="multipart/form-data",
                       data={"token": TOKEN, "file": (io.BytesIO(_workbook(project, 219, tmp_path)), "so-lieu.xlsx")})
    assert "Xác nhận và ghi vào kế hoạch" not in same.get_data(as_text=True)
    broken = _upload_excel(client, b"not a workbook")
    assert broken.status_code == 422 and str(project) not in broken.get_data(as_text=True)
    assert list((project / ".docgen" / "excel").iterdir()) == []


def test_a_key_that_names_no_kept_sheet_reaches_no_file(project, tmp_path):
    (project / "secret.json").write_text('{"plan": "2022.toml"}', encoding="utf-8")
    (project / "secret.xlsx").write_bytes(_workbook(project, 230, tmp_path))
    for key in ("../../secret", "..%2F..%2Fsecret", ""):
        answer = _restarted(project).post("/plans/2022.toml/import-xlsx/apply", data={"token": TOKEN, "key": key})
        assert answer.status_code == 410
    assert "households = 219" in (project / "plans" / "2022.toml").read_text(encoding="utf-8")


# ---- the year's other documents, made from a plan as docgen new --kind makes them -------------------------

def test_the_new_plan_page_offers_each_kind_of_document_docgen_new_makes(project):
    page = _restarted(project).get("/").get_data(as_text=True)
    kinds = page.split('name="kind"')[1].split("</select>")[0]
    offered = re.findall(r'<option value="([^"]*)">([^<]+)</option>', kinds)
    assert offered == [("", "Kế hoạch năm sau"), ("bao-cao", "Báo cáo"), ("quyet-dinh", "Quyết định"),
                       ("to-trinh", "Tờ trình"), ("cong-van", "Công văn"), ("thong-bao", "Thông báo"),
                       ("huong-dan", "Hướng dẫn"), ("chuong-trinh", "Chương trình")]


def test_a_decision_made_on_the_page_is_the_one_docgen_new_kind_makes(project, tmp_path):
    from docgen.kinds.derive import new_document

    client = _restarted(project)
    made = client.post("/plans/new", data={"token": TOKEN, "source": "2022.toml", "kind": "quyet-dinh", "year": ""})
    assert made.status_code == 302 and made.headers["Location"].endswith("/plans/quyet-dinh-2022.toml")
    by_command = new_document(project / "plans" / "2022.toml", tmp_path / "quyet-dinh-2022.toml", "quyet-dinh")
    assert (project / "plans" / "quyet-dinh-2022.toml").read_bytes() == by_command.read_bytes()
    page = client.get("/plans/quyet-dinh-2022.toml")
    assert page.status_code == 200 and "quyet-dinh-2022.toml" in page.get_data(as_text=True)
    again = client.post("/plans/new", data={"token": TOKEN, "source": "2022.toml", "kind": "quyet-dinh"})
    assert again.status_code == 422 and str(project) not in again.get_data(as_text=True)


def test_a_report_made_on_the_page_opens_in_the_editor_as_a_report_of_the_plans_year(project):
    client = _restarted(project)
    client.post("/plans/new", data={"token": TOKEN, "source": "2022.toml", "kind": "bao-cao", "year": "2030"})
    page = client.get("/plans/bao-cao-2022.toml").get_data(as_text=True)
    assert 'data-key="kind" data-kind="text" value="Báo cáo"' in page
    assert "Ủy ban nhân dân xã Thịnh Đức báo cáo kết quả thực hiện năm 2022 như sau:" in page  # not the year typed
    assert "Cần xác nhận trước khi tạo văn bản" in page  # what docgen could only guess, to look at


def test_an_unknown_kind_or_next_years_plan_without_its_year_is_refused_in_the_pages_words(project):
    client = _restarted(project)
    unknown = client.post("/plans/new", data={"token": TOKEN, "source": "2022.toml", "kind": "thu-moi"})
    assert unknown.status_code == 422 and "thu-moi" in unknown.get_data(as_text=True)
    yearless = client.post("/plans/new", data={"token": TOKEN, "source": "2022.toml", "kind": "", "year": ""})
    assert yearless.status_code == 422 and "Năm phải là một số" in yearless.get_data(as_text=True)
    assert sorted(p.name for p in (project / "plans").iterdir()) == ["2022.toml", "small.toml"]
    left = project / ".docgen" / "ghi-chu-nhap" / "2023.toml.json"  # of a 2023.toml removed outside docgen
    left.parent.mkdir(parents=True)
    left.write_text(json.dumps([{"path": ["document", "number"], "message": NOTE}]), encoding="utf-8")
    next_year = client.post("/plans/new", data={"token": TOKEN, "source": "2022.toml", "kind": "", "year": "2023"})
    assert next_year.status_code == 302 and (project / "plans" / "2023.toml").is_file()
    assert NOTE not in client.get("/plans/2023.toml").get_data(as_text=True)


def test_sheets_nobody_can_confirm_any_more_are_cleaned_from_the_workspace(project, tmp_path):
    import os
    import time

    from docgen.web.bring import WORKBOOK_DAYS

    client = _restarted(project)
    folder = project / ".docgen" / "excel"
    left = _key(_upload_excel(client, _workbook(project, 230, tmp_path)).get_data(as_text=True))  # listed, left
    old = _key(_upload_excel(client, _workbook(project, 240, tmp_path)).get_data(as_text=True))
    assert not (folder / f"{left}.xlsx").exists()  # the earlier sheet of the plan went when the later came
    shutil.copy(project / "plans" / "2022.toml", project / "plans" / "khac.toml")
    other = client.post("/plans/khac.toml/import-xlsx", data={"token": TOKEN, "file": (io.BytesIO(
        _workbook(project, 250, tmp_path)), "so-lieu.xlsx")}, content_type="multipart/form-data")
    gone = _key(other.get_data(as_text=True))
    (project / "plans" / "khac.toml").unlink()  # its plan deleted: its sheet can never be confirmed
    stray = folder / "AAAAAAAAAAAAAAAA.xlsx"  # half of a pair
    stray.write_bytes(b"x")
    before = time.time() - 120
    os.utime(stray, (before, before))
    ages_ago = time.time() - (WORKBOOK_DAYS + 1) * 86_400
    for path in folder.glob(f"{old}.*"):
        os.utime(path, (ages_ago, ages_ago))  # listed days ago and never confirmed
    client.get("/")
    assert sorted(p.name for p in folder.iterdir()) == [], (old, gone)
    kept = _key(_upload_excel(client, _workbook(project, 230, tmp_path)).get_data(as_text=True))
    client.get("/")
    assert sorted(p.name for p in folder.iterdir()) == [f"{kept}.json", f"{kept}.xlsx"]  # the pending one stays


def test_a_report_gets_its_sheet_of_results_to_fill_and_the_filled_sheet_fills_its_results(project):
    """In the browser as on the command line (issue 17): «Tạo văn bản» with Excel on a report whose results are
    still to fill gives the sheet to fill; the clerk fills it and brings it in with «Nhập số liệu từ Excel»."""
    import openpyxl

    from docgen.kinds.derive import new_document

    report = new_document(project / "plans" / "2022.toml", project / "plans" / "bao-cao.toml", "bao-cao")
    client = _restarted(project)
    page = client.post("/plans/bao-cao.toml/build", data={"token": TOKEN, "xlsx": "1"}).get_data(as_text=True)
    assert "Kết quả các xóm chưa điền nên chưa tạo báo cáo" in page and "bc-du-thao-thinh-duc-2022.xlsx" in page
    sheet = project / "output" / "bc-du-thao-thinh-duc-2022.xlsx"
    workbook = openpyxl.load_workbook(sheet)
    workbook["Kết quả hộ nghèo"].cell(4, 6).value = 2  # Phúc Hòa: 2 households out of poverty
    filled = io.BytesIO()
    workbook.save(filled)
    listed = client.post("/plans/bao-cao.toml/import-xlsx", content_type="multipart/form-data",
                         data={"token": TOKEN, "file": (io.BytesIO(filled.getvalue()), "ket-qua.xlsx")})
    text = listed.get_data(as_text=True)
    assert listed.status_code == 200 and "Phúc Hòa: hộ nghèo đã thoát nghèo 0 → 2" in text, text
    client.post("/plans/bao-cao.toml/import-xlsx/apply", data={"token": TOKEN, "key": _key(text)})
    saved = report.read_text(encoding="utf-8")
    assert "poor_reduced = 2" in saved and '"results"' not in saved.split("[issuer]")[0]


def _starter_and_sheet(project: Path, cell: str) -> tuple[list[dict], bytes]:
    """The starter plan with the last hamlet's ``cell`` left empty, and the clerk's own sheet of its hamlets (one
    more household each; no column for that cell)."""
    import openpyxl

    from docgen.workspace import starter_plan

    path = project / "plans" / "2026.toml"
    text = starter_plan("Xã Tân Cương", "Thái Nguyên", 2026)
    cut = text.rindex(f"\n{cell} = ") + 1
    path.write_text(text[:cut] + text[text.index("\n", cut) + 1:], encoding="utf-8")
    book = openpyxl.Workbook()
    book.active.append(["STT", "Tên thôn", "Tổng số hộ", "Số hộ nghèo", "Số hộ cận nghèo"])
    hamlets = tomli.loads(path.read_text(encoding="utf-8"))["hamlets"]
    for number, h in enumerate(hamlets, start=1):
        book.active.append([number, h["name"], h["households"] + 1, h["poor"], h.get("near_poor", 2)])
    sheet = io.BytesIO()
    book.save(sheet)
    return hamlets, sheet.getvalue()


def _excel_page(project: Path, sheet: bytes) -> str:
    return _restarted(project).post("/plans/2026.toml/import-xlsx", content_type="multipart/form-data", data={
        "token": TOKEN, "file": (io.BytesIO(sheet), "so-lieu.xlsx")}).get_data(as_text=True)


def test_a_sheet_refused_for_a_plan_with_a_missing_cell_says_where_it_is_in_the_pages_words(project):
    hamlets, sheet = _starter_and_sheet(project, "near_poor")
    problems = re.search(r'id="excel-problems">(.*?)</div>', _excel_page(project, sheet), re.S).group(1)
    assert f"Thôn thứ {len(hamlets)}, Hộ cận nghèo, Đầu kỳ: Ô này cần được điền." in problems
    assert "[[hamlets]]" not in problems and "tệp" not in problems


def test_changes_that_confirming_would_refuse_are_not_offered_to_confirm(project):
    hamlets, sheet = _starter_and_sheet(project, "poor_without_labour")
    page = _excel_page(project, sheet)
    assert 'id="excel-changes"' not in page  # said now, not after the clerk pressed «Xác nhận»
    problems = re.search(r'id="excel-problems">(.*?)</div>', page, re.S).group(1)
    assert "Hộ nghèo, Không còn khả năng lao động" in problems and hamlets[-1]["name"] in problems
    assert "poor_without_labour" not in problems
