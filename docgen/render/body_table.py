"""A typed table (cells as written in the plan, merges from "<" and "^") and a row of signers, as
WordprocessingML built from the context's ready cells, like the hamlet tables (render/appendix_table.py).

Nothing is computed here: spans, merges, widths, alignment and runs arrive from docgen.render.content.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from docgen.markup import Run
from docgen.render.appendix_table import (
    CELL_STYLE,
    GRID_STYLE,
    HEADER_STYLE,
    _empty,
    _row,
    _table_properties,
    _twips,
    table_markup,
)
from docgen.render.runs import runs_xml
from docgen.render.template_parts import RULE_STYLE

SIGNATURE_STYLE, TITLE_STYLE = "KH Chữ ký", "KH Tên phụ lục"
MARKUP_STYLES = (SIGNATURE_STYLE, TITLE_STYLE, RULE_STYLE)
_JC = {"left": "left", "center": "center", "right": "right", "justify": "both"}
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def placed_table_markup(table: dict[str, Any], ids: dict[str, str]) -> Markup:
    """A table placed in the text: its title (if any) then the table."""
    title = _paragraph(ids[TITLE_STYLE], runs_xml([Run(table["title"])]), space_after=6) if table["title"] else ""
    grid = str(table_markup(table, ids)) if table["kind"] == "figures" else _typed(table, ids)
    # the text under a table stands clear of its last row, as the text above stands clear of its title: a
    # thin empty paragraph (the template's rule style, 4 pt), not a blank line of body text
    return Markup(title + grid + _paragraph(ids[RULE_STYLE], "", space_after=3))


def _typed(table: dict[str, Any], ids: dict[str, str]) -> str:
    widths = [_twips(mm) for mm in table["widths"]]
    borders = table.get("borders", True)
    parts = [f'<w:tbl xmlns:w="{_W}">', _table_properties(ids[GRID_STYLE], borders), "<w:tblGrid>"]
    parts += [_empty("w:gridCol", w=str(width)) for width in widths]
    parts.append("</w:tblGrid>")
    for row in table["rows"]:
        style = ids[CELL_STYLE] if row["kind"] == "rows" else ids[HEADER_STYLE]
        # a box without borders (a form's heading) reads from the top of each column, not from its middle
        cells = [_cell(cell, style, "center" if borders else "top") for cell in row["cells"]]
        parts.append(_row(cells, heading=row["kind"] == "header"))
    parts.append("</w:tbl>")
    return "".join(parts)


def _cell(cell: dict[str, Any], style: str, vertical: str = "center") -> str:
    properties = [_empty("w:tcW", w=str(_twips(cell["width"])), type="dxa")]
    if cell["span"] > 1:
        properties.append(_empty("w:gridSpan", val=str(cell["span"])))
    if cell["merge"]:
        properties.append(_empty("w:vMerge", val="restart") if cell["merge"] == "restart" else "<w:vMerge/>")
    properties.append(_empty("w:vAlign", val=vertical))
    paragraph = _empty("w:pStyle", val=style) + _empty("w:jc", val=_JC[cell["align"]])
    return (f"<w:tc><w:tcPr>{''.join(properties)}</w:tcPr><w:p><w:pPr>{paragraph}</w:pPr>{cell['runs']}</w:p>"
            "</w:tc>")


def signers_markup(signers: list[dict[str, Any]], available_mm: float, ids: dict[str, str]) -> Markup:
    """Signers side by side in a borderless row, left to right, each column centred (ND30 Điều 13)."""
    width = _twips(available_mm / max(1, len(signers)))
    style = ids[SIGNATURE_STYLE]
    parts = [f'<w:tbl xmlns:w="{_W}"><w:tblPr>', _empty("w:tblW", w="0", type="auto"), _empty("w:jc", val="center"),
             _empty("w:tblLayout", type="fixed"), "</w:tblPr><w:tblGrid>"]
    parts += [_empty("w:gridCol", w=str(width)) for _ in signers]
    parts.append("</w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr>")
    level = any(signer["above"] for signer in signers)  # the title lines level with each other
    for signer in signers:
        parts.append(f"<w:tc><w:tcPr>{_empty('w:tcW', w=str(width), type='dxa')}</w:tcPr>")
        parts.append(_paragraph(style, "") if level and not signer["above"] else "")
        parts.append(signer_paragraphs(signer, style) or _paragraph(style, ""))
        parts.append("</w:tc>")
    parts.append("</w:tr></w:tbl>")
    return Markup("".join(parts))


def signer_paragraphs(signer: dict[str, Any], style: str) -> str:
    """One signer's paragraphs: italic line above, bold title lines, italic note, signing space, name, lines
    under the name (not bold)."""
    italic = [Run(signer["above"], italic=True)] if signer["above"] else []
    out = [_paragraph(style, runs_xml(italic, bold_off=True))] if italic else []
    out += [_paragraph(style, runs_xml([Run(line)])) for line in signer["lines"]]
    if signer["note"]:
        out.append(_paragraph(style, runs_xml([Run(signer["note"], italic=True)], bold_off=True)))
    out += [_paragraph(style, "")] * signer["space"]
    if signer["name"]:
        out.append(_paragraph(style, runs_xml([Run(signer["name"])])))
    out += [_paragraph(style, runs_xml([Run(line)], bold_off=True)) for line in signer["below"]]
    return "".join(out)


def _paragraph(style: str, runs: str, space_after: int = 0) -> str:
    spacing = _empty("w:spacing", after=str(space_after * 20)) if space_after else ""
    return f"<w:p><w:pPr>{_empty('w:pStyle', val=style)}{spacing}</w:pPr>{runs}</w:p>"


