"""An appendix table as WordprocessingML, built from the context's ready strings, for any column list.

The template holds ``{{p a.table }}`` where the table goes; docxtpl swaps that paragraph for this XML.
The table is built here rather than with docxtpl column loops because the header merges depend on the
column list (a group header over adjacent columns of one group, an ungrouped header over both header
rows), and Word and LibreOffice both need the widths written in the grid and in every cell.
Nothing is computed here: every text arrives printed from docgen.render.context.
"""

from __future__ import annotations

from html import escape
from typing import Any

from markupsafe import Markup

from docgen import nd30

HEADER_STYLE, CELL_STYLE, GRID_STYLE = "KH Bảng tiêu đề", "KH Bảng", "Table Grid"
ORDER_MM, NAME_MM = 12.0, 45.0  # TT and hamlet names; the figure columns share the rest of the page width
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
PAD_TWIPS = 30  # 1.5 pt above and below each cell's text, so figures do not touch the grid lines


def column_widths(kinds: list[str], available_mm: float = nd30.LANDSCAPE_TEXT_WIDTH_MM) -> list[float]:
    """Return each column's width in mm, together the text width (landscape unless said)."""
    fixed = {"order": ORDER_MM, "name": NAME_MM}
    rest = available_mm - sum(fixed.get(kind, 0) for kind in kinds)
    share = rest / max(1, sum(kind not in fixed for kind in kinds))
    return [fixed.get(kind, share) for kind in kinds]


def table_markup(appendix: dict[str, Any], style_ids: dict[str, str]) -> Markup:
    """Return the ``<w:tbl>`` of one appendix, ready for docxtpl to insert unescaped.

    Written as text, not built as elements: a table of a hundred hamlets has tens of thousands of elements,
    and building them cost more than docxtpl's whole render. Every text and attribute value is escaped."""
    widths = [_twips(mm) for mm in appendix["widths"]]
    parts = [f'<w:tbl xmlns:w="{_W}">', _table_properties(style_ids[GRID_STYLE]), "<w:tblGrid>"]
    parts += [_empty("w:gridCol", w=str(width)) for width in widths]
    parts.append("</w:tblGrid>")
    header = style_ids[HEADER_STYLE]
    for cells in appendix["header_rows"]:
        parts.append(_row([_cell(c["text"], _span(widths, c), header, span=c["span"], merge=c["merge"],
                                 centre=True) for c in cells], heading=True))
    # A hundred hamlets make thousands of cells that differ only in their text: each column's cell markup
    # is made once and the texts put in between.
    left = appendix["left_aligned"]
    columns = [_cell("\0", width, style_ids[CELL_STYLE], left=i in left).split("\0")
               for i, width in enumerate(widths)]
    empty = [_cell("", width, style_ids[CELL_STYLE], left=i in left) for i, width in enumerate(widths)]
    for row in appendix["rows"]:
        parts.append(_row([f"{columns[i][0]}{escape(text, quote=False)}{columns[i][1]}" if text else empty[i]
                           for i, text in enumerate(row["cells"])]))
    label_span = appendix["total_span"]
    total = [_cell(appendix["total_label"], sum(widths[:label_span]), header, span=label_span)]
    total += [_cell(text, widths[i], header) for i, text in enumerate(appendix["total"]) if i >= label_span]
    parts += [_row(total), "</w:tbl>"]
    return Markup("".join(parts))


def _span(widths: list[int], cell: dict[str, Any]) -> int:
    return sum(widths[cell["column"]:cell["column"] + cell["span"]])


def _table_properties(grid_style: str, borders: bool = True) -> str:
    """The table's properties: the grid style, centred, fixed widths; ``borders=False`` takes every line off."""
    margins = "".join(_empty(f"w:{side}", w=str(PAD_TWIPS), type="dxa") for side in ("top", "bottom"))
    lines = "" if borders else "<w:tblBorders>" + "".join(
        _empty(f"w:{side}", val="nil") for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    ) + "</w:tblBorders>"
    return ("<w:tblPr>" + _empty("w:tblStyle", val=grid_style) + _empty("w:tblW", w="0", type="auto")
            + _empty("w:jc", val="center") + lines + _empty("w:tblLayout", type="fixed")
            + f"<w:tblCellMar>{margins}</w:tblCellMar>"
            + _empty("w:tblLook", val="04A0", firstRow="1", lastRow="0", firstColumn="1", lastColumn="0",
                     noHBand="0", noVBand="1") + "</w:tblPr>")


def _row(cells: list[str], heading: bool = False) -> str:
    # tblHeader: the heading rows are repeated on each page of a long table
    properties = "<w:trPr><w:cantSplit/>" + ("<w:tblHeader/>" if heading else "") + "</w:trPr>"
    return "<w:tr>" + properties + "".join(cells) + "</w:tr>"


def _cell(text: str, width: int, style: str, span: int = 1, merge: str = "", centre: bool = False,
          left: bool = False) -> str:
    """A cell of ``width`` twips; ``merge`` is "restart" or "continue" for a header over two rows."""
    properties = [_empty("w:tcW", w=str(width), type="dxa")]
    if span > 1:
        properties.append(_empty("w:gridSpan", val=str(span)))
    if merge:
        properties.append(_empty("w:vMerge", val="restart") if merge == "restart" else "<w:vMerge/>")
    if centre:
        properties.append(_empty("w:vAlign", val="center"))
    paragraph = _empty("w:pStyle", val=style)
    if left:
        paragraph += _empty("w:jc", val="left")  # hamlet names read best left-aligned
    run = f'<w:r><w:t xml:space="preserve">{escape(text, quote=False)}</w:t></w:r>' if text else ""
    return f"<w:tc><w:tcPr>{''.join(properties)}</w:tcPr><w:p><w:pPr>{paragraph}</w:pPr>{run}</w:p></w:tc>"


def _empty(tag: str, **attributes: str) -> str:
    """Return an empty element with ``w:`` attributes, values escaped."""
    return f"<{tag}" + "".join(f' w:{key}="{_attribute(value)}"' for key, value in attributes.items()) + "/>"


def _attribute(value: str) -> str:
    """Escape as lxml does in a double-quoted attribute."""
    return escape(value, quote=False).replace('"', "&quot;")


def _twips(mm: float) -> int:
    return round(mm * 1440 / 25.4)
