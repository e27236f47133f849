"""Plan data as the editor shows it: the checks and figures of what a clerk has typed, the list of plans.

Lists of paragraphs and bullets are edited as plain lines (one paragraph or one "-" point a line, a line
starting with "+ " is a sub-point of the line above); the page's script turns them back into lists.
Checking and calculating go through the same functions as ``docgen build``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from docgen import messages, vnformat
from docgen.build import prepare
from docgen.calc import Results, calculate
from docgen.errors import DocgenError, Location, Problem
from docgen.figures import FIGURES
from docgen.plan.edit import plan_text
from docgen.plan.load import load_plan, parse_plan
from docgen.plan.model import Plan
from docgen.plan.validate import check_confirmed, check_references, validate_plan
from docgen.render.context import symbol

CONFIRM_LABELS = {"bases": "căn cứ", "document.date": "ngày ban hành", "signature": "chữ ký",
                  "targets": "chỉ tiêu của xã", "hamlets": "số liệu các {words}", "recipients": "nơi nhận"}
HAMLET_WORD = "xóm"  # when the plan's tables do not say how the commune calls its hamlets


def hamlet_words(data: dict[str, Any]) -> str:
    """Return how the plan calls its hamlets, from its tables' hamlet column: "Tên thôn, tổ dân phố" →
    "thôn, tổ dân phố" (the editor speaks the commune's words: xóm, thôn, bản, ấp, tổ dân phố)."""
    for appendix in data.get("appendices") or []:
        columns = appendix.get("columns") if isinstance(appendix, dict) else None
        headers = ([c.get("header", "") for c in columns if isinstance(c, dict) and c.get("figure") == "hamlet"]
                   if isinstance(columns, list) else [columns.get("hamlet", "")] if isinstance(columns, dict) else [])
        for header in headers:
            words = re.sub(r"^tên\s+", "", str(header).strip(), flags=re.IGNORECASE)
            if words:
                return words[:1].lower() + words[1:]
    return HAMLET_WORD


def hamlet_word(data: dict[str, Any]) -> str:
    """Return the first of the plan's words for a hamlet: "thôn" for "thôn, tổ dân phố"."""
    return re.split(r"\s*[,/]\s*|\s+và\s+|\s+\(", hamlet_words(data))[0] or HAMLET_WORD


def confirm_label(entry: str, data: dict[str, Any]) -> str:
    """Return a field still to confirm in the clerk's words: ``hamlets[3]`` → "xóm thứ 3 (Đức Hòa)"."""
    if entry in CONFIRM_LABELS:
        return CONFIRM_LABELS[entry].format(words=hamlet_words(data))
    match = re.fullmatch(r"hamlets\[(\d+)\]", entry)
    hamlets = data.get("hamlets", [])
    if match and 0 < int(match.group(1)) <= len(hamlets):
        return f"{hamlet_word(data)} thứ {match.group(1)} ({hamlets[int(match.group(1)) - 1].get('name', '')})"
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
    """Return the computed figures of the hamlet grid as printed, by catalogue id: per hamlet, and the totals."""
    hamlets = [_printed(results.hamlet_figures(index)) for index in range(len(plan.hamlets))]
    return {"hamlets": hamlets, "totals": _printed(results.total_figures())}


def _printed(figures: dict[str, object]) -> dict[str, str]:
    """Return the counts and rates of a row as docgen prints them (2.111, 1,47); names and order left out."""
    out = {}
    for key, value in figures.items():
        kind = FIGURES[key].kind
        if kind == "rate" and isinstance(value, Decimal):
            out[key] = vnformat.decimal2(value)
        elif kind == "count" and isinstance(value, int):
            out[key] = vnformat.integer(value)
    return out


def problem_json(problem: Problem) -> dict[str, Any]:
    """Return a problem for the page: the field it belongs to, and the same words as the command line."""
    where = Location(line=problem.location.line, field=problem.location.field).describe()  # the page names the file
    return {"field": problem.location.field, "line": problem.location.line, "where": where,
            "message": problem.message, "hint": problem.hint,
            "confirm": problem.message == messages.NOT_CONFIRMED}  # listed apart: to tick, not to fix
