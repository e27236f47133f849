"""PDF copies through LibreOffice: one process for a batch, a clear message when it is missing."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from docgen import pdf
from docgen.build import build
from docgen.cli import main
from tests.conftest import PLAN_2022, SMALL

needs_libreoffice = pytest.mark.skipif(pdf.libreoffice() is None or shutil.which("pdftotext") is None,
                                       reason="LibreOffice or poppler-utils not installed")


def _text(data: bytes, tmp_path) -> str:
    path = tmp_path / "x.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


@needs_libreoffice
def test_build_pdf_writes_the_pdf_beside_the_docx(project, tmp_path):
    result = CliRunner().invoke(main, ["build", "plans/2022.toml", "--pdf"])
    assert result.exit_code == 0, result.output
    made = project / "output" / "kh-85-thinh-duc-2022.pdf"
    text = _text(made.read_bytes(), tmp_path)
    assert "KẾ HOẠCH" in text and "Số: 85/KH-UBND" in text
    assert text.count("\f") >= 10  # every page of the plan and its appendices


@needs_libreoffice
def test_a_batch_is_converted_by_one_libreoffice_process(monkeypatch, tmp_path):
    calls = []
    real_popen = subprocess.Popen
    monkeypatch.setattr(pdf.subprocess, "Popen",
                        lambda command, **kw: calls.append(command) or real_popen(command, **kw))
    made = pdf.to_pdf({"a.docx": build(PLAN_2022).docx, "b.docx": build(SMALL).docx})
    assert len(calls) == 1
    assert "Thịnh Đức" in _text(made["a.docx"], tmp_path)
    assert _text(made["b.docx"], tmp_path) != _text(made["a.docx"], tmp_path)


def test_without_libreoffice_the_build_says_how_to_install_it_and_writes_nothing(project, monkeypatch):
    monkeypatch.setattr(pdf, "libreoffice", lambda: None)
    result = CliRunner().invoke(main, ["build", "plans/2022.toml", "--pdf"])
    assert result.exit_code == 1
    assert "Chưa có LibreOffice" in result.output and "apt-get install" in result.output
    assert not list(project.glob("output/*"))


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands for LibreOffice")
def test_a_conversion_that_hangs_is_stopped_with_a_message_and_all_its_processes(monkeypatch, tmp_path):
    """A launcher that starts a program which never ends, as ``soffice`` starts ``soffice.bin``."""
    launcher, child = tmp_path / "soffice", tmp_path / "child.pid"
    launcher.write_text(f"#!/bin/sh\nsleep 300 &\necho $! > {child}\nwait\n", encoding="utf-8")
    launcher.chmod(0o755)
    monkeypatch.setattr(pdf, "libreoffice", lambda: str(launcher))
    with pytest.raises(pdf.DocgenError) as caught:
        pdf.to_pdf({"a.docx": b"x"}, timeout=1)
    assert "1 giây" in caught.value.problems[0].message
    pid = int(child.read_text())
    for _ in range(50):  # the orphan is reaped by the system soon after it is killed
        if not _running(pid):
            break
        time.sleep(0.1)
    assert not _running(pid)


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stream:
            return stream.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@needs_libreoffice
def test_a_batch_build_with_pdf_starts_libreoffice_once_and_writes_each_pdf(project, monkeypatch, tmp_path):
    calls = []
    real_popen = subprocess.Popen
    monkeypatch.setattr(pdf.subprocess, "Popen",
                        lambda command, **kw: calls.append(command) or real_popen(command, **kw))
    result = CliRunner().invoke(main, ["build", "plans", "--pdf", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert len(calls) == 1 and any(str(part).startswith("-env:UserInstallation=") for part in calls[0])
    big = _text((project / "output" / "kh-85-thinh-duc-2022.pdf").read_bytes(), tmp_path)
    small = _text((project / "output" / "kh-07-hoa-binh-2023.pdf").read_bytes(), tmp_path)
    assert big.lstrip().startswith("ỦY BAN NHÂN DÂN") and "XÃ THỊNH ĐỨC" in big.split("\n", 3)[1]
    assert "XÃ HÒA BÌNH" in small and big.count("\f") > small.count("\f") >= 2
    assert not list((project / "output").glob(".*.tmp"))


def test_an_empty_batch_never_starts_libreoffice(monkeypatch):
    monkeypatch.setattr(pdf, "libreoffice", lambda: "soffice")
    monkeypatch.setattr(pdf.subprocess, "run", lambda *a, **k: pytest.fail("LibreOffice was started"))
    assert pdf.convert_each({}) == {}
