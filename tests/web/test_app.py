"""The web application through Flask's test client: what a page shows, what a request may change."""

from __future__ import annotations

import io
import os
import re
import shutil
from pathlib import Path

import pytest

from docgen.web.app import MAX_UPLOAD_BYTES, create_app
from tests.readback import body_texts, open_docx

TOKEN = "test-token"


@pytest.fixture
def client(project: Path):
    app = create_app(project, token=TOKEN)
    return app.test_client()


def _post_json(client, url, body, token=TOKEN):
    return client.post(url, json=body, headers={"X-Docgen-Token": token})


def _data(client, name="2022.toml"):
    from docgen.plan.edit import open_plan

    return open_plan(Path("plans") / name)


def test_the_list_shows_each_plan_with_its_status(client, project):
    page = client.get("/").get_data(as_text=True)
    assert "2022.toml" in page and "small.toml" in page
    assert "85/KH-UBND" in page and "sẵn sàng" in page


def test_a_broken_plan_is_listed_as_having_errors(client, project):
    (project / "plans" / "broken.toml").write_text("[issuer]\nname = 1\n", encoding="utf-8")
    page = client.get("/").get_data(as_text=True)
    assert "broken.toml" in page and "lỗi" in page


def test_a_foreign_host_name_is_refused(client):
    assert client.get("/", headers={"Host": "attacker.example"}).status_code == 421


def test_a_change_without_the_token_is_refused_and_nothing_is_written(client, project):
    before = (project / "plans" / "2022.toml").read_bytes()
    opened = _data(client)
    response = _post_json(client, "/plans/2022.toml/save", {"data": opened.data, "digest": opened.digest},
                          token="wrong")
    assert response.status_code == 403
    assert client.post("/plans/2022.toml/build").status_code == 403
    assert (project / "plans" / "2022.toml").read_bytes() == before


@pytest.mark.parametrize("name", ["../pyproject.toml", "..%2Fpyproject.toml", "%2Fetc%2Fpasswd", "nothere.toml",
                                  "2022.toml%00.txt"])
def test_no_name_in_a_request_reaches_outside_the_plans(client, name):
    assert client.get(f"/plans/{name}").status_code == 404
    assert client.get(f"/output/{name}").status_code == 404


def test_a_link_out_of_the_workspace_is_not_listed(client, project, tmp_path_factory):
    outside = tmp_path_factory.mktemp("outside") / "secret.toml"
    outside.write_text("secret = 1\n", encoding="utf-8")
    os.symlink(outside, project / "plans" / "link.toml")
    assert "link.toml" not in client.get("/").get_data(as_text=True)
    assert client.get("/plans/link.toml").status_code == 404


def test_check_returns_the_computed_totals_as_printed(client):
    response = _post_json(client, "/plans/2022.toml/check", {"data": _data(client).data})
    body = response.get_json()
    assert body["problems"] == []
    assert body["figures"]["totals"]["households"] == "2.111"
    assert body["figures"]["totals"]["poor_rate"] == "1,47"
    assert body["figures"]["hamlets"][11]["poor_end"] == "8"  # Làng Mơn: 10 − 2


def test_a_problem_names_its_field_as_the_page_labels_it_and_other_totals_stay(client):
    data = _data(client).data
    data["hamlets"][3]["households"] = "abc"
    body = _post_json(client, "/plans/2022.toml/check", {"data": data}).get_json()
    [problem] = [p for p in body["problems"] if p["field"] == "hamlets[4].households"]
    assert problem["where"] == "Xóm thứ 4, Tổng số hộ"
    assert problem["message"] == "Phải là một số, ví dụ 219 hoặc 1.250."
    assert "line" not in problem and "dòng" not in problem["where"] and "toml" not in str(body)
    totals = body["figures"]["totals"]
    whole = _post_json(client, "/plans/2022.toml/check", {"data": _data(client).data}).get_json()["figures"]["totals"]
    assert totals["poor"] == whole["poor"] and totals["near_poor_end"] == whole["near_poor_end"]
    assert "households" not in totals and "poor_rate" not in totals  # only what it feeds


def test_saving_changes_only_the_edited_figure_and_keeps_comments(client, project):
    path = project / "plans" / "2022.toml"
    before = path.read_text(encoding="utf-8").splitlines()
    opened = _data(client)
    opened.data["hamlets"][0]["households"] = 220
    body = _post_json(client, "/plans/2022.toml/save", {"data": opened.data, "digest": opened.digest}).get_json()
    assert body["saved"] is True
    after = path.read_text(encoding="utf-8").splitlines()
    changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
    assert len(before) == len(after)
    assert changed == [("households = 219", "households = 220")]


