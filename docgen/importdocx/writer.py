"""The plan file as TOML, with every note of the import as a "# docgen: …" comment just above its field.

tomlkit writes the comments where they belong (above a key, or at the top of a ``[[sections]]`` table), in
the same layout as the plans in plans/: top-level lists first, then the tables.
"""

from __future__ import annotations

import textwrap
from typing import Any

import tomlkit
from tomlkit.items import AoT, Array, Table, Trivia

from docgen.importdocx import messages as m
from docgen.importdocx.notes import Notes, Path

COMMENT_WIDTH = 110


def plan_toml(plan: dict[str, Any], notes: Notes, source: str) -> str:
    """Return the TOML text of ``plan`` (plain data in plan-file order) with the notes as comments."""
    document = tomlkit.document()
    for line in _wrapped(m.FILE_HEADER.format(source=source), ""):
        document.add(tomlkit.comment(line))
    for note in _elsewhere(plan, notes):  # a note on something the file has no field for stays visible
        _comment(document, note.message)
    document.add(tomlkit.nl())
    _fill(document, plan, (), notes)
    return tomlkit.dumps(document)


def _fill(table: Any, data: dict[str, Any], path: Path, notes: Notes) -> None:
    for note in notes.at(path) if path else ():
        _comment(table, note.message)
    scalars = [(k, v) for k, v in data.items() if not _is_table(v)]
    tables = [(k, v) for k, v in data.items() if _is_table(v)]
    for key, value in scalars:
        for note in notes.at(path + (key,)):
            _comment(table, note.message)
        table.add(key, _value(value))
    for key, value in tables:
        if isinstance(value, dict):
            child = tomlkit.table()
            _fill(child, value, path + (key,), notes)
            table.add(key, child)
        else:
            for note in notes.at(path + (key,)):
                _comment(table, note.message)
            array = AoT([])
            for index, entry in enumerate(value):
                child = tomlkit.table()
                _fill(child, entry, path + (key, index), notes)
                array.append(child)
            table.add(key, array)


def _elsewhere(plan: dict[str, Any], notes: Notes) -> list:
    present = set(_paths(plan, ()))
    return [note for note in notes.items if note.path not in present]


def _paths(value: Any, path: Path):
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, path + (key,))
    elif isinstance(value, list) and all(isinstance(v, dict) for v in value):
        for index, item in enumerate(value):
            yield from _paths(item, path + (index,))


def _is_table(value: Any) -> bool:
    return isinstance(value, dict) or (isinstance(value, list) and bool(value) and all(isinstance(v, dict)
                                                                                   for v in value))


def _value(value: Any) -> Any:
    """Lists of texts are written one entry a line, as a clerk edits them."""
    if isinstance(value, list):
        # made in one step: tomlkit's append renumbers the whole array each time (quadratic on a long list)
        array = Array([tomlkit.item(_value(entry) if isinstance(entry, list) else entry) for entry in value],
                      Trivia())
        if len(value) > 1 or any(isinstance(v, str) and len(v) > 60 for v in value):
            array.multiline(True)
        return array
    return value


def _comment(table: Table | Any, message: str) -> None:
    for line in _wrapped(message, m.NOTE_PREFIX):
        table.add(tomlkit.comment(line))


def _wrapped(message: str, prefix: str) -> list[str]:
    lines = textwrap.wrap(message, COMMENT_WIDTH - len(prefix))
    return [prefix + lines[0]] + ["  " * bool(prefix) + line for line in lines[1:]]
