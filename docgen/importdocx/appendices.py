"""What follows the signature and is not a hamlet table: appendices of any kind, each into ``[[appendices]]``.

An appendix starts at its label line ("Phụ lục 2", "PHỤ LỤC", "Mẫu số 01/HNCT", "Biểu số 3") and runs to the
next one. In it: the "(Kèm theo …)" line (docgen prints its own, with the plan's number and date), the title
in capitals, a form's own top box (national name and motto: its ``heading``), paragraphs as typed (dotted
blanks kept), tables (into ``[[tables]]``, placed by a "{table.id}" paragraph), the signing boxes at the end of
a form (``signatures``) and the "Ghi chú:" lines after them (``notes``). A label line with nothing of its own
before the next label (a "PHỤ LỤC" over a list of forms) is said in a note, with its lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from docgen import vnformat
from docgen.importdocx import messages as m
from docgen.importdocx.body_tables import table_line
from docgen.importdocx.emphasis import lines, segments, to_text
from docgen.importdocx.grid import read_grid
from docgen.importdocx.notes import CORRECTED, INTERPRETED, Notes
from docgen.importdocx.outline import division_line, marked_line, outline_parts, outline_sections, part_starts
from docgen.importdocx.signature import Signer, read_column, under_titles
from docgen.read import patterns
from docgen.read.document import DocumentView, Paragraph, Table
from docgen.read.outline import DIVISION, SECTION, Line, classify
from docgen.read.parts import Span, spans
from docgen.read.text import fold, is_rule_text, is_upper, snippet, squash

# folded: "Phụ lục", "PHỤ LỤC 2", "Phụ lục 1a", "Phụ lục số 03: Danh sách …" (not a sentence "Phụ lục này …"); or
# a form's label (patterns.FORM_LABEL)
START = re.compile(r"^phụ lục(\s+(số\s+)?[0-9ivxlc]+[a-zđ]?)?\s*([:.–-].*)?$")
PLAIN_LABEL = re.compile(r"^phụ lục(\s+(số\s+)?[0-9ivxlc]+)?\s*[:.]?$")  # folded: docgen numbers these itself
# "PHỤ LỤC 01: CẤU TRÚC ĐỀ THI": a label carrying its title, printed as ND30's label and title lines
TITLED_LABEL = re.compile(r"^phụ\s+lục(?:\s+(?:số\s+)?[0-9ivxlc]+[a-zđ]?)?\s*[:.–-]\s*(?P<title>\S.*)$", re.IGNORECASE)
NOTES_START = re.compile(r"^(ghi chú|chú thích|lưu ý)\s*:?")  # folded
LABEL_MAX = patterns.FORM_LABEL_MAX
# A text issued with a decision and printed after its signature (a điều lệ, quy chế …) starts at its type name,
# in capitals on a line of its own, often under a top box of its own (issue 17).
ATTACHED = re.compile(r"^(điều lệ|quy chế|quy định|đề án|chương trình|kế hoạch|hướng dẫn|danh sách|phương án)$")
APPROVED_WITH = re.compile(r"^\(?\s*(ban hành|phê duyệt|công nhận)?\s*kèm theo\b")  # folded
MAX_SIGNERS = 3  # the signing boxes a form prints side by side (the plan file's limit)
WIDE = 6  # a table of this many columns is printed on landscape pages


@dataclass
class _Block:
    """One appendix as found: its label paragraph and what follows it, in order."""

    label: Paragraph
    content: list[Paragraph | Table] = field(default_factory=list)  # a top box of its own first, if any


def read_appendices(view: DocumentView, after: int, used: set[int], plan: dict[str, Any], notes: Notes) -> set[int]:
    """Add every appendix after paragraph ``after`` not already read (``used``: paragraph indexes) to the plan;
    return the paragraphs it took."""
    blocks = _blocks(view, after, used)
    taken: set[int] = set()
    cover: list[Paragraph] = []
    for block in blocks:
        if not [b for b in block.content if not _is_reference(b)] and block is not blocks[-1]:
            cover += [block.label, *[b for b in block.content if isinstance(b, Paragraph)]]
            continue
        appendix, sources = _appendix(block, plan, notes)
        if cover:
            notes.add(("appendices", len(plan.get("appendices", []))), INTERPRETED, m.APPENDIX_COVER.format(
                lines=" / ".join(squash(p.text) for p in cover)), [p.index for p in cover], m.APPENDIX_COVER)
            sources |= {p.index for p in cover}
            cover = []
        plan.setdefault("appendices", []).append(appendix)
        taken |= sources
    return taken


def _blocks(view: DocumentView, after: int, used: set[int]) -> list[_Block]:
    blocks: list[_Block] = []
    box: list[Paragraph | Table] = []  # a top box of its own over the next label (an attached text's)
    for block in view.blocks:
        indexes = _indexes(block)
        if not indexes or indexes[0] <= after or all(i in used for i in indexes):
            continue
        if isinstance(block, Paragraph) and block.is_empty:
            continue
        if isinstance(block, Paragraph) and _starts(block) and not _titles_open_form(blocks, block):
            blocks.append(_Block(block, box))
            box = []
        elif isinstance(block, Table) and _top_box(block) and not (blocks and not blocks[-1].content):
            box = [block]  # held until we see whether a label follows it
        elif blocks:
            blocks[-1].content += box + [block]
            box = []
    if blocks:
        blocks[-1].content += box
    return blocks


def _titles_open_form(blocks: list[_Block], paragraph: Paragraph) -> bool:
    """True for a type name ("DANH SÁCH") right under a form's label and its own top box: the form's title,
    not a text of its own."""
    if not blocks or not blocks[-1].content or not patterns.FORM_LABEL.match(fold(squash(blocks[-1].label.text))):
        return False
    text = fold(squash(paragraph.text))
    opens = START.match(text) or patterns.FORM_LABEL.match(text)
    return not opens and all(isinstance(b, Table) and _top_box(b) for b in blocks[-1].content)


def _top_box(table: Table) -> bool:
    """True for a table of one or two rows holding the national name: the top box of a form or attached text."""
    return len(table.rows) <= 2 and any(patterns.NATIONAL_NAME.match(fold(squash(p.text)))
                                        for c in table.cells for p in c.paragraphs)


def _starts(paragraph: Paragraph) -> bool:
    text = squash(paragraph.text)
    return len(text) <= LABEL_MAX and bool(START.match(fold(text)) or patterns.FORM_LABEL.match(fold(text)) or
                                           (is_upper(text) and ATTACHED.match(fold(text).rstrip(" .:"))))


def _indexes(block: Paragraph | Table) -> list[int]:
    return [p.index for c in block.cells for p in c.paragraphs] if isinstance(block, Table) else [block.index]


def _is_reference(block: Paragraph | Table) -> bool:
    return isinstance(block, Paragraph) and bool(APPROVED_WITH.match(fold(squash(block.text))))


def _appendix(block: _Block, plan: dict[str, Any], notes: Notes) -> tuple[dict[str, Any], set[int]]:
    """Return one appendix and the paragraphs it took."""
    position = len(plan.get("appendices", []))
    path: tuple = ("appendices", position)
    label = squash(block.label.text)
    appendix: dict[str, Any] = {"id": f"phu_luc_{position + 1}"}
    taken = {block.label.index}
    numbered = f"Phụ lục {vnformat.roman(1 + sum(not a.get('label') for a in plan.get('appendices', [])))}"
    titled = TITLED_LABEL.match(label)
    if PLAIN_LABEL.match(fold(label)):
        if fold(label).rstrip(" .:") != fold(numbered):
            notes.add(path, CORRECTED, m.APPENDIX_NUMBERED.format(written=label), [block.label.index],
                      m.APPENDIX_NUMBERED)
    elif titled is not None:
        notes.add(path, CORRECTED, m.APPENDIX_LABEL_TITLED.format(written=label, label=numbered,
                                                                  title=titled["title"].upper()),
                  [block.label.index], m.APPENDIX_LABEL_TITLED)
    else:
        appendix["label"] = label
    content = list(block.content)
    reference = next((b for b in content[:4] if isinstance(b, Paragraph) and _is_reference(b)), None)
    titles = _title_lines(content, reference)
    if isinstance(reference, Paragraph):
        lines = _reference_lines(content, reference)
        for line in lines:
            content.remove(line)
        taken |= {line.index for line in lines}
        notes.add(path, CORRECTED, m.REFERENCE_REWRITTEN.format(written=" ".join(squash(p.text) for p in lines)),
                  [p.index for p in lines], m.REFERENCE_REWRITTEN)
    elif "label" in appendix:
        appendix["reference"] = False  # a form of a list of forms has no "(Kèm theo …)" line of its own
    else:  # ND30 (Phụ lục III, mẫu 2.1): an appendix says what it goes with
        notes.add(path, CORRECTED, m.APPENDIX_REFERENCE_ADDED, [block.label.index], m.APPENDIX_REFERENCE_ADDED)
    fill = _Filler(appendix, plan, path, notes)
    if titled is not None:
        fill.title, fill.title_closed = [titled["title"]], True  # the lines under it are its content
    for line in titles:  # between the label and "(Kèm theo …)": its title, any case
        content.remove(line)
        taken.add(line.index)
        fill.title.append(_lines(line.text))
        if line.text != line.text.upper():  # docgen prints an appendix's title in capitals
            notes.add(path, INTERPRETED, m.APPENDIX_TITLE_UPPER.format(title=snippet(line.text)), [line.index],
                      m.APPENDIX_TITLE_UPPER)
    for item in content:
        fill.add(item)
        taken |= set(_indexes(item))
    appendix.update({k: v for k, v in fill.result().items() if v})
    return appendix, taken


def _title_lines(content: list[Paragraph | Table], reference: Paragraph | None) -> list[Paragraph]:
    """The lines typed between an appendix's label and its "(Kèm theo …)" line: its title (up to three), as
    Decree 30 places it, whatever their case (the reading side takes them so)."""
    if reference is None or reference not in content:
        return []
    before = content[:content.index(reference)]
    fits = len(before) <= 3 and all(isinstance(b, Paragraph) and not is_rule_text(b.text) for b in before)
    return [b for b in before if isinstance(b, Paragraph)] if fits else []


def _reference_lines(content: list[Paragraph | Table], reference: Paragraph) -> list[Paragraph]:
    """The "(Kèm theo …)" line, and the line after it when it goes on there ("… của Chủ tịch UBND tỉnh)")."""
    at = content.index(reference)
    following = content[at + 1] if at + 1 < len(content) else None
    text = squash(reference.text)
    if "(" in text and ")" not in text and isinstance(following, Paragraph) and \
            squash(following.text).endswith(")") and len(squash(following.text)) <= LABEL_MAX:
        return [reference, following]
    return [reference]


class _Filler:
    """Puts the content of one appendix into its fields, in order."""

    def __init__(self, appendix: dict[str, Any], plan: dict[str, Any], path: tuple, notes: Notes) -> None:
        self.appendix, self.plan, self.path, self.notes = appendix, plan, path, notes
        self.heading: list[str] = []
        self.title: list[str] = []
        self.text: list[str] = []
        self.lines: list[Line | None] = []  # each text's outline line (None: not read from one paragraph)
        self.signatures: list[dict[str, Any]] = []
        self.signing_tables: list[Table] = []
        self.after: list[str] = []
        self.wide = False
        self.title_closed = False  # a title written on the label line: no title line follows

    def add(self, item: Paragraph | Table) -> None:
        if isinstance(item, Table):
            return self._table(item)
        if is_rule_text(item.text):
            return None
        # its lines (Shift+Enter) kept; an emphasis over all of it too: docgen prints an appendix's text plain
        text = to_text(segments(item, lines(item), breaks=True, whole=True))
        if self.signatures or self.after or NOTES_START.match(fold(squash(item.text))):
            self.after.append(text)
        elif not self.text and not self.title and _is_national(squash(item.text)):
            self.heading.append(squash(item.text))  # a form's national name and motto, typed as lines
        elif not self.text and is_upper(item.text) and len(self.title) < 3 and not self.title_closed:
            self.title.append(_lines(item.text))
        else:
            self.text.append(text)
            self.lines.append(division_line(classify(item)))
        return None

    def _table(self, table: Table) -> None:
        texts = [squash(line) for c in table.cells for p in c.paragraphs for line in p.text.split("\n")
                 if line.strip()]
        top_box = any(_is_national(t) for t in texts)
        if not self.text and not self.title and top_box:
            self.heading.append(self._place(_box(table)))  # a form's own top box, two columns as typed
            return
        signers = [] if top_box else _signing_boxes(table)  # a later form's top box is no signing box
        if self.after and not self.signing_tables:  # "Ghi chú:" lines with a table after them: text, in order
            self._text_again()
        if signers and self.text and len(self.signatures) + len(signers) <= MAX_SIGNERS:
            self.signatures += [_signer_entry(s) for s in signers]
            self.signing_tables.append(table)
            return
        self._text_again()
        self.text.append(self._placed(table))
        self.lines.append(table_line(table, self.text[-1][len("{table."):-1]))

    def _placed(self, table: Table) -> str:
        grid = read_grid(table)
        self.wide = self.wide or grid.columns >= WIDE
        return self._place(grid.as_plan(""))

    def _place(self, entry: dict[str, Any]) -> str:
        """Add a table to the plan's ``[[tables]]`` and return the paragraph that places it."""
        tables = self.plan.setdefault("tables", [])
        entry["id"] = ident = f"bang_{len(tables) + 1}"
        tables.append(entry)
        return "{table." + ident + "}"

    def _text_again(self) -> None:
        """A table after the signing boxes or the "Ghi chú:" lines: they did not end the form (a page of forms),
        so they and the lines after them are its text again, in their order (a table is placed in text only)."""
        if not self.signing_tables and not self.after:
            return
        tables, self.signing_tables, self.signatures = self.signing_tables, [], []
        self.text += [self._placed(t) for t in tables] + self.after
        self.lines += [None] * (len(self.text) - len(self.lines))
        self.after = []

    def result(self) -> dict[str, Any]:
        text, sections, parts = self._outline()
        out: dict[str, Any] = {"heading": self.heading, "title": "\n".join(self.title), "text": text,
                               "sections": sections, "parts": parts, "signatures": self.signatures,
                               "notes": self.after}
        if self.wide:
            out["orientation"] = "landscape"
        # a title alone is the cover page of the forms after it
        if not text and not sections and not parts and not self.signatures and not self.title:
            out["text"] = ["…"]
            self.notes.add(self.path, INTERPRETED, m.APPENDIX_EMPTY)
        return out

    def _outline(self) -> tuple[list[str], list[dict[str, Any]], list[dict[str, Any]]]:
        """An appendix of text with an outline of its own (I., 1., a), "-"), in parts ("Phần 1.", "PHẦN THỨ
        NHẤT") or not: the paragraphs before its first part or section stay its text, the rest is read as the
        body's outline is (docgen numbers it again); a form (signing boxes), an outline in "Chương" or "Mục"
        or a text read back after signing boxes stays as typed. Returns its text, sections and parts."""
        read = self.lines
        if self.signatures or None in read:
            return self.text, [], []
        lines = [line for line in read if line is not None]
        starts = part_starts(lines)
        if starts:
            outline = [marked_line(line) for line in lines[starts[0]:]]
            return self.text[:starts[0]], [], outline_parts(outline, self.notes, self.path)
        first = next((i for i, line in enumerate(lines) if line.kind == SECTION), None)
        if first is None or any(line.kind == DIVISION for line in lines):
            return self.text, [], []
        outline = [marked_line(line) for line in lines[first:]]
        return self.text[:first], outline_sections(outline, self.notes, self.path), []


