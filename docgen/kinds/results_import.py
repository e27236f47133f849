"""``docgen import REPORT.toml FILE.xlsx`` for a Báo cáo: each hamlet's results typed in Excel go into its
``[[results]]`` (households out of poverty, newly poor; the same for near-poor households), nothing else changes.

The sheet is the one ``docgen build --xlsx`` writes for the report ("Kết quả hộ nghèo", "Kết quả hộ cận nghèo"),
or any sheet with a hamlet column and the columns "Thực hiện giảm" (or "Đã giảm", "Thoát nghèo") and "Phát sinh
mới", its household group named by its title or sheet name. Rows are matched to the hamlets as ``docgen import``
matches them (case, marks and "Xóm" do not matter); the report computes the rest (reached or not, year-end
count and rate). Every problem is collected first; any problem leaves the file untouched.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docgen import messages
from docgen.errors import DocgenError, Location, Problem
from docgen.figures import GROUPS
from docgen.hamlet_names import hamlet_key
from docgen.kinds import messages as m
from docgen.kinds.report import with_report
from docgen.plan.edit import open_plan, plan_text
from docgen.plan.load import parse_plan
from docgen.plan.store import replace_if_unchanged
from docgen.plan.validate import validate_plan
from docgen.read.table_columns import group_of, is_total_name, recognise
from docgen.read.text import fold, squash
from docgen.tables.xlsx_read import workbook_sheets

# header words, folded as headers are (docgen.read.text.fold places tone marks the old way: "thóat")
REDUCED_WORDS = tuple(fold(w) for w in ("thực hiện giảm", "đã giảm", "thoát nghèo", "thoát cận nghèo", "số hộ thoát"))
NEW_WORDS = (fold("phát sinh"),)
HEADER_ROWS_MAX = 6


@dataclass(frozen=True)
class ResultChange:
    """One result of one hamlet the import changes: ``field`` is ``poor_reduced``, ``near_poor_new`` …"""

    hamlet: str
    field: str
    before: int
    after: int


def is_report(plan_path: Path) -> bool:
    """True for a plan file of a Báo cáo with ``[[results]]``: its workbook gives results, not the hamlets'."""
    data = open_plan(plan_path).data
    return bool(data.get("results")) and data.get("document", {}).get("kind", "").casefold() == "báo cáo"


def import_results(plan_path: Path, workbook: Path, dry_run: bool = False) -> tuple[list[ResultChange], bool]:
    """Put the workbook's results into the report's ``[[results]]`` (unless ``dry_run``); return what changes,
    and whether ``results`` leaves ``confirm`` (the sheet gave them, even all equal to what the file holds);
    raise ``DocgenError`` naming every bad cell, unknown or missing hamlet, and a workbook with no result sheet."""
    name = str(workbook)
    opened = open_plan(plan_path)
    data = opened.data
    problems: list[Problem] = []
    found = _read(workbook_sheets(workbook, name), data["hamlets"], name, problems)
    if not found and not problems:
        problems.append(Problem(Location(name), m.RESULTS_NO_SHEET, m.RESULTS_NO_SHEET_HINT))
    if problems:
        raise DocgenError(problems)
    changes = _apply(data, found)
    confirmed = "results" in data.get("confirm", [])  # the results the clerk had to fill are filled
    if confirmed:
        data["confirm"] = [entry for entry in data["confirm"] if entry != "results"]
    if (changes or confirmed) and not dry_run:
        text = plan_text(plan_path, data)
        plan, lines = parse_plan(text, plan_path)
        validate_plan(with_report(plan), plan_path, lines)  # the checks build runs, result tables included
        replace_if_unchanged(plan_path, opened.digest, lambda _: text.encode("utf-8"),
                             messages.PLAN_CHANGED_WHILE_IMPORTING, messages.PLAN_CHANGED_WHILE_IMPORTING_HINT)
    return changes, confirmed


