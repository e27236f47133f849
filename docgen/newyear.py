"""``docgen new``: next year's plan from this year's, with every carried-over value marked to confirm.

What changes: the plan year; "năm 2022" and "năm 2021" in every text move on by the same number of years
(other years, such as "giai đoạn 2021-2025" or a decision's date, stay); the date moves to the same day of
the new year; the number is cleared (the new plan is a draft until it gets one); each hamlet starts from
last year's year-end figures as the calculator gives them, and its per-hamlet targets are cleared so docgen
shares out the commune target again; last year's official figures ([reference]) are cleared.

What a person must confirm is marked in the file (``docgen.plan.confirm``): the date, the commune
targets, each hamlet's figures, the signer and the legal bases. The old file's comments and layout stay.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import tomllib
from pathlib import Path
from typing import Any

from docgen import messages
from docgen.build import prepare
from docgen.calc import GROUPS, Results
from docgen.errors import DocgenError
from docgen.output import write_atomic
from docgen.plan.confirm import mark_fields
from docgen.plan.edit import toml_with
from docgen.plan.load import load_plan
from docgen.plan.model import Hamlet


def new_plan(new_path: Path, old_path: Path, year: int | None = None) -> Path:
    """Write next year's plan to ``new_path`` from the plan at ``old_path``; never overwrite a file."""
    if old_path.suffix.lower() != ".toml" or new_path.suffix.lower() != ".toml":
        raise DocgenError.single(messages.NEW_TOML_ONLY, file=str(new_path if old_path.suffix == ".toml" else old_path))
    if new_path.exists():
        raise DocgenError.single(messages.NEW_EXISTS, file=str(new_path), hint=messages.NEW_EXISTS_HINT)
    plan, results = prepare(*load_plan(old_path), old_path)
    old_year = plan.targets.year
    new_year = year if year is not None else old_year + 1
    text = old_path.read_text(encoding="utf-8-sig")
    data, notes = carried_over(tomllib.loads(text), results, old_year, new_year)
    content = mark_fields(toml_with(text, data), notes)
    header = messages.NEW_HEADER.format(old=old_path.name, year=new_year)
    write_atomic({new_path: (header + content).encode("utf-8")})
    return new_path


def carried_over(data: dict[str, Any], results: Results, old: int, new: int) -> tuple[dict, dict]:
    """Return the new year's plan data and the notes of the fields to confirm (field path → note)."""
    shift = new - old
    data = _shift_texts(data, {old - 1: old - 1 + shift, old: new})
    notes: dict[tuple[Any, ...], str] = {}
    document = data["document"]
    document.pop("number", None)
    document["date"] = _same_day(document["date"], new)
    notes[("document", "date")] = messages.NOTE_DATE
    data["targets"]["year"] = new
    hamlets = [Hamlet.model_validate(h) for h in data.get("hamlets", [])]
    for group in GROUPS:
        rows = results.tables[group].rows
        for index, (raw, row) in enumerate(zip(data.get("hamlets", []), rows)):
            _carry_hamlet(raw, group, row.end, notes, index, old)
        _fit_target(data["targets"], group, hamlets, rows, notes)
    for index, raw in enumerate(data.get("hamlets", [])):
        notes[("hamlets", index, "households")] = messages.NOTE_HOUSEHOLDS.format(year=old)
    if "reference" in data:
        data["reference"] = {}
    if data.get("bases"):
        notes[("bases",)] = messages.NOTE_BASES
    notes[("signature", "name")] = messages.NOTE_SIGNER
    return data, notes


def _carry_hamlet(raw: dict, group: str, end: int, notes: dict, index: int, old: int) -> None:
    """Start the hamlet from last year's year-end figure; clear its own target (docgen shares it out)."""
    raw[group] = end
    raw.pop(f"{group}_reduction", None)
    notes[("hamlets", index, group)] = messages.NOTE_START.format(year=old)
    key = f"{group}_without_labour"
    if raw.get(key):
        raw[key] = min(raw[key], end)  # cannot be more than the households left in the group
        notes[("hamlets", index, key)] = messages.NOTE_WITHOUT_LABOUR


def _fit_target(targets: dict, group: str, hamlets: list[Hamlet], rows, notes: dict) -> None:
    """Keep last year's commune target for confirmation, lowered to what the hamlets can still reach."""
    key = f"{group}_reduction"
    if targets.get(key) is None:
        return
    reachable = sum(row.end - min(getattr(h, f"{group}_without_labour"), row.end) for h, row in zip(hamlets, rows))
    targets[key] = min(targets[key], reachable)
    notes[("targets", key)] = messages.NOTE_TARGET


def _shift_texts(value: Any, years: dict[int, int]) -> Any:
    """Return ``value`` with "năm 2022"-style year references moved (only the years in ``years``)."""
    if isinstance(value, dict):
        return {key: _shift_texts(item, years) for key, item in value.items()}
    if isinstance(value, list):
        return [_shift_texts(item, years) for item in value]
    if isinstance(value, str):
        return _YEAR_REFERENCE.sub(lambda m: _moved(m, years), value)
    return value


_YEAR_REFERENCE = re.compile(r"(?<![\w/-])([Nn]ăm) (\d{4})(?![\w/-])")


def _moved(match: re.Match, years: dict[int, int]) -> str:
    year = int(match.group(2))
    return f"{match.group(1)} {years.get(year, year)}"


def _same_day(date: dt.date, year: int) -> dt.date:
    """Return the same day and month in ``year`` (29 February becomes the 28th in a common year)."""
    return date.replace(year=year, day=min(date.day, calendar.monthrange(year, date.month)[1]))
