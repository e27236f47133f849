"""Change a plan file from edited data while keeping what a person wrote around it.

The web editor sends the whole plan as plain data (what a TOML reader gives). ``save_plan`` writes it
back into the file's own TOML document with tomlkit, changing only the values that differ, so comments,
the order of fields and the layout of untouched parts stay as the clerk (or ``docgen new``) left them.
A file that changed on disk since it was opened is never overwritten silently: the caller passes the
``digest`` it read, and a different digest on disk stops the save (``plan/store.py``: checked and written in
one step under a lock, so two saves of the same version at once give one success and one refusal).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomli
import tomlkit
from tomlkit.items import AoT, Array, Comment, Table, Whitespace

from docgen import messages
from docgen.errors import DocgenError
from docgen.plan.load import parse_text, read_plan_bytes
from docgen.plan.store import digest_of, replace_if_unchanged

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Opened:
    """A plan file as the editor opens it: its data, and the digest that a later save must still find."""

    data: dict[str, Any]
    digest: str


def open_plan(path: Path) -> Opened:
    """Return the plain data of the plan file at ``path`` (dates as ``2022-10-24`` strings) and its digest."""
    content = read_plan_bytes(path)
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DocgenError.single(messages.NOT_UTF8, file=str(path), hint=messages.NOT_UTF8_HINT) from None
    try:
        data = json.loads(text) if path.suffix.lower() == ".json" else tomli.loads(text)
    except (ValueError, tomli.TOMLDecodeError) as error:
        parse_text(path, text)  # the loader's own problem: the line, the day typed first, what to look for
        raise DocgenError.single(messages.EDIT_UNPARSABLE.format(detail=error), file=str(path)) from None
    except RecursionError:
        raise DocgenError.single(messages.TOO_DEEP, file=str(path), hint=messages.TOO_DEEP_HINT) from None
    return Opened(_plain(data), digest_of(content))


def plan_text(path: Path, data: dict[str, Any], current: bytes | None = None) -> str:
    """Return the text the file at ``path`` would hold with ``data``: its own document (``current`` when the
    caller read it already) changed in place.

    Data equal to what the file holds gives the file's text as it is (a save without a change writes the
    same bytes, whatever the file's layout)."""
    if current is None and path.exists():
        current = path.read_bytes()
    if current is not None and _unchanged(path, data):
        return current.decode("utf-8")
    if path.suffix.lower() == ".json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return toml_with(current.decode("utf-8-sig") if current is not None else "", data)


def toml_with(text: str, data: dict[str, Any]) -> str:
    """Return the TOML ``text`` changed to hold ``data``, keeping its comments and layout where unchanged."""
    document = tomlkit.parse(text)
    _merge(document, _typed(data))
    return tomlkit.dumps(document)


def _unchanged(path: Path, data: dict[str, Any]) -> bool:
    try:
        return open_plan(path).data == data
    except DocgenError:
        return False


def save_plan(path: Path, data: dict[str, Any], digest: str | None) -> str:
    """Write ``data`` into the plan file atomically and return the new digest.

    ``digest`` is the one read when the file was opened (None for a new file, which must not exist yet);
    when the file on disk differs from it, nothing is written and the clerk is told to reload.
    """
    content = replace_if_unchanged(path, digest, lambda current: plan_text(path, data, current).encode("utf-8"))
    return digest_of(content)


def change_texts(node: Any, change: Callable[[str], str], skip: tuple[str, ...] = ()) -> None:
    """Apply ``change`` to every text of a parsed TOML document (tomlkit), in place, so its comments and
    layout stay; tables named in ``skip`` are left as they are."""
    items = node.items() if isinstance(node, dict) else enumerate(node)
    for key, value in list(items):
        if key in skip:
            continue
        if isinstance(value, str):
            node[key] = change(value)
        elif isinstance(value, (dict, list)):
            change_texts(value, change, skip)


