"""Effective formatting as Word shows it: direct formatting → character style → paragraph style chain
(``basedOn``) → table style → document defaults (``w:docDefaults``) → Word's own defaults.

python-docx answers None for every inherited value; this module resolves it and remembers where each
value was set (its ``Source``), so that a rule can report a wrong style once instead of once per paragraph.
Toggle properties (bold, italic, capitals, hidden) follow ECMA-376 §17.7.3 as Word paints them: each
style type (table, paragraph, character) contributes the nearest value of its ``basedOn`` chain, an "on"
reverses what the types below it gave (a bold character style in a bold paragraph style shows upright
text) and an explicit "off" turns it off; direct formatting is absolute.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple, TypeVar

from docgen.read.formats import DEFAULTS, DIRECT, WORD, Layer, ParaFormat, Resolved, RunFormat, Source
from docgen.read.ooxml import (
    AUTO_SPACING_PT,
    SINGLE_LINE_TWIPS,
    WORD_DEFAULT_FONT,
    WORD_DEFAULT_SIZE_PT,
    Element,
    attr,
    child,
    number,
    qn,
    toggle,
    twips_to_mm,
    xpath,
)

T = TypeVar("T")

class ParagraphLook(NamedTuple):
    """What a paragraph's properties give it: its formatting, its style id and its mark's formatting."""

    fmt: ParaFormat
    style_id: str | None
    mark: RunFormat


@dataclass(frozen=True)
class StyleDef:
    """One ``w:style`` element, read."""

    style_id: str
    name: str
    kind: str
    based_on: str | None
    ppr: Element | None
    rpr: Element | None
    default: bool = False  # the default style of its kind (w:default)
    tblpr: Element | None = None  # a table style's w:tblPr (its borders)


_ALIGNMENTS = {"both": "justify", "distribute": "justify", "center": "center", "right": "right", "end": "right",
               "left": "left", "start": "left"}
_THEME_SLOTS = {"Ascii": "latin", "HAnsi": "latin", "EastAsia": "ea", "Bidi": "cs"}


class StyleSheet:
    """The styles part (and theme fonts) of a document, answering effective-formatting questions."""

    def __init__(self, styles: Element | None, theme: Element | None) -> None:
        read = _read_styles(styles)
        self._styles = {s.style_id: s for s in read}
        defaults = child(styles, "w:docDefaults")
        self._default_rpr = child(child(defaults, "w:rPrDefault"), "w:rPr")
        self._default_ppr = child(child(defaults, "w:pPrDefault"), "w:pPr")
        self._theme_fonts = _theme_fonts(theme)
        self._default_ids = {s.kind: s.style_id for s in read if s.default}
        # Per-sheet caches (a module-level cache would keep every document checked alive).
        self._chain = lru_cache(maxsize=None)(self._read_chain)
        self._run_layers = lru_cache(maxsize=None)(self._read_run_layers)
        self._para_layers = lru_cache(maxsize=None)(self._read_para_layers)
        self._run_formats: dict[tuple, RunFormat] = {}
        self._para_formats: dict[tuple, ParagraphLook] = {}

    def style_name(self, style_id: str | None, kind: str = "paragraph") -> str:
        """Return the display name of a style (the default style of ``kind`` when unknown)."""
        style = self._styles.get(self._known(style_id, kind) or "")
        return style.name if style else ""

    def run_format(self, rpr: Element | None, para_style: str | None, table_style: str | None = None) -> RunFormat:
        """Return the effective formatting of a run with direct properties ``rpr``.

        Most runs of a document repeat a handful of property sets: each distinct one is resolved once."""
        key = (_key(rpr), para_style, table_style)
        found = self._run_formats.get(key)
        if found is None:
            found = self._run_formats[key] = self._run_format(rpr, para_style, table_style)
        return found

    def _run_format(self, rpr: Element | None, para_style: str | None, table_style: str | None) -> RunFormat:
        char_style = attr(child(rpr, "w:rStyle"))
        layers = [*self._run_layers(para_style, table_style, self._known(char_style, "character")), *_direct(rpr)]
        return RunFormat(
            font_ascii=self._font(layers, "ascii"),
            font_hansi=self._font(layers, "hAnsi"),
            size=_resolve(layers, lambda e: _half_points(child(e, "w:sz")), WORD_DEFAULT_SIZE_PT),
            bold=_toggled(layers, "w:b"),
            italic=_toggled(layers, "w:i"),
            color=_resolve(layers, _color, "auto"),
            caps=_toggled(layers, "w:caps").value,
            hidden=_toggled(layers, "w:vanish").value,
            underline=_resolve(layers, _underline, False).value,
            highlight=_resolve(layers, _highlight, "").value,
        )

    def para_format(self, ppr: Element | None, table_style: str | None = None,
                    numbering: Callable[[str, int], Element | None] | None = None) -> ParagraphLook:
        """Return the effective formatting of a paragraph with direct properties ``ppr``, its style id and the
        formatting of its mark (the pilcrow, whose ``w:rPr`` sits in ``ppr``).

        ``numbering(num_id, level)`` returns the list level's ``w:pPr``, which sits between the styles
        and the paragraph's own properties (one function per document, so it is part of the cache key).
        Most paragraphs of a document repeat a handful of property sets: each distinct one is resolved once.
        """
        key = (_key(ppr), table_style, numbering)
        found = self._para_formats.get(key)
        if found is None:
            style_id = attr(child(ppr, "w:pStyle"))
            found = self._para_formats[key] = ParagraphLook(
                self._para_format(ppr, style_id, table_style, numbering), style_id,
                self.run_format(child(ppr, "w:rPr"), style_id, table_style))
        return found

    def _para_format(self, ppr: Element | None, style_id: str | None, table_style: str | None,
                     numbering: Callable[[str, int], Element | None] | None) -> ParaFormat:
        layers = list(self._para_layers(self._known(style_id, "paragraph"), table_style))
        num_id = _resolve(layers + _direct(ppr), lambda e: attr(child(child(e, "w:numPr"), "w:numId")), "0")
        level = _resolve(layers + _direct(ppr), lambda e: number(child(child(e, "w:numPr"), "w:ilvl")), 0.0)
        listed = num_id.value not in ("0", "")
        list_ppr = numbering(num_id.value, int(level.value)) if listed and numbering else None
        layers = layers + ([(list_ppr, num_id.source)] if list_ppr is not None else []) + _direct(ppr)
        return _para_format(layers, self.style_name(style_id), num_id.value if listed else None,
                            int(level.value))

    def table_borders(self, style_id: str | None) -> list[Element]:
        """Return the ``w:tblBorders`` of a table style and the styles it is based on, root first (the default
        table style's when ``style_id`` names none)."""
        chain = self._chain(self._known(style_id, "table"))
        return [b for b in (child(s.tblpr, "w:tblBorders") for s in chain) if b is not None]

    def _known(self, style_id: str | None, kind: str) -> str | None:
        style = self._styles.get(style_id or "")
        return style.style_id if style and style.kind == kind else self._default_ids.get(kind)

    def _read_chain(self, style_id: str | None) -> tuple[StyleDef, ...]:
        """Return the style and its ``basedOn`` ancestors, root first (a loop ends the chain)."""
        chain: list[StyleDef] = []
        while style_id in self._styles and all(s.style_id != style_id for s in chain):
            chain.insert(0, self._styles[style_id])
            style_id = chain[0].based_on
        return tuple(chain)

    def _read_run_layers(self, para_style: str | None, table_style: str | None,
                         char_style: str | None) -> tuple[Layer, ...]:
        chains = (("table", self._chain(self._known(table_style, "table"))),
                  ("paragraph", self._chain(self._known(para_style, "paragraph"))),
                  ("character", self._chain(char_style)))
        base: list[Layer] = [(self._default_rpr, DEFAULTS)] if self._default_rpr is not None else []
        return tuple(base + [(style.rpr, Source("style", style.name, level)) for level, chain in chains
                             for style in chain if style.rpr is not None])

    def _read_para_layers(self, para_style: str | None, table_style: str | None) -> tuple[Layer, ...]:
        styles = [*self._chain(self._known(table_style, "table")), *self._chain(para_style)]
        base = [(self._default_ppr, DEFAULTS)] if self._default_ppr is not None else []
        return tuple(base + [(s.ppr, Source("style", s.name)) for s in styles if s.ppr is not None])

    def _font(self, layers: list[Layer], slot: str) -> Resolved[str]:
        """A theme attribute beats the explicit name in the same ``w:rFonts``; a nearer level beats both."""
        def read(rpr: Element) -> str | None:
            fonts = child(rpr, "w:rFonts")
            theme = attr(fonts, f"w:{slot}Theme")
            if theme:
                return self._theme_fonts.get(theme) or theme
            return attr(fonts, f"w:{slot}")
        return _resolve(layers, read, WORD_DEFAULT_FONT)


def _key(properties: Element | None) -> tuple:
    """Return what identifies a set of direct properties: its elements and attributes (two equal sets format
    alike). Not its serialised XML: that repeats every namespace the document declares, dozens of them."""
    if properties is None:
        return ()
    return (properties.tag, tuple(properties.attrib.items()), tuple(map(_key, properties)) if len(properties) else ())


def _read_styles(styles: Element | None) -> list[StyleDef]:
    found = []
    for element in [] if styles is None else styles.iterchildren(qn("w:style")):
        style_id = attr(element, "w:styleId") or ""
        found.append(StyleDef(style_id, attr(child(element, "w:name")) or style_id, attr(element, "w:type") or "",
                              attr(child(element, "w:basedOn")), child(element, "w:pPr"), child(element, "w:rPr"),
                              attr(element, "w:default") in ("1", "true", "on"), child(element, "w:tblPr")))
    return found


def _theme_fonts(theme: Element | None) -> dict[str, str]:
    """Return ``{"minorHAnsi": "Cambria", …}`` from the theme's font scheme."""
    names: dict[str, str] = {}
    if theme is None:
        return names
    a = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    for group in ("minor", "major"):
        fonts = theme.find(f".//{a}{group}Font")
        for suffix, tag in _THEME_SLOTS.items():
            face = fonts.find(f"{a}{tag}") if fonts is not None else None
            if face is not None and face.get("typeface"):
                names[f"{group}{suffix}"] = face.get("typeface")
    return names


def _direct(properties: Element | None) -> list[Layer]:
    return [(properties, DIRECT)] if properties is not None else []


def _resolve(layers: list[Layer], read: Callable[[Element], T | None], default: T) -> Resolved[T]:
    """Return the value of the most specific layer that sets it, else Word's ``default``."""
    for element, source in reversed(layers):
        value = read(element)
        if value is not None:
            return Resolved(value, source)
    return Resolved(default, WORD)


def _toggled(layers: list[Layer], tag: str) -> Resolved[bool]:
    """Return a toggle property: direct formatting if set, else the style types combined (see above)."""
    nearest: dict[str, tuple[bool, Source]] = {}
    for element, source in layers:
        value = toggle(child(element, tag))
        if value is not None:
            nearest[source.level or source.kind] = (value, source)
    if "direct" in nearest:
        return Resolved(*nearest["direct"])
    state, where = False, WORD
    for level in ("defaults", "table", "paragraph", "character"):
        if level in nearest:
            value, where = nearest[level]
            state = not state if value else False
    return Resolved(state, where)


def _half_points(element: Element | None) -> float | None:
    value = number(element)
    return None if value is None else value / 2


def _underline(rpr: Element) -> bool | None:
    line = child(rpr, "w:u")
    return None if line is None else attr(line) != "none"


def _highlight(rpr: Element) -> str | None:
    mark = child(rpr, "w:highlight")
    return None if mark is None else "" if attr(mark) == "none" else attr(mark) or ""


def _color(rpr: Element) -> str | None:
    color = child(rpr, "w:color")
    theme = attr(color, "w:themeColor")
    return f"theme:{theme}" if theme else attr(color)


def _para_format(layers: list[Layer], style_name: str, num_id: str | None, level: int) -> ParaFormat:
    def ind(*names: str) -> Callable[[Element], float | None]:
        return lambda e: next((v for n in names if (v := number(child(e, "w:ind"), n)) is not None), None)

    def border(side: str) -> bool:
        edge = _resolve(layers, lambda e: child(child(e, "w:pBdr"), f"w:{side}"), None).value
        return edge is not None and attr(edge) not in ("nil", "none")

    left, right = _resolve(layers, ind("w:left", "w:start"), 0.0), _resolve(layers, ind("w:right", "w:end"), 0.0)
    first = _resolve(layers, _first_line, 0.0)
    return ParaFormat(
        style_name=style_name,
        alignment=_resolve(layers, lambda e: _ALIGNMENTS.get(attr(child(e, "w:jc")) or ""), "left"),
        left_mm=_mm(left), right_mm=_mm(right), first_line_mm=_mm(first),
        before_pt=_resolve(layers, lambda e: _space(e, "before"), 0.0),
        after_pt=_resolve(layers, lambda e: _space(e, "after"), 0.0),
        line=_resolve(layers, _line, ("multiple", 1.0)),
        contextual=bool(_resolve(layers, lambda e: toggle(child(e, "w:contextualSpacing")), False).value),
        border_top=border("top"), border_bottom=border("bottom"), num_id=num_id, num_level=level,
        tabs_mm=_tab_stops(layers),
    )


def _tab_stops(layers: list[Layer]) -> tuple[float, ...]:
    """Return the custom tab stops in mm: each layer adds its stops and clears those it marks "clear"
    (ECMA-376 §17.3.1.38); a bar tab draws a line and stops nothing."""
    stops: set[float] = set()
    for element, _ in layers:
        for tab in xpath(element, "w:tabs/w:tab"):
            position, kind = number(tab, "w:pos"), attr(tab)
            if position is None:
                continue
            if kind == "clear":
                stops.discard(position)
            elif kind != "bar":
                stops.add(position)
    return tuple(sorted(twips_to_mm(stop) or 0.0 for stop in stops))


def _mm(twips: Resolved[float]) -> Resolved[float]:
    return Resolved(twips_to_mm(twips.value) or 0.0, twips.source)


def _first_line(ppr: Element) -> float | None:
    indent = child(ppr, "w:ind")
    hanging = number(indent, "w:hanging")
    return -hanging if hanging is not None else number(indent, "w:firstLine")


def _space(ppr: Element, side: str) -> float | None:
    spacing = child(ppr, "w:spacing")
    if attr(spacing, f"w:{side}Autospacing") in ("1", "true", "on"):
        return AUTO_SPACING_PT
    value = number(spacing, f"w:{side}")
    return None if value is None else value / 20


def _line(ppr: Element) -> tuple[str, float] | None:
    spacing = child(ppr, "w:spacing")
    value = number(spacing, "w:line")
    if value is None:
        return None
    rule = attr(spacing, "w:lineRule") or "auto"
    return ("multiple", value / SINGLE_LINE_TWIPS) if rule == "auto" else (rule, value / 20)
