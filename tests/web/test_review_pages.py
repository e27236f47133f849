"""The review page: findings filed under the page their paragraph is on, each upload paged with its own PDF."""

from __future__ import annotations

import io
import shutil

import pytest

from docgen.check.finding import Finding
from docgen.web.app import create_app
from docgen.web.review import by_page

TOKEN = "test-token"


def _finding(where: str) -> Finding:
    return Finding("x", "error", where, "m", "", "", "")


def test_a_finding_of_appendix_two_is_filed_under_its_own_page_not_under_appendix_one():
    pages = ["Nội dung, chi tiết tại Phụ lục I và Phụ lục II kèm theo", "Phụ lục I\nBiểu giảm hộ nghèo",
             "Phụ lục II\nBiểu giảm hộ cận nghèo"]
    grouped = dict(by_page([_finding("đoạn 90 «Phụ lục II»"), _finding("đoạn 70 «Phụ lục I»")], pages))
    assert [f.where for f in grouped[3]] == ["đoạn 90 «Phụ lục II»"]
    assert [f.where for f in grouped[2]] == ["đoạn 70 «Phụ lục I»"]


def test_two_uploads_with_the_same_name_are_each_paged_with_their_own_document(project, monkeypatch):
    from docgen.web import review
    from tests.check.builder import make_docx

    good, wrong = make_docx(), make_docx(margins={"top": 20, "bottom": 20, "left": 20, "right": 15})
    paged: list[dict[str, bytes]] = []
    # the page texts each document is paged with: its own (LibreOffice would give them from its own PDF)
    monkeypatch.setattr(review, "_pages", lambda documents: paged.append(documents) or {
        key: ["tốt" if data == good else "sai"] for key, data in documents.items()})
    client = create_app(project, token=TOKEN).test_client()
    page = client.post("/review/check", content_type="multipart/form-data", data={
        "token": TOKEN, "files": [(io.BytesIO(good), "ke-hoach.docx"), (io.BytesIO(wrong), "ke-hoach.docx")]}
    ).get_data(as_text=True)
    assert [list(d.values()) for d in paged] == [[good, wrong]]
    first, second = page.split('class="panel checked-file"')[1:3]
    assert "Lề trang không đúng quy định" not in first and "Lề trang không đúng quy định" in second


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_an_old_word_doc_is_brought_in_as_a_new_plan(project, tmp_path):
    import subprocess

    from docgen.build import build
    from docgen.plan.edit import open_plan

    source = tmp_path / "ke-hoach-cu.docx"
    source.write_bytes(build(project / "plans" / "2022.toml").docx)
    subprocess.run(["soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", "doc", "--outdir", str(tmp_path), str(source)], capture_output=True, timeout=240,
                   check=True)
    client = create_app(project, token=TOKEN).test_client()
    response = client.post("/plans/import-docx", content_type="multipart/form-data", data={
        "token": TOKEN, "file": (io.BytesIO((tmp_path / "ke-hoach-cu.doc").read_bytes()), "ke-hoach-cu.doc")})
    assert response.status_code == 302 and response.headers["Location"].endswith("/plans/ke-hoach-cu.toml")
    imported = open_plan(project / "plans" / "ke-hoach-cu.toml").data
    assert imported["hamlets"][0]["name"] == "Nhân Hòa" and imported["hamlets"][0]["households"] == 219