def _plain(value: Any) -> Any:
    """Return parsed data with dates as ISO strings, so it travels as JSON."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _typed(value: Any, key: str = "") -> Any:
    """Return edited data with the ISO date strings of date fields as dates (TOML has a date type; the schema
    expects one). Only a field called ``date`` is one: a text that looks like a date stays a text."""
    if isinstance(value, dict):
        return {name: _typed(item, name) for name, item in value.items() if item is not None}
    if isinstance(value, list):
        return [_typed(item) for item in value]
    if key == "date" and isinstance(value, str) and _ISO_DATE.match(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value


def _merge(container: Any, data: dict[str, Any]) -> None:
    """Make ``container`` (a tomlkit table) hold ``data``, touching only what differs."""
    for key in [k for k in container if k not in data and not _default_like(container[k])]:
        del container[key]
    for key, value in data.items():
        old = container.get(key)
        if old is not None and _same(old, value):
            continue
        if isinstance(value, dict) and isinstance(old, Table):
            _merge(old, value)
        elif _is_tables(value) and isinstance(old, AoT):
            _merge_tables(old, value)
        elif isinstance(old, Array) and _same_shape(old, value):
            _merge_array(old, value)
        else:
            container[key] = _item(value)


def _same_shape(old: Array, new: Any) -> bool:
    """True when ``new`` is a list as long as ``old`` whose lists stand where ``old`` has arrays."""
    return isinstance(new, list) and len(new) == len(old) and all(
        isinstance(a, Array) == isinstance(b, list) and (not isinstance(a, Array) or _same_shape(a, b))
        for a, b in zip(old, new, strict=True))


def _merge_array(array: Array, items: list[Any]) -> None:
    """Change an array item by item (a cell of a table's row), so its other items, its layout and its comments
    stay: one cell changed is one line changed."""
    for index, item in enumerate(items):
        old = array[index]
        if _same(old, item):
            continue
        if isinstance(old, Array):
            _merge_array(old, item)
        else:
            array[index] = item


def _merge_tables(tables: AoT, items: list[dict[str, Any]]) -> None:
    """Change an array of tables item by item, so each kept table keeps its comments."""
    while len(tables) > len(items):
        # tomlkit keeps the comment lines above the next table at the end of the last one: hand them on
        trailing = _trailing_trivia(tables.body[-1])
        tables.body.pop()  # AoT has no __delitem__ in every tomlkit release; its body is the list
        if tables.body:
            _innermost_last(tables.body[-1]).value.body.extend(trailing)
    for index, item in enumerate(items):
        if index < len(tables):
            _merge(tables[index], item)
        else:
            tables.append(item)


def _innermost_last(table: Table) -> Table:
    """Return the table whose body ends the text of ``table`` (its last sub-table, at any depth)."""
    last = table.value.body[-1][1] if table.value.body else None
    if isinstance(last, AoT) and last.body:
        return _innermost_last(last.body[-1])
    if isinstance(last, Table):
        return _innermost_last(last)
    return table


def _trailing_trivia(table: Table) -> list[tuple[Any, Any]]:
    """Return the comments and blank lines that end ``table``'s text (they belong to what follows)."""
    body = _innermost_last(table).value.body
    start = len(body)
    while start and body[start - 1][0] is None and isinstance(body[start - 1][1], (Comment, Whitespace)):
        start -= 1
    return body[start:]


def _default_like(item: Any) -> bool:
    """True for a value the editor's form never sends because it changes nothing (``confirm = []``,
    ``numbered = true``): keeping it keeps the file as the clerk wrote it."""
    value = item.unwrap() if hasattr(item, "unwrap") else item
    return value is True or value in ([], "")


def _item(value: Any) -> Any:
    """Return a new value, laid out for reading: long lists of texts one item a line."""
    if isinstance(value, list) and value and not _is_tables(value):
        array: Array = tomlkit.array()
        array.extend(value)
        return array.multiline(len(value) > 1 or any(isinstance(v, str) and len(v) > 60 for v in value))
    return value


def _is_tables(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(item, dict) for item in value)


def _same(old: Any, new: Any) -> bool:
    unwrapped = old.unwrap() if hasattr(old, "unwrap") else old
    return bool(unwrapped == new)
