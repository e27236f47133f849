"""Score ``docgen check`` against findings judged by hand: ``python benchmarks/heldout.py VERDICTS --docs DIR``
(or ``--mirrors DIR`` to take the documents out of local git mirrors of their repositories).

VERDICTS is either a held-out batch of benchmarks/heldout/ (its ``sources`` name each document's repository, path
and commit; a ``.doc`` is converted by LibreOffice first, as ``docgen check`` does; ``verdicts`` judge every
finding the checker gave when the batch was judged; ``misses`` list the real defects it did not report, each
with ``caught_by``: the rule ids that report it once the checker does) or the corpus file
``../shared/corpus/check/verdicts.json`` (a list of judged findings; ``--docs`` is its folder).

A finding of today's checker is matched to a judged one by document, rule and place (the same text of ``where``,
else the same paragraph or section; an outside-scope note only by the same reason); a finding that matches none
is listed as *unjudged*, to be judged by hand
before a figure is quoted. Precision = TP ÷ (TP + FP + OOS); DEB (debatable) is counted apart. With ``--kept`` the
script also lists the judged true findings that are no longer given (the corpus must keep all of them).
The documents are never copied into the project: they carry no licence for redistribution.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from docgen.check import check_docx  # noqa: E402
from docgen.read.legacy import DOC_SUFFIX, docx_from  # noqa: E402

SHOWN: set[str] = set()  # verdicts whose findings are listed as they are given (--show)
PLACE = re.compile(r"đoạn \d+|phần \(section\) [\d, ]+|đầu trang|chân trang|toàn văn bản")


def documents(batch: dict, docs: Path | None, mirrors: Path | None) -> dict[str, bytes]:
    """Return each document's bytes by its key, from a folder or from git mirrors (owner+name/repo)."""
    found = {}
    names = batch.get("sources") or {row["doc"]: None for row in batch["verdicts"]}
    for key, source in names.items():
        if docs is not None:
            path = next(iter(sorted(docs.glob(f"{key}*.docx"))), None)
            if path is not None:
                found[key] = path.read_bytes()
        elif mirrors is not None and source:
            git = mirrors / source["repo"].replace("/", "+") / "repo"
            data = subprocess.run(["git", "--git-dir", str(git), "show", f"{source['commit']}:{source['path']}"],
                                  check=True, capture_output=True).stdout
            # a Word 97–2003 file is converted by LibreOffice first, as ``docgen check`` does
            found[key] = docx_from(data, key) if source["path"].lower().endswith(DOC_SUFFIX) else data
    return found


def _same_reason(row: dict, finding) -> bool:
    """An outside-scope note is its reason: a note that now gives another reason is another finding, judged anew
    (a judged row without its message matches any)."""
    if finding.rule_id not in REASONED or "message" not in row:
        return True
    return row["message"].split(" [cần:")[0] == finding.message


REASONED = {"outside-scope"}


def _place(where: str) -> str:
    match = PLACE.search(where)
    return match.group(0) if match else where


def score(batch: dict, data: dict[str, bytes]) -> dict:
    """Return the verdict of each finding given today, the unjudged ones and the judged true ones not given."""
    judged = [row for row in batch["verdicts"] if row["doc"] in data]
    given, unjudged, used = Counter(), [], set()
    for key, content in sorted(data.items()):
        for finding in check_docx(content, key):
            candidates = [i for i, row in enumerate(judged) if i not in used and row["doc"] == key
                          and row["rule_id"] == finding.rule_id and _same_reason(row, finding)]
            exact = [i for i in candidates if judged[i]["location"] == finding.where]
            near = [i for i in candidates if _place(judged[i]["location"]) == _place(finding.where)]
            match = (exact or near or [None])[0]
            miss = next((m for m in batch.get("misses", []) if m["doc"] == key and not m.get("caught")
                         and finding.rule_id in m.get("caught_by", [])), None)
            if miss is not None:  # a real defect that was missed when the batch was judged, reported now
                miss["caught"] = f"{finding.rule_id} | {finding.where}"
                if match is None:
                    given[("TP", finding.severity)] += 1
                    continue
            if match is None:
                unjudged.append(f"{key}: {finding.rule_id} ({finding.severity}) | {finding.where} | {finding.message}")
                continue
            used.add(match)
            given[(judged[match]["verdict"], finding.severity)] += 1
            if judged[match]["verdict"] in SHOWN:
                print(f"  {judged[match]['verdict']} {key}: {finding.rule_id} | {finding.where}")
    lost = [f"{row['doc']}: {row['rule_id']} | {row['location']}" for i, row in enumerate(judged)
            if i not in used and row["verdict"] == "TP"]
    return {"given": given, "unjudged": unjudged, "lost": lost}


