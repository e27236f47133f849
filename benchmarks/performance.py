"""Measure everything docs/performance.md reports, in one run: ``python benchmarks/performance.py [--repeat N]
[--write]``. ``--write`` rewrites docs/performance.md with the results. Never run as a test: timings depend on
the machine and its load.

What is measured, side by side in one process, median CPU time of ``repeat`` runs taken in turns (bare,
build, bare, build …) so that a load spike on a shared machine hits both sides alike:

- **bare docxtpl**: ``DocxTemplate(template).render(context, autoescape=True)`` then ``save`` to memory, with
  the context docgen itself gives docxtpl (appendix tables included; computed once, outside the timing): the
  least any docxtpl tool can do;
- **build**: ``docgen.build.build(plan)``: read and validate the plan, calculate, make the context, render,
  verify, normalise the package: everything but the Decree 30 check and the write;
- **check**: ``docgen.check.check_docx`` on the built document (what ``docgen build`` adds after the build,
  and what ``docgen check`` does), per page (pages counted by LibreOffice when it is installed);
- **start-up**: ``docgen --help`` in a new process; **peak memory**: a whole ``docgen build`` and ``docgen
  check`` in a new process (maximum resident set size).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from docxtpl import DocxTemplate  # noqa: E402

from docgen.build import TEMPLATE_NAME, build, prepare  # noqa: E402
from docgen.check import check_docx  # noqa: E402
from docgen.plan.load import load_plan  # noqa: E402
from docgen.read.document import open_document  # noqa: E402
from docgen.render.context import make_context  # noqa: E402
from docgen.render.docx import _environment, _with_tables  # noqa: E402
from docgen.render.parts import with_parts  # noqa: E402
from docgen.render.templates import find_template  # noqa: E402

LIMIT_RATIO = 1.3
LIMIT_GROWTH = 1.2  # "linear": a paragraph of a long document costs the check no more than this times one of 2022
LIMIT_HELP_S = 0.3
PLAN = ROOT / "plans" / "2022.toml"


def large_plan(folder: Path) -> Path:
    """Write (as JSON) the 2022 plan with its body ten times and 120 hamlets; return its path."""
    data = tomllib.loads(PLAN.read_text(encoding="utf-8"))
    data["document"]["date"] = data["document"]["date"].isoformat()
    data["sections"] = data["sections"] * 10
    data["hamlets"] = [{"name": f"Xóm số {i}", "households": 150 + i, "poor": 3 + i % 7,
                        "poor_without_labour": i % 3, "near_poor": 2 + i % 5} for i in range(1, 121)]
    data["targets"] |= {"poor_reduction": 200, "near_poor_reduction": 150}
    data.pop("reference", None)
    data.pop("confirm", None)
    path = folder / "large.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def side_by_side(actions: dict[str, object], repeat: int) -> dict[str, float]:
    """Return the median CPU milliseconds of each action, the actions run in turns.

    CPU time of this process, not wall time: on a shared machine, waiting for a core is not docgen's cost."""
    samples: dict[str, list[float]] = {name: [] for name in actions}
    for _ in range(repeat):
        for name, action in actions.items():
            start = time.process_time()
            action()  # type: ignore[operator]
            samples[name].append((time.process_time() - start) * 1000)
    return {name: statistics.median(values) for name, values in samples.items()}


def bare_docxtpl(plan_path: Path):
    """Return a function doing a bare docxtpl render and save of the plan's template and context."""
    plan, results = prepare(*load_plan(plan_path), plan_path)
    template = find_template(TEMPLATE_NAME, plan_path, plan)
    source = with_parts(template.read_bytes(), plan_path, plan)  # the template docxtpl gets
    context = _with_tables(DocxTemplate(io.BytesIO(source)), make_context(plan, results))  # and its context

    def run() -> bytes:
        document = DocxTemplate(io.BytesIO(source))
        document.render(context, autoescape=True)
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()
    return run


def pages(docx: bytes) -> int | None:
    """Return the page count LibreOffice lays the document out on, or None without LibreOffice."""
    if shutil.which("soffice") is None:
        return None
    from docgen.pdf import page_texts, to_pdf

    return len(page_texts(to_pdf({"x.docx": docx})["x.docx"])) or None


def cold_build(path: Path) -> None:
    """Build as the first plan of a process does: the template's Jinja text compiled afresh."""
    _environment.cache_clear()
    build(path)