def test_a_file_changed_on_disk_since_it_was_opened_is_not_overwritten(client, project):
    path = project / "plans" / "2022.toml"
    opened = _data(client)
    path.write_text(path.read_text(encoding="utf-8") + "\n# sửa bằng tay\n", encoding="utf-8")
    edited_on_disk = path.read_bytes()
    response = _post_json(client, "/plans/2022.toml/save", {"data": opened.data, "digest": opened.digest})
    assert response.status_code == 409
    assert "thay đổi ở nơi khác" in response.get_json()["problems"][0]["message"]
    assert path.read_bytes() == edited_on_disk


def test_typed_template_syntax_is_kept_as_text_in_the_page_and_the_document(client, project):
    opened = _data(client)
    opened.data["intro"] = ["Thử {{ 7*7 }} và {% if true %}x{% endif %} <b>đậm</b>."]
    saved = _post_json(client, "/plans/2022.toml/save", {"data": opened.data, "digest": opened.digest})
    assert saved.status_code == 200
    page = client.get("/plans/2022.toml").get_data(as_text=True)
    assert "Thử {{ 7*7 }} và {% if true %}x{% endif %} &lt;b&gt;đậm&lt;/b&gt;." in page
    response = client.post("/plans/2022.toml/build", data={"token": TOKEN})
    assert response.status_code == 200
    texts = body_texts(open_docx(project / "output" / "kh-85-thinh-duc-2022.docx"))
    assert "Thử {{ 7*7 }} và {% if true %}x{% endif %} <b>đậm</b>." in texts


def test_build_writes_the_document_and_links_it(client, project):
    page = client.post("/plans/2022.toml/build", data={"token": TOKEN, "xlsx": "1"}).get_data(as_text=True)
    assert "kh-85-thinh-duc-2022.docx" in page and "kh-85-thinh-duc-2022.xlsx" in page
    download = client.get("/output/kh-85-thinh-duc-2022.docx")
    assert download.status_code == 200
    assert "KẾ HOẠCH" in body_texts(open_docx(download.data))


def test_a_plan_with_errors_builds_nothing_and_says_why(client, project):
    opened = _data(client)
    opened.data["hamlets"][0]["poor_without_labour"] = 50
    _post_json(client, "/plans/2022.toml/save", {"data": opened.data, "digest": opened.digest})
    response = client.post("/plans/2022.toml/build", data={"token": TOKEN})
    assert response.status_code == 422
    assert "Xóm thứ 1, Hộ nghèo, Không còn khả năng lao động: Số hộ không còn" in response.get_data(as_text=True)
    assert not list(project.glob("output/*.docx"))


def test_uploaded_documents_are_checked(client, project):
    client.post("/plans/2022.toml/build", data={"token": TOKEN})
    built = (project / "output" / "kh-85-thinh-duc-2022.docx").read_bytes()
    files = [(io.BytesIO(built), "ban-dung.docx"), (io.BytesIO(b"not a zip"), "hong.docx")]
    page = client.post("/review/check", data={"token": TOKEN, "files": files},
                       content_type="multipart/form-data").get_data(as_text=True)
    assert "ban-dung.docx" in page and "Không thấy lỗi thể thức nào" in page
    assert "hong.docx" in page and "Không phải tệp Word .docx" in page


def test_an_upload_over_the_limit_is_refused(client):
    big = io.BytesIO(b"0" * (MAX_UPLOAD_BYTES + 1))
    response = client.post("/review/check", data={"token": TOKEN, "files": [(big, "big.docx")]},
                           content_type="multipart/form-data")
    assert response.status_code == 413


def test_findings_are_grouped_by_the_page_their_paragraph_is_on():
    from docgen.check.finding import Finding
    from docgen.web.review import by_page

    def finding(where):
        return Finding("x", "error", where, "m", "", "", "")

    pages = ["CỘNG HÒA XÃ HỘI\nSố: 85/KH-UBND", "I. MỤC ĐÍCH,\nYÊU CẦU và thêm", "Phụ lục I"]
    grouped = by_page([finding("đoạn 40 «I. MỤC ĐÍCH, YÊU CẦU»"), finding("phần (section) 1"),
                       finding("đoạn 3 (bảng 1, dòng 2, cột 1) «Số: 85/KH-UBND»")], pages)
    assert [(page, [f.where[:7] for f in items]) for page, items in grouped] == [
        (None, ["phần (s"]), (1, ["đoạn 3 "]), (2, ["đoạn 40"])]


