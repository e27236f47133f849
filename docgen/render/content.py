"""Context pieces for what a plan holds beyond an outline (issue 16): paragraphs with emphasis, line breaks and
table places; typed and figure tables; signers as signed; appendices of text and forms.

Everything here is printed strings or ready runs; merges, widths and the signer's lines are worked out here so
the template and the table markup compute nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from itertools import pairwise
from typing import Any

from markupsafe import Markup

from docgen import nd30
from docgen.markup import Run, all_bold, parse
from docgen.plan.model import Signer, Table
from docgen.plan.validate_content import MERGE_LEFT, MERGE_UP, TABLE_REFERENCE, table_rows
from docgen.render.runs import runs_xml

WIDE_COLUMNS = 6  # a table of this many columns or more turns its appendix page (landscape)
SIGNING_SPACE_LINES = 4
_LITERAL_CELL = {"\\" + MERGE_LEFT: MERGE_LEFT, "\\" + MERGE_UP: MERGE_UP}


HEADING_NUMBER = re.compile(r"\s*(?:[IVXLC]+|\d+(?:\.\d+)*)\.\s*")  # "3.3. ", "II. " before a heading's title


def paragraph(text: str, bold: bool = False, division: str = "") -> dict[str, Any]:
    """One body paragraph: ``text`` as shown, ``bold`` for a heading (a wholly bold paragraph is a sub-heading),
    ``runs`` when it holds emphasis or a line break, ``table`` the id of the table placed here."""
    place = TABLE_REFERENCE.fullmatch(text)
    if place:
        return {"text": "", "bold": False, "division": "", "runs": "", "table": place.group(1)}
    if not bold and not division and all_bold(text):
        bold = True
    runs = parse(text)
    shown = "".join(run.text for run in runs)
    styled = any(not run.plain for run in runs) and not (bold and all(run.style == (True, False, False)
                                                                      for run in runs))
    needs_runs = styled or "\n" in shown
    # a heading with some of its words marked bold ("3.3. **Sở Y tế:** phối hợp …") shows the others upright, as
    # typed; its number stays bold, as the heading's
    lead_in = bold and any(run.bold for run in runs) and not all(run.bold for run in runs if run.text.strip())
    if lead_in and HEADING_NUMBER.fullmatch(runs[0].text):
        runs[0] = replace(runs[0], bold=True)
    return {"text": shown, "bold": bold, "division": division,
            "runs": Markup(runs_xml(runs, bold_off=lead_in)) if needs_runs else "", "table": ""}


def heading_line(text: str) -> dict[str, Any]:
    """One line of a form's heading: printed as written (bold and centred by its style), or the table placed
    there (a two-column box without borders)."""
    place = TABLE_REFERENCE.fullmatch(text)
    return {"text": "" if place else text, "table": place.group(1) if place else ""}


def uses_wide_table(texts: list[dict[str, Any]], tables: dict[str, Table]) -> bool:
    """True when a paragraph places a figure table or one of ``WIDE_COLUMNS`` columns or more."""
    for p in texts:
        table = tables.get(p["table"]) if p["table"] else None
        if table is not None and (table.columns or _width(table) >= WIDE_COLUMNS):
            return True
    return False


def typed_table(table: Table, available_mm: float) -> dict[str, Any]:
    """Return a typed table as ready cells: each ``{"runs", "span", "merge", "align", "width"}`` per row, the
    merges worked out from "<" and "^", widths in mm summing to ``available_mm``."""
    width = _width(table)
    widths = _widths(table.widths, width, available_mm)
    align: list[str] = [*table.align, *["left"] * (width - len(table.align))]
    rows = []
    grid = [cells + [""] * (width - len(cells)) for _, _, cells in table_rows(table)]
    for (field, _, _), cells, above in zip(table_rows(table), grid, [None, *grid[:-1]], strict=True):
        rows.append({"kind": field, "cells": _cells(cells, above, widths, align, field)})
    return {"kind": "typed", "title": table.title, "rows": rows, "widths": widths, "borders": table.borders}


def _cells(cells: list[str], above: list[str] | None, widths: list[float], align: list[str],
           field: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for column, cell in enumerate(cells):
        if cell == MERGE_LEFT and out:
            out[-1]["span"] += 1
            out[-1]["width"] += widths[column]
            continue
        merge = ""
        if cell == MERGE_UP and above is not None:
            merge, cell = "continue", ""
        text = _LITERAL_CELL.get(cell, cell)
        runs = [Run(text)] if text != cell else parse(cell)
        out.append({"runs": runs_xml(runs), "span": 1, "merge": merge, "width": widths[column],
                    "align": "center" if field == "header" else align[column], "text": "".join(r.text for r in runs)})
    return out


def mark_restarts(table: dict[str, Any]) -> None:
    """A cell with a "^" cell below it starts a vertical merge."""
    rows = table["rows"]
    for upper, lower in pairwise(rows):
        starts = _starts(upper["cells"])
        for start, cell in zip(_starts(lower["cells"]), lower["cells"], strict=True):
            if cell["merge"] == "continue" and start in starts and not starts[start]["merge"]:
                starts[start]["merge"] = "restart"


def _starts(cells: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    found, column = {}, 0
    for cell in cells:
        found[column] = cell
        column += cell["span"]
    return found


def _width(table: Table) -> int:
    return max((len(cells) for _, _, cells in table_rows(table)), default=len(table.columns))


def _widths(shares: list[Decimal], count: int, available_mm: float) -> list[float]:
    values = [float(share) for share in shares] if len(shares) == count else [1.0] * count
    total = sum(values) or 1.0
    return [available_mm * value / total for value in values]


def signer_block(signer: Signer) -> dict[str, Any]:
    """The lines of one signer, top to bottom: the italic line above, the bold title lines, the italic note,
    the signing space, the name, and lines under it."""
    return {"above": signer.above, "lines": signer_titles(signer), "note": signer.note,
            "space": SIGNING_SPACE_LINES if signer.space else 0, "name": signer.name, "below": list(signer.below)}


def signer_titles(signer: Signer) -> list[str]:
    """``TM. …``, ``KT. CHỦ TỊCH``, ``PHÓ CHỦ TỊCH`` (ND30 Điều 13), or the lines written in the plan."""
    if signer.lines:
        return list(signer.lines)
    lines = [f"TM. {signer.on_behalf_of.upper()}"] if signer.on_behalf_of else []
    if signer.prefix == "Q.":
        return lines + [f"Q. {signer.position.upper()}"]
    if signer.prefix:
        lines.append(f"{signer.prefix} {signer.head_title.upper()}")
    return lines + ([signer.position.upper()] if signer.position else [])


def available_width(landscape: bool) -> float:
    return nd30.LANDSCAPE_TEXT_WIDTH_MM if landscape else nd30.TEXT_WIDTH_MM
