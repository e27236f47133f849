"""``docgen import PLAN FILE.xlsx``: hamlet figures typed in Excel go into the plan file, nothing else changes.

The workbook is read by ``docgen.tables.xlsx_read`` (the one ``build --xlsx`` writes, or a plain sheet with one
row per hamlet under recognisable headers). Rows are matched to the plan's hamlets as ``docgen diff`` matches
them (case, marks and "Xóm" do not matter). Only the figures a plan holds are taken: households, the start
counts, those without labour capacity, the new ones and the reductions; year-end counts and rates follow from them.

Reductions: when the sheet's reductions of a group are what the plan already gives (typed or allocated), the
plan keeps its own way of stating them; when any differs, every hamlet's reduction is written from the sheet
and the commune target becomes their sum, so the targets stated in the text follow the table.

Every problem is collected first; any problem leaves the plan file untouched. The file is edited in place by
``docgen.plan.edit`` (TOML comments, order and layout kept; JSON rewritten with its key order) and written
atomically.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from docgen import messages
from docgen.calc import hamlet_reductions
from docgen.errors import DocgenError, Location, Problem
from docgen.figures import FIGURES, GROUPS
from docgen.hamlet_names import hamlet_key
from docgen.plan.edit import open_plan, plan_text
from docgen.plan.load import parse_plan
from docgen.plan.model import Hamlet
from docgen.plan.store import replace_if_unchanged
from docgen.plan.validate import validate_plan
from docgen.tables.view import AppendixTable, TableSet
from docgen.tables.xlsx_read import read_workbook

# The figures a plan holds per hamlet: its fields that are figure ids (households, poor, poor_new …).
STORED = tuple(name for name in Hamlet.model_fields if name in FIGURES)


@dataclass(frozen=True)
class Change:
    """One figure of the plan that the import changes."""

    hamlet: str
    figure: str
    before: int | None
    after: int


def import_workbook(plan_path: Path, workbook: Path, dry_run: bool = False) -> list[Change]:
    """Put the workbook's hamlet figures into the plan file (unless ``dry_run``) and return what changes;
    raise ``DocgenError`` naming every bad cell, unknown or missing hamlet and missing column."""
    tables, problems = read_workbook(workbook)
    opened = open_plan(plan_path)
    data = opened.data
    hamlets = data.get("hamlets", [])
    found = _collect(tables, hamlets, str(workbook), problems, _current(plan_path))
    if problems:
        raise DocgenError(problems)
    changes = _apply(data, found)
    changes += _reductions(plan_path, data, found)
    if changes:
        text = plan_text(plan_path, data)
        plan, lines = parse_plan(text, plan_path)
        # a figure the plan cannot hold is refused before writing, and a dry run says so too (the page lists the
        # changes to confirm only when confirming would write them)
        validate_plan(plan, plan_path, lines)
    if changes and not dry_run:
        # written only if nobody saved the plan meanwhile (the web editor, another import)
        replace_if_unchanged(plan_path, opened.digest, lambda _: text.encode("utf-8"),
                             messages.PLAN_CHANGED_WHILE_IMPORTING, messages.PLAN_CHANGED_WHILE_IMPORTING_HINT)
    return changes


def _current(plan_path: Path) -> dict[tuple[int, str], int]:
    """Return the plan's figures as its document prints them (reductions as typed or allocated)."""
    plan, _ = parse_plan(plan_text(plan_path, open_plan(plan_path).data), plan_path)
    found = {}
    for index, hamlet in enumerate(plan.hamlets):
        found.update({(index, figure): getattr(hamlet, figure) or 0 for figure in STORED})
    for group in GROUPS:
        try:
            printed = hamlet_reductions(plan, group)
        except ValueError:  # a target the hamlets cannot hold: the plan prints nothing yet, take what it states
            printed = [getattr(h, f"{group}_reduction") or 0 for h in plan.hamlets]
        for index, value in enumerate(printed):
            found[(index, f"{group}_reduction")] = value
    return found


