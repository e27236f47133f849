"""Page setup: paper, orientation, margins and page numbers (ND30 Phụ lục I, mục I)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from docgen import nd30
from docgen.check import messages as m
from docgen.check.finding import ERROR, WARNING, Issue, Place, Severity
from docgen.check.rules.base import rule
from docgen.check.rules.common import Look, describe, look_differences
from docgen.read import patterns
from docgen.read.document import DocumentView, Table
from docgen.read.pages import is_one_page
from docgen.read.parts import Parts, whole
from docgen.read.sections import HeaderFooter, Section
from docgen.read.text import decimal

MARGINS = {"top": nd30.MARGIN_TOP, "bottom": nd30.MARGIN_BOTTOM, "left": nd30.MARGIN_LEFT,
           "right": nd30.MARGIN_RIGHT}
PAGE_NUMBER = Look(nd30.PAGE_NUMBER_SIZE, italic=False, align=("center",))


def _by_section(found: Iterable[tuple[Section, Issue]]) -> list[Issue]:
    """Return one issue for all sections that share the same problem ("phần (section) 1, 2, 3"): Word
    applies page setup to the whole document at once, so that is one thing to fix."""
    groups: dict[tuple, list[Section]] = {}
    for section, issue in found:
        groups.setdefault((issue.found, issue.expected, issue.severity), []).append(section)
    return [Issue(Place(sections[0].place.order, m.WHERE_SECTION.format(index=m.JOIN.join(
        str(s.index) for s in sections))), found, expected, severity=severity)
        for (found, expected, severity), sections in groups.items()]


@rule("page-size", ERROR, "Phụ lục I, mục I.1")
def page_size(view: DocumentView, parts: Parts) -> list[Issue]:
    """Every section is A4, in either orientation."""
    found = []
    for section in (s for s in view.sections if s.size_set):
        short, long_ = sorted((section.width_mm, section.height_mm))
        if abs(short - nd30.PAGE_WIDTH_MM) > nd30.PAGE_SIZE_TOLERANCE_MM or \
                abs(long_ - nd30.PAGE_HEIGHT_MM) > nd30.PAGE_SIZE_TOLERANCE_MM:
            paper = m.PAPER.format(width=decimal(section.width_mm, 1), height=decimal(section.height_mm, 1))
            found.append((section, Issue(section.place, paper)))
    return _by_section(found)


@rule("page-orientation", ERROR, "Phụ lục I, mục I.2")
def page_orientation(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """The main text is portrait; landscape only where it holds a table not made into an appendix.
    Appendix sections may be landscape (nd30.md §1: practice for wide tables)."""
    first_appendix = min((a.label.paragraph.section for a in parts.appendices), default=len(view.sections) + 1)
    framing = {id(t) for t in framing_tables(view, parts)}
    for section in (s for s in view.sections if s.size_set):
        tables = [t for t in view.tables if t.section == section.index and id(t) not in framing]
        if section.index < first_appendix and section.landscape and not tables:
            yield Issue(section.place, m.LANDSCAPE, m.PORTRAIT)


def framing_tables(view: DocumentView, parts: Parts) -> list[Table]:
    """Return the tables that lay out the document rather than hold its content: the top block's and the end
    block's (one table, in a document that frames with one)."""
    cells = [s.paragraph.cell for s in (parts.national_name, parts.number, parts.place_date) if s]
    top = [t for t in view.tables if any(cell is not None and cell.table == t.index for cell in cells)]
    return [t for t in top if all(t is not end for end in parts.end_tables)] + parts.end_tables


@rule("page-setup-unknown", WARNING, "Phụ lục I, mục I.1–I.3")
def page_setup_unknown(view: DocumentView, parts: Parts) -> list[Issue]:
    """A section that does not say its paper size or its margins cannot be judged: Word then uses the defaults
    of the computer that opens it. Said once, for all such sections, so that it is not taken for a pass."""
    found = []
    for section in view.sections:
        unset = [m.UNSET_SIZE] * (not section.size_set) + [m.UNSET_MARGINS] * (not section.margins_set)
        if unset:
            found.append((section, Issue(section.place, m.JOIN.join(unset))))
    return _by_section(found)