def change_lines(changes: list[ResultChange]) -> list[str]:
    """The changes as the clerk reads them, one line each ("Phúc Hòa: hộ nghèo đã thoát nghèo 0 → 2")."""
    return [m.RESULTS_CHANGED.format(hamlet=c.hamlet, before=c.before, after=c.after, what=m.RESULTS_FIELDS[c.field])
            for c in changes]


def _read(sheets: list[tuple[str, list]], hamlets: list[dict[str, Any]], name: str,
          problems: list[Problem]) -> dict[tuple[int, str], int]:
    """(hamlet index, result field) → value, from every sheet that is a result table."""
    by_key = {hamlet_key(h["name"]): i for i, h in enumerate(hamlets)}
    found: dict[tuple[int, str], int] = {}
    for title, rows in sheets:
        head = _header(rows)
        if head is None:
            continue
        at, columns = head
        caption = " ".join(squash(str(c.value)) for row in rows[:at] for c in row if c.value is not None)
        group = group_of(fold(caption)) or group_of(fold(title))
        if group not in GROUPS:
            problems.append(Problem(Location(name, 0, m.RESULTS_SHEET.format(sheet=title)), m.RESULTS_NO_GROUP))
            continue
        seen = set()
        for row in rows[at + 1:]:
            texts = [squash(str(c.value)) if c.value is not None else "" for c in row]
            hamlet = texts[columns["hamlet"]] if columns["hamlet"] < len(texts) else ""
            if not hamlet or any(is_total_name(t) for t in texts[:2]):
                continue
            index = by_key.get(hamlet_key(hamlet))
            if index is None:
                problems.append(Problem(Location(name, 0, m.RESULTS_ROW.format(sheet=title, row=row[0].row)),
                                        m.RESULTS_UNKNOWN_HAMLET.format(name=hamlet)))
                continue
            seen.add(index)
            for kind in ("reduced", "new"):
                if kind in columns and columns[kind] < len(row):
                    value = _count(row[columns[kind]], title, name, problems)
                    if value is not None:
                        found[(index, f"{group}_{kind}")] = value
        missing = [h["name"] for i, h in enumerate(hamlets) if i not in seen]
        if missing:
            problems.append(Problem(Location(name, 0, m.RESULTS_SHEET.format(sheet=title)),
                                    m.RESULTS_MISSING_HAMLETS.format(names=", ".join(missing))))
    return found


def _header(rows: list) -> tuple[int, dict[str, int]] | None:
    """The header line (its index) and the columns of the hamlet, the result and the newly poor; None for a
    sheet that is no result table."""
    for at, row in enumerate(rows[:HEADER_ROWS_MAX]):
        columns: dict[str, int] = {}
        for index, cell in enumerate(row):
            text = fold(squash(str(cell.value))) if cell.value is not None else ""
            if not text:
                continue
            if "hamlet" not in columns and recognise(squash(str(cell.value)), "", "")[0] == "hamlet":
                columns["hamlet"] = index
            elif "reduced" not in columns and text.startswith(REDUCED_WORDS):
                columns["reduced"] = index
            elif "new" not in columns and text.startswith(NEW_WORDS):
                columns["new"] = index
        if "hamlet" in columns and "reduced" in columns:
            return at, columns
    return None


def _count(cell, sheet: str, name: str, problems: list[Problem]) -> int | None:
    """A count of households: blank is 0; anything but a whole number from 0 up is a problem naming the cell."""
    raw = cell.value
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return 0
    if isinstance(raw, bool) or not isinstance(raw, int | float) or raw < 0 or raw != int(raw):
        problems.append(Problem(Location(name, 0, m.RESULTS_CELL.format(sheet=sheet, cell=cell.coordinate)),
                                m.RESULTS_BAD_CELL.format(value=raw)))
        return None
    return int(raw)


def _apply(data: dict[str, Any], found: dict[tuple[int, str], int]) -> list[ResultChange]:
    changes = []
    results = data["results"]
    for (index, field), value in sorted(found.items()):
        if index >= len(results):
            continue
        before = results[index].get(field, 0)
        if before != value:
            changes.append(ResultChange(results[index].get("hamlet", ""), field, before, value))
            results[index][field] = value
    return changes
