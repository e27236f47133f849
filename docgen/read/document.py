"""The read-only view of a .docx that rules ask questions of: paragraphs (body and table cells, in document
order) with their text as Word shows it and their effective formatting, tables, sections and headers.

This module and the few it uses (elements, walker, styles, numbering, sections, shapes, ooxml) are the only
ones that know the XML; a rule sees only the objects of ``docgen.read.elements``, re-exported here.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from docgen.errors import DocgenError
from docgen.read import messages
from docgen.read.elements import Block, Cell, CellRef, PageLayout, Paragraph, Run, Table
from docgen.read.numbering import ListLabels
from docgen.read.ooxml import Element, attr, child, number, twips_to_mm, xpath
from docgen.read.package import MAX_FILE_BYTES, Unreadable, open_main
from docgen.read.sections import (
    HeaderFooter,
    Section,
    attach_parts,
    effective,
    read_section,
    section_properties,
    unset_section,
)
from docgen.read.styles import StyleSheet
from docgen.read.walker import Builder

__all__ = ["Block", "Cell", "CellRef", "DocumentView", "PageLayout", "Paragraph", "Run", "Table", "open_document"]


class DocumentView:
    """Everything the rules may ask about one document."""

    def __init__(self, body: Element, parts: dict[str, tuple[str, Element]]) -> None:
        """``body`` is the main part's ``w:body``; ``parts`` maps relationship ids to (kind, XML root)."""
        self._sheet = StyleSheet(_first(parts, "/styles"), _first(parts, "/theme"))
        properties = section_properties(body)
        if not properties or properties[-1].getparent() is not body:
            properties.append(unset_section())  # the text after the last section break has no setup of its own
        pages = [read_section(i, p) for i, p in enumerate(properties, start=1)]
        builder = Builder(self._sheet, ListLabels(_first(parts, "/numbering")), pages)
        self.blocks: list[Block] = builder.blocks(body, None, None)
        self.paragraphs: list[Paragraph] = builder.paragraphs
        self.tables: list[Table] = builder.tables
        self.text_boxes: list[tuple[Paragraph, ...]] = builder.text_boxes(body)  # not numbered, not in paragraphs
        xml = {rid: element for rid, (kind, element) in parts.items() if kind in ("/header", "/footer")}
        starts = _section_starts(self.paragraphs, len(pages))
        even_pages = _even_pages(_first(parts, "/settings"))
        self.default_tab_mm = _default_tab_mm(_first(parts, "/settings"))  # Word's tab stops between the set ones
        self.sections: list[Section] = [
            attach_parts(s, p, starts[s.index - 1], xml, builder.header_maker(s), even_pages)
            for s, p in zip(pages, properties, strict=True)]
        self.revisions: dict[str, int] = _revisions(body)  # tracked changes not yet accepted or rejected
        self.comments = sum(len(xpath(root, "w:comment")) for kind, root in parts.values() if kind == "/comments")
        self.layout: PageLayout | None = None  # the printed pages, when asked for (docgen check --layout)
        self.documents = 1  # documents the file holds (``docgen.read.documents``); the view is the first one's
        self.next_document = 0  # the first paragraph of the second one, when there are several
        self._index()

    def _index(self) -> None:
        self._containers = _containers(self.paragraphs)
        self._positions = {p.index: i for group in self._containers.values() for i, p in enumerate(group)}

    def keep_before(self, index: int) -> None:
        """Cut the view to the paragraphs before paragraph ``index`` (and the tables and sections they are in):
        what comes after is another document, not judged with this one."""
        self.blocks = [b for b in self.blocks if _first_index(b) < index]
        self.paragraphs = [p for p in self.paragraphs if p.index < index]
        self.tables = [t for t in self.tables if _first_index(t) < index]
        self.sections = [s for s in self.sections if s.first_paragraph < index] or self.sections[:1]
        self.next_document = index
        self._index()

    def following(self, paragraph: Paragraph, count: int) -> list[Paragraph]:
        """Return up to ``count`` paragraphs after ``paragraph`` in the same cell (or in the body)."""
        siblings = self._containers[_container(paragraph)]
        position = self._positions[paragraph.index]
        return siblings[position + 1: position + 1 + count]

    def header(self, section: int, kind: str = "default") -> HeaderFooter | None:
        """Return the header that section ``section`` shows on its pages of ``kind`` (default or first)."""
        return effective(self.sections, section, kind)

    def footer(self, section: int, kind: str = "default") -> HeaderFooter | None:
        """Return the footer that section ``section`` shows on its pages of ``kind``."""
        return effective(self.sections, section, kind, footer=True)

    def top_level(self) -> Iterator[Paragraph]:
        """Yield the paragraphs outside tables, in order."""
        return (block for block in self.blocks if isinstance(block, Paragraph))


