"""The double-click launchers: written by docgen init (and docgen launcher), each starting docgen serve for its
workspace, and a second start only opening the browser on the server already running."""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from docgen import messages
from docgen.cli import main
from docgen.web.serve import _free, workspace_mark

PORT = 8765  # the launchers start docgen on its usual port, as a double-click does


def _init(tmp_path: Path) -> Path:
    folder = tmp_path / "TanCuong"
    result = CliRunner().invoke(main, ["init", str(folder), "--commune", "Xã Tân Cương", "--province", "Thái Nguyên",
                                       "--year", "2026"])
    assert result.exit_code == 0, result.output
    assert messages.LAUNCHERS_MADE.format(folder=folder) in result.output
    return folder


def test_init_writes_a_launcher_for_each_system_that_serves_its_own_folder(tmp_path):
    folder = _init(tmp_path)
    windows = (folder / "Mở docgen.cmd").read_bytes().decode("utf-8")
    assert windows.startswith("@echo off\r\n") and windows.rstrip().endswith('serve "%~dp0."')
    mac = folder / "Mở docgen.command"
    assert mac.read_text(encoding="utf-8").startswith("#!/bin/sh\n") and mac.stat().st_mode & 0o111
    assert mac.read_text(encoding="utf-8").rstrip().endswith(' serve "$(pwd)"')
    desktop = folder / "Mở docgen.desktop"
    entries = dict(line.split("=", 1) for line in desktop.read_text(encoding="utf-8").splitlines()[1:])
    assert entries["Type"] == "Application" and desktop.stat().st_mode & 0o111
    assert shlex.split(entries["Exec"])[-2:] == ["serve", str(folder.resolve())]


def test_launcher_writes_them_for_an_existing_workspace(tmp_path):
    (tmp_path / "plans").mkdir()
    result = CliRunner().invoke(main, ["launcher", str(tmp_path)])
    assert result.exit_code == 0
    assert sorted(p.name for p in tmp_path.glob("Mở docgen.*")) == ["Mở docgen.cmd", "Mở docgen.command",
                                                                  "Mở docgen.desktop"]


def _session(port: int) -> dict:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/session", timeout=5) as answer:
        return json.loads(answer.read())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="runs the Linux launcher")
def test_the_linux_launcher_starts_docgen_once_and_a_second_double_click_only_opens_the_browser(tmp_path):
    if not _free(PORT):
        pytest.skip(f"port {PORT} is in use on this machine")
    folder = _init(tmp_path)
    entries = dict(line.split("=", 1) for line in (folder / "Mở docgen.desktop").read_text(encoding="utf-8")
                   .splitlines()[1:])
    command = shlex.split(entries["Exec"])
    env = {"BROWSER": "true", "PATH": "/usr/bin:/bin"}  # "opening the browser" runs `true` here
    first = subprocess.Popen(command, cwd=entries["Path"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        for _ in range(100):
            if not _free(PORT):
                break
            time.sleep(0.1)
        time.sleep(0.3)
        assert _session(PORT)["workspace"] == workspace_mark(folder)
        second = subprocess.run(command, cwd=entries["Path"], env=env, capture_output=True, text=True, timeout=30)
        assert second.returncode == 0
        assert messages.SERVE_ALREADY.format(url=f"http://127.0.0.1:{PORT}/") in second.stdout
    finally:
        first.terminate()
        first.wait(timeout=10)
