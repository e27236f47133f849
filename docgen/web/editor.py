"""Plan data as the editor shows it: the checks and figures of what a clerk has typed, the list of plans.

Lists of paragraphs and bullets are edited as plain lines (one paragraph or one "-" point a line, a line
starting with "+ " is a sub-point of the line above); the page's script turns them back into lists.
Checking and calculating go through the same functions as ``docgen build``.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from docgen import messages, vnformat
from docgen.build import prepare
from docgen.calc import Results, calculate
from docgen.errors import DocgenError, Problem
from docgen.figures import FIGURES
from docgen.kinds.report import with_report
from docgen.plan.edit import open_plan, plan_text
from docgen.plan.load import load_plan, parse_plan
from docgen.plan.marks import without_own_marks
from docgen.plan.model import Plan
from docgen.plan.samples import sample_problems
from docgen.plan.validate import check_confirmed, check_references, validate_plan
from docgen.render.context import symbol
from docgen.web import words
from docgen.web.sources import finding_field

CONFIRM_LABELS = {"bases": "căn cứ", "document.date": "ngày ban hành",
                  "document.draft_year": "năm ghi ở ngày dự thảo", "signature": "chữ ký",
                  "targets": "chỉ tiêu của xã", "hamlets": "số liệu các {words}", "recipients": "nơi nhận",
                  "results": "kết quả cuối năm của các {words}", "addressees": "nơi «Kính gửi»",
                  "decision.proposal": "người đề nghị («Theo đề nghị của …»)", "decision": "nội dung quyết định",
                  "document.code": "viết tắt tên loại (trong số, ký hiệu)"}
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
    return words.field_label(entry, hamlet_word(data), hamlet_words(data)) or entry


_HAMLET_CELLS = ("name", "households", "poor", "poor_without_labour", "poor_new", "poor_reduction", "near_poor",
                 "near_poor_without_labour", "near_poor_new", "near_poor_reduction")
SHOWN = {  # the fields each block of the editor shows; any other is carried through a save untouched
    "plan": ("confirm", "bases", "intro", "closing", "parts", "sections", "issuer", "document", "signature",
             "recipients", "targets", "hamlets", "appendices", "tables", "reference", "template", "addressees",
             "decision", "results"),
    "issuer": ("name", "header", "parent", "abbreviation", "place"),
    "document": ("kind", "code", "number", "date", "summary"),
    "signature": ("on_behalf_of", "prefix", "head_title", "position", "name"),
    "recipients": ("items", "archive", "archive_copies"),
    "targets": ("year", "poor_reduction", "near_poor_reduction"),
    "reference": ("households", "poor", "poor_end", "poor_rate", "near_poor", "near_poor_end", "near_poor_rate"),
    "hamlet": _HAMLET_CELLS,
    "division": ("title", "sections"), "section": ("title", "text", "bullets", "items"),
    "item": ("title", "text", "bullets", "points", "parts"), "part": ("title", "numbered", "text", "bullets", "points"),
    "point": ("text", "bullets"),
    # an appendix shows either its hamlet table or its text (with outline, tables, signature places)
    "appendix": ("id", "label", "title", "orientation", "reference", "total", "columns"),
    "appendix-text": ("id", "label", "title", "orientation", "reference", "heading", "text", "sections",
                      "signatures", "notes"),
    "column": ("figure", "header", "group"),
    # a table of the text: typed cells, or figures from the plan (columns, as an appendix's hamlet table)
    "table": ("id", "title", "header", "rows", "total"), "table-figures": ("id", "title", "columns", "total_label"),
    "signer": ("above", "lines", "note", "name", "below", "space"),
    # the other kinds: a decision's authority, proposal and articles (clauses, their points a), b) …), a report's
    # results per hamlet
    "decision": ("authority", "proposal", "articles"), "article": ("text", "clauses"), "clause": ("text", "points"),
    "result": ("hamlet", "poor_reduced", "poor_new", "near_poor_reduced", "near_poor_new"),
}
ADDRESSED = ("Tờ trình", "Công văn")  # the kinds with "Kính gửi:" (docgen/kinds)


def appendix_kind(node: Any) -> str:
    """Return how the editor shows an appendix: "appendix" (a hamlet table) or "appendix-text" (text, outline,
    tables, a form's signature places)."""
    return "appendix" if isinstance(node, dict) and node.get("columns") else "appendix-text"


def table_kind(node: Any) -> str:
    """Return how the editor shows a table of the text: "table" (typed cells) or "table-figures"."""
    return "table-figures" if isinstance(node, dict) and node.get("columns") else "table"


def table_rows(node: Any, key: str) -> list[list[str]]:
    """Return the ``header`` or ``rows`` of a typed table as lists of cells (a row left as written)."""
    rows = node.get(key) if isinstance(node, dict) else None
    return [row for row in rows if isinstance(row, list)] if isinstance(rows, list) else []


def unshown(node: Any, kind: str) -> dict[str, Any]:
    """Return the fields of ``node`` the editor does not show (a newer plan's tables, emphasis, kinds …): the
    page sends them back as they were, so editing what it shows never drops what it does not."""
    if not isinstance(node, dict):
        return {}
    return {key: value for key, value in node.items() if key not in SHOWN[kind]}


@dataclass(frozen=True)
class Status:
    """A plan file in the list: who, which year, its number, and whether it is a draft, ready or wrong."""

    name: str
    commune: str
    year: str
    number: str
    state: str  # "ready", "draft", "confirm" (only entries left to tick) or "errors"
    problems: int = 0  # errors to fix
    to_confirm: int = 0  # entries still to tick "Đã kiểm tra"


def plan_status(path: Path) -> Status:
    """Return the list line of the plan file at ``path``, checking it as ``docgen build`` would."""
    try:
        loaded = load_plan(path)
        plan, _ = prepare(with_report(loaded[0]), loaded[1], path)  # as docgen build checks it
    except DocgenError as error:
        confirms = sum(p.message == messages.NOT_CONFIRMED for p in error.problems)
        errors = len(error.problems) - confirms
        return Status(path.name, "", "", "", "errors" if errors else "confirm", errors, confirms)
    state = "draft" if plan.draft or sample_problems(loaded[0], path, loaded[1]) else "ready"
    return Status(path.name, plan.issuer.name, str(plan.targets.year), symbol(plan), state)


@dataclass(frozen=True)
class Checked:
    """What the editor shows after each change: the problems by field, and the figures docgen computes."""

    problems: list[Problem]
    figures: dict[str, Any]


def check_edited(path: Path, data: dict[str, Any]) -> Checked:
    """Return the problems and figures of ``data`` as if saved into the plan file at ``path``."""
    try:
        plan, lines = _parsed(path, data)
        validate_plan(plan, path, lines)
    except DocgenError as error:
        return Checked(error.problems, figures_despite(path, data, error.problems))
    results = calculate(plan)
    problems = without_own_marks(plan, path, lines)[1] + sample_problems(plan, path, lines)
    later_checks = (lambda: check_references(plan, results, path, lines), lambda: check_confirmed(plan, path, lines))
    for later_check in later_checks:  # the figures stand whatever these find: show them beside the problems
        try:
            later_check()
        except DocgenError as error:
            problems += error.problems
    return Checked(problems, table_figures(plan, results))


def _parsed(path: Path, data: dict[str, Any]) -> tuple[Plan, Any]:
    """Return ``data`` read as the plan file at ``path`` would be, with a report's result tables (and the
    ``{result.…}`` figures its text quotes) as ``docgen build`` adds them before checking."""
    plan, lines = parse_plan(plan_text(path, data), path)
    return with_report(plan), lines


_CELL = re.compile(r"^hamlets\[(\d+)\]\.([a-z_]+)$")


def figures_despite(path: Path, data: dict[str, Any], problems: list[Problem]) -> dict[str, Any]:
    """Return the grid's figures with the wrong cells left out: each wrong cell counts as 0 and the figures it
    feeds (its group's computed columns, and the rates for a wrong number of households) are left blank, so one
    bad cell does not blank every other total."""
    cleaned, wrong = copy.deepcopy(data), set()
    for problem in problems:
        match = _CELL.match(problem.location.field)
        hamlets = cleaned.get("hamlets") or []
        if not match or match.group(2) == "name" or not 0 < int(match.group(1)) <= len(hamlets):
            continue
        _stand_in(hamlets[int(match.group(1)) - 1], match.group(2), _saved_cell(path, int(match.group(1)) - 1,
                                                                               match.group(2)))
        wrong.add(match.group(2))
    try:
        plan, lines = _parsed(path, cleaned)
        validate_plan(plan, path, lines)
    except DocgenError:
        return {}
    figures = table_figures(plan, calculate(plan))
    for row in [*figures["hamlets"], figures["totals"]]:
        for key in [k for k in row if any(_fed_by(k, cell) for cell in wrong)]:
            del row[key]
    return figures


def _saved_cell(path: Path, index: int, cell: str) -> int | None:
    """Return the cell as the plan file holds it (the last figure saved there), or None."""
    try:
        hamlets = open_plan(path).data.get("hamlets") or []
    except DocgenError:
        return None
    value = hamlets[index].get(cell) if index < len(hamlets) and isinstance(hamlets[index], dict) else None
    return value if isinstance(value, int) else None


def _stand_in(hamlet: dict[str, Any], cell: str, saved: int | None) -> None:
    """Put a harmless value in a wrong cell (what it feeds is left blank): the figure saved in the file, else
    no household for its group, or for households just enough for the row's other figures."""
    if saved is not None:
        hamlet[cell] = saved
        return
    if cell == "households":
        hamlet[cell] = sum(v for k, v in hamlet.items() if k in ("poor", "near_poor") and isinstance(v, int)) + 1
        return
    group = "near_poor" if cell.startswith("near_poor") else "poor"
    for key in (group, f"{group}_without_labour", f"{group}_new"):
        hamlet[key] = 0
    hamlet.pop(f"{group}_reduction", None)


def _fed_by(key: str, cell: str) -> bool:
    """True when the computed figure ``key`` depends on the column ``cell``."""
    if cell == "households":
        return key == "households" or key.endswith("rate")
    group = "near_poor" if cell.startswith("near_poor") else "poor"
    return key.split("_")[0] == group.split("_")[0] and key.startswith(group)


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


SAMPLE_MESSAGES = (messages.SAMPLE_SIGNER, messages.SAMPLE_TARGETS, messages.SAMPLE_BASIS)


def problem_json(problem: Problem, data: dict[str, Any]) -> dict[str, Any]:
    """Return a problem for the page: the field it belongs to, and where and what in the page's words."""
    shown = words.page_problem(problem, hamlet_word(data), hamlet_words(data))
    sample = problem.hint in (messages.SAMPLE_HINT, messages.OWN_MARK_HINT)
    shown["confirm"] = problem.message == messages.NOT_CONFIRMED  # listed apart: to tick, not to fix
    shown["sample"] = sample  # listed apart: the plan builds, but only as a draft
    if shown["confirm"]:
        shown["where"] = confirm_label(problem.location.field, data)
    return shown


def finding_shown(finding: Any, data: dict[str, Any]) -> dict[str, Any]:
    """Return a Decree 30 finding on the built document as the page shows it: at the field whose text the
    paragraph prints, in the page's labels, with what to do on the page (never "đoạn 12" alone)."""
    shown = {"severity": finding.severity, "where": finding.where, "message": finding.message,
             "expected": finding.expected, "found": finding.found, "clause": finding.clause, "hint": ""}
    field = finding_field(finding.rule_id, finding.text, data)
    if field:
        shown["where"] = words.field_label(field, hamlet_word(data), hamlet_words(data)) or finding.where
        shown["hint"] = messages.WEB_FINDING_AT_FIELD.format(field=shown["where"])
    elif finding.severity == "error":
        shown["hint"] = messages.WEB_FINDING_UNPLACED
    return shown
