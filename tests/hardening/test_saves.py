"""Saves are compare and swap (issue 20): two saves of the same version at the same moment give one success
and one "changed elsewhere"; ``docgen import`` and ``import-docx --force`` never overwrite a plan saved while
they worked; a written file keeps its mode and its link; a failed write leaves no temporary file; the umask
is never set to 0 (other threads of the server would create world-writable files at that moment)."""

from __future__ import annotations

import errno
import os
import shutil
import stat
import threading
import time

import pytest
from click.testing import CliRunner

from docgen import output
from docgen.build import build
from docgen.cli import main
from docgen.errors import DocgenError
from docgen.plan import edit
from docgen.plan.edit import open_plan, save_plan
from docgen.tables.xlsx import tables_workbook
from docgen.web.app import create_app
from tests.conftest import SMALL
from tests.importdocx.typed import Typed, typed_docx

CHANGED = "đã bị thay đổi ở nơi khác"


@pytest.fixture
def slow_edit(monkeypatch):
    """Making the new text takes a while, as on a long plan on a busy machine: both saves are inside it."""
    real = edit.toml_with

    def slow(text, data):
        time.sleep(0.3)
        return real(text, data)

    monkeypatch.setattr(edit, "toml_with", slow)


def _at_once(*actions):
    """Run the actions in threads released together; return what each returned or raised."""
    start, results = threading.Barrier(len(actions)), [None] * len(actions)

    def run(index, action):
        start.wait()
        try:
            results[index] = action()
        except Exception as error:
            results[index] = error

    threads = [threading.Thread(target=run, args=(i, a)) for i, a in enumerate(actions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_two_saves_of_the_same_version_give_one_success_and_one_refusal(tmp_path, slow_edit):
    plan = tmp_path / "small.toml"
    shutil.copy(SMALL, plan)
    opened = open_plan(plan)
    first, second = (dict(opened.data, hamlets=[dict(h) for h in opened.data["hamlets"]]) for _ in range(2))
    first["hamlets"][0]["households"], second["hamlets"][0]["households"] = 101, 102
    results = _at_once(lambda: save_plan(plan, first, opened.digest), lambda: save_plan(plan, second, opened.digest))
    refused = [r for r in results if isinstance(r, DocgenError)]
    assert len(refused) == 1 and CHANGED in refused[0].problems[0].message, results
    saved = 101 if isinstance(results[1], DocgenError) else 102
    assert open_plan(plan).data["hamlets"][0]["households"] == saved  # the one told "saved" is on disk


def test_two_web_saves_of_the_same_version_give_200_and_409(project, slow_edit):
    app = create_app(project, token="t")
    opened = open_plan(project / "plans" / "2022.toml")

    def save(households):
        data = dict(opened.data, hamlets=[dict(h) for h in opened.data["hamlets"]])
        data["hamlets"][0]["households"] = households
        response = app.test_client().post("/plans/2022.toml/save", json={"data": data, "digest": opened.digest},
                                          headers={"X-Docgen-Token": "t"})
        return response.status_code, response.get_json()

    results = _at_once(lambda: save(301), lambda: save(302))
    assert sorted(code for code, _ in results) == [200, 409], results
    [(_, refused)] = [r for r in results if r[0] == 409]
    assert refused["saved"] is False and CHANGED in refused["problems"][0]["message"]
    [(_, saved)] = [r for r in results if r[0] == 200]
    kept = open_plan(project / "plans" / "2022.toml")
    assert kept.digest == saved["digest"]


def test_import_does_not_overwrite_a_plan_saved_while_it_worked(tmp_path, monkeypatch):
    plan = tmp_path / "small.toml"
    shutil.copy(SMALL, plan)
    built = build(plan)
    workbook = tmp_path / "small.xlsx"
    workbook.write_bytes(tables_workbook(built.plan, built.results))
    import openpyxl

    book = openpyxl.load_workbook(workbook)
    book["Phụ lục I"]["D4"] = 3
    book.save(workbook)
    from docgen.tables import importer

    real = importer.validate_plan

    def saved_meanwhile(*args, **kwargs):  # the clerk saves in the web editor while the import runs
        plan.write_text(SMALL.read_text(encoding="utf-8") + "# saved in the editor\n", encoding="utf-8")
        return real(*args, **kwargs)

    monkeypatch.setattr(importer, "validate_plan", saved_meanwhile)
    result = CliRunner().invoke(main, ["import", str(plan), str(workbook)])
    assert result.exit_code == 1 and "Traceback" not in result.output, result.output
    assert "trong lúc đang nhập" in result.output
    assert plan.read_text(encoding="utf-8").endswith("# saved in the editor\n")


def test_import_docx_force_does_not_overwrite_a_plan_saved_while_it_worked(tmp_path, monkeypatch):
    import docgen.importdocx as importdocx

    source = tmp_path / "goc.docx"
    source.write_bytes(typed_docx(Typed()))
    target = tmp_path / "plan.toml"
    target.write_text("# the old plan\n", encoding="utf-8")
    real = importdocx.import_docx

    def saved_meanwhile(*args, **kwargs):
        target.write_text("# saved in the editor\n", encoding="utf-8")
        return real(*args, **kwargs)

    monkeypatch.setattr(importdocx, "import_docx", saved_meanwhile)
    result = CliRunner().invoke(main, ["import-docx", str(source), "-o", str(target), "--force"])
    assert result.exit_code == 1 and "Traceback" not in result.output, result.output
    assert "trong lúc đang nhập" in result.output
    assert target.read_text(encoding="utf-8") == "# saved in the editor\n"
    monkeypatch.setattr(importdocx, "import_docx", real)
    result = CliRunner().invoke(main, ["import-docx", str(source), "-o", str(target), "--force"])
    assert result.exit_code == 0, result.output  # nobody else writing: replaced


def test_a_saved_plan_keeps_its_mode(tmp_path):
    plan = tmp_path / "small.toml"
    shutil.copy(SMALL, plan)
    plan.chmod(0o600)
    opened = open_plan(plan)
    opened.data["hamlets"][0]["households"] = 120
    save_plan(plan, opened.data, opened.digest)
    assert stat.S_IMODE(plan.stat().st_mode) == 0o600
    assert open_plan(plan).data["hamlets"][0]["households"] == 120


def test_saving_a_linked_plan_writes_through_the_link(tmp_path):
    real = tmp_path / "kept" / "small.toml"
    real.parent.mkdir()
    shutil.copy(SMALL, real)
    link = tmp_path / "plans" / "small.toml"
    link.parent.mkdir()
    os.symlink(real, link)
    opened = open_plan(link)
    opened.data["hamlets"][0]["households"] = 130
    save_plan(link, opened.data, opened.digest)
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert open_plan(real).data["hamlets"][0]["households"] == 130
    assert not list(link.parent.glob(".*.tmp")) and not list(real.parent.glob(".*.tmp"))


def test_a_new_file_gets_the_umask_mode_without_the_umask_ever_being_0(tmp_path, monkeypatch):
    calls = []
    real = os.umask
    monkeypatch.setattr(os, "umask", lambda mask: calls.append(mask) or real(mask))
    previous = real(0o027)
    try:
        output.write_atomic({tmp_path / "new.docx": b"data"})
    finally:
        real(previous)
    assert 0 not in calls
    assert stat.S_IMODE((tmp_path / "new.docx").stat().st_mode) == 0o640


def test_a_full_disk_leaves_no_temporary_file_and_the_old_file_whole(tmp_path, monkeypatch):
    target = tmp_path / "plan.toml"
    target.write_bytes(b"old")

    def full(descriptor):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(DocgenError) as raised:
        output.write_atomic({target: b"new" * 1000})
    assert "ổ đĩa đã đầy" in raised.value.problems[0].message
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.toml"]
