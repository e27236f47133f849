"""Shared fixtures: paths of the project's real files, and a writable copy of a plan to break."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PLAN_2022 = ROOT / "plans" / "2022.toml"
SMALL = ROOT / "tests" / "data" / "small.toml"
TEMPLATE = ROOT / "docgen" / "templates" / "ke-hoach.docx"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A throwaway project folder (plans/, templates/, output/) as the current directory."""
    (tmp_path / "plans").mkdir()
    (tmp_path / "templates").mkdir()
    shutil.copy(SMALL, tmp_path / "plans" / "small.toml")
    if PLAN_2022.exists():
        shutil.copy(PLAN_2022, tmp_path / "plans" / "2022.toml")
    monkeypatch.chdir(tmp_path)
    return tmp_path
