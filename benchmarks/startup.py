"""The whole command against a minimal docxtpl script (issue 20, point 4): ``python benchmarks/startup.py
[--repeat N] [--write]``. Never run as a test: timings depend on the machine and its load.

Both sides run as new processes, taken in turns (script, docgen, script, docgen …), median of ``repeat``:

- **docxtpl script**: a Python file that imports docxtpl, opens the template docgen renders
  ``plans/2022.toml`` with, renders it with the context docgen makes (prepared beforehand and read from a
  pickle, so the script does no docgen work) and saves the .docx: the least a docxtpl tool can cost;
- **docgen build**: ``python -m docgen build plans/2022.toml --output-dir DIR``: read and validate the plan,
  calculate, render, verify, the Decree 30 check of the result, and the atomic write.

CPU time (user + system of the child, from ``wait4``) is the measure, because on a shared machine waiting
for a core is not either side's cost; wall time is shown too. ``--write`` puts the section into
docs/performance.md, keeping the sections other benchmarks write.
"""

from __future__ import annotations

import argparse
import io
import os
import pickle
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLAN = ROOT / "plans" / "2022.toml"
LIMIT = 1.5
SECTION = "## Whole command against a docxtpl script (issue 20)"

SCRIPT = '''
import io, pickle, sys
from docxtpl import DocxTemplate
with open(sys.argv[1], "rb") as stream:
    template, context = pickle.load(stream)
document = DocxTemplate(io.BytesIO(template))
document.render(context, autoescape=True)
document.save(sys.argv[2])
'''


# where the difference goes: new processes that only import, each adding one part of docgen to docxtpl
IMPORTS = {
    "python": "pass",
    "docxtpl": "import docxtpl",
    "+ plan model (pydantic)": "import docxtpl, docgen.plan.model",
    "+ checker": "import docxtpl, docgen.check.report",
    "+ everything docgen build imports": "import docxtpl, docgen.cli, docgen.build, docgen.check.report",
}


def prepare(folder: Path) -> Path:
    """Write the template bytes and the context docgen gives docxtpl for plans/2022.toml to a pickle."""
    sys.path.insert(0, str(ROOT))
    from docxtpl import DocxTemplate

    from docgen.build import prepare as prepared_plan
    from docgen.kinds.context import kind_context
    from docgen.kinds.report import with_report
    from docgen.kinds.templates import kind_template
    from docgen.plan.load import load_plan
    from docgen.render.context import make_context, with_figures
    from docgen.render.docx import _with_tables
    from docgen.render.parts import with_parts

    plan, lines = load_plan(PLAN)
    plan, results = prepared_plan(with_report(plan), lines, PLAN)  # the steps of docgen.build.build
    context = kind_context(with_figures(plan, results), make_context(plan, results, False), results)
    source = with_parts(kind_template(plan, PLAN).read_bytes(), PLAN, plan)
    context = _with_tables(DocxTemplate(io.BytesIO(source)), context)
    data = folder / "prepared.pickle"
    data.write_bytes(pickle.dumps((source, context)))
    return data


# As on a user's machine: Python keeps the compiled modules it makes (__pycache__), as pip's install does for the
# libraries. A PYTHONDONTWRITEBYTECODE set in the shell would make each run compile docgen's ~100 modules afresh
# (about 0.3 s) while docxtpl's stay compiled, which measures the shell, not docgen.
USER_ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def run(command: list[str]) -> tuple[float, float]:
    """Return (CPU seconds, wall seconds) of a new process running ``command``."""
    start = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=USER_ENV)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"failed ({child.returncode}): {' '.join(command)}")
    return usage.ru_utime + usage.ru_stime, time.perf_counter() - start