def measure_plan(label: str, path: Path, repeat: int) -> dict:
    built = build(path)
    bare = bare_docxtpl(path)
    bare(), build(path), check_docx(built.docx)  # warm: imports and caches on both sides
    times = side_by_side({"bare": bare, "build": lambda: build(path), "cold": lambda: cold_build(path)}, repeat)
    times |= side_by_side({"check": lambda: check_docx(built.docx)}, repeat)  # apart: its garbage is not theirs
    return {"label": label, "paragraphs": len(open_document(built.docx).paragraphs), "pages": pages(built.docx),
            "kib": len(built.docx) // 1024, **times, "ratio": times["build"] / times["bare"],
            "cold_ratio": times["cold"] / times["bare"]}


def process(args: list[str], cwd: Path) -> tuple[float, float]:
    """Return (wall seconds, peak resident MiB) of ``python -m docgen ARGS`` in a new process."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "docgen", *args], cwd=cwd, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(child.pid, 0)  # this child's own peak, not the largest of all children so far
    child.returncode = 0
    return time.perf_counter() - start, usage.ru_maxrss / 1024


def measure(repeat: int) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        plans = [measure_plan("plans/2022.toml", PLAN, repeat),
                 measure_plan("2022 body ×10, 120 hamlets", large_plan(Path(folder)), repeat)]
        out = Path(folder) / "out"
        help_s = statistics.median(process(["--help"], ROOT)[0] for _ in range(5))
        build_s, build_mib = process(["build", str(PLAN), "--output-dir", str(out)], ROOT)
        check_s, check_mib = process(["check", str(next(out.glob("*.docx")))], ROOT)
    return {"plans": plans, "help_s": help_s, "build_s": build_s, "build_mib": build_mib, "check_s": check_s,
            "check_mib": check_mib, "repeat": repeat}


def report(result: dict) -> str:
    small, large = result["plans"]
    growth = (large["check"] / large["paragraphs"]) / (small["check"] / small["paragraphs"])
    rows = []
    for p in result["plans"]:
        per_page = f"{p['check'] / p['pages']:.1f} ms" if p["pages"] else "–"
        rows.append(f"| {p['label']} | {p['paragraphs']} ¶, {p['pages'] or '?'} pages, {p['kib']} KiB | "
                    f"{p['bare']:.1f} ms | {p['build']:.1f} ms | **{p['ratio']:.2f}×** | {p['cold_ratio']:.2f}× | "
                    f"{p['check']:.1f} ms | {per_page} | {p['check'] / p['paragraphs']:.3f} ms |")
    targets = [
        ("build of plans/2022.toml ≤ 1.3× bare docxtpl (every build, and a process's first)", *_ratios(small)),
        ("the same for the plan ten times longer", *_ratios(large)),
        ("check of the built 2022 document ≤ its build",
         small["check"] <= small["build"], f"{small['check']:.1f} ms ≤ {small['build']:.1f} ms"),
        (f"check grows linearly: per paragraph, the ×10 document ≤ {LIMIT_GROWTH}× the 2022 one",
         growth <= LIMIT_GROWTH, f"{growth:.2f}×"),
        (f"`docgen --help` < {LIMIT_HELP_S * 1000:.0f} ms", result["help_s"] < LIMIT_HELP_S,
         f"{result['help_s'] * 1000:.0f} ms"),
    ]
    lines = [f"| {name} | {value} | {'yes' if ok else '**no**'} |" for name, ok, value in targets]
    return TEMPLATE.format(
        machine=f"{platform.machine()}, Python {platform.python_version()}, {date.today().isoformat()}",
        repeat=result["repeat"], rows="\n".join(rows), targets="\n".join(lines),
        help_ms=result["help_s"] * 1000, build_s=result["build_s"], build_mib=result["build_mib"],
        check_s=result["check_s"], check_mib=result["check_mib"])


def _ratios(plan: dict) -> tuple[bool, str]:
    met = max(plan["ratio"], plan["cold_ratio"]) <= LIMIT_RATIO
    return met, f"{plan['ratio']:.2f}×, first build {plan['cold_ratio']:.2f}×"


TEMPLATE = """# Performance

Measured in one run by `benchmarks/performance.py` on the project's shared machine (2 cores, shared with
other work): {machine}; median CPU time of {repeat} runs, the actions taken in turns (CPU time, because on a
shared machine waiting for a core is not docgen's cost; whole commands below are wall time).
Timings are never asserted in tests. To measure again and rewrite this page:

```
.venv/bin/python benchmarks/performance.py --repeat 15 --write
```

## Targets (issue 9)

| target | measured | met |
|---|---|---|
{targets}

## Build against bare docxtpl, and the check

*bare docxtpl* is `DocxTemplate(template).render(context, autoescape=True)` and `save` to memory, with the
context docgen makes (made once, outside the timing): the least any docxtpl tool spends on this template.
*build* is `docgen.build.build(plan)`: read and validate the plan, calculate, make the context, render in the
sandbox, verify that no text was lost, size the summary's rule, write the reproducible package. The Decree 30
check that `docgen build` runs next is timed apart (*check*: `docgen.check.check_docx` on the built bytes,
the same work as `docgen check` on the written file).
`render/docx.py` compiles the template's Jinja text once per process (a batch renders the same template for
every plan), so the *build* column is every build after a process's first; *first build ÷ bare* compiles it
afresh each time, as docxtpl does, and is what a single `docgen build` costs.

