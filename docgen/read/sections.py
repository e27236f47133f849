"""Sections of a document: paper, margins, first-page setting, page-number restart, headers and footers."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from lxml import etree

from docgen.read import messages
from docgen.read.ooxml import Element, attr, child, number, qn, toggle, twips_to_mm, xpath
from docgen.read.place import Place

if TYPE_CHECKING:
    from docgen.read.elements import Paragraph

MakeParagraphs = Callable[[Element, Place], tuple["Paragraph", ...]]
_SIDES = ("top", "bottom", "left", "right")
_ASSUMED_PAGE_MM, _ASSUMED_MARGIN_MM = (210.0, 297.0), 25.4  # only for widths, never judged


@dataclass(frozen=True)
class HeaderFooter:
    """A header or footer part; ``key`` names the part, so that a part shared by sections is judged once."""

    key: str
    footer: bool
    paragraphs: tuple[Paragraph, ...]
    place: Place

    def page_number_paragraphs(self) -> list[Paragraph]:
        """Return the paragraphs holding a PAGE field."""
        return [p for p in self.paragraphs if p.has_page_field]


@dataclass(frozen=True)
class Section:
    """One section: page size and margins in mm, and its own header/footer references by type."""

    index: int
    width_mm: float
    height_mm: float
    margins_mm: dict[str, float]
    title_page: bool
    restart_at: int | None
    # False when the section does not say its paper size (w:pgSz) or its margins (w:pgMar): Word then uses
    # its own defaults, which docgen cannot know; the sizes above are Word's A4 page and 1-inch margins.
    size_set: bool = True
    margins_set: bool = True
    headers: dict[str, HeaderFooter] = field(default_factory=dict)
    footers: dict[str, HeaderFooter] = field(default_factory=dict)
    first_paragraph: int = 0

    @property
    def landscape(self) -> bool:
        """True when the page is wider than it is high (what Word shows, whatever ``w:orient`` says)."""
        return self.width_mm > self.height_mm

    @property
    def text_width_mm(self) -> float:
        """Return the width between the left and right margins."""
        return self.width_mm - self.margins_mm["left"] - self.margins_mm["right"]

    @property
    def place(self) -> Place:
        """Return where the section is: at its first paragraph, before that paragraph's own findings."""
        return Place((self.first_paragraph, 0), messages.WHERE_SECTION.format(index=self.index))


def section_properties(body: Element) -> list[Element]:
    """Return the ``w:sectPr`` elements of the body in order: one per section, the last one the body's own."""
    return xpath(body, "./w:p/w:pPr/w:sectPr | ./w:sdt/w:sdtContent/w:p/w:pPr/w:sectPr | ./w:sectPr")


def read_section(index: int, sect_pr: Element) -> Section:
    """Return the page setup of the section described by ``sect_pr`` (headers come with ``attach_parts``)."""
    size, margins = child(sect_pr, "w:pgSz"), child(sect_pr, "w:pgMar")
    width, height = number(size, "w:w"), number(size, "w:h")
    size_set = bool(width and height)
    return Section(
        index=index,
        width_mm=twips_to_mm(width) or 0.0 if size_set else _ASSUMED_PAGE_MM[0],
        height_mm=twips_to_mm(height) or 0.0 if size_set else _ASSUMED_PAGE_MM[1],
        margins_mm={side: abs(twips_to_mm(number(margins, f"w:{side}")) or 0.0) if margins is not None
                    else _ASSUMED_MARGIN_MM for side in _SIDES},
        title_page=bool(toggle(child(sect_pr, "w:titlePg"))),
        restart_at=_restart(sect_pr),
        size_set=size_set,
        margins_set=margins is not None,
    )


def unset_section() -> Element:
    """Return empty section properties, for text that has none of its own: a body whose last section lacks
    its ``w:sectPr`` (Word and LibreOffice open it with their default page)."""
    return etree.Element(qn("w:sectPr"))


def attach_parts(section: Section, sect_pr: Element, first_paragraph: int, parts: dict[str, Element],
                 make: MakeParagraphs, even_pages: bool = True) -> Section:
    """Return ``section`` with its first paragraph and its own headers and footers; ``parts`` maps
    relationship ids to header/footer XML. Without ``even_pages`` (the document's "Different Odd & Even Pages"),
    Word never prints an even-page header or footer: it is left out, so nothing in it is judged."""
    headers: dict[str, HeaderFooter] = {}
    footers: dict[str, HeaderFooter] = {}
    for tag, footer, target in (("w:headerReference", False, headers), ("w:footerReference", True, footers)):
        for reference in sect_pr.findall(qn(tag)):
            kind, part_id = attr(reference, "w:type") or "default", attr(reference, "r:id") or ""
            if part_id in parts and (even_pages or kind != "even"):
                place = _header_place(section.index, first_paragraph, kind, footer)
                target[kind] = HeaderFooter(part_id, footer, make(parts[part_id], place), place)
    return replace(section, headers=headers, footers=footers, first_paragraph=first_paragraph)


def effective(sections: Sequence[Section], index: int, kind: str, footer: bool = False) -> HeaderFooter | None:
    """Return the header (or footer) of ``kind`` that section ``index`` shows: its own, else the previous
    section's (Word's "Link to Previous"), else none."""
    for section in reversed(sections[:index]):
        own = (section.footers if footer else section.headers).get(kind)
        if own is not None:
            return own
    return None


def page_field_instructions(paragraph: Element) -> list[str]:
    """Return the field instructions in a paragraph: simple fields and complex (``fldChar``) fields."""
    found = [attr(f, "w:instr") or "" for f in xpath(paragraph, ".//w:fldSimple")]
    current: list[str] | None = None
    for element in xpath(paragraph, ".//w:fldChar | .//w:instrText"):
        kind = attr(element, "w:fldCharType")
        if kind == "begin":
            current = []
        elif kind in ("separate", "end") and current is not None:
            found.append("".join(current))
            current = None
        elif element.tag == qn("w:instrText") and current is not None:
            current.append(element.text or "")
    return found


def is_page_field(instruction: str) -> bool:
    """True for ``PAGE`` (with switches), not ``NUMPAGES`` or ``PAGEREF``."""
    return re.match(r"\s*PAGE(\s|\\|$)", instruction, re.IGNORECASE) is not None


def _restart(sect_pr: Element) -> int | None:
    start = number(child(sect_pr, "w:pgNumType"), "w:start")
    return None if start is None else int(start)


def _header_place(section: int, first_paragraph: int, kind: str, footer: bool) -> Place:
    template = messages.WHERE_FOOTER if footer else messages.WHERE_HEADER
    first = messages.WHERE_FIRST_PAGE if kind == "first" else ""
    return Place((first_paragraph, 1), template.format(section=section, first=first))
