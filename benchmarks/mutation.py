"""Mutation testing of docgen's core modules, one module at a time, with only the tests that concern it.

    .venv/bin/pip install -e ".[test]"           # mutmut (pinned) comes with the test extras; only this script uses it
    .venv/bin/python benchmarks/mutation.py calc vnformat      # or: --list, or no name for every module
    .venv/bin/python benchmarks/mutation.py --raising calc     # each function replaced by one that raises

Each module is mutated by mutmut (https://github.com/boxed/mutmut) in a copy of the project made under
``build/mutation/<module>/`` (the worktree itself is never changed), against the test files listed for it in
``MODULES`` below: a small run on a shared machine, not the whole suite. One worker (``--max-children 1``)
unless ``--children N`` is given. The result of each module (killed / survived / timeout …, and the name of
every survivor) is printed and written to ``build/mutation/<module>.json``; docs/mutation.md records the runs
and explains the survivors judged equivalent. Not run in CI: a module takes minutes.

``--raising`` is the coarse check mutmut does not make: each function of the module in turn is replaced by one
that raises, the module's tests are run, and the script lists the functions no test notices and the tests
that pass although the function their name mentions raises.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "build" / "mutation"

# module → (source file, the test files that exercise it). Keep the lists short: they run once per mutant.
MODULES: dict[str, tuple[str, list[str]]] = {
    "calc": ("docgen/calc.py", ["tests/test_calc.py", "tests/test_plan_errors.py"]),
    "vnformat": ("docgen/vnformat.py", ["tests/test_vnformat.py"]),
    "plan/validate": ("docgen/plan/validate.py", ["tests/test_validate.py", "tests/test_plan_errors.py"]),
    "plan/newyear": ("docgen/plan/newyear.py", ["tests/test_new_year.py"]),
    "read/tables": ("docgen/read/tables.py", ["tests/test_read_tables.py", "tests/check/test_figures.py",
                                             "tests/check/test_figure_sums.py"]),
    "read/table_columns": ("docgen/read/table_columns.py", ["tests/test_read_tables.py"]),
    "check/rules": ("docgen/check/rules/figures.py", ["tests/check/test_figures.py", "tests/check/test_figure_sums.py",
                                                     "tests/mutation_kills/test_check_figures.py"]),
    "tables": ("docgen/tables/importer.py", ["tests/test_import.py", "tests/mutation_kills/test_tables_importer.py"]),
    "diff": ("docgen/diff/text.py", ["tests/test_diff.py", "tests/test_diff_alignment.py"]),
    "importdocx": ("docgen/importdocx/outline.py", ["tests/importdocx/test_outline_import.py",
                                                   "tests/importdocx/test_read_outline.py",
                                                   "tests/mutation_kills/test_importdocx_outline.py"]),
    # the example plan of every construct (parts of a khoản, points, bullets, tables in the text, appendices of
    # text) and the catalogue's plan with its "Phần" reach what the small plan does not
    "render/context": ("docgen/render/context.py", ["tests/test_build_small.py", "tests/test_template.py",
                                                   "tests/test_every_construct.py", "tests/test_catalogue.py",
                                                   "tests/mutation_kills/test_render_context.py"]),
}
# A mutant that makes a loop endless (``start += 1`` made ``start = 1``) is stopped after its tests' measured time
# plus one second, times this; mutmut's own default, 15, made each such diff mutant wait two minutes and more.
# A timeout counts as killed: 3 leaves room for a loaded machine and still stops an endless loop in seconds.
TIMEOUT_MULTIPLIER = 3.0
SHARED_FIXTURE = re.compile(r'@pytest\.fixture\(scope="(?:module|session)"\)')
COPIED = ("docgen", "tests", "plans", "docs", "pyproject.toml")  # what the tests read: the package, its data, plans
# and docs (test_catalogue checks every figure is documented in docs/plan-file.md)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", help="module names (default: all)")
    parser.add_argument("--list", action="store_true", help="list the modules and their test files")
    parser.add_argument("--children", type=int, default=1, help="mutants tested at once (default 1)")
    parser.add_argument("--raising", action="store_true", help="replace each function by one that raises instead")
    parser.add_argument("--timeout-multiplier", type=float, default=TIMEOUT_MULTIPLIER,
                        help=f"a mutant times out after its tests' time + 1 s, × this (default {TIMEOUT_MULTIPLIER:g})")
    args = parser.parse_args()
    if args.list:
        for name, (source, tests) in MODULES.items():
            print(f"{name:20} {source:36} {' '.join(tests)}")
        return 0
    unknown = [name for name in args.modules if name not in MODULES]
    if unknown:
        parser.error(f"unknown module(s): {', '.join(unknown)}; see --list")
    for name in args.modules or list(MODULES):
        summary = run_raising(name) if args.raising else run_module(name, args.children, args.timeout_multiplier)
        print(json.dumps(summary, ensure_ascii=False, indent=1))
    return 0


def run_module(name: str, children: int, timeout_multiplier: float = TIMEOUT_MULTIPLIER) -> dict:
    """Mutate one module in a fresh copy of the project; return its counts and survivors."""
    source, tests = MODULES[name]
    tests = [t for t in tests if (ROOT / t).exists()]
    place = WORK / name.replace("/", "-")
    _copy_project(place)
    _without_mutmut_table(place / "pyproject.toml")
    (place / "setup.cfg").write_text(_config(source, tests, timeout_multiplier), encoding="utf-8")
    started = time.monotonic()
    for _ in range(2):  # a first run on a loaded machine sometimes stops before testing any mutant; the second,
        # which reuses the generated mutants, has always gone through (tables, 3 December)
        subprocess.run([sys.executable, "-m", "mutmut", "run", "--max-children", str(children)], cwd=place,
                       check=False, stdout=subprocess.DEVNULL)
        statuses = _statuses(place)
        if not statuses or any(status != "not checked" for status in statuses.values()):
            break
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


def run_raising(name: str) -> dict:
    """Replace each top-level function of the module by one that raises, in turn, and run its tests."""
    source, tests = MODULES[name]
    tests = [t for t in tests if (ROOT / t).exists()]
    place = WORK / f"raising-{name.replace('/', '-')}"
    _copy_project(place)
    text = (ROOT / source).read_text(encoding="utf-8")
    functions = [node for node in ast.parse(text).body if isinstance(node, ast.FunctionDef)]
    unnoticed, named_but_passing = [], {}
    for function in functions:
        lines = text.splitlines(keepends=True)
        body = function.body[0]
        start = body.end_lineno if _is_docstring(body) else body.lineno - 1  # the docstring stays
        indent = " " * (function.col_offset + 4)
        replaced = lines[:start] + [f"{indent}raise RuntimeError('replaced by benchmarks/mutation.py')\n"] + \
            lines[function.end_lineno:]
        (place / source).write_text("".join(replaced), encoding="utf-8")
        outcomes = _test_outcomes(place, tests)
        if all(passed for passed in outcomes.values()):
            unnoticed.append(function.name)
        passing = sorted(t for t, passed in outcomes.items() if passed and _names(t, function.name, functions))
        if passing:
            named_but_passing[function.name] = passing
    (place / source).write_text(text, encoding="utf-8")
    summary = {"module": name, "source": source, "tests": tests, "functions": len(functions),
               "noticed": len(functions) - len(unnoticed), "unnoticed": unnoticed,
               "named_but_passing": named_but_passing}
    (WORK / f"{place.name}.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
    return summary


def _names(test: str, function: str, functions: list[ast.FunctionDef]) -> bool:
    """True when the test's name mentions ``function`` as whole words, and not as part of a longer function's
    name (``test_document_number_…`` names document_number, not number)."""
    name = f"_{test.rsplit('::', 1)[-1]}_"
    longer = [f.name.strip("_") for f in functions if function.strip("_") in f.name and f.name != function]
    return f"_{function.strip('_')}_" in name and not any(f"_{other}_" in name for other in longer)


def _is_docstring(node: ast.stmt) -> bool:
    return isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)


def _test_outcomes(place: Path, tests: list[str]) -> dict[str, bool]:
    """Run the tests in the copy; return test id → passed (skipped tests are left out)."""
    report = place / "report.xml"
    subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                    f"--junitxml={report}", *tests], cwd=place, check=False, capture_output=True)
    outcomes = {}
    for case in ElementTree.parse(report).iter("testcase"):
        if case.find("skipped") is not None:
            continue
        failed = case.find("failure") is not None or case.find("error") is not None
        outcomes[f"{case.get('classname')}::{case.get('name')}"] = not failed
    return outcomes


def _copy_project(place: Path) -> None:
    shutil.rmtree(place, ignore_errors=True)
    place.mkdir(parents=True)
    for part in COPIED:
        if (ROOT / part).is_dir():
            shutil.copytree(ROOT / part, place / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(ROOT / part, place / part)
    _fixtures_per_test(place / "tests")


def _fixtures_per_test(tests: Path) -> None:
    """Make the copy's module- and session-scoped fixtures function-scoped. mutmut runs, for each mutant, only
    the tests it saw call the mutated function; a function called while a shared fixture was set up is seen
    from the first test that used it alone, so the other tests asserting on the fixture's document were never
    run against the mutant, which then "survived" (render/context: most of its first 132 survivors)."""
    for path in tests.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        scoped = SHARED_FIXTURE.sub("@pytest.fixture", text)
        if scoped != text:
            path.write_text(scoped, encoding="utf-8")


def _config(source: str, tests: list[str], timeout_multiplier: float) -> str:
    return "\n".join([
        "[mutmut]",
        f"timeout_multiplier = {timeout_multiplier:g}",
        "timeout_constant = 1",
        "source_paths = docgen",
        f"only_mutate = {source}",
        "also_copy =",  # mutmut runs the tests in its own copy (mutants/): the plans they build and docs go too
        "    plans",
        "    docs",
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