| plan | document | bare docxtpl | build | build ÷ bare | first build ÷ bare | check | check per page | check per ¶ |
|---|---|---|---|---|---|---|---|---|
{rows}

Before this work (issue 9) a build cost about 2.3× bare docxtpl and the check of the 2022 document 155 ms.

## Whole commands

| command | wall time | peak memory |
|---|---|---|
| `docgen --help` | {help_ms:.0f} ms | |
| `docgen build plans/2022.toml` (build, check, write) | {build_s:.2f} s | {build_mib:.0f} MiB |
| `docgen check` on the built 2022 document | {check_s:.2f} s | {check_mib:.0f} MiB |

Most of a whole command's time is Python start-up and imports; `docgen --help` stays fast because each command
imports its heavy modules only when it runs.

## Where the time went, and what was done

Build:
- The TOML line map is built only when a problem has to be located (`plan/linemap.py`); plans are parsed by
  tomli, the compiled form of the parser in Python's `tomllib`.
- Placeholders (`{{year}}` …) are filled by replacing just the texts that hold one, sharing the rest of the
  plan (`plan/placeholders.py`), instead of dumping the whole plan to dicts and validating it again.
- The appendix tables are written as WordprocessingML text, each column's cell markup made once.
- docxtpl's listing pass (three nested regular expressions over every paragraph, run and text, turning a tab
  or line break typed in a text into Word's own elements) is skipped on a part that holds none of those
  characters; it cost as much as the rest of the render on a long plan. A part that holds one gets the whole
  pass (`render/docx.py`, tested in `tests/test_build_small.py`).
- The render is verified and the summary's rule sized in one lxml pass over the body, not through
  python-docx's paragraph and style proxies (`render/docx.py`).
- The package is zipped once: the rendered parts go straight to `render/package.normalise`, instead of
  python-docx compressing them and `normalise` inflating and compressing them again.
- The packaged templates hold only the styles the plan uses: python-docx's blank document brought 150-odd
  built-in table styles, a 350 KB styles part that every build (and every check of a built plan) parsed.

Check:
- The reader opens a .docx itself (`read/package.py`: only the parts it needs, hardened parser) instead of
  loading the whole package through python-docx, and resolves each distinct set of run or paragraph
  properties once (`read/styles.py`, keyed by the properties' elements and attributes, not by their XML,
  which repeats every namespace the document declares).
- A child element is found by a plain loop over its few siblings: lxml's `find()` parses a path in Python on
  every call and `iterchildren()` builds a tag matcher per call, at two to four times the cost.
- A paragraph's place ("đoạn 12: …") is worded only when a finding needs it. Runs, cells and cell references
  are named tuples and paragraphs plain objects: a frozen dataclass cost six times as much to make, once for
  every paragraph and run of the document.
- What several rules derive from the same parts is derived once per document (`check.rules.common.shared`:
  the paragraphs the body rules judge, the numbering walk of the three numbering rules); whether a line is a
  row of dots, and the figure a table cell shows, are worked out once per distinct text.
- The end block is looked for by splitting a paragraph into its tab-separated pieces only when its text could
  start one ("Nơi nhận", a signing line), not every paragraph of the body.
- What remains in a build is docxtpl's own work (Jinja compilation of the template XML, python-docx's
  parsing) and zip compression; in the check, the walk over the document's paragraphs and cells (about 15 µs
  a paragraph) and the rules.
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--write", action="store_true", help="rewrite docs/performance.md")
    options = parser.parse_args()
    text = report(measure(options.repeat))
    print(text)
    if options.write:
        page = ROOT / "docs" / "performance.md"
        page.write_text(text + _other_sections(page.read_text(encoding="utf-8"), text), encoding="utf-8")


def _other_sections(old: str, new: str) -> str:
    """Return the sections of the page that other benchmarks write (``bench_batch.py``), kept as they are."""
    ours = set(re.findall(r"^## .*$", new, flags=re.M))
    sections = re.split(r"(?m)^(?=## )", old)[1:]
    kept = [section for section in sections if section.splitlines()[0] not in ours]
    return "".join("\n" + section.rstrip("\n") + "\n" for section in kept)


if __name__ == "__main__":
    main()
