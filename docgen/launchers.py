"""The files a clerk double-clicks to open docgen for a workspace, on Windows, Linux and macOS.

Each starts ``docgen serve`` for the folder it sits in; when docgen already runs for that folder, ``serve``
only opens the browser on it (docgen/web/serve.py), so a second double-click never fails on a busy port.
They run the Python that installed docgen when written on the same kind of system, else ``docgen`` from the
PATH (the person installing docgen on the clerk's machine runs ``docgen launcher`` there once).
"""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

from docgen.output import write_atomic

NAME = "Mở docgen"


def _program(system: str) -> list[str]:
    same = {"windows": os.name == "nt", "mac": sys.platform == "darwin", "linux": sys.platform.startswith("linux")}
    return [sys.executable, "-m", "docgen"] if same[system] and sys.executable else ["docgen"]


def _windows(folder: Path) -> str:
    program = " ".join(f'"{part}"' if " " in part or "\\" in part else part for part in _program("windows"))
    return ("@echo off\r\nrem Bấm đúp để mở docgen cho thư mục làm việc này (docgen init đã viết tệp này).\r\n"
            "rem Đóng cửa sổ này (hoặc Ctrl+C) để dừng docgen.\r\n"
            f'cd /d "%~dp0"\r\n{program} serve "%~dp0."\r\n')


def _mac(folder: Path) -> str:
    program = " ".join(shlex.quote(part) for part in _program("mac"))
    return ("#!/bin/sh\n# Bấm đúp để mở docgen cho thư mục làm việc này (docgen init đã viết tệp này).\n"
            f'cd "$(dirname "$0")" && exec {program} serve "$(pwd)"\n')


def _desktop_quote(part: str) -> str:
    escaped = part.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return f'"{escaped}"'


def _linux(folder: Path) -> str:
    command = " ".join(_desktop_quote(part) for part in [*_program("linux"), "serve", str(folder.resolve())])
    return ("[Desktop Entry]\nType=Application\nVersion=1.0\n"
            f"Name={NAME}\nComment=Soạn kế hoạch trong trình duyệt cho thư mục {folder.resolve().name}\n"
            f"Exec={command.replace('%', '%%')}\nPath={folder.resolve()}\nTerminal=true\nCategories=Office;\n")


def write_launchers(folder: Path) -> list[Path]:
    """Write the three launchers into ``folder`` (replacing older ones) and return their paths."""
    files = {folder / f"{NAME}.cmd": _windows(folder), folder / f"{NAME}.desktop": _linux(folder),
             folder / f"{NAME}.command": _mac(folder)}
    write_atomic({path: text.encode("utf-8") for path, text in files.items()})
    for path in files:
        if path.suffix != ".cmd":
            path.chmod(0o755)  # a double-click runs only an executable file on Linux and macOS
    return list(files)
