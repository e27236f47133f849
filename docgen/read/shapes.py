"""Horizontal lines drawn as shapes: how hand-typed documents often draw the rules under the motto, the
issuing body and the summary (ND30 Phụ lục I, mục II.1, II.2, II.5).

Word writes a DrawingML shape (``wps``) with a VML copy in ``mc:Fallback``; only the first is counted.
"""

from __future__ import annotations

import re

from docgen.read.ooxml import EMU_PER_MM, Element, length_mm, qn, xpath

_FLAT = 0.2  # a line is horizontal when its height is under a fifth of its width
_DRAWN_LINES = ("line", "straightConnector1")
_VML_LINE_TYPES = ("#_x0000_t32", "#_x0000_t20")  # straight connector, line


def line_lengths_mm(paragraph: Element) -> list[float]:
    """Return the lengths in mm of the horizontal line shapes anchored in ``paragraph``."""
    lengths = [_drawing_length(d) for d in xpath(paragraph, ".//w:drawing[not(ancestor::mc:Fallback)]")]
    lengths += [_vml_line_length(v) for v in xpath(paragraph, ".//v:line[not(ancestor::mc:Fallback)]")]
    lengths += [_vml_shape_length(v) for v in xpath(paragraph, ".//v:shape[not(ancestor::mc:Fallback)]")]
    return [length for length in lengths if length is not None]


def _drawing_length(drawing: Element) -> float | None:
    geometry = xpath(drawing, ".//a:prstGeom/@prst")
    connector = xpath(drawing, ".//*[local-name()='cNvCnPr']")
    if not connector and not any(g in _DRAWN_LINES for g in geometry):
        return None
    extent = xpath(drawing, ".//wp:extent")
    if not extent:
        return None
    width, height = (float(extent[0].get(k, "0")) / EMU_PER_MM for k in ("cx", "cy"))
    return width if width and height <= width * _FLAT else None


def _vml_line_length(line: Element) -> float | None:
    start, end = (_point(line.get(k, "0,0")) for k in ("from", "to"))
    if start is None or end is None:
        return None
    width, height = abs(end[0] - start[0]), abs(end[1] - start[1])
    return width if width and height <= width * _FLAT else None


def _vml_shape_length(shape: Element) -> float | None:
    connector = shape.get(qn("o:connectortype")) is not None
    if not connector and shape.get("type") not in _VML_LINE_TYPES:
        return None
    style = dict(re.findall(r"([\w-]+)\s*:\s*([^;]+)", shape.get("style", "")))
    width = length_mm(style.get("width", "0"))
    height = length_mm(style.get("height", "0")) or 0.0
    return width if width and height <= width * _FLAT else None


def _point(text: str) -> tuple[float, float] | None:
    parts = [length_mm(p) for p in text.split(",")]
    if len(parts) != 2 or parts[0] is None or parts[1] is None:
        return None
    return parts[0], parts[1]
