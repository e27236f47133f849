"""WordprocessingML vocabulary for the document view: namespaces, attribute reading, units, Word's defaults.

Only the view modules (document, styles, sections, numbering, shapes) import this; rules never see XML.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import TypeAlias

from lxml import etree

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
}

Element: TypeAlias = etree._Element

# What Word uses when nothing in the document says otherwise (ECMA-376 17.3.2 and Word's own behaviour).
WORD_DEFAULT_FONT = "Times New Roman"
WORD_DEFAULT_SIZE_PT = 10.0
WORD_DEFAULT_CELL_MARGIN_TWIPS = 108  # 0.19 cm left and right in every cell
SINGLE_LINE_TWIPS = 240  # w:spacing/@w:line with lineRule="auto" counts 240ths of a line
AUTO_SPACING_PT = 14.0  # beforeAutospacing/afterAutospacing: Word uses 14 pt

TWIPS_PER_MM = 1440 / 25.4
EMU_PER_MM = 36000
PT_PER_MM = 72 / 25.4


@cache
def qn(name: str) -> str:
    """Return the Clark name of ``w:tag``-style ``name``."""
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


def child(element: Element | None, name: str) -> Element | None:
    """Return the first child ``name`` of ``element``, or None (also when ``element`` is None)."""
    if element is None:
        return None
    tag = _CLARK.get(name) or _CLARK.setdefault(name, qn(name))
    # A plain loop: the reader asks this thousands of times per document, of property elements with a few
    # children, and lxml's find() (a Python path parser) or iterchildren() (a tag matcher built per call) cost
    # two to four times as much.
    for item in element:
        if item.tag == tag:
            return item
    return None


_CLARK: dict[str, str] = {}


def attr(element: Element | None, name: str = "w:val") -> str | None:
    """Return the attribute ``name`` of ``element``, or None."""
    return None if element is None else element.get(qn(name))


def number(element: Element | None, name: str = "w:val") -> float | None:
    """Return a numeric attribute, or None when absent or not a number."""
    value = attr(element, name)
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def toggle(element: Element | None) -> bool | None:
    """Return an on/off property (``<w:b/>``, ``<w:b w:val="0"/>``): None when the element is absent."""
    if element is None:
        return None
    return attr(element) not in ("0", "false", "off", "none")


def twips_to_mm(value: float | None) -> float | None:
    """Return twentieths of a point as millimetres."""
    return None if value is None else value / TWIPS_PER_MM


def xpath(element: Element, path: str) -> list:
    """Return the XPath results with the namespaces above (compiled once per path)."""
    return _compiled(path)(element)


@cache
def _compiled(path: str) -> etree.XPath:
    # python-docx's element classes override .xpath() with their own namespace map; a compiled XPath
    # works on any element.
    return etree.XPath(path, namespaces=NS)


def ancestors_until(element: Element, stop: Element) -> Iterator[Element]:
    """Yield the ancestors of ``element`` up to, not including, ``stop``."""
    parent = element.getparent()
    while parent is not None and parent is not stop:
        yield parent
        parent = parent.getparent()


def length_mm(text: str) -> float | None:
    """Return a CSS/VML length (``135pt``, ``4.5cm``, ``2in``, ``20mm``, ``12px``, ``914400emu``) in mm."""
    text = text.strip().lower()
    units = {"pt": 25.4 / 72, "in": 25.4, "cm": 10.0, "mm": 1.0, "px": 25.4 / 96, "emu": 1 / EMU_PER_MM}
    for unit, factor in units.items():
        if text.endswith(unit):
            text, scale = text[: -len(unit)], factor
            break
    else:
        scale = 25.4 / 72  # VML's unit-less coordinates in Word's files are points
    try:
        return float(text) * scale
    except ValueError:
        return None
