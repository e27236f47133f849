"""An appendix table as WordprocessingML, built from the context's ready strings, for any column list.

The template holds ``{{p a.table }}`` where the table goes; docxtpl swaps that paragraph for this XML.
The table is built here rather than with docxtpl column loops because the header merges depend on the
column list (a group header over adjacent columns of one group, an ungrouped header over both header
rows), and Word and LibreOffice both need the widths written in the grid and in every cell.
Nothing is computed here: every text arrives printed from docgen.render.context.
"""

from __future__ import annotations

from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree
from markupsafe import Markup

from docgen import nd30

HEADER_STYLE, CELL_STYLE, GRID_STYLE = "KH Bảng tiêu đề", "KH Bảng", "Table Grid"
ORDER_MM, NAME_MM = 12.0, 45.0  # TT and hamlet names; the figure columns share the rest of the page width
PAD_TWIPS = 30  # 1.5 pt above and below each cell's text, so figures do not touch the grid lines


def column_widths(kinds: list[str]) -> list[float]:
    """Return each column's width in mm, together the landscape text width."""
    fixed = {"order": ORDER_MM, "name": NAME_MM}
    rest = nd30.LANDSCAPE_TEXT_WIDTH_MM - sum(fixed.get(kind, 0) for kind in kinds)
    share = rest / max(1, sum(kind not in fixed for kind in kinds))
    return [fixed.get(kind, share) for kind in kinds]


def table_markup(appendix: dict[str, Any], style_ids: dict[str, str]) -> Markup:
    """Return the ``<w:tbl>`` of one appendix, ready for docxtpl to insert unescaped."""
    widths = [_twips(mm) for mm in appendix["widths"]]
    table = _element("w:tbl")
    table.append(_table_properties(style_ids[GRID_STYLE]))
    grid = _element("w:tblGrid")
    for width in widths:
        grid.append(_element("w:gridCol", w=str(width)))
    table.append(grid)
    header = style_ids[HEADER_STYLE]
    for cells in appendix["header_rows"]:
        table.append(_row([_cell(c["text"], _span(widths, c), header, span=c["span"], merge=c["merge"],
                                 centre=True) for c in cells], heading=True))
    left = appendix["left_aligned"]
    for row in appendix["rows"]:
        table.append(_row([_cell(text, widths[i], style_ids[CELL_STYLE], left=i in left)
                           for i, text in enumerate(row["cells"])]))
    label_span = appendix["total_span"]
    total = [_cell(appendix["total_label"], sum(widths[:label_span]), header, span=label_span)]
    total += [_cell(text, widths[i], header) for i, text in enumerate(appendix["total"]) if i >= label_span]
    table.append(_row(total))
    return Markup(etree.tostring(table, encoding="unicode"))


def _span(widths: list[int], cell: dict[str, Any]) -> int:
    return sum(widths[cell["column"]:cell["column"] + cell["span"]])


def _table_properties(grid_style: str):
    properties = _element("w:tblPr")
    properties.append(_element("w:tblStyle", val=grid_style))
    properties.append(_element("w:tblW", w="0", type="auto"))
    properties.append(_element("w:jc", val="center"))
    properties.append(_element("w:tblLayout", type="fixed"))
    margins = _element("w:tblCellMar")
    for side in ("top", "bottom"):
        margins.append(_element(f"w:{side}", w=str(PAD_TWIPS), type="dxa"))
    properties.append(margins)
    properties.append(_element("w:tblLook", val="04A0", firstRow="1", lastRow="0", firstColumn="1",
                               lastColumn="0", noHBand="0", noVBand="1"))
    return properties


def _row(cells: list, heading: bool = False):
    row = _element("w:tr")
    properties = _element("w:trPr")
    properties.append(_element("w:cantSplit"))
    if heading:
        properties.append(_element("w:tblHeader"))  # repeated on each page of a long table
    row.append(properties)
    for cell in cells:
        row.append(cell)
    return row


def _cell(text: str, width: int, style: str, span: int = 1, merge: str = "", centre: bool = False,
          left: bool = False):
    """A cell of ``width`` twips; ``merge`` is "restart" or "continue" for a header over two rows."""
    cell = _element("w:tc")
    properties = _element("w:tcPr")
    properties.append(_element("w:tcW", w=str(width), type="dxa"))
    if span > 1:
        properties.append(_element("w:gridSpan", val=str(span)))
    if merge:
        properties.append(_element("w:vMerge", val="restart") if merge == "restart" else _element("w:vMerge"))
    if centre:
        properties.append(_element("w:vAlign", val="center"))
    cell.append(properties)
    paragraph = _element("w:p")
    paragraph_properties = _element("w:pPr")
    paragraph_properties.append(_element("w:pStyle", val=style))
    if left:
        paragraph_properties.append(_element("w:jc", val="left"))  # hamlet names read best left-aligned
    paragraph.append(paragraph_properties)
    if text:
        run = _element("w:r")
        run_text = _element("w:t")
        run_text.text = text
        run_text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        run.append(run_text)
        paragraph.append(run)
    cell.append(paragraph)
    return cell


def _element(tag: str, **attributes: str):
    element = OxmlElement(tag)
    for key, value in attributes.items():
        element.set(qn(f"w:{key}"), value)
    return element


def _twips(mm: float) -> int:
    return round(mm * 1440 / 25.4)