# The portrait margins of a page turned a quarter either way: portrait side → the landscape side it becomes
TURNED = ({"left": "top", "top": "right", "right": "bottom", "bottom": "left"},
          {"left": "bottom", "bottom": "right", "right": "top", "top": "left"})


@rule("page-margins", ERROR, "Phụ lục I, mục I.3")
def page_margins(view: DocumentView, parts: Parts) -> list[Issue]:
    """Margins: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm, in every section. A landscape section (a
    wide appendix table) may keep the portrait margins turned with the page, binding side at the top or bottom:
    the decree sets no margins of its own for it."""
    found = []
    for section in (s for s in view.sections if s.margins_set):
        wrong = [side for side, allowed in MARGINS.items() if section.margins_mm[side] not in allowed]
        if wrong and section.width_mm > section.height_mm and any(
                all(section.margins_mm[turned[side]] in allowed for side, allowed in MARGINS.items())
                for turned in TURNED):
            continue
        if wrong:
            found.append((section, Issue(section.place, m.JOIN.join(_margin(section, side) for side in wrong),
                                         m.JOIN.join(_allowed_margin(side) for side in wrong))))
    return _by_section(found)


def _margin(section: Section, side: str) -> str:
    return m.MARGIN.format(side=m.MARGIN_SIDES[side], value=decimal(section.margins_mm[side], 1))


def _allowed_margin(side: str) -> str:
    allowed = MARGINS[side]
    return m.MARGIN_RANGE.format(side=m.MARGIN_SIDES[side], low=decimal(allowed.low), high=decimal(allowed.high))


@rule("page-number-missing", ERROR, "Phụ lục I, mục I.7")
def page_number_missing(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """Pages are numbered: a PAGE field in the header (reported once per header that lacks it); a document that
    fits on one page needs none."""
    if is_one_page(view):
        return
    reported: set[str | None] = set()
    for section in view.sections:
        header, footer = view.header(section.index), view.footer(section.index)
        if any(part and part.page_number_paragraphs() for part in (header, footer)):
            continue
        key = header.key if header else None
        if key not in reported:
            reported.add(key)
            yield Issue(section.place, m.NOTHING)


@rule("page-number-format", ERROR, "Phụ lục I, mục I.7")
def page_number_format(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """The page number is in the header (top margin), centred, 13–14 pt, upright. On a one-page document whose
    first page hides its number, the number never prints: nothing is judged."""
    seen: set[str] = set()
    template = any(patterns.PLACEHOLDER.search(p.text) for p in view.paragraphs)  # filled in, it grows
    if len(view.sections) == 1 and view.sections[0].title_page and is_one_page(view) and not template:
        return
    for section in view.sections:
        for part in (view.header(section.index), view.footer(section.index)):
            if part is None or part.key in seen or not part.page_number_paragraphs():
                continue
            seen.add(part.key)
            yield from _page_number_issues(part)


def _page_number_issues(part: HeaderFooter) -> Iterator[Issue]:
    expected = m.JOIN.join([m.IN_HEADER, describe(PAGE_NUMBER)])
    paragraph = part.page_number_paragraphs()[0]
    wrong = [m.IN_FOOTER] if part.footer else []
    wrong += look_differences(whole(paragraph), PAGE_NUMBER)
    if wrong:
        yield Issue(part.place, m.JOIN.join(wrong), expected)


@rule("page-number-first-page", ERROR, "Phụ lục I, mục I.7 và mục III.1.đ")
def page_number_first_page(view: DocumentView, parts: Parts) -> list[Issue]:
    """No number on page 1 (error); none on the first page of an appendix with its own numbering either
    (a warning: practice, as for the main text)."""
    targets: list[tuple[Section, Severity | None]] = [(view.sections[0], None)] if view.sections else []
    targets += [(view.sections[a.label.paragraph.section - 1], WARNING) for a in parts.appendices
                if a.starts_section and a.label.paragraph.section > 1]
    return _by_section((section, Issue(section.place, m.PAGE_NUMBER_SHOWN, m.PAGE_NUMBER_HIDDEN, severity=severity))
                       for section, severity in targets if _first_page_numbered(view, section))


def _first_page_numbered(view: DocumentView, section: Section) -> bool:
    kind = "first" if section.title_page else "default"
    parts = (view.header(section.index, kind), view.footer(section.index, kind))
    return any(part is not None and part.page_number_paragraphs() for part in parts)