def _page_of_each(data: bytes, texts: tuple[str, ...], folder: Path) -> list[int]:
    """The oracle: the page each text is printed on, by LibreOffice and poppler's pdftotext run here, not
    through docgen."""
    import subprocess

    (folder / "le.docx").write_bytes(data)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{folder}/profile", "--convert-to", "pdf",
                    "--outdir", str(folder), str(folder / "le.docx")], check=True, capture_output=True, timeout=120)
    pages = subprocess.run(["pdftotext", "-layout", str(folder / "le.pdf"), "-"], check=True, capture_output=True,
                           text=True).stdout.split("\f")
    return [next(n for n, page in enumerate(pages, start=1) if text in " ".join(page.split())) for text in texts]


@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice or poppler not installed")
def test_uploaded_findings_are_listed_by_page(client, project, tmp_path):
    from tests.check.builder import make_docx

    # the margins are wrong in every section (the whole document), the motto on page 1, the signer further on
    data = make_docx(margins={"top": 20, "bottom": 20, "left": 20, "right": 15}, motto="Độc lập-Tự do-Hạnh phúc",
                     signer="LANG ĐẠI THÀNH")
    motto_page, signer_page = _page_of_each(data, ("Độc lập-Tự do-Hạnh phúc", "LANG ĐẠI THÀNH"), tmp_path)
    assert motto_page == 1 and signer_page > 1  # otherwise the document does not test the grouping
    page = client.post("/review/check", data={"token": TOKEN, "files": [(io.BytesIO(data), "le.docx")]},
                       content_type="multipart/form-data").get_data(as_text=True)
    assert "chưa chia theo trang" not in page  # the fallback without pages is not what is shown
    heads = re.findall(r'<h3 class="page-head">([^<]+)</h3>', page)
    assert heads == ["Toàn văn bản", f"Trang {motto_page}", f"Trang {signer_page}"], heads
    sections = dict(zip(heads, re.split(r'<h3 class="page-head">[^<]+</h3>', page)[1:], strict=True))
    assert "Lề trang không đúng quy định" in sections["Toàn văn bản"]
    assert "Độc lập-Tự do-Hạnh phúc" in sections["Trang 1"] and "LANG ĐẠI THÀNH" not in sections["Trang 1"]
    assert "LANG ĐẠI THÀNH" in sections[f"Trang {signer_page}"]


@pytest.mark.parametrize("name", ["2022.toml", "2025-than-sa.toml", "small.toml"])
def test_saving_what_the_editor_opened_leaves_every_plan_byte_identical(client, project, name):
    shutil.copy(Path(__file__).resolve().parents[2] / "plans" / name, project / "plans" / name) \
        if not (project / "plans" / name).exists() else None
    path = project / "plans" / name
    before = path.read_bytes()
    opened = _data(client, name)
    response = _post_json(client, f"/plans/{name}/save", {"data": opened.data, "digest": opened.digest})
    assert response.status_code == 200
    assert path.read_bytes() == before


def test_a_plan_in_parts_shows_its_parts_and_their_sections(client, project):
    shutil.copy(Path(__file__).resolve().parents[2] / "plans" / "2025-than-sa.toml", project / "plans")
    page = client.get("/plans/2025-than-sa.toml").get_data(as_text=True)
    assert page.count('data-node="division"') == 2 + 1  # two parts, and the blank one to add
    assert 'data-kind-of="division"' in page


def test_a_plan_not_saved_as_utf8_gets_the_command_lines_message_not_a_crash(client, project):
    (project / "plans" / "utf16.toml").write_bytes("[issuer]\nname = \"Xã\"\n".encode("utf-16"))
    response = client.get("/plans/utf16.toml")
    assert response.status_code == 422
    assert "UTF-8" in response.get_data(as_text=True)


def test_errors_are_explained_in_vietnamese(client):
    assert "Không có trang hoặc tệp này" in client.get("/plans/khong-co.toml").get_data(as_text=True)
    stale = client.post("/plans/2022.toml/check", json={"data": {}}, headers={"X-Docgen-Token": "old"})
    assert stale.status_code == 403 and "Tải lại trang" in stale.get_json()["problems"][0]["message"]


