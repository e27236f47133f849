"""Which files ``docgen diff`` compares: two files, or two folders whose files are paired by name."""

from __future__ import annotations

from pathlib import Path

from docgen import messages
from docgen.errors import DocgenError, Location, Problem

COMPARED = (".docx", ".xlsx", ".toml", ".json")


def pair_paths(a: Path, b: Path) -> tuple[list[tuple[Path, Path]], list[Problem]]:
    """Return the pairs to compare and, for folders, the files that have no partner (as problems); raise
    ``DocgenError`` when one is a folder and the other is not."""
    if a.is_dir() != b.is_dir():
        raise DocgenError.single(messages.DIFF_DIR_AND_FILE, file=f"{a}, {b}")
    if not a.is_dir():
        return [(a, b)], []
    olds, news = _files(a), _files(b)
    pairs = [(olds[name], news[name]) for name in sorted(olds) if name in news]
    lonely = sorted(set(olds) ^ set(news))
    problems = [Problem(Location(str(olds.get(n) or news[n])), messages.DIFF_NO_PAIR) for n in lonely]
    return pairs, problems


def _files(folder: Path) -> dict[str, Path]:
    return {p.name: p for p in sorted(folder.iterdir())
            if p.is_file() and p.suffix.lower() in COMPARED and not p.name.startswith((".", "~$"))}
