"""What a document about to be issued must not still carry, as the peers' checkers report it: tracked changes
not accepted or rejected, comments, a header or signature table running over the margins. Report-only
warnings: the decree asks for a finished original (Điều 3, khoản 6: "bản hoàn chỉnh về nội dung, thể thức"),
and these are the marks of one that is not finished yet."""

from __future__ import annotations

from collections.abc import Iterator

from docgen.check import messages as m
from docgen.check.finding import WARNING, Issue
from docgen.check.rules.base import rule
from docgen.check.rules.page import framing_tables
from docgen.check.rules.structure import DOCUMENT
from docgen.read.document import DocumentView, Table
from docgen.read.parts import Parts
from docgen.read.sections import Section
from docgen.read.text import decimal

# The decree's own templates (Phụ lục III) run their top and signature tables 6–14 mm into the right margin, so a
# table past the margin is the decree's form; one that comes this close to the paper's edge is cut off in print.
EDGE_MM = 5.0


@rule("revisions-left", WARNING, "Điều 3, khoản 6")
def revisions_left(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """No tracked change waiting to be accepted or rejected, no comment left in the document."""
    changes = sum(view.revisions.values())
    found = []
    if changes:
        kinds = ", ".join(f"{m.REVISION_KINDS[kind]} {count}" for kind, count in sorted(view.revisions.items()))
        found.append(m.REVISIONS_FOUND.format(count=changes, kinds=kinds))
    if view.comments:
        found.append(m.COMMENTS_FOUND.format(count=view.comments))
    if found:
        yield Issue(DOCUMENT, "; ".join(found))


@rule("table-width", WARNING, "Phụ lục I, mục I.3")
def table_width(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """The top block's and the signature's tables stay clear of the paper's edge."""
    for table in framing_tables(view, parts):
        section = view.sections[table.section - 1]
        if section.size_set and section.margins_set:  # else the page is Word's guess (page-setup-unknown)
            over = _overhang(table, section)
            if over:
                yield Issue(table.place, over, m.CLEAR_OF_EDGE.format(value=decimal(EDGE_MM, 0)))


def _overhang(table: Table, section: Section) -> str:
    """Return how close to each edge of the paper the table comes, in words, or "" when it stays clear."""
    width, text_width = sum(table.grid_mm), section.text_width_mm
    if not width or text_width <= 0:
        return ""
    left = {"center": (text_width - width) / 2, "right": text_width - width}.get(table.align, table.indent_mm)
    clear = {"left": section.margins_mm["left"] + left,
             "right": section.margins_mm["right"] + text_width - left - width}
    sides = [m.NEAR_EDGE.format(side=m.MARGIN_SIDES[side], value=decimal(value, 0))
             for side, value in clear.items() if value < EDGE_MM]
    return m.TABLE_WIDTH_FOUND.format(width=decimal(width, 0), sides=", ".join(sides)) if sides else ""