def report(batch: dict, result: dict, kept: bool) -> None:
    given = result["given"]
    by_verdict = Counter()
    for (verdict, _), count in given.items():
        by_verdict[verdict] += count
    wrong = by_verdict["FP"] + by_verdict["OOS"]
    total = by_verdict["TP"] + wrong
    print(f"judged findings given: {dict(by_verdict)}; unjudged: {len(result['unjudged'])}")
    if total:
        print(f"precision on judged findings: {by_verdict['TP']}/{total} = {by_verdict['TP'] / total:.1%}")
    for severity in ("error", "warning"):
        tp = given[("TP", severity)]
        bad = given[("FP", severity)] + given[("OOS", severity)]
        if tp + bad:
            print(f"  {severity}s: {tp}/{tp + bad} = {tp / (tp + bad):.1%} (DEB {given[('DEB', severity)]})")
    for line in result["unjudged"]:
        print("  UNJUDGED", line)
    misses = batch.get("misses", [])
    if misses:
        caught = [m for m in misses if m.get("caught")]
        print(f"misses reported: {len(caught)}/{len(misses)}")
        for miss in misses:
            print(f"  {'CAUGHT' if miss.get('caught') else 'MISSED'} {miss['doc']}: {miss['what'][:90]}"
                  + (f" ← {miss['caught']}" if miss.get("caught") else ""))
    if kept:
        print(f"judged true findings no longer given: {len(result['lost'])}")
        for line in result["lost"]:
            print("  LOST", line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("verdicts", type=Path)
    parser.add_argument("--docs", type=Path)
    parser.add_argument("--mirrors", type=Path)
    parser.add_argument("--show", nargs="*", default=[], help="list the findings given with these verdicts")
    parser.add_argument("--misses", type=Path, help="the misses of a verdicts list (the corpus's misses.json)")
    parser.add_argument("--caught", type=Path, help="JSON: for each miss as 'doc#n' (n from 0), the rule ids that "
                        "report it")
    parser.add_argument("--extra", type=Path, help="more judged findings (judged after the fixes) to add")
    parser.add_argument("--kept", action="store_true", help="list the judged true findings no longer given")
    args = parser.parse_args()
    SHOWN.update(args.show)
    loaded = json.loads(args.verdicts.read_text(encoding="utf-8"))
    batch = loaded if isinstance(loaded, dict) else {"verdicts": loaded}
    if args.extra:
        batch["verdicts"] = batch["verdicts"] + json.loads(args.extra.read_text(encoding="utf-8"))
    if args.misses:
        batch["misses"] = json.loads(args.misses.read_text(encoding="utf-8"))
    caught = json.loads(args.caught.read_text(encoding="utf-8")) if args.caught else {}
    for miss in batch.get("misses", []):
        number = sum(1 for m in batch["misses"][:batch["misses"].index(miss)] if m["doc"] == miss["doc"])
        miss.setdefault("caught_by", caught.get(f"{miss['doc']}#{number}", []))
    data = documents(batch, args.docs, args.mirrors)
    report(batch, score(batch, data), args.kept)


if __name__ == "__main__":
    main()