def measure(repeat: int) -> dict:
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        data = prepare(folder)
        script = folder / "bare.py"
        script.write_text(SCRIPT, encoding="utf-8")
        bare = [sys.executable, str(script), str(data), str(folder / "bare.docx")]
        docgen = [sys.executable, "-m", "docgen", "build", str(PLAN), "--output-dir", str(folder / "out")]
        run(bare), run(docgen)  # warm the file cache for both
        times: dict[str, list[tuple[float, float]]] = {"bare": [], "docgen": []}
        for _ in range(repeat):
            times["bare"].append(run(bare))
            times["docgen"].append(run(docgen))
        for label, code in IMPORTS.items():
            times[label] = [run([sys.executable, "-c", code]) for _ in range(repeat)]
    cpu = {k: statistics.median(t[0] for t in v) for k, v in times.items()}
    wall = {k: statistics.median(t[1] for t in v) for k, v in times.items()}
    return {"cpu": cpu, "wall": wall, "ratio": cpu["docgen"] / cpu["bare"],
            "wall_ratio": wall["docgen"] / wall["bare"], "repeat": repeat}


def ms(times: dict, key: str) -> str:
    return f"{times[key] * 1000:.0f} ms"


def report(result: dict) -> str:
    cpu, wall = result["cpu"], result["wall"]
    imports = "\n".join(f"| `{IMPORTS[label]}` | {cpu[label] * 1000:.0f} ms |" for label in IMPORTS)
    met = "yes" if result["ratio"] <= LIMIT else "no"
    return f"""{SECTION}

Measured by `benchmarks/startup.py --repeat {result['repeat']}` on {platform.machine()}, Python
{platform.python_version()}, {date.today().isoformat()}: two new processes taken in turns, median of
{result['repeat']}; CPU time of the child (user + system), wall time beside it.

| | CPU | wall |
|---|---|---|
| docxtpl script: import, render the same template and context, save | {ms(cpu, 'bare')} | {ms(wall, 'bare')} |
| `docgen build plans/2022.toml` (plan, render, check, write) | {ms(cpu, 'docgen')} | {ms(wall, 'docgen')} |
| **ratio** (target ≤ {LIMIT}×: {met}) | **{result['ratio']:.2f}×** | {result['wall_ratio']:.2f}× |

Where the difference goes (new processes that only import, CPU):

| imports | CPU |
|---|---|
{imports}

Most of docgen's extra cost is importing, before any work: the plan model (pydantic itself, and the
validation schema pydantic builds for the plan's models when their classes are created), the Decree 30
checker that every build runs on its result, and the command line (click). A profile of the whole command puts
pydantic and the typing machinery it drives at about 30% of docgen's CPU, compiling the checker's and
reader's regular expressions at about 7%, and making the dataclasses at about 3%.

Done in issue 20 (3 December): a text without emphasis marks skips the markup parser (it read every
character of the 2022 plan's texts one by one, about 0.1 s of a cold build); pydantic's search for plugins
(it reads the metadata of every installed package, about 0.1 s where the test tools are installed) is
skipped, since docgen uses none; the checker decomposes each distinct word once and looks for tone-mark words
only in paragraphs that hold one. The benchmark also keeps Python's compiled modules, as a user's Python
does (a `PYTHONDONTWRITEBYTECODE` in the shell made every run compile docgen's modules afresh). Not reached:
1.5× needs the build to validate plans without pydantic (deferring its schema build, `defer_build`, only moves
the cost to the first validation, which every build does), or the checker imported by a process that stays
(`docgen serve`, a batch). The machine was shared with other work during this run, which raises both sides.

To measure again: `.venv/bin/python benchmarks/startup.py --repeat 21 --write`.
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=11)
    parser.add_argument("--write", action="store_true", help="put the section into docs/performance.md")
    options = parser.parse_args()
    text = report(measure(options.repeat))
    print(text)
    if options.write:
        page = ROOT / "docs" / "performance.md"
        old = page.read_text(encoding="utf-8")
        sections = re.split(r"(?m)^(?=## )", old)
        kept = [s for s in sections if not s.startswith(SECTION)]
        page.write_text("".join(kept).rstrip("\n") + "\n\n" + text, encoding="utf-8")


if __name__ == "__main__":
    main()
