"""Walks a body, table cell or header in document order and builds the view's paragraphs and tables,
numbering paragraphs and tables as a clerk counts them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import NamedTuple

from docgen.read import messages
from docgen.read.elements import Block, Cell, CellRef, Paragraph, Run, Table
from docgen.read.numbering import ListLabels
from docgen.read.ooxml import (
    WORD_DEFAULT_CELL_MARGIN_TWIPS,
    Element,
    ancestors_until,
    attr,
    child,
    number,
    qn,
    twips_to_mm,
)
from docgen.read.place import Place
from docgen.read.sections import Section, is_page_field, page_field_instructions
from docgen.read.shapes import line_lengths_mm
from docgen.read.styles import StyleSheet
from docgen.read.text import nfc, snippet

_SKIPPED = {qn("w:del"), qn("w:moveFrom"), qn("mc:Fallback"), qn("w:txbxContent")}  # not shown as this text
_SPECIAL = tuple(qn(name) for name in ("w:drawing", "w:pict", "w:object", "mc:AlternateContent", "w:fldSimple",
                                        "w:fldChar"))
_P, _R, _TBL, _TR, _TC = qn("w:p"), qn("w:r"), qn("w:tbl"), qn("w:tr"), qn("w:tc")
_SDT, _CUSTOM_XML, _T, _BR = qn("w:sdt"), qn("w:customXml"), qn("w:t"), qn("w:br")
_TEXT_BOX, _FALLBACK = qn("w:txbxContent"), qn("mc:Fallback")
_GRID_COLUMNS = f"{qn('w:tblGrid')}/{qn('w:gridCol')}"
_RUN_TEXT = {qn("w:t"): None, qn("w:tab"): "\t", qn("w:ptab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n",
             qn("w:noBreakHyphen"): "-"}


class _TableLayout(NamedTuple):
    """What every cell of a table shares: its style, its cell margins (and their width in mm) and its grid."""

    style: str | None
    margins: Element | None
    usual_margins: float  # left plus right, of a cell without margins of its own
    grid: list[float]


class Builder:
    """Walks a body, cell or header in document order and builds the views, numbering paragraphs."""

    def __init__(self, sheet: StyleSheet, labels: ListLabels, sections: list[Section],
                 fixed_place: Place | None = None) -> None:
        self.sheet, self.labels, self.sections, self.fixed_place = sheet, labels, sections, fixed_place
        self.level_ppr = labels.level_ppr  # one bound method: it is part of every paragraph's formatting key
        self.paragraphs: list[Paragraph] = []
        self.tables: list[Table] = []
        self.section = 1

    def header_maker(self, section: Section) -> Callable[[Element, Place], tuple[Paragraph, ...]]:
        """Return a function that builds the paragraphs of a header or footer part of ``section``."""
        def make(element: Element, place: Place) -> tuple[Paragraph, ...]:
            builder = Builder(self.sheet, ListLabels(None), self.sections, place)
            builder.section = section.index
            builder.blocks(element, None, None)
            return tuple(builder.paragraphs)
        return make

    def blocks(self, parent: Element, cell: CellRef | None, table_style: str | None,
               width: float | None = None) -> list[Block]:
        """Return the paragraphs and tables directly in ``parent`` (content controls looked through)."""
        found: list[Block] = []
        for element in parent:
            tag = element.tag
            if tag == _P:
                found.append(self.paragraph(element, cell, table_style, width))
                if cell is None and child(child(element, "w:pPr"), "w:sectPr") is not None:
                    self.section = max(1, min(self.section + 1, len(self.sections)))
            elif tag == _TBL:
                found.append(self.table(element))
            elif tag in (_SDT, _CUSTOM_XML):
                content = child(element, "w:sdtContent") if tag == _SDT else element
                found += self.blocks(content, cell, table_style, width) if content is not None else []
        return found

    def text_boxes(self, body: Element) -> list[tuple[Paragraph, ...]]:
        """Return the paragraphs written in each of the body's text boxes (w:txbxContent), each box read once:
        Word writes a box twice, as a drawing and as its VML fallback. They are not the body's paragraphs (not
        numbered, and their text is not their anchor's), but an element typed in a box is still there."""
        boxes: list[tuple[Paragraph, ...]] = []
        for box in body.iter(_TEXT_BOX):
            if any(a.tag == _FALLBACK for a in box.iterancestors()):
                continue
            paragraphs = []
            for element in box.iter(_P):
                if next(element.iterancestors(_TEXT_BOX)) is not box:
                    continue  # a box inside this box: read as its own
                text = "".join(t.text or "" for t in element.iter(_T))
                place = Place((0, 3), messages.WHERE_TEXT_BOX.format(text=snippet(nfc(text))))
                builder = Builder(self.sheet, ListLabels(None), self.sections, place)
                paragraphs.append(builder.paragraph(element, None, None, None))
            boxes.append(tuple(paragraphs))
        return boxes

    def paragraph(self, element: Element, cell: CellRef | None, table_style: str | None,
                  width: float | None) -> Paragraph:
        """Return the view of one ``w:p`` and number it."""
        fmt, style_id, mark = self.sheet.para_format(child(element, "w:pPr"), table_style, self.level_ppr)
        label = self.labels.next_label(fmt.num_id, fmt.num_level) if fmt.num_id else ""
        runs = tuple(self._runs(element, style_id, table_style))
        # most paragraphs hold no shape or field: one scan in C, then skip looking for them
        special = next(element.iter(*_SPECIAL), None) is not None
        text = nfc(label + "".join(run.text for run in runs))
        index = 0 if self.fixed_place else len(self.paragraphs) + 1
        paragraph = Paragraph(
            index=index, text=text, label=label, runs=runs, fmt=fmt,
            mark=mark, cell=cell,
            section=self.section, width_mm=width if width is not None else self._page_width(),
            line_shapes_mm=tuple(line_lengths_mm(element)) if special else (),
            has_page_field=special and any(is_page_field(i) for i in page_field_instructions(element)),
            visible_runs=tuple(run for run in runs if run.text.strip()), fixed_place=self.fixed_place)
        self.paragraphs.append(paragraph)
        return paragraph

    def table(self, element: Element) -> Table:
        """Return the view of one ``w:tbl``, its cells' paragraphs numbered in document order."""
        index, first = len(self.tables) + 1, len(self.paragraphs) + 1
        self.tables.append(None)  # type: ignore[arg-type]  # hold the number: nested tables come after it
        properties = child(element, "w:tblPr")
        margins = child(properties, "w:tblCellMar")
        layout = _TableLayout(attr(child(properties, "w:tblStyle")), margins, _cell_margins(None, margins),
                              [twips_to_mm(number(column, "w:w")) or 0.0 for column in element.iterfind(_GRID_COLUMNS)])
        rows = tuple(self._row(row, CellRef(index, row_number, 0), layout)
                     for row_number, row in enumerate(element.iterchildren(_TR), start=1))
        lines = _drawn([*self.sheet.table_borders(layout.style), child(properties, "w:tblBorders")]) or \
            _cells_drawn(element)
        table = Table(index, rows, self.section, Place((first, 2), messages.WHERE_TABLE.format(index=index)),
                      tuple(layout.grid), *_placement(properties), lines=lines)
        self.tables[index - 1] = table
        return table

    def _row(self, row: Element, at: CellRef, table: _TableLayout) -> tuple[Cell, ...]:
        """Return the cells of a row; the table's grid gives the column widths a cell spans (``w:gridSpan``)."""
        cells, column = [], int(number(child(child(row, "w:trPr"), "w:gridBefore")) or 0)
        for col_number, cell in enumerate(row.iterchildren(_TC), start=1):
            cell_properties = child(cell, "w:tcPr")
            span = int(number(child(cell_properties, "w:gridSpan")) or 1)
            own_margins = child(cell_properties, "w:tcMar")
            width = _cell_width(cell_properties, table.grid[column: column + span]) - (
                table.usual_margins if own_margins is None else _cell_margins(own_margins, table.margins))
            ref = CellRef(at.table, at.row, col_number)
            content = self.blocks(cell, ref, table.style, width)
            merge = child(cell_properties, "w:vMerge")
            merged = "" if merge is None else (attr(merge, "w:val") or "continue")
            cells.append(Cell(ref, tuple(block for block in content if isinstance(block, Paragraph)), column, span,
                              merged))
            column += span
        return tuple(cells)

    def _runs(self, paragraph: Element, style_id: str | None, table_style: str | None) -> Iterator[Run]:
        for run in paragraph.iter(_R):
            if run.getparent() is not paragraph and any(  # most runs are the paragraph's own children
                    a.tag in _SKIPPED or a.tag == _P for a in ancestors_until(run, paragraph)):
                continue
            fmt = self.sheet.run_format(child(run, "w:rPr"), style_id, table_style)
            if not fmt.hidden:
                text = nfc(_run_text(run))
                yield Run(text.upper() if fmt.caps else text, fmt)

    def _page_width(self) -> float:
        return self.sections[self.section - 1].text_width_mm if self.sections else 0.0


