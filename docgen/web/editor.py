"""Plan data as the editor shows it, and back: the checks and figures of what a clerk has typed.

Lists of paragraphs and bullets are edited as plain lines (one paragraph or one "-" point a line, a line
starting with "+" is a sub-point of the line above), which is how a clerk already writes them in Word.
Checking and calculating go through the same functions as ``docgen build``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docgen import vnformat
from docgen.build import prepare
from docgen.calc import GROUPS, Results, calculate
from docgen.errors import DocgenError, Location, Problem
from docgen.plan.edit import plan_text
from docgen.plan.load import load_plan, parse_plan
from docgen.plan.model import Plan
from docgen.plan.validate import check_confirmed, check_references, validate_plan
from docgen.render.context import symbol

SUB_MARK = "+"


def lines_of(paragraphs: list[str]) -> str:
    """Return paragraphs as the lines of a text box."""
    return "\n".join(paragraphs)


def paragraphs_of(text: str) -> list[str]:
    """Return the non-empty lines of a text box as paragraphs."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def bullet_lines(bullets: list[Any]) -> str:
    """Return bullets as lines: a point a line, its sub-points after it each starting with "+ "."""
    lines: list[str] = []
    for bullet in bullets:
        if isinstance(bullet, list):
            lines += [f"{SUB_MARK} {sub}" for sub in bullet]
        else:
            lines.append(bullet)
    return "\n".join(lines)


def bullets_of(text: str) -> list[Any]:
    """Return the bullets written as lines: "+" lines become the sub-list of the point above them."""
    bullets: list[Any] = []
    for line in paragraphs_of(text):
        if line.startswith(SUB_MARK):
            sub = line[len(SUB_MARK):].strip()
            if bullets and isinstance(bullets[-1], list):
                bullets[-1].append(sub)
            else:
                bullets.append([sub])
        else:
            bullets.append(line[1:].strip() if line.startswith("- ") else line)
    return bullets


CONFIRM_LABELS = {"bases": "căn cứ", "document.date": "ngày ban hành", "signature": "chữ ký",
                  "targets": "chỉ tiêu của xã", "hamlets": "số liệu các xóm", "recipients": "nơi nhận"}


def confirm_label(entry: str, data: dict[str, Any]) -> str:
    """Return a field still to confirm in the clerk's words: ``hamlets[3]`` → "xóm thứ 3 (Đức Hòa)"."""
    if entry in CONFIRM_LABELS:
        return CONFIRM_LABELS[entry]
    match = re.fullmatch(r"hamlets\[(\d+)\]", entry)
    hamlets = data.get("hamlets", [])
    if match and 0 < int(match.group(1)) <= len(hamlets):
        return f"xóm thứ {match.group(1)} ({hamlets[int(match.group(1)) - 1].get('name', '')})"
    return entry


@dataclass(frozen=True)
class Status:
    """A plan file in the list: who, which year, its number, and whether it is a draft, ready or wrong."""

    name: str
    commune: str
    year: str
    number: str
    state: str  # "ready", "draft" or "errors"
    problems: int = 0


def plan_status(path: Path) -> Status:
    """Return the list line of the plan file at ``path``, checking it as ``docgen build`` would."""
    try:
        plan, _ = prepare(*load_plan(path), path)
    except DocgenError as error:
        return Status(path.name, "", "", "", "errors", len(error.problems))
    state = "draft" if plan.draft else "ready"
    return Status(path.name, plan.issuer.name, str(plan.targets.year), symbol(plan), state)


@dataclass(frozen=True)
class Checked:
    """What the editor shows after each change: the problems by field, and the figures docgen computes."""

    problems: list[Problem]
    figures: dict[str, Any]


def check_edited(path: Path, data: dict[str, Any]) -> Checked:
    """Return the problems and figures of ``data`` as if saved into the plan file at ``path``."""
    try:
        plan, lines = parse_plan(plan_text(path, data), path)
        validate_plan(plan, path, lines)
    except DocgenError as error:
        return Checked(error.problems, {})
    results = calculate(plan)
    problems = []
    later_checks = (lambda: check_references(plan, results, path, lines), lambda: check_confirmed(plan, path, lines))
    for later_check in later_checks:  # the figures stand whatever these find: show them beside the problems
        try:
            later_check()
        except DocgenError as error:
            problems += error.problems
    return Checked(problems, table_figures(plan, results))


def table_figures(plan: Plan, results: Results) -> dict[str, Any]:
    """Return the computed figures of the hamlet grid, as printed: per hamlet and group, and the totals."""
    hamlets = []
    for index in range(len(plan.hamlets)):
        cells = {}
        for group in GROUPS:
            row = results.tables[group].rows[index]
            cells.update({f"{group}_reduction": vnformat.integer(row.reduction),
                          f"{group}_end": vnformat.integer(row.end), f"{group}_rate": vnformat.decimal2(row.rate)})
        hamlets.append(cells)
    totals: dict[str, str] = {}
    for group in GROUPS:
        total = results.tables[group].total
        totals.update({"households": vnformat.integer(total.households), group: vnformat.integer(total.start),
                       f"{group}_without_labour": vnformat.integer(total.without_labour),
                       f"{group}_reduction": vnformat.integer(total.reduction),
                       f"{group}_end": vnformat.integer(total.end), f"{group}_rate": vnformat.decimal2(total.rate)})
    return {"hamlets": hamlets, "totals": totals}


def problem_json(problem: Problem) -> dict[str, Any]:
    """Return a problem for the page: the field it belongs to, and the same words as the command line."""
    where = Location(line=problem.location.line, field=problem.location.field).describe()  # the page names the file
    return {"field": problem.location.field, "line": problem.location.line, "where": where,
            "message": problem.message, "hint": problem.hint}
