"""Mutation testing of docgen's core modules, one module at a time, with only the tests that concern it.

    .venv/bin/pip install mutmut==3.8.1          # not a dependency of docgen: only this script needs it
    .venv/bin/python benchmarks/mutation.py calc vnformat      # or: --list, or no name for every module

Each module is mutated by mutmut (https://github.com/boxed/mutmut) in a copy of the project made under
``build/mutation/<module>/`` (the worktree itself is never changed), against the test files listed for it in
``MODULES`` below: a small run on a shared machine, not the whole suite. One worker (``--max-children 1``)
unless ``--children N`` is given. The result of each module (killed / survived / timeout …, and the name of
every survivor) is printed and written to ``build/mutation/<module>.json``; docs/mutation.md records the runs
and explains the survivors judged equivalent. Not run in CI: a module takes minutes.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "build" / "mutation"

# module → (source file, the test files that exercise it). Keep the lists short: they run once per mutant.
MODULES: dict[str, tuple[str, list[str]]] = {
    "calc": ("docgen/calc.py", ["tests/test_calc.py", "tests/test_plan_errors.py"]),
    "vnformat": ("docgen/vnformat.py", ["tests/test_vnformat.py"]),
    "plan/validate": ("docgen/plan/validate.py", ["tests/test_plan_errors.py", "tests/test_plan_years.py"]),
    "plan/newyear": ("docgen/plan/newyear.py", ["tests/test_new_year.py"]),
    "read/tables": ("docgen/read/tables.py", ["tests/test_read_tables.py"]),
    "read/table_columns": ("docgen/read/table_columns.py", ["tests/test_read_tables.py"]),
    "check/rules": ("docgen/check/rules/figures.py", ["tests/check/test_figures.py"]),
    "tables": ("docgen/tables/importer.py", ["tests/test_import.py"]),
    "diff": ("docgen/diff/text.py", ["tests/test_diff.py"]),
    "importdocx": ("docgen/importdocx/outline.py", ["tests/importdocx/test_outline_import.py",
                                                   "tests/importdocx/test_read_outline.py"]),
    "render/context": ("docgen/render/context.py", ["tests/test_build_small.py", "tests/test_template.py"]),
}
COPIED = ("docgen", "tests", "plans", "pyproject.toml")  # what the tests read: the package, its data and plans


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", help="module names (default: all)")
    parser.add_argument("--list", action="store_true", help="list the modules and their test files")
    parser.add_argument("--children", type=int, default=1, help="mutants tested at once (default 1)")
    args = parser.parse_args()
    if args.list:
        for name, (source, tests) in MODULES.items():
            print(f"{name:20} {source:36} {' '.join(tests)}")
        return 0
    unknown = [name for name in args.modules if name not in MODULES]
    if unknown:
        parser.error(f"unknown module(s): {', '.join(unknown)}; see --list")
    for name in args.modules or list(MODULES):
        summary = run_module(name, args.children)
        print(json.dumps(summary, ensure_ascii=False, indent=1))
    return 0


def run_module(name: str, children: int) -> dict:
    """Mutate one module in a fresh copy of the project; return its counts and survivors."""
    source, tests = MODULES[name]
    tests = [t for t in tests if (ROOT / t).exists()]
    place = WORK / name.replace("/", "-")
    shutil.rmtree(place, ignore_errors=True)
    place.mkdir(parents=True)
    for part in COPIED:
        copy = shutil.copytree if (ROOT / part).is_dir() else shutil.copy2
        copy(ROOT / part, place / part, **({"ignore": shutil.ignore_patterns("__pycache__")}
                                           if (ROOT / part).is_dir() else {}))
    _without_mutmut_table(place / "pyproject.toml")
    (place / "setup.cfg").write_text(_config(source, tests), encoding="utf-8")
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "mutmut", "run", "--max-children", str(children)], cwd=place,
                   check=False, stdout=subprocess.DEVNULL)
    statuses = _statuses(place)
    if statuses and all(status == "not checked" for status in statuses.values()):
        raise SystemExit(f"{name}: the tests did not pass unmutated (mutmut could not collect which test covers "
                         f"what); run `python -m mutmut run` in {place} to see why")
    counts: dict[str, int] = {}
    for status in statuses.values():
        counts[status] = counts.get(status, 0) + 1
    tried = sum(n for status, n in counts.items() if status not in ("not checked", "skipped"))
    killed = counts.get("killed", 0) + counts.get("timeout", 0)
    summary = {"module": name, "source": source, "tests": tests, "counts": counts, "killed": killed,
               "tried": tried, "score": round(100 * killed / tried, 1) if tried else None,
               "seconds": round(time.monotonic() - started),
               "survivors": sorted(k for k, v in statuses.items() if v not in ("killed", "timeout"))}
    (WORK / f"{place.name}.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
    return summary


def _config(source: str, tests: list[str]) -> str:
    return "\n".join([
        "[mutmut]",
        "source_paths = docgen",
        f"only_mutate = {source}",
        "also_copy = plans",  # mutmut runs the tests in its own copy (mutants/): the plans they build go too
        "pytest_add_cli_args_test_selection =",
        *(f"    {t}" for t in tests),
        "pytest_add_cli_args =",
        "    -p",
        "    no:cacheprovider",
        "    -q",
        "use_git_change_detection = false",
        "",
    ])


def _without_mutmut_table(pyproject: Path) -> None:
    """mutmut reads pyproject.toml before setup.cfg: a [tool.mutmut] there would win over the module's own."""
    text = pyproject.read_text(encoding="utf-8")
    if "[tool.mutmut]" in text:
        raise SystemExit("pyproject.toml has a [tool.mutmut] table: this script writes the configuration itself")


def _statuses(place: Path) -> dict[str, str]:
    """Return mutant name → status as ``mutmut results --all true`` prints them (``name: status``)."""
    listed = subprocess.run([sys.executable, "-m", "mutmut", "results", "--all", "true"], cwd=place,
                            capture_output=True, text=True, check=False).stdout
    found = {}
    for line in listed.splitlines():
        mutant, sep, status = line.strip().rpartition(": ")
        if sep and mutant:
            found[mutant] = status
    return found


if __name__ == "__main__":
    sys.exit(main())
