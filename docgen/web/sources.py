"""Where a finding on the built document comes from in the plan: the field whose text the paragraph prints
("đoạn 12 «Căn cứ Kế hoạch…»" → ``bases[1]``), so the page names the field as it labels it, not a paragraph of
a document the clerk never wrote."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from docgen.markup import plain
from docgen.plan.load import field_path
from docgen.read.text import fold

# what docgen puts around a typed text when it prints it: its numbering or bullet, its closing mark
_LEADING = re.compile(r"^(phần thứ \S+?[:.]?|[ivxlc]+\.|\d+(\.\d+)*\.?|[a-zđ]\)|[-–+•])\s+")
_TRAILING = " ;.,:/"
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
_UNPRINTED = {"confirm", "template"}  # fields that never print as a paragraph
# a line docgen writes from a field that is not text (the number, the date) or that it prints its own way: the
# field, by the rule that judged the line
RULE_FIELDS = {"number-": "document.number", "date-": "document.date", "place-": "issuer.place",
               "issuer-format": "issuer.name", "summary-": "document.summary", "doc-type-": "document.kind",
               "signature-": "signature.position", "signer-": "signature.name", "recipients-": "recipients.items"}
_LOOSE_MIN = 12  # a text at least this long may be found inside a longer paragraph (a title with its number)


def _normal(text: str) -> str:
    text = fold(plain(text))
    while (match := _LEADING.match(text)) is not None:
        text = text[match.end():]
    return text.rstrip(_TRAILING)


def _texts(node: Any, parts: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], str]]:
    if isinstance(node, str):
        yield parts, node
    elif isinstance(node, dict):
        for key, value in node.items():
            if not (not parts and key in _UNPRINTED):
                yield from _texts(value, parts + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _texts(value, parts + (index,))


def _pattern(text: str) -> re.Pattern[str] | None:
    """The paragraphs ``text`` prints as: its placeholders ({year} …) stand for whatever docgen fills in."""
    normal = _normal(text)
    if not _PLACEHOLDER.sub("", normal).strip():
        return None
    return re.compile(".*?".join(re.escape(piece) for piece in _PLACEHOLDER.split(normal)))


def finding_field(rule_id: str, paragraph: str, data: dict[str, Any]) -> str:
    """Return the field path a finding of ``rule_id`` on ``paragraph`` is about: the plan text the paragraph
    prints, else the field the rule judges (the number line: ``document.number``), else ""."""
    found = source_field(paragraph, data) if paragraph else ""
    return found or next((field for prefix, field in RULE_FIELDS.items() if rule_id.startswith(prefix)), "")


def source_field(paragraph: str, data: dict[str, Any]) -> str:
    """Return the field path of the plan text that ``paragraph`` prints (``sections[1].items[2].title``): the
    text printed as the whole paragraph, else a long enough text inside it; "" when none does (a line docgen
    writes itself)."""
    target = _normal(paragraph)
    if not target:
        return ""
    inside = ""
    for parts, text in _texts(data):
        pattern = _pattern(text)
        if pattern is None:
            continue
        if pattern.fullmatch(target):
            return field_path(parts)
        if not inside and len(_normal(text)) >= _LOOSE_MIN and pattern.search(target):
            inside = field_path(parts)
    return inside
