"""Time the pipeline by hand: ``python benchmarks/bench_build.py [--repeat N]``. Results go in docs/performance.md.

Measures the 2022 plan and a synthetic large plan (ten times the body, 120 hamlets), stage by stage,
and the checker on the built document. Never run as a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from docgen.build import build  # noqa: E402
from docgen.calc import calculate  # noqa: E402
from docgen.plan.load import load_plan  # noqa: E402
from docgen.render.context import make_context  # noqa: E402


def timed(action, repeat: int) -> float:
    """Return the median wall time of ``action`` in milliseconds."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def large_plan(folder: Path) -> Path:
    """Write (as JSON) a plan with the 2022 body repeated ten times and 120 hamlets; return its path."""
    data = tomllib.loads((ROOT / "plans" / "2022.toml").read_text(encoding="utf-8"))
    data["document"]["date"] = data["document"]["date"].isoformat()
    data["sections"] = data["sections"] * 10
    data["hamlets"] = [{"name": f"Xóm số {i}", "households": 150 + i, "poor": 3 + i % 7,
                        "poor_without_labour": i % 3, "near_poor": 2 + i % 5} for i in range(1, 121)]
    data["targets"] |= {"poor_reduction": 200, "near_poor_reduction": 150}
    data.pop("reference", None)
    path = folder / "large.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def report(name: str, path: Path, repeat: int) -> None:
    plan, _ = load_plan(path)
    results = calculate(plan)
    built = build(path)
    rows = [("load + validate schema", timed(lambda: load_plan(path), repeat)),
            ("calculate", timed(lambda: calculate(plan), repeat)),
            ("make context", timed(lambda: make_context(plan, results), repeat)),
            ("whole build (in memory)", timed(lambda: build(path), repeat))]
    try:
        from docgen.check import check_docx

        rows.append(("check the built .docx", timed(lambda: check_docx(built.docx), repeat)))
    except ImportError:
        pass
    print(f"\n{name}: {len(plan.hamlets)} hamlets, {len(built.docx) // 1024} KiB .docx, median of {repeat}")
    for label, ms in rows:
        print(f"  {label:<28} {ms:9.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    repeat = parser.parse_args().repeat
    report("plans/2022.toml", ROOT / "plans" / "2022.toml", repeat)
    with tempfile.TemporaryDirectory() as folder:
        report("synthetic large plan", large_plan(Path(folder)), repeat)


if __name__ == "__main__":
    main()
