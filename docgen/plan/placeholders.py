"""Placeholders in plan text: ``{poor_reduction}`` or ``{appendix.poor}``, filled in when rendering."""

from __future__ import annotations

import re
from typing import Any, TypeVar, cast

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)

PLACEHOLDER = re.compile(r"(?<!\\)\{([a-z_]+(?:\.[a-z0-9_]+)?)\}")
# "{year" without its closing brace: a placeholder typed wrong, which would be printed as it is. Other braces
# ("{{ 7*7 }}", "{% … %}") are ordinary text and printed as written.
BROKEN_PLACEHOLDER = re.compile(r"(?<!\\)\{[a-z_]+(?:\.[a-z0-9_]+)?(?![a-z0-9_.}])")
# "\{poor}" is the text "{poor}", not a placeholder: how a plan holds a brace typed in a Word document
# (``docgen import-docx`` writes it so). The backslash is dropped when the text is printed.
ESCAPED_BRACE = "\\{"
PLACEHOLDER_OR_ESCAPE = re.compile(r"\\\{|" + PLACEHOLDER.pattern)
_ESCAPABLE = re.compile(r"\{(?=[a-z_])")


def filled(text: str, values: dict[str, str]) -> str:
    """Return ``text`` with each placeholder replaced by its value and each escaped brace printed as "{"."""
    return PLACEHOLDER_OR_ESCAPE.sub(lambda m: "{" if m.group(1) is None else values[m.group(1)], text)


def escaped(text: str) -> str:
    """Return a text read from a document, with every brace that could start a placeholder escaped."""
    return _ESCAPABLE.sub(lambda _: ESCAPED_BRACE, text)


def texts_matching(node: Any, pattern: re.Pattern[str]) -> list[tuple[tuple[Any, ...], str]]:
    """Return ``(field path, text)`` for every text of a plan (a model, or data as parsed) in which ``pattern``
    is found, in document order.

    Walks the model itself: a long plan has thousands of texts, and dumping it to dicts first, or making a
    path for every text, cost more than the search."""
    found: list[tuple[tuple[Any, ...], str]] = []
    path: list[Any] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            if pattern.search(value):
                found.append((tuple(path), value))
            return
        if isinstance(value, BaseModel):
            items: Any = ((name, getattr(value, name)) for name in type(value).model_fields)
        elif isinstance(value, dict):
            items = value.items()
        elif isinstance(value, list):
            items = enumerate(value)
        else:
            return
        for key, item in items:
            path.append(key)
            walk(item)
            path.pop()

    walk(node)
    return found


def with_texts(node: M, texts: dict[tuple[Any, ...], str]) -> M:
    """Return a copy of ``node`` (a model) with the text at each field path replaced. Only the models and
    lists on those paths are copied, so the rest is shared and nothing is validated again: a text stays a text."""
    return cast(M, _replaced(node, texts))


def _replaced(node: Any, texts: dict[tuple[Any, ...], str]) -> Any:
    if () in texts:
        return texts[()]
    by_head: dict[Any, dict[tuple[Any, ...], str]] = {}
    for path, text in texts.items():
        by_head.setdefault(path[0], {})[path[1:]] = text
    if isinstance(node, BaseModel):
        return node.model_copy(update={key: _replaced(getattr(node, key), rest) for key, rest in by_head.items()})
    copy = list(node) if isinstance(node, list) else dict(node)
    for key, rest in by_head.items():
        copy[key] = _replaced(node[key], rest)
    return copy
