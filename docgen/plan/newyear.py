"""Next year's plan from this year's: ``docgen new 2023.toml --from 2022.toml``.

The old file is changed in place with tomlkit, so its comments and layout carry over. What moves:
- the year: ``targets.year``, and every year standing alone in a text that is this year or last year
  (``năm 2022`` → ``năm 2023``, ``rà soát năm 2021`` → ``rà soát năm 2022``); a period such as
  ``2021-2025`` and a date inside a text (``18/01/2022``, a document already issued) stay;
- the date moves one year on, the number is cleared (the new plan is a draft until it is numbered);
- each hamlet starts from last year's year-end figures, computed as ``docgen build`` computes them; last
  year's hamlet reductions and reference figures are cleared (they belonged to last year).
Whatever a person must still look at is listed in ``confirm`` (and noted beside the field):
``docgen build`` refuses the plan until the list is empty.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import tomlkit

from docgen import messages
from docgen.build import prepare
from docgen.calc import GROUPS
from docgen.errors import DocgenError
from docgen.output import write_atomic
from docgen.plan.edit import change_texts
from docgen.plan.load import load_plan
from docgen.plan.model import YEARS
from docgen.plan.validate import parse_field_path

# A year on its own: not inside a number, a date (18/01/2022) or a period (2021-2025, 2021 - 2025).
_YEAR = re.compile(r"(?<![\d/.\-–])(?<![\d]\s[\-–]\s)(\d{4})(?![\d/]|\s?[\-–]\s?\d{4})")
CONFIRM_NOTE = "XÁC NHẬN: chép từ năm trước; kiểm tra rồi xóa mục này trong confirm ở đầu tệp"


def new_plan(source: Path, target: Path, year: int | None = None, report: Path | None = None) -> Path:
    """Write next year's plan made from ``source`` to ``target`` (which must not exist); return ``target``. With
    ``report`` (the year-end Báo cáo of that plan, docgen/kinds/report.py), each hamlet starts from the year-end
    counts the report states (its results), not from those the plan expected."""
    if target.suffix.lower() != ".toml" or source.suffix.lower() != ".toml":
        raise DocgenError.single(messages.NEW_TOML_ONLY, file=str(target))
    if target.exists():
        raise DocgenError.single(messages.NEW_TARGET_EXISTS, file=str(target), hint=messages.NEW_TARGET_EXISTS_HINT)
    _not_a_report(source)
    plan, results = prepare(*load_plan(source), source)
    old_year = plan.targets.year
    new_year = old_year + 1 if year is None else year
    if new_year <= old_year:
        raise DocgenError.single(messages.NEW_YEAR_NOT_AFTER.format(year=new_year, old=old_year), file=str(target))
    if new_year > YEARS[1]:  # refused before writing a plan that no command could then read
        raise DocgenError.single(messages.NEW_YEAR_TOO_LATE.format(year=new_year, most=YEARS[1]), file=str(target))
    document = tomlkit.parse(source.read_text(encoding="utf-8-sig"))
    # not the legal bases: they name documents already issued
    change_texts(document, lambda text: move_years(text, old_year, new_year), skip=("bases",))
    document["targets"]["year"] = new_year
    _move_document(document, new_year - old_year)
    ends = [[row.end for row in results.tables[group].rows] for group in GROUPS]
    if report is not None:
        from docgen.kinds.report import year_end_counts

        ends = year_end_counts(report, plan)
    to_confirm = _restart_hamlets(document, dict(zip(GROUPS, ends, strict=True)))
    document.pop("reference", None)
    to_confirm = [*_date_field(document["document"]), "signature", "bases", "targets", *to_confirm]
    _mark(document, to_confirm)
    write_atomic({target: tomlkit.dumps(document).encode("utf-8")})
    return target


def _date_field(table: Any) -> list[str]:
    """The date to confirm: the issue date, or a draft's year; none for a draft left undated."""
    return [f"document.{name}" for name in ("date", "draft_year") if name in table][:1]


def _not_a_report(source: Path) -> None:
    """Next year's plan is made from this year's plan; a year-end report gives its results with --results."""
    from docgen.kinds import messages as kind_messages
    from docgen.kinds.results_import import is_report

    if is_report(source):
        raise DocgenError.single(kind_messages.NEW_FROM_A_REPORT, file=str(source),
                                 hint=kind_messages.NEW_FROM_A_REPORT_HINT)


def move_years(text: str, old_year: int, new_year: int) -> str:
    """Return ``text`` with this year and last year, where they stand alone, moved to the new year."""
    shift = new_year - old_year

    def moved(match: re.Match[str]) -> str:
        value = int(match.group(1))
        return str(value + shift) if value in (old_year, old_year - 1) else match.group(1)

    return _YEAR.sub(moved, text)


def _move_document(document: Any, shift: int) -> None:
    table = document["document"]
    table.pop("number", None)
    if isinstance(table.get("draft_year"), int):  # a draft's blank date with its year: a year on
        table["draft_year"] += shift
    date: dt.date | None = table.get("date")
    if date is None:  # a draft left undated stays undated
        return
    try:
        table["date"] = date.replace(year=date.year + shift)
    except ValueError:  # 29 February
        table["date"] = date.replace(year=date.year + shift, day=28)


def _restart_hamlets(document: Any, ends: dict[str, list[int]]) -> list[str]:
    """Start each hamlet from last year's year-end figures; return the paths a person must confirm."""
    paths = []
    for index, hamlet in enumerate(document.get("hamlets", [])):
        for group in GROUPS:
            hamlet[group] = ends[group][index]
            hamlet.pop(f"{group}_reduction", None)
            hamlet.pop(f"{group}_new", None)  # this year's newly poor are already in the new start
        paths.append(f"hamlets[{index + 1}]")
    return paths


def _mark(document: Any, paths: list[str]) -> None:
    """List the fields to confirm at the top of the file, and note each beside its field where it can."""
    confirm = tomlkit.array()
    confirm.extend(paths)
    document["confirm"] = confirm.multiline(True)  # tomlkit puts it above the first table, near the top
    document["confirm"].comment(messages.NEW_CONFIRM_COMMENT)
    for path in paths:
        item = _item_at(document, path)
        if hasattr(item, "comment"):
            item.comment(CONFIRM_NOTE)


def _item_at(document: Any, path: str) -> Any:
    """Return the item at ``hamlets[3]`` or ``document.date`` (lists counted from 1, as a clerk counts)."""
    node = document
    for part in parse_field_path(path):
        node = node[part]
    return node