def test_a_date_the_picker_cannot_show_is_kept_as_typed(client, project):
    path = project / "plans" / "2022.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("date = 2022-10-24", 'date = "24/10/2022"'),
                    encoding="utf-8")
    page = client.get("/plans/2022.toml").get_data(as_text=True)
    assert 'data-key="date" data-kind="date" value="24/10/2022" data-original=\'"24/10/2022"\'' in page


def test_a_copy_named_by_windows_opens(client, project):
    shutil.copy(project / "plans" / "small.toml", project / "plans" / "small (1).toml")
    assert client.get("/plans/small (1).toml").status_code == 200


@pytest.mark.parametrize(("stem", "name"), [("2026", "2027.toml"), ("2026-tan-cuong", "2027-tan-cuong.toml"),
                                            ("ke-hoach", "2027-ke-hoach.toml")])
def test_next_years_file_is_named_after_last_years(stem, name):
    from docgen.web.plans import next_year_name

    assert next_year_name(stem, 2027) == name


def test_two_versions_are_compared_side_by_side_with_the_changed_figure_and_words(client, project):
    from docgen.build import build

    changed = project / "plans" / "2022.toml"
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text.replace("households = 219", "households = 221")
                       .replace("cụ thể như sau:", "như sau:"), encoding="utf-8")
    retyped = build(changed).docx
    changed.write_text(text, encoding="utf-8")
    form = {"token": TOKEN, "plan": "2022.toml", "b": (io.BytesIO(retyped), "sua.docx")}
    page = client.post("/review/diff", data=form, content_type="multipart/form-data").get_data(as_text=True)
    assert "khác biệt" in page and "sua.docx" in page
    assert '<del class="del">219</del>' in page and '<ins class="ins">221</ins>' in page
    assert '<del class="del">cụ thể </del>' in page or '<del class="del">cụ thể</del>' in page


def test_the_same_plan_against_its_own_document_shows_no_difference(client, project):
    from docgen.build import build
    from tests.retype import retype

    def compared(document: bytes) -> str:
        form = {"token": TOKEN, "plan": "2022.toml", "b": (io.BytesIO(document), "b.docx")}
        return client.post("/review/diff", data=form, content_type="multipart/form-data").get_data(as_text=True)

    # the document as a clerk retyped it (python-docx, other XML, same words): not docgen's bytes read back
    built = build(project / "plans" / "2022.toml").docx
    assert "Hai bản giống nhau" in compared(retype(built))
    # the same copy with Nhân Hòa's 219 households typed 221 (in both tables) shows those two figures and nothing
    # else: the comparison did read the tables
    changed = compared(retype(built, lambda text: "221" if text == "219" else text))
    assert "Có 2 khác biệt" in changed
    assert re.findall(r"<tr><td>(Phụ lục I+)</td><td>([^<]+)</td><td>([^<]+)</td><td><del class=\"del\">(\d+)</del>"
                      r"</td><td><ins class=\"ins\">(\d+)</ins>", changed) == [
        ("Phụ lục I", "Nhân Hòa", "tổng số hộ", "219", "221"), ("Phụ lục II", "Nhân Hòa", "tổng số hộ", "219", "221")]


def test_a_busy_port_is_said_in_vietnamese_with_what_to_do(project):
    import socket

    from docgen.errors import DocgenError
    from docgen.web.serve import start

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        with pytest.raises(DocgenError) as caught:
            start(project, taken.getsockname()[1])
    assert "đang được một chương trình khác dùng" in caught.value.problems[0].message
    assert "--port" in caught.value.problems[0].hint


def test_the_builds_own_warnings_are_shown_beside_the_findings(client, project):
    path = project / "plans" / "2022.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("date = 2022-10-24", "date = 2030-10-24"),
                    encoding="utf-8")
    page = client.post("/plans/2022.toml/build", data={"token": TOKEN}).get_data(as_text=True)
    assert 'id="plan-warnings"' in page and "không thuộc năm kế hoạch 2022" in page


def test_the_editor_speaks_of_hamlets_in_the_plans_own_word(client, project):
    page = client.get("/plans/2022.toml").get_data(as_text=True)
    assert "+ Thêm xóm" in page and "Số liệu các xóm" in page  # its tables say "Tên xóm"
    text = (project / "plans" / "2022.toml").read_text(encoding="utf-8").replace('"Tên xóm"', '"Tên thôn, tổ dân phố"')
    (project / "plans" / "thon.toml").write_text(text, encoding="utf-8")
    page = client.get("/plans/thon.toml").get_data(as_text=True)
    assert "+ Thêm thôn" in page and "Số liệu các thôn, tổ dân phố" in page and "Tên thôn" in page
    assert "xóm" not in page.split("Số liệu các", 1)[1].split("</legend>", 1)[0]


