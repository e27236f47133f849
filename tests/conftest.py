"""Shared fixtures: paths of the project's real files, and a writable copy of a plan to break."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from docgen.check import runner

pytest_plugins = ("pytester",)  # tests/check/test_crashed_rules.py runs a test in a pytest of its own

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


@pytest.fixture
def move_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[float, str], None]]:
    """``move(seconds, zone)``: from now on the clock reads ``seconds`` later and the local time zone is
    ``zone``, as for a build on another day on a machine set to another zone. Zip entries and document
    properties take their times from this clock unless docgen stamps them itself."""
    real_time, zone_before = time.time, os.environ.get("TZ")

    def move(seconds: float, zone: str) -> None:
        moved = real_time() + seconds
        monkeypatch.setattr(time, "time", lambda: moved)
        os.environ["TZ"] = zone
        time.tzset()

    yield move
    if zone_before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = zone_before
    time.tzset()


@pytest.fixture(autouse=True)
def _no_rule_crashes(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail any test during which a checker rule raised instead of judging (the checker reports it as a finding
    under the rule's own id, which a test comparing rule ids would take for a judgement). A test about that
    report itself is marked ``@pytest.mark.rule_crash_expected``."""
    crashed: list[str] = []
    real = runner._finding

    def recorded(rule, issue):
        if issue.variant == "crashed":
            crashed.append(f"{rule.rule_id}: {issue.found}")
        return real(rule, issue)

    monkeypatch.setattr(runner, "_finding", recorded)
    yield
    if crashed and request.node.get_closest_marker("rule_crash_expected") is None:
        pytest.fail(f"rules that raised instead of judging: {crashed}")
