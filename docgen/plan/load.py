"""Read a plan file (TOML or JSON) into a typed ``Plan``, with every text in Unicode NFC.

All schema problems are collected and raised together, each with the file, the line and the field path.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import Any, get_args

import tomli
from pydantic import BaseModel, ValidationError

from docgen import messages
from docgen.errors import DocgenError, Location, Problem
from docgen.invisible import visible
from docgen.plan.linemap import LineMap, json_line_map, toml_line_map
from docgen.plan.model import Plan
from docgen.vnformat import day_first_date

SUFFIXES = (".toml", ".json")


def load_plan(path: Path) -> tuple[Plan, LineMap]:
    """Return the plan in ``path`` and the map from field paths to line numbers used to locate later problems."""
    return parse_plan(_read_text(path), path)


def parse_plan(text: str, path: Path) -> tuple[Plan, LineMap]:
    """Return the plan written in ``text`` as if read from ``path`` (its suffix says TOML or JSON; problems
    name it): the web editor checks what a clerk typed before it is saved."""
    # keys are ASCII: the values come out NFC, without invisible format characters (docgen.invisible)
    raw, lines = _parse(path, visible(unicodedata.normalize("NFC", text)))
    if "\\u" in text or "\\U" in text or "\\r" in text or "\r" in text:
        # an escape such as \u0301 decodes after parsing, and text pasted from Windows ends its lines "\r\n":
        # normalise the values themselves
        raw = _nfc(raw)
    try:
        return Plan.model_validate(upgraded(raw)), lines
    except ValidationError as error:
        raise DocgenError(sorted({_schema_problem(path, lines, e) for e in error.errors()})) from None


def _read_text(path: Path) -> str:
    if path.suffix.lower() not in SUFFIXES:
        raise DocgenError.single(messages.PLAN_SUFFIX, file=str(path), hint=messages.PLAN_SUFFIX_HINT)
    try:
        return read_plan_bytes(path).decode("utf-8-sig")  # Notepad saves UTF-8 with a byte-order mark
    except UnicodeDecodeError:
        raise DocgenError.single(messages.NOT_UTF8, file=str(path), hint=messages.NOT_UTF8_HINT) from None


MAX_PLAN_BYTES = 10 * 1024 * 1024  # a plan of a hundred hamlets is a few hundred KB


def read_plan_bytes(path: Path) -> bytes:
    """Return the bytes of the plan file at ``path``; a file far larger than any plan is refused unread."""
    try:
        if path.stat().st_size > MAX_PLAN_BYTES:
            raise DocgenError.single(messages.PLAN_TOO_LARGE.format(mib=MAX_PLAN_BYTES // (1024 * 1024)),
                                     file=str(path), hint=messages.PLAN_TOO_LARGE_HINT)
        return path.read_bytes()
    except FileNotFoundError:
        raise DocgenError.single(messages.FILE_NOT_FOUND, file=str(path)) from None
    except OSError as error:
        raise DocgenError.single(messages.CANNOT_READ.format(reason=error.strerror), file=str(path)) from None


# The appendix layout of plans written before the column catalogue: a group and a table of column headers.
_OLD_COLUMNS = (("order", "order"), ("hamlet", "hamlet"), ("households", "households"), ("start", "{g}"),
                ("without_labour", "{g}_without_labour"), ("reduction", "{g}_reduction"), ("end", "{g}_end"),
                ("rate", "{g}_rate"))


def upgraded(raw: dict[str, Any]) -> dict[str, Any]:
    """Return plan data with appendices written the earlier way (``group = "poor"`` and an
    ``[appendices.columns]`` table of headers) read as the column list they mean, so those plans still build."""
    appendices = raw.get("appendices")
    if not isinstance(appendices, list):
        return raw
    return {**raw, "appendices": [_upgraded_appendix(a) for a in appendices]}


def _upgraded_appendix(appendix: Any) -> Any:
    if not (isinstance(appendix, dict) and isinstance(appendix.get("columns"), dict) and "group" in appendix):
        return appendix
    group, headers = appendix["group"], appendix["columns"]
    columns = []
    for key, figure in _OLD_COLUMNS:
        if headers.get(key):
            column = {"figure": figure.format(g=group), "header": headers[key]}
            if key not in ("order", "hamlet", "households") and headers.get("group"):
                column["group"] = headers["group"]
            columns.append(column)
    rest = {k: v for k, v in appendix.items() if k not in ("group", "columns")}
    return {**rest, "columns": columns} | ({"total": headers["total"]} if headers.get("total") else {})


def _parse(path: Path, text: str) -> tuple[dict[str, Any], LineMap]:
    try:
        return parse_text(path, text)
    except RecursionError:  # "[[[[…" nested thousands deep: both parsers give up by recursing, not by an error
        raise DocgenError.single(messages.TOO_DEEP, file=str(path), hint=messages.TOO_DEEP_HINT) from None


def parse_text(path: Path, text: str) -> tuple[dict[str, Any], LineMap]:
    if path.suffix.lower() == ".json":
        return _parse_json(path, text), json_line_map(text)
    try:
        return tomli.loads(text), toml_line_map(text)
    except tomli.TOMLDecodeError as error:
        line = _toml_error_line(str(error))
        lines = text.split("\n")  # as the parser counts them (see plan/linemap.py)
        typed = day_first_date(lines[line - 1]) if 0 < line <= len(lines) else None
        if typed:  # date = 05/01/2023: the commonest TOML mistake of a Vietnamese clerk
            message, hint = messages.date_day_first(*typed)
            raise DocgenError.single(message, file=str(path), line=line, hint=hint) from None
        if str(error).startswith("Invalid date"):  # date = 2025-02-30: a day the calendar does not have
            raise DocgenError.single(messages.BAD_DATE, file=str(path), line=line,
                                     hint=messages.BAD_DATE_HINT) from None
        raise DocgenError.single(messages.BAD_TOML.format(detail=error), file=str(path), line=line,
                                 hint=messages.BAD_TOML_HINT) from None


def _parse_json(path: Path, text: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise DocgenError.single(messages.BAD_JSON.format(detail=error.msg), file=str(path),
                                 line=error.lineno) from None
    if not isinstance(data, dict):
        raise DocgenError.single(messages.JSON_NOT_OBJECT, file=str(path))
    return data


def _toml_error_line(detail: str) -> int:
    match = re.search(r"line (\d+)", detail)
    return int(match.group(1)) if match else 0


def _nfc(value: Any) -> Any:
    """Return ``value`` with every string normalised to NFC, without invisible format characters, and its line
    ends "\\n" (Windows' "\\r\\n" and a lone "\\r" are the same line break), so that equal-looking texts
    compare equal."""
    return map_texts(value, lambda text: visible(unicodedata.normalize(
        "NFC", text.replace("\r\n", "\n").replace("\r", "\n"))))


def map_texts(value: Any, change) -> Any:
    """Return parsed plan data with ``change`` applied to every string in it, keys excepted."""
    if isinstance(value, str):
        return change(value)
    if isinstance(value, list):
        return [map_texts(item, change) for item in value]
    if isinstance(value, dict):
        return {key: map_texts(item, change) for key, item in value.items()}
    return value


def field_path(parts: tuple[Any, ...]) -> str:
    """Return ``hamlets[3].poor`` for ``("hamlets", 3, "poor")``, numbering list items from 1 as a clerk counts."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _schema_problem(path: Path, lines: LineMap, error: Mapping[str, Any]) -> Problem:
    """Return the located problem; a bullet that fits neither branch (text or sub-list) gets one message."""
    loc = tuple(error["loc"])
    branch = next((i for i, p in enumerate(loc) if isinstance(p, str) and _is_branch_tag(p)), None)
    if branch is not None:
        parts, (message, hint) = loc[:branch], (messages.BULLET_TYPE, "")
    else:
        parts, (message, hint) = loc, messages.schema_message(error)
        if error["type"] == "missing" or message == messages.UNKNOWN_VALUE:
            hint = _with_meaning(hint, parts)
    return Problem(Location(str(path), lines.line_of(parts), field_path(parts)), message, hint)


def _with_meaning(hint: str, parts: tuple[Any, ...]) -> str:
    """Add what the field is for, in the schema's words (what ``docgen schema`` prints): the clerk has the
    message, not the documentation."""
    description = field_description(parts)
    meaning = messages.FIELD_MEANS.format(description=description) if description else ""
    return " ".join(text for text in (hint, meaning) if text)


def field_description(parts: tuple[Any, ...]) -> str:
    """Return the plan schema's description of the field at ``parts`` (list positions skipped), or ""."""
    model: Any = Plan
    description = ""
    for part in parts:
        if isinstance(part, int):
            continue
        fields = getattr(model, "model_fields", None)
        if not fields or part not in fields:
            return ""
        description, model = fields[part].description or "", _model_in(fields[part].annotation)
    return description


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """Return the model a field holds: itself, or inside a list or an optional value."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return next((found for arg in get_args(annotation) if (found := _model_in(arg)) is not None), None)


def _is_branch_tag(part: str) -> bool:
    """pydantic names the branches of ``str | list[str]`` in error locations: not field names."""
    return part.startswith(("str", "constrained-str", "list["))