def test_a_hamlet_to_confirm_is_named_in_the_plans_word():
    from docgen.web.editor import confirm_label

    columns = [{"figure": "hamlet", "header": "Tên thôn"}]
    data = {"hamlets": [{"name": "Thôn Một"}], "appendices": [{"columns": columns}]}
    assert confirm_label("hamlets[1]", data) == "thôn thứ 1 (Thôn Một)"
    assert confirm_label("hamlets", data) == "số liệu các thôn"
    assert confirm_label("hamlets[1]", {"hamlets": [{"name": "Phúc Hòa"}]}) == "xóm thứ 1 (Phúc Hòa)"


def test_an_entry_to_confirm_is_told_apart_from_an_error():
    from docgen import messages
    from docgen.errors import Location, Problem
    from docgen.web.editor import problem_json

    pending = problem_json(Problem(Location("p.toml", 17, "bases"), messages.NOT_CONFIRMED), {})
    error = problem_json(Problem(Location("p.toml", 20, "targets.year"), "Phải lớn hơn hoặc bằng 2000."), {})
    assert (pending["confirm"], error["confirm"]) == (True, False)


def test_the_comparison_page_lists_a_changed_cell_of_a_body_table(client):
    from tests.test_diff_everything import SCHEDULE, _document

    later = [SCHEDULE[0], SCHEDULE[1], SCHEDULE[2][:3] + ("21 giờ ngày 27 tháng 3",)]
    form = {"token": TOKEN, "a": (io.BytesIO(_document()), "truoc.docx"),
            "b": (io.BytesIO(_document(tables=(later,))), "sau.docx")}
    page = client.post("/review/diff", data=form, content_type="multipart/form-data").get_data(as_text=True)
    assert "Có 1 khác biệt" in page and 'id="diff-others"' in page
    assert ("<li>Bảng «LỊCH PHÁT SÓNG CHUYÊN MỤC HỎI ĐÁP», dòng «3. Hỏi đáp về bảo hiểm xã…», cột «Thời gian»: "
            "20 giờ 15 ngày 27 tháng 3 → 21 giờ ngày 27 tháng 3</li>") in page


def test_a_problem_of_a_table_or_an_appendix_is_said_in_the_pages_words(client, project):
    from docgen.plan.edit import open_plan

    shutil.copy(Path(__file__).resolve().parents[2] / "plans" / "vi-du-day-du.toml", project / "plans" / "full.toml")
    data = open_plan(project / "plans" / "full.toml").data
    data["tables"][0]["rows"][1] = ["2", "Vay vốn ưu đãi"]  # a row short of two cells
    data["tables"].append({"id": "bang_1", "header": [["TT", "Việc"]]})  # placed nowhere
    data["appendices"][2]["signatures"] = [{"name": "Nguyễn Văn A", "lines": ["NGƯỜI LẬP"], "position": "X"}]
    body = _post_json(client, "/plans/full.toml/check", {"data": data}).get_json()
    shown = {p["where"]: (p["message"], p["hint"]) for p in body["problems"]}
    assert shown["Bảng 1, dòng 2"][0] == "Dòng này có 2 ô, nhưng bảng «lich_phat_thanh» có 4 cột."
    assert shown["Bảng 4, mã"][1].startswith("Gõ một dòng chỉ có {table.bang_1} vào ô «Các đoạn»")
    assert "chức danh" in shown["Phụ lục III, chỗ ký 1, chức danh"][0]
    for message, hint in shown.values():  # never a field of the file
        assert not re.search(r"\b(rows|columns|text|sections|signatures|lines|position)\b", message + hint)


def test_a_new_reports_confirm_boxes_say_what_to_look_at_in_the_pages_words(client, project):
    client.post("/plans/new", data={"token": TOKEN, "source": "2022.toml", "kind": "bao-cao"})
    name = next(p.name for p in (project / "plans").glob("*.toml") if p.name not in ("2022.toml", "small.toml"))
    page = client.get(f"/plans/{name}").get_data(as_text=True)
    boxes = re.findall(r"Đã kiểm tra: ([^<]+)</label>", page)
    assert boxes and all(re.search(r"[a-z_]+\[|\.|^results$", b) is None for b in boxes), boxes
    assert "Đã kiểm tra: kết quả cuối năm của các xóm" in page