def _run_text(run: Element) -> str:
    parts = []
    for item in run:
        tag = item.tag  # lxml makes a new string at each reading of a tag
        if tag == _T:
            parts.append(item.text or "")
        elif tag in _RUN_TEXT:
            page_break = tag == _BR and attr(item, "w:type") in ("page", "column")
            parts.append("" if page_break else _RUN_TEXT[tag] or item.text or "")
    return "".join(parts)


def _placement(properties: Element | None) -> tuple[float, str]:
    """Return the table's indent from the left margin in mm and its alignment (left, center, right)."""
    indent = child(properties, "w:tblInd")
    twips = number(indent, "w:w") if indent is not None and attr(indent, "w:type") in ("dxa", None) else None
    align = attr(child(properties, "w:jc")) or "left"
    return twips_to_mm(twips) or 0.0 if twips else 0.0, _TABLE_ALIGN.get(align, "left")


_TABLE_ALIGN = {"center": "center", "right": "right", "end": "right"}
_BORDER_SIDES = ("top", "left", "start", "bottom", "right", "end", "insideH", "insideV")
_NO_LINE = {"nil", "none"}
_CELLS = f"{qn('w:tr')}/{qn('w:tc')}"


def _cells_drawn(table: Element) -> bool:
    """True when a table without lines of its own has them drawn cell by cell: at least half of its cells draw
    a border (one cell's line beside a column of blanks leaves the table one without lines)."""
    cells = list(table.iterfind(_CELLS))
    drawn = sum(_drawn([child(child(cell, "w:tcPr"), "w:tcBorders")]) for cell in cells)
    return bool(cells) and 2 * drawn >= len(cells)


