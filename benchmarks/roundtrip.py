"""Measure what of real Word plans survives ``docgen import-docx`` then ``docgen build``:
``python benchmarks/roundtrip.py FILE-OR-FOLDER … [--losses] [--json OUT]``.

For each .docx: import it, build the plan file, check the rebuilt document, then compare source and result
paragraph by paragraph, cell by cell and emphasised word by word (method: tests/importdocx/fidelity.py). Prints
per document the share of paragraphs, table cells and emphasised words kept, how many of the losses the
import's notes name, the errors ``docgen check`` finds in the rebuilt document, and (``--losses``) every loss
not named in the notes. Results are recorded in docs/import.md. The real files are never part of the project:
give their folder (../shared/corpus/import, or any folder of plans).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from docgen.errors import DocgenError  # noqa: E402
from tests.importdocx.fidelity import round_trip  # noqa: E402


def measure(path: Path) -> dict:
    """Return the figures of one document (or the reason it did not import or build)."""
    try:
        trip = round_trip(path.read_bytes(), path.name)
    except DocgenError as error:
        return {"doc": path.name, "failed": " / ".join(p.message for p in error.problems)[:300]}
    fidelity = trip.fidelity
    row: dict = {"doc": path.name, "notes": len(trip.notes), "check_errors": len(trip.errors)}
    for kind in ("paragraph", "cell", "emphasis"):
        lost = [loss for loss in fidelity.losses if loss.kind == kind]
        row[kind] = {"total": fidelity.total[kind], "kept": fidelity.kept[kind],
                     "named": sum(loss.named for loss in lost)}
    row["unnamed"] = [f"{loss.kind} · {loss.where} · {loss.text}" for loss in fidelity.unnamed]
    return row


def _share(figures: dict) -> str:
    if not figures["total"]:
        return "  —  "
    return f"{100 * figures['kept'] / figures['total']:5.1f}% of {figures['total']:<4}(+{figures['named']} named)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--losses", action="store_true", help="list every loss the notes do not name")
    parser.add_argument("--json", type=Path, help="write the figures as JSON")
    arguments = parser.parse_args()
    files = sorted(f for p in arguments.paths for f in ([p] if p.is_file() else p.glob("*.docx")))
    rows = [measure(f) for f in files]
    print(f"{'document':34} {'paragraphs':26} {'cells':26} {'emphasis':26} check-errors")
    for row in rows:
        if "failed" in row:
            print(f"{row['doc'][:34]:34} FAILED: {row['failed']}")
            continue
        print(f"{row['doc'][:34]:34} {_share(row['paragraph']):26} {_share(row['cell']):26} "
              f"{_share(row['emphasis']):26} {row['check_errors']}")
        if arguments.losses:
            for loss in row["unnamed"]:
                print(f"    {loss}")
    if arguments.json:
        arguments.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