def _collect(tables: TableSet, hamlets: list[dict], name: str, problems: list[Problem],
             current: dict[tuple[int, str], int]) -> dict[tuple[int, str], int]:
    """Return (hamlet index, figure) → value for every figure of every sheet, adding the problems found.
    A figure printed in several sheets (the households in every table) takes the value that was changed;
    two different changes of the same figure are a problem naming both cells."""
    by_key = {hamlet_key(h["name"]): i for i, h in enumerate(hamlets)}
    found: dict[tuple[int, str], tuple[int, str]] = {}
    if not tables.tables:
        problems.append(Problem(Location(name), messages.IMPORT_NO_TABLE, messages.IMPORT_NO_TABLE_HINT))
    for table in tables.tables:
        _check_columns(table, name, problems)
        seen = set()
        for row in table.rows:
            index = by_key.get(hamlet_key(row.name))
            if index is None:
                problems.append(Problem(Location(name, 0, row.place.label), messages.IMPORT_UNKNOWN_HAMLET.format(
                    name=row.name), messages.IMPORT_UNKNOWN_HAMLET_HINT))
                continue
            seen.add(index)
            for figure, value in row.values.items():
                if figure not in STORED:
                    continue
                key, number = (index, figure), int(value.number)
                earlier = found.get(key)
                if earlier is None or (earlier[0] == current.get(key) and number != earlier[0]):
                    found[key] = (number, value.place.label)
                elif number not in (earlier[0], current.get(key)):
                    problems.append(Problem(Location(name, 0, value.place.label), messages.IMPORT_CONFLICT.format(
                        value=number, other=earlier[0], where=earlier[1])))
        missing = [h["name"] for i, h in enumerate(hamlets) if i not in seen]
        if missing:
            problems.append(Problem(Location(name, 0, table.place.label), messages.IMPORT_MISSING_HAMLETS.format(
                names=", ".join(missing))))
    return {key: value for key, (value, _) in found.items()}


def _check_columns(table: AppendixTable, name: str, problems: list[Problem]) -> None:
    """A sheet must give the households and, for some household group, the start count."""
    figures = set(table.figures())
    needed = ["households"] if "households" not in figures else []
    if not figures & set(GROUPS):
        groups = {FIGURES[f].group for f in figures if FIGURES[f].group} or set(GROUPS)
        needed += sorted(groups)
    problems.extend(Problem(Location(name, 0, table.place.label), messages.IMPORT_MISSING_COLUMN.format(
        column=FIGURES[figure].words), messages.IMPORT_MISSING_COLUMN_HINT) for figure in needed)


def _apply(data: dict, found: dict[tuple[int, str], int]) -> list[Change]:
    """Set the counts (not the reductions, decided afterwards) and return the changes."""
    changes = []
    for (index, figure), value in sorted(found.items()):
        hamlet = data["hamlets"][index]
        if figure.endswith("_reduction") or hamlet.get(figure, 0) == value:
            continue
        changes.append(Change(hamlet["name"], figure, hamlet.get(figure), value))
        hamlet[figure] = value
    return changes


def _reductions(plan_path: Path, data: dict, found: dict[tuple[int, str], int]) -> list[Change]:
    """Write a group's reductions from the sheet when any differs from what the plan gives (see above)."""
    plan, lines = parse_plan(plan_text(plan_path, data), plan_path)
    changes = []
    for group in GROUPS:
        field = f"{group}_reduction"
        try:
            current = hamlet_reductions(plan, group)
        except ValueError:  # the sheet's counts leave the target more than the hamlets can hold: say where
            validate_plan(plan, plan_path, lines)
            raise
        wanted = [found.get((i, field), value) for i, value in enumerate(current)]
        if wanted == current:
            continue
        for hamlet, before, after in zip(data["hamlets"], current, wanted, strict=True):
            if before != after:
                changes.append(Change(hamlet["name"], field, before, after))
            hamlet[field] = after  # stated even where equal: the allocation must not move it later
        targets = data.setdefault("targets", {})
        if targets.get(field) is not None and targets[field] != sum(wanted):
            changes.append(Change("", field, targets[field], sum(wanted)))
            targets[field] = sum(wanted)
    return changes
