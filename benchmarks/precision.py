"""Measure the precision of ``docgen check`` on the corpus: ``python benchmarks/precision.py [--write]
[--outside DIR …]``.

Method: every document of tests/check/corpus was read (and rendered with LibreOffice where in doubt) and each
of its findings judged true or false; the true ones are listed with the sample (``Sample.true``: rule and how
many). A finding is counted true when its rule is listed for the document, up to the listed number; every other
finding is false. Precision = true findings ÷ all findings, overall, by document and by rule. ``--outside DIR``
adds the real .docx files of a folder that are not redistributable (citizens' applications, forms found on
public repositories; kept out of the repository): each must give exactly one ``outside-scope`` finding.

``--before FILE`` records the result of this script run on an older checker (for comparison; see
docs/check-rules.md). ``--write`` stores the result in docs/check-precision.json, from which ``python -m docgen.check.rules_doc``
writes the precision section of docs/check-rules.md. Timings depend on the machine: never a test.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from docgen.check import check_docx  # noqa: E402
from tests.check.corpus.samples import CORPUS, REAL  # noqa: E402

RESULT = ROOT / "docs" / "check-precision.json"


def judge(name: str, kind: str, data: bytes, true: dict[str, int]) -> dict:
    """Return the judged findings of one document: counts of true and false findings by rule, and the time."""
    start = time.perf_counter()
    found = check_docx(data, name)
    seconds = time.perf_counter() - start
    counts = Counter(f.rule_id for f in found)
    right = {rule: min(count, true.get(rule, 0)) for rule, count in counts.items()}
    wrong = {rule: count - right[rule] for rule, count in counts.items() if count > right[rule]}
    missed = {rule: count - counts.get(rule, 0) for rule, count in true.items() if counts.get(rule, 0) < count}
    return {"name": name, "kind": kind, "true": sum(right.values()), "false": sum(wrong.values()),
            "false_rules": wrong, "missed": missed, "by_rule": dict(counts), "seconds": round(seconds, 3)}


def measure(outside: list[Path]) -> dict:
    real = {sample.name for sample in REAL}
    rows = [dict(judge(s.name, s.kind, s.make(), s.true), real=s.name in real) for s in CORPUS]
    for folder in outside:
        for path in sorted(folder.glob("*.docx")):
            rows.append(dict(judge(path.name, "ngoài phạm vi (không phân phối lại)", path.read_bytes(),
                                   {"outside-scope": 1}), real=True, local=True))
    by_rule: dict[str, list[int]] = {}
    for row in rows:
        for rule, count in row["by_rule"].items():
            false = row["false_rules"].get(rule, 0)
            by_rule.setdefault(rule, [0, 0])
            by_rule[rule][0] += count - false
            by_rule[rule][1] += false
    true, false = sum(r["true"] for r in rows), sum(r["false"] for r in rows)
    return {"documents": len(rows), "real": sum(r["real"] for r in rows), "true": true, "false": false,
            "precision": round(true / (true + false), 4) if true + false else 1.0,
            "max_seconds": max(r["seconds"] for r in rows), "missed": sum(sum(r["missed"].values()) for r in rows),
            "by_rule": {rule: {"true": t, "false": f} for rule, (t, f) in sorted(by_rule.items())}, "rows": rows}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="store the result in docs/check-precision.json")
    parser.add_argument("--outside", type=Path, action="append", default=[], help="folder of real .docx outside ND30")
    parser.add_argument("--before", type=Path, help="a result written by this script run on an older checker")
    args = parser.parse_args()
    result = measure(args.outside)
    for row in result["rows"]:
        flag = "" if not row["false"] and not row["missed"] else f"  SAI {row['false_rules']} THIẾU {row['missed']}"
        print(f"{row['name']:45} {row['true']:3} đúng {row['false']:3} sai {row['seconds']:.2f} s{flag}")
    print(f"{result['documents']} văn bản, {result['true']} phát hiện đúng, {result['false']} sai: "
          f"độ chính xác {result['precision']:.1%}; chậm nhất {result['max_seconds']:.2f} s")
    if args.write:
        previous = json.loads(RESULT.read_text(encoding="utf-8")) if RESULT.exists() else {}
        older = json.loads(args.before.read_text(encoding="utf-8")) if args.before else previous.get("before", {})
        stored = {k: v for k, v in result.items() if k != "rows"}
        stored["before"] = {k: older[k] for k in ("documents", "true", "false", "precision") if k in older}
        stored["rows"] = [{k: row[k] for k in ("name", "kind", "real", "true", "false")} for row in result["rows"]]
        RESULT.write_text(json.dumps(stored, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