def _lines(text: str) -> str:
    """A title's paragraph with its lines as typed (Shift+Enter), each squashed: "BIÊN BẢN\\nHỌP BAN …"."""
    return "\n".join(squash(line) for line in text.split("\n") if line.strip())


def _is_national(text: str) -> bool:
    return bool(patterns.NATIONAL_NAME.match(fold(text)) or patterns.MOTTO.match(fold(text)))


def _box(table: Table) -> dict[str, Any]:
    """A form's top box (the issuing body left, the national name right; the date under it) as a table
    without borders and without header rows, its lines and emphasis as typed."""
    grid = read_grid(table, looks=True)
    grid.rows, grid.header_rows, grid.total = grid.rows + ([grid.total] if grid.total else []), 0, []
    grid.borders = False
    return grid.as_plan("")


def _signing_boxes(table: Table) -> list[Signer]:
    """The signers of a one-row table of signing boxes ("THƯ KÝ HỘI NGHỊ (ký tên)"), else []."""
    if len(table.rows) > 2 or len(table.rows[0]) > MAX_SIGNERS:  # more columns: a table of figures
        return []
    found = []
    for cell in table.rows[0]:
        lines: list[Span | None] = []
        for paragraph in cell.paragraphs:
            pieces = [s for s in spans(paragraph) if s.text]
            lines += pieces or [None]
        signer = read_column(lines)
        if signer.titles or signer.authority:
            found.append(signer)
    return found if found and all(s.brackets or s.titles for s in found) else []


def _signer_entry(signer: Signer) -> dict[str, Any]:
    return {"lines": ([f"{w} {r}" for w, r in signer.authority] + signer.titles)[:3]} | under_titles(signer)