def open_document(source: Path | bytes, name: str = "") -> DocumentView:
    """Return the view of a .docx given as a path or bytes; raise ``DocgenError`` when it cannot be read.

    The file is opened by ``read.package`` (sizes checked, reads capped, hardened XML parser), never by
    python-docx: a hostile file is refused before it can cost time or memory.
    """
    name = name or ("" if isinstance(source, bytes) else str(source))
    try:
        data = source if isinstance(source, bytes) else _read_capped(Path(source))
        return DocumentView(*open_main(data, _NEEDED_PARTS))
    except FileNotFoundError:
        raise DocgenError.single(messages.NOT_FOUND, file=name) from None
    except IsADirectoryError:
        raise _unreadable(name, "os", messages.IS_FOLDER) from None
    except OSError as error:
        raise _unreadable(name, "os", error.strerror or type(error).__name__) from None
    except Unreadable as error:
        raise _unreadable(name, error.reason, error.detail) from None


def _read_capped(path: Path) -> bytes:
    """Return the file's bytes, refusing one too large to be a document before reading it."""
    if path.stat().st_size > MAX_FILE_BYTES:
        raise Unreadable("large")
    return path.read_bytes()


def _unreadable(name: str, reason: str, detail: str = "") -> DocgenError:
    text = messages.UNREADABLE_REASONS[reason].format(detail=detail)
    return DocgenError.single(messages.NOT_DOCX.format(reason=text), file=name)


_NEEDED_PARTS = ("/styles", "/numbering", "/theme", "/header", "/footer", "/settings", "/comments")
# Word's marks of a tracked change (ECMA-376 §17.13.5), by the kind a clerk sees in the Review pane; a move
# is marked at both ends, counted at the place it left
_REVISION_TAGS = {"w:ins": "insert", "w:del": "delete", "w:moveFrom": "move",
                  "w:rPrChange": "format", "w:pPrChange": "format", "w:tblPrChange": "format",
                  "w:sectPrChange": "format"}


def _revisions(body: Element) -> dict[str, int]:
    """Return how many tracked changes of each kind the body holds."""
    counts: dict[str, int] = {}
    for tag, kind in _REVISION_TAGS.items():
        found = len(xpath(body, f".//{tag}"))
        if found:
            counts[kind] = counts.get(kind, 0) + found
    return counts


def _even_pages(settings: Element | None) -> bool:
    """True when the document prints even pages with their own header and footer (w:evenAndOddHeaders)."""
    found = child(settings, "w:evenAndOddHeaders") if settings is not None else None
    return found is not None and (attr(found, "w:val") or "true") not in ("false", "0", "off")


def _default_tab_mm(settings: Element | None) -> float:
    """Return the interval of Word's default tab stops (w:defaultTabStop; 720 twips, 12.7 mm, when unset)."""
    found = number(child(settings, "w:defaultTabStop")) if settings is not None else None
    return twips_to_mm(found) or DEFAULT_TAB_MM if found and found > 0 else DEFAULT_TAB_MM


DEFAULT_TAB_MM = 12.7


def _first(parts: dict[str, tuple[str, Element]], kind: str) -> Element | None:
    return next((element for found, element in parts.values() if found == kind), None)


def _section_starts(paragraphs: list[Paragraph], count: int) -> list[int]:
    """Return the index of each section's first paragraph (a section with none starts where the next does)."""
    starts = [0] * count
    for paragraph in reversed(paragraphs) if count else ():  # a body with no w:sectPr has no section
        starts[paragraph.section - 1] = paragraph.index
    for i in range(count - 2, -1, -1):
        starts[i] = starts[i] or starts[i + 1]
    return starts


def _first_index(block: Block) -> int:
    """Return the index of a block's first paragraph."""
    if isinstance(block, Paragraph):
        return block.index
    return min((p.index for cell in block.cells for p in cell.paragraphs), default=0)


def _container(paragraph: Paragraph) -> tuple:
    return (paragraph.cell.table, paragraph.cell.row, paragraph.cell.col) if paragraph.cell else ()


def _containers(paragraphs: list[Paragraph]) -> dict[tuple, list[Paragraph]]:
    grouped: dict[tuple, list[Paragraph]] = {}
    for paragraph in paragraphs:
        grouped.setdefault(_container(paragraph), []).append(paragraph)
    return grouped
