"""The web application's own inputs (issue 20): "new plan" refuses year 0 and a commune without letters;
every plan the list shows opens; a comparison's error never names the server's temporary file."""

from __future__ import annotations

import io
import shutil
from urllib.parse import quote

import pytest

from docgen.web.app import create_app
from tests.conftest import SMALL

TOKEN = "t"


@pytest.fixture
def client(project):
    return create_app(project, token=TOKEN).test_client()


@pytest.mark.parametrize(("year", "commune", "said"), [
    ("0", "Xã Tân Cương", "Năm kế hoạch phải từ 2000 đến 2100"),
    ("99999", "Xã Tân Cương", "Năm kế hoạch phải từ 2000 đến 2100"),
    ("2026", "..", "Tên xã (phường) cần có chữ"),
    ("2026", "!!!", "Tên xã (phường) cần có chữ"),
])
def test_new_plan_refuses_a_year_or_commune_it_cannot_use(client, project, year, commune, said):
    before = sorted(p.name for p in (project / "plans").iterdir())
    response = client.post("/plans/new", data={"token": TOKEN, "year": year, "commune": commune,
                                               "province": "Thái Nguyên"})
    assert response.status_code == 422 and said in response.get_data(as_text=True)
    assert sorted(p.name for p in (project / "plans").iterdir()) == before


def test_a_good_new_plan_is_still_made(client, project):
    response = client.post("/plans/new", data={"token": TOKEN, "year": "2026", "commune": "Xã Tân Cương",
                                               "province": "Thái Nguyên"})
    assert response.status_code == 302 and (project / "plans" / "2026-tan-cuong.toml").is_file()


@pytest.mark.parametrize("name", ["kế hoạch #1 + [bản 2].toml", "2022,sửa.toml", "'nháp'.toml", "_x.toml",
                                  "a" * 130 + ".toml"])
def test_every_listed_plan_opens(client, project, name):
    shutil.copy(SMALL, project / "plans" / name)
    assert name in client.get("/").get_data(as_text=True).replace("&#39;", "'").replace("&amp;", "&")
    assert client.get("/plans/" + quote(name)).status_code == 200


def test_a_comparison_error_names_the_upload_not_the_temporary_file(client):
    broken = b"[issuer]\nname = 1\n"
    response = client.post("/review/diff", data={
        "token": TOKEN, "a": (io.BytesIO(SMALL.read_bytes()), "truoc.toml"),
        "b": (io.BytesIO(broken), "sau.toml")}, content_type="multipart/form-data")
    page = response.get_data(as_text=True)
    assert response.status_code == 422 and "sau.toml" in page
    assert "docgen-diff-" not in page and "/tmp" not in page
