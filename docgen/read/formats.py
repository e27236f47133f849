"""Effective formatting, as ``docgen.read.styles`` resolves it: each value with the place that sets it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

from docgen.read.ooxml import Element

T = TypeVar("T")


@dataclass(frozen=True)
class Source:
    """Where an effective value is set: ``direct`` (on the run or paragraph), a ``style`` by name,
    the document ``defaults`` (docDefaults), or ``word`` (nothing set: Word's built-in default)."""

    kind: str
    name: str = ""
    level: str = field(default="", compare=False)  # for styles: "table", "paragraph" or "character"


DIRECT, DEFAULTS, WORD = Source("direct"), Source("defaults"), Source("word")


@dataclass(frozen=True)
class Resolved(Generic[T]):
    """An effective value and the place that sets it."""

    value: T
    source: Source


Layer = tuple[Element, Source]


@dataclass(frozen=True)
class RunFormat:
    """The effective character formatting of a run."""

    font_ascii: Resolved[str]
    font_hansi: Resolved[str]  # the font Word uses for Vietnamese letters with diacritics
    size: Resolved[float]
    bold: Resolved[bool]
    italic: Resolved[bool]
    color: Resolved[str]  # "auto", a hex value such as "FF0000", or "theme:<name>"
    caps: bool
    hidden: bool
    underline: bool = False  # any underline but "none" (what ``docgen diff --emphasis`` compares)
    highlight: str = ""  # Word's text highlight colour ("yellow"), "" for none


@dataclass(frozen=True)
class ParaFormat:
    """The effective paragraph formatting. Lengths in mm, spacing in pt; ``line`` is (rule, value) with
    rule "multiple" (value in lines), "exact" or "atLeast" (value in pt)."""

    style_name: str
    alignment: Resolved[str]  # left, center, right, justify
    left_mm: Resolved[float]
    right_mm: Resolved[float]
    first_line_mm: Resolved[float]  # negative for a hanging indent
    before_pt: Resolved[float]
    after_pt: Resolved[float]
    line: Resolved[tuple[str, float]]
    contextual: bool
    border_top: bool
    border_bottom: bool
    num_id: str | None
    num_level: int
    tabs_mm: tuple[float, ...] = ()  # the custom tab stops (w:tabs of the styles and the paragraph, merged)
