"""The short solid lines under the motto, the issuing body and the summary (ND30 Phụ lục I, mục II.1.b,
II.2.b and II.5.b), drawn as paragraph borders, shapes, or (tolerated) typed underscores.
"""

from __future__ import annotations

from collections.abc import Iterator

from docgen import nd30
from docgen.check import messages as m
from docgen.check.finding import ERROR, WARNING, Issue
from docgen.check.rules.base import rule
from docgen.read.document import DocumentView
from docgen.read.parts import TYPED, Parts, Span
from docgen.read.text import decimal, is_blank_line


@rule("motto-rule", ERROR, "Phụ lục I, mục II.1.b")
def motto_rule(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """A solid line is drawn under the motto."""
    yield from _missing(parts, "motto", parts.motto)


@rule("issuer-rule", ERROR, "Phụ lục I, mục II.2.b")
def issuer_rule(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """A solid line is drawn under the issuing body's name."""
    yield from _missing(parts, "issuer", _last(parts.issuer_lines))


@rule("summary-rule", ERROR, "Phụ lục I, mục II.5.b", genres=(TYPED,))
def summary_rule(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """A solid line is drawn under the summary of a document with a type name (a công văn's "V/v …" has none);
    a text issued with a decision (mẫu 1.3) draws it under its "(Ban hành kèm theo …)" line instead, which the
    checker does not measure."""
    if parts.issued_with is None:
        yield from _missing(parts, "summary", _last(parts.summary))


def _missing(parts: Parts, name: str, span: Span | None) -> Iterator[Issue]:
    """No line under the element; or a line typed as hyphens ("-------"), which prints dashed, not solid (a
    reminder: it is a line all the same)."""
    if span is None:
        return
    if name in parts.typed_rules:
        yield Issue(span.place, m.TYPED_RULE.format(text=parts.typed_rules[name]), m.LINES[name], variant="typed",
                    severity=WARNING)
    elif not parts.rule_lines.get(name):
        yield Issue(span.place, m.NOTHING, m.LINES[name])


@rule("rule-length", WARNING, "Phụ lục I, mục II.1.b, II.2.b, II.5.b")
def rule_length(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """Under the motto the line is as long as the motto; under the issuing body and the summary, 1/3 to
    1/2 of the text line (lengths estimated from the text, so a warning)."""
    expected = {"motto": _motto_range(parts.motto), "issuer": _third_to_half(parts.issuer_lines),
                "summary": _third_to_half(parts.summary)}
    anchors = {"motto": parts.motto, "issuer": _last(parts.issuer_lines), "summary": _last(parts.summary)}
    for name, (low, high) in expected.items():
        measured = [length for length in parts.rule_lines.get(name, []) if length is not None]
        anchor = anchors[name]
        if anchor is None or is_blank_line(anchor.text):
            continue  # a summary of dots left to fill in: its length says nothing about the text to come
        tolerance = nd30.RULE_TOLERANCE_MM
        if measured and not any(low - tolerance <= length <= high + tolerance for length in measured):
            wanted = (m.LENGTH.format(value=decimal(low, 0)) if decimal(low, 0) == decimal(high, 0)
                      else m.LENGTH_RANGE.format(low=decimal(low, 0), high=decimal(high, 0)))
            yield Issue(anchor.place, m.LENGTH.format(value=decimal(measured[0], 0)), wanted, variant=name)


def _last(spans: list[Span]) -> Span | None:
    return spans[-1] if spans else None


def _motto_range(motto: Span | None) -> tuple[float, float]:
    size = max((run.fmt.size.value for run in motto.runs), default=14.0) if motto else 14.0
    length = nd30.MOTTO_WIDTH_MM_AT_14PT * size / 14
    return length, length


def _third_to_half(lines: list[Span]) -> tuple[float, float]:
    """Return 1/3 and 1/2 of the longest line of ``lines``, estimated from its characters and size."""
    widths = [_text_width_mm(span) for span in lines]
    longest = max(widths, default=0.0)
    return longest / 3, longest / 2


def _text_width_mm(span: Span) -> float:
    size = max((run.fmt.size.value for run in span.runs if run.text.strip()), default=14.0)
    return nd30.estimated_width_mm(span.text, size, span.paragraph.width_mm)
