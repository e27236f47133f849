"""The workspace as the web application sees it: plan files, built files, and nothing else.

A request never carries a path: it names a file, and the name must be one of the files listed here, so
no request can reach outside the workspace (no ``..``, no absolute path, no link that leads elsewhere).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from docgen.plan.load import SUFFIXES

_SAFE_NAME = re.compile(r"^[\w][\w .\-()]{0,120}$")  # "2025 (1).toml", as Windows names copies
OUTPUT_SUFFIXES = (".docx", ".xlsx", ".pdf")
BIN_FOLDER = "thung-rac"
STATE_FOLDER = ".docgen"  # what waits for the clerk between two requests, kept across a restart of docgen


@dataclass(frozen=True)
class Workspace:
    """A folder with ``plans/`` (one plan file per commune and year), ``output/`` and ``templates/``."""

    root: Path

    @property
    def plans_dir(self) -> Path:
        return self.root / "plans"

    @property
    def output_dir(self) -> Path:
        return self.root / "output"

    def plan_files(self) -> list[Path]:
        """Return the plan files in ``plans/``, sorted by name."""
        return _files_in(self.plans_dir, SUFFIXES)

    def plan(self, name: str) -> Path | None:
        """Return the plan file called ``name``, or None when there is none (whatever the name holds)."""
        return _listed(name, self.plan_files())

    def new_plan_path(self, name: str) -> Path | None:
        """Return where a new plan called ``name`` (``2023.toml``) would go, or None for an unsafe or taken name."""
        if not _SAFE_NAME.match(name) or Path(name).suffix.lower() not in SUFFIXES:
            return None
        path = self.plans_dir / name
        if path.exists():
            return None
        self.plans_dir.mkdir(parents=True, exist_ok=True)
        return path

    @property
    def bin_dir(self) -> Path:
        """Where a deleted plan goes, to be restored from the list of plans (``thung-rac/``)."""
        return self.root / BIN_FOLDER

    @property
    def state_dir(self) -> Path:
        """Where the notes of a Word import and an Excel sheet awaiting confirmation are kept (``.docgen/``)."""
        return self.root / STATE_FOLDER

    def binned(self) -> list[Path]:
        """Return the plan files in the bin, sorted by name."""
        return _files_in(self.bin_dir, SUFFIXES)

    def to_bin(self, path: Path) -> Path:
        """Move a plan file into the bin (a name already there gets a number) and return where it went."""
        self.bin_dir.mkdir(exist_ok=True)
        return _moved(path, self.bin_dir)

    def from_bin(self, name: str) -> Path | None:
        """Move the plan ``name`` back from the bin into ``plans/`` (numbered if the name is taken there)."""
        path = _listed(name, self.binned())
        if path is None:
            return None
        self.plans_dir.mkdir(exist_ok=True)
        return _moved(path, self.plans_dir)

    def outputs(self) -> list[Path]:
        """Return the built files in ``output/``, sorted by name."""
        return _files_in(self.output_dir, OUTPUT_SUFFIXES)

    def output(self, name: str) -> Path | None:
        """Return the built file called ``name``, or None."""
        return _listed(name, self.outputs())


def _moved(path: Path, folder: Path) -> Path:
    """Move ``path`` into ``folder`` under its name, or ``name (2)`` … when taken (nothing is overwritten)."""
    target, number = folder / path.name, 2
    while target.exists():
        target, number = folder / f"{path.stem} ({number}){path.suffix}", number + 1
    path.rename(target)
    return target


def _files_in(folder: Path, suffixes: tuple[str, ...]) -> list[Path]:
    """Return the files of ``folder`` (none of a link out of it) ending in one of ``suffixes``, sorted by name."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in suffixes and _inside(p, folder))


def _listed(name: str, files: list[Path]) -> Path | None:
    """Return the listed file called exactly ``name``: every name the list shows opens (a file of the folder
    is safe by being listed, whatever characters its name holds), and nothing else does."""
    return next((p for p in files if p.name == name), None)


def _inside(path: Path, folder: Path) -> bool:
    """True for a regular file whose real location is inside ``folder`` (a link out of it is refused)."""
    try:
        return path.is_file() and path.resolve().is_relative_to(folder.resolve())
    except OSError:
        return False
