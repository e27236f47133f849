"""Batch builds and PDF conversion, by hand: ``python benchmarks/bench_batch.py [--plans 200] [--pdf-docs 20]``.

1. Writes ``--plans`` generated plans (the 2022 plan under another commune name, number and hamlet figures)
   into a temporary workspace and runs ``docgen build plans/ --jobs 1`` and ``--jobs 2`` as a user would,
   measuring wall time (documents per second) and peak memory of the whole process tree (the command and
   its worker processes, sampled from /proc every 20 ms).
2. Converts ``--pdf-docs`` built documents to PDF with one LibreOffice process for the batch, then with one
   LibreOffice start per document, and gives the seconds per document of each.
Results go in docs/performance.md. Never run as a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from docgen.pdf import convert_each  # noqa: E402

DOCGEN = Path(sys.executable).parent / "docgen"


_SYLLABLES = ("An", "Bình", "Cường", "Dũng", "Hòa", "Khánh", "Lạc", "Minh", "Phú", "Quang", "Sơn", "Tâm",
              "Thành", "Vinh", "Yên")


def commune_name(index: int) -> str:
    """Return a distinct two-syllable commune name for ``index`` (a number in a name is not a place name)."""
    first, second = divmod(index, len(_SYLLABLES))
    return f"{_SYLLABLES[first % len(_SYLLABLES)]} {_SYLLABLES[second]}"


def generated_plans(folder: Path, count: int) -> None:
    """Write ``count`` plans: the 2022 plan under another commune name and number, figures varied."""
    text = (ROOT / "plans" / "2022.toml").read_text(encoding="utf-8")
    (folder / "plans").mkdir(parents=True)
    for index in range(1, count + 1):
        name = commune_name(index)
        plan = text.replace("Thịnh Đức", name).replace("THỊNH ĐỨC", name.upper())
        plan = re.sub(r"^number = \d+", f"number = {index}", plan, count=1, flags=re.M)
        plan = re.sub(r"^households = (\d+)", lambda m: f"households = {int(m.group(1)) + index}", plan, flags=re.M)
        (folder / "plans" / f"plan-{index:03d}.toml").write_text(plan, encoding="utf-8")


def tree_rss_kib(pid: int) -> int:
    """Return the resident memory of ``pid`` and all its descendants, in KiB (0 when gone)."""
    total, pending = 0, [pid]
    while pending:
        current = pending.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += int(re.search(r"VmRSS:\s+(\d+)", status).group(1))
            for task in Path(f"/proc/{current}/task").iterdir():
                pending += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, AttributeError):
            continue
    return total


def run_measured(command: list[str], cwd: Path) -> tuple[float, int, str]:
    """Run ``command``; return wall seconds, peak tree memory (KiB) and its last output line."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    peak = [0]

    def sample() -> None:
        while process.poll() is None:
            peak[0] = max(peak[0], tree_rss_kib(process.pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample)
    sampler.start()
    output, _ = process.communicate()
    sampler.join()
    return time.perf_counter() - start, peak[0], output.strip().splitlines()[-1]


def bench_batch(count: int) -> None:
    with tempfile.TemporaryDirectory(prefix="docgen-bench-") as work:
        folder = Path(work)
        generated_plans(folder, count)
        for jobs in (1, 2):
            seconds, peak, last = run_measured([str(DOCGEN), "build", "plans", "--jobs", str(jobs)], folder)
            print(f"batch {count} plans --jobs {jobs}: {seconds:.1f} s, {count / seconds:.2f} documents/s, "
                  f"peak memory {peak / 1024:.0f} MiB  [{last}]", flush=True)


def bench_pdf(count: int) -> None:
    with tempfile.TemporaryDirectory(prefix="docgen-bench-pdf-") as work:
        folder = Path(work)
        generated_plans(folder, count)
        subprocess.run([str(DOCGEN), "build", "plans", "--jobs", str(os.cpu_count() or 1)], cwd=folder,
                       capture_output=True, check=False)
        documents = {p.name: p.read_bytes() for p in sorted((folder / "output").glob("*.docx"))}
        start = time.perf_counter()
        made = convert_each(documents)
        batch = time.perf_counter() - start
        start = time.perf_counter()
        for name, data in documents.items():
            convert_each({name: data})
        single = time.perf_counter() - start
        pages = sum(int(re.search(rb"/Type\s*/Pages\b.*?/Count (\d+)", pdf, re.S).group(1)) for pdf in made.values() if pdf)
        print(f"pdf {len(documents)} documents ({pages} pages): one LibreOffice for the batch "
              f"{batch / len(documents):.2f} s/document; one start per document {single / len(documents):.2f} s/document",
              flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--plans", type=int, default=200)
    parser.add_argument("--pdf-docs", type=int, default=20)
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, {time.strftime('%Y-%m-%d')}", flush=True)
    bench_batch(args.plans)
    bench_pdf(args.pdf_docs)


if __name__ == "__main__":
    main()