def _drawn(layers: list[Element | None]) -> bool:
    """True when some side of the borders, each layer over the one before (a style, then the table's own),
    draws a line."""
    sides: dict[str, bool] = {}
    for borders in (b for b in layers if b is not None):
        for side in _BORDER_SIDES:
            line = child(borders, f"w:{side}")
            if line is not None:
                sides[side] = (attr(line, "w:val") or "nil") not in _NO_LINE
    return any(sides.values())


def _cell_width(cell_properties: Element | None, grid: list[float]) -> float:
    """Return the cell's width in mm: its own ``w:tcW`` in twips when given, else its grid columns."""
    width = child(cell_properties, "w:tcW")
    twips = number(width, "w:w") if width is not None and attr(width, "w:type") in ("dxa", None) else None
    return twips_to_mm(twips) or 0.0 if twips and twips > 0 else sum(grid)


def _cell_margins(cell_margins: Element | None, table_margins: Element | None) -> float:
    """Return the left plus right inner margins of a cell in mm (cell, else table, else Word's 0.19 cm)."""
    sources = (cell_margins, table_margins)
    total = 0.0
    for names in (("w:left", "w:start"), ("w:right", "w:end")):
        found = next((side for margins in sources if margins is not None for name in names
                      if (side := child(margins, name)) is not None), None)
        total += twips_to_mm(number(found, "w:w") if found is not None else WORD_DEFAULT_CELL_MARGIN_TWIPS) or 0.0
    return total
