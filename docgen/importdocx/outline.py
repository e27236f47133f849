"""The body of the plan file from the document's outline: intro, sections I., items 1., parts 1.1. (numbered
or not), points a), "-" bullets and their "+" sub-bullets, plain paragraphs, and the closing sentence.

Numbers are not copied: the plan file holds the structure and docgen numbers it again, without gaps. Every
number that was out of sequence, every "a." point, and every paragraph that did not fit the structure is
noted; no paragraph is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from docgen import vnformat
from docgen.importdocx import messages as m
from docgen.importdocx.emphasis import lines as lines_of
from docgen.importdocx.emphasis import marked, segments, to_text
from docgen.importdocx.notes import CORRECTED, INTERPRETED, UNPLACED, Notes, Path
from docgen.read import patterns
from docgen.read.outline import BULLET, DIVISION, HEADING, ITEM, PART, POINT, SECTION, SUB_BULLET, TEXT, Line
from docgen.read.text import fold, snippet, squash

TITLE_MAX = 150  # a khoản line typed without bold is its title when short and followed by its content
CLOSING_WORDS = ("trên đây", "trên đây là")


@dataclass
class Body:
    """What the outline gives the plan file."""

    intro: list[str] = field(default_factory=list)
    sections: list[dict[str, Any]] = field(default_factory=list)
    parts: list[dict[str, Any]] = field(default_factory=list)  # "Phần thứ nhất" … each with its sections
    closing: str = ""
    closing_source: int | None = None  # the closing sentence's paragraph in the original


def split_closing(lines: list[Line]) -> tuple[list[Line], Line | None]:
    """Return the body lines without the closing sentence, and that sentence ("Trên đây là …", or the last
    plain paragraph ending in "./.")."""
    for position in range(len(lines) - 1, -1, -1):
        line = lines[position]
        if line.kind != TEXT:
            break
        if fold(line.text).startswith(CLOSING_WORDS) or line.text.rstrip().endswith("./."):
            return lines[:position] + lines[position + 1:], line
    return lines, None


def build_body(lines: list[Line], notes: Notes) -> Body:
    """Return the intro, sections and closing of the plan, noting every interpretation in ``notes``."""
    lines = [marked_line(division_line(line)) for line in lines]
    lines, closing = split_closing(lines)
    starts = part_starts(lines)
    body = _with_parts(lines, starts, notes) if starts else _walk(_Builder(notes), lines).finish()
    body.closing = closing.text if closing is not None else ""
    body.closing_source = closing.paragraph.index if closing is not None else None
    return body


_FIRST = {fold(word) for word in ("nhất", "một", "i", "1")}


def division_line(line: Line) -> Line:
    """A part's line typed with an end mark ("Phần 1.", "PHẦN I:") is read as one typed without it."""
    text = squash(line.paragraph.text)
    if line.kind in (TEXT, HEADING) and patterns.DIVISION.match(text.rstrip(" .:")):
        return replace(line, kind=DIVISION, text=text)
    return line


def part_starts(lines: list[Line]) -> list[int]:
    """The positions of the "Phần …" lines (not "Chương", "Mục") in ``lines``."""
    return [i for i, line in enumerate(lines) if line.kind == DIVISION and fold(line.text).startswith("phần")]


def outline_parts(lines: list[Line], notes: Notes, root: Path) -> list[dict[str, Any]]:
    """Return the parts "Phần thứ nhất" … of ``lines`` (``marked_line``, the first a part's line), as the body's
    are read; ``root`` is where they go in the plan (an appendix's ``("appendices", 0)``)."""
    return _with_parts(lines, part_starts(lines), notes, root).parts


def _first_part(text: str) -> bool:
    """True for the line of a first part («Phần thứ nhất», «PHẦN I», «Phần 1»), or one naming no number."""
    found = re.match(r"phần\s+(?:thứ\s+)?(\S+)", fold(squash(text)))
    return found is None or found.group(1).rstrip(".:") in _FIRST


def marked_line(line: Line) -> Line:
    """The line with its text as plan-file text: its emphasis as markup, and a plain paragraph's lines
    (Shift+Enter) kept as "\n"."""
    paragraph = line.paragraph
    if line.kind == TEXT and "\n" in paragraph.text.strip() and not paragraph.label:
        return replace(line, text=to_text(segments(paragraph, lines_of(paragraph), breaks=True)))
    return replace(line, text=marked(paragraph, line.text))


def outline_sections(lines: list[Line], notes: Notes, root: Path) -> list[dict[str, Any]]:
    """Return the sections I., II. … of ``lines`` (``marked_line``, the first a section line), as the
    body's are read; ``root`` is where they go in the plan (an appendix's ``("appendices", 0)``)."""
    return _walk(_Builder(notes, root), lines).body.sections


def _walk(builder: _Builder, lines: list[Line]) -> _Builder:
    for position, line in enumerate(lines):
        builder.add(line, lines[position + 1] if position + 1 < len(lines) else None)
    return builder


def _with_parts(lines: list[Line], starts: list[int], notes: Notes, root: Path = ()) -> Body:
    """A body (or an appendix, at ``root``) in "Phần thứ nhất / Phần thứ hai": each part's title is the line
    under its "Phần" line, and its sections are numbered from I. again, as docgen prints them."""
    before = _walk(_Builder(notes, root), lines[:starts[0]])
    body = Body(intro=before.body.intro)
    if before.body.sections and not _first_part(lines[starts[0]].text):  # «PHẦN THỨ HAI» with none before it:
        body.parts.append({"title": m.DEFAULT_SECTION_TITLE, "sections": before.body.sections})  # they are the first
        notes.add(root + ("parts", 0), INTERPRETED,
                  m.FIRST_PART_UNWRITTEN.format(line=squash(lines[starts[0]].text)))
        before.body.sections = []
    offset = len(body.parts)
    for position, start in enumerate(starts):
        number = position + offset  # the part's place in [[parts]]
        at = root + ("parts", number)
        stop = starts[position + 1] if position + 1 < len(starts) else len(lines)
        chunk = lines[start + 1:stop]
        _part_line(lines[start], number, at, notes)
        title = chunk[0].text if chunk and chunk[0].kind in (TEXT, HEADING) else ""
        builder = _walk(_Builder(notes, at), chunk[1:] if title else chunk)
        sections = builder.body.sections
        if number == 0 and before.body.sections:
            sections = before.body.sections + sections
            notes.add(at, INTERPRETED, m.SECTIONS_BEFORE_PART)
        if builder.body.intro:  # paragraphs between the title and the first section
            sections = [{"title": title or m.DEFAULT_SECTION_TITLE, "text": builder.body.intro}] + sections
            notes.add(at + ("sections", 0), INTERPRETED, m.PART_TEXT_AS_SECTION)
        if not sections:
            sections = [{"title": m.DEFAULT_SECTION_TITLE, "text": ["…"]}]
            notes.add(at, INTERPRETED, m.NO_SECTIONS)
        if not title:
            notes.add(at, INTERPRETED, m.PART_TITLE_MISSING)
        elif title != title.upper():  # docgen prints a part's title in capitals
            notes.add(at, INTERPRETED, m.PART_TITLE_UPPER.format(title=snippet(title)), _at(chunk[0]),
                      m.PART_TITLE_UPPER)
        body.parts.append({"title": title or m.DEFAULT_SECTION_TITLE, "sections": sections})
    return body


def _part_line(line: Line, number: int, at: Path, notes: Notes) -> None:
    """Name a part's line typed otherwise than docgen prints it ("Phần 1." → "Phần thứ nhất")."""
    if number >= len(vnformat.ORDINALS):
        return
    printed = f"Phần {vnformat.ordinal(number + 1)}"
    written = squash(line.paragraph.text)
    if fold(written).rstrip(" .:") != fold(printed):
        notes.add(at, INTERPRETED, m.PART_LINE_PRINTED.format(written=written, printed=printed), _at(line),
                  m.PART_LINE_PRINTED)


class _Builder:
    """Walks the outline once, keeping the open section, item, part and point."""

    def __init__(self, notes: Notes, root: Path = ()) -> None:
        self.notes = notes
        self.root = root  # ("parts", 1) for the sections of the second "Phần"
        self.body = Body()
        self.section: dict | None = None
        self.item: dict | None = None
        self.part: dict | None = None
        self.point: dict | None = None
        self.path: dict[str, Path] = {}
        self.written_section = 0
        self.written_item = 0
        self.automatic_noted = False
        self.last_text: tuple[list, int, Path] | None = None  # the paragraph a cut-off line continues
        self.before: tuple[list, int, Path] | None = None
        self.before_kind = ""
        self.bullet_mark = ""  # the mark of the first "-" bullet of the current list

    def add(self, line: Line, following: Line | None) -> None:
        numbered_by_word = line.automatic and not self.automatic_noted and line.kind in (SECTION, ITEM, PART, POINT)
        handler = {SECTION: self._section, ITEM: self._item, PART: self._part, POINT: self._point,
                   BULLET: self._bullet, SUB_BULLET: self._sub_bullet, HEADING: self._heading,
                   TEXT: self._text, DIVISION: self._division}[line.kind]
        self.before, self.last_text = self.last_text, None
        handler(line, following)
        self.before_kind = line.kind
        if numbered_by_word:
            self.automatic_noted = True
            self.notes.add(self._deepest_path(), INTERPRETED, m.AUTOMATIC_NUMBERING)

    def finish(self) -> Body:
        if not self.body.sections:
            text = self.body.intro[1:]
            self.body.intro = self.body.intro[:1]
            self.body.sections.append({"title": m.DEFAULT_SECTION_TITLE, "text": text} if text
                                      else {"title": m.DEFAULT_SECTION_TITLE, "text": ["…"]})
            self.notes.add(("sections", 0), INTERPRETED, m.NO_SECTIONS)
        return self.body

    # --- numbered levels -------------------------------------------------------------------------------

    def _section(self, line: Line, following: Line | None) -> None:
        sections = self.body.sections
        sections.append({"title": line.text})
        self.section, self.item, self.part, self.point = sections[-1], None, None, None
        self.path["section"] = self.root + ("sections", len(sections) - 1)
        # a gap is noted where it is; the sections after it follow from it and are not noted again
        written, due = vnformat.from_roman(line.number) or 0, len(sections)
        if written != self.written_section + 1:
            previous = vnformat.roman(self.written_section) if self.written_section else "—"
            self.notes.add(self.path["section"], CORRECTED, m.SECTION_SKIPPED.format(
                written=f"{line.number}.", previous=f"{previous}.", due=f"{vnformat.roman(due)}."),
                _at(line), m.SECTION_SKIPPED)
        self.written_section = written or due
        self.written_item = 0
        if line.text != line.text.upper():  # docgen prints a section's title in capitals, as its kind's form
            self.notes.add(self.path["section"], INTERPRETED, m.SECTION_TITLE_UPPER.format(title=snippet(line.text)),
                           _at(line), m.SECTION_TITLE_UPPER)

    def _item(self, line: Line, following: Line | None) -> None:
        section = self.section
        if section is None:
            section = self._section_for_orphan()
            self.notes.add(self.path["section"], INTERPRETED, m.ITEMS_BEFORE_SECTION)
        items = section.setdefault("items", [])
        titled = line.bold or _looks_like_title(line, following)
        items.append({"title": line.text} if titled else {"text": [line.text]})
        self.item, self.part, self.point = items[-1], None, None
        self.path["item"] = self.path["section"] + ("items", len(items) - 1)
        if not titled:
            self.last_text = (items[-1]["text"], 0, self.path["item"] + ("text",))
        written = int(line.number)
        if written != self.written_item + 1:
            self.notes.add(self.path["item"], CORRECTED, m.ITEM_SKIPPED.format(written=f"{line.number}.",
                                                                               due=f"{len(items)}."),
                           _at(line), m.ITEM_SKIPPED)
        self.written_item = written

    def _part(self, line: Line, following: Line | None) -> None:
        if self.item is None:
            return self._unplaced(line)
        parts = self.item.setdefault("parts", [])
        parts.append({"title": line.text})
        self.part, self.point = parts[-1], None
        self.path["part"] = self.path["item"] + ("parts", len(parts) - 1)
        due = f"{int(self.path['item'][-1]) + 1}.{len(parts)}"  # docgen counts unnumbered parts too
        if line.number.split(".")[1] != str(len(parts)):
            self.notes.add(self.path["part"], CORRECTED, m.PART_SKIPPED.format(written=f"{line.number}.",
                                                                               due=f"{due}."),
                           _at(line), m.PART_SKIPPED)

    def _heading(self, line: Line, following: Line | None) -> None:
        """A bold line without a number inside a khoản is a sub-heading docgen prints unnumbered; outside one, a
        paragraph of the section's text that keeps its bold ("**Bước 1: Họp Ban lãnh đạo …**")."""
        if self.item is None:
            return self._text(replace(line, text=f"**{line.text}**"), following)
        parts = self.item.setdefault("parts", [])
        parts.append({"title": line.text, "numbered": False})
        self.part, self.point = parts[-1], None
        self.path["part"] = self.path["item"] + ("parts", len(parts) - 1)

    def _point(self, line: Line, following: Line | None) -> None:
        owner, owner_path = self._point_owner()
        if owner is None:
            return self._unplaced(line)
        points = owner.setdefault("points", [])
        points.append({"text": [line.text]})
        self.point = points[-1]
        self.path["point"] = owner_path + ("points", len(points) - 1)
        self.last_text = (points[-1]["text"], 0, self.path["point"] + ("text",))
        due = vnformat.point_letter(len(points))
        if line.mark == "." and len(points) == 1:
            self.notes.add(owner_path + ("points", 0), CORRECTED, m.POINTS_WITH_DOT.format(letter=line.number),
                           _at(line), m.POINTS_WITH_DOT)
        elif line.number != due:
            self.notes.add(self.path["point"], CORRECTED, m.POINTS_OUT_OF_ORDER.format(
                written=f"{line.number}{line.mark}", due=due), _at(line), m.POINTS_OUT_OF_ORDER)

    # --- content ---------------------------------------------------------------------------------------

    def _bullet(self, line: Line, following: Line | None) -> None:
        target, path = self._content_owner()
        if target is None:
            return self._unplaced(line)
        if self.before_kind in (BULLET, SUB_BULLET) and self.bullet_mark and line.mark != self.bullet_mark:
            return self._sub_bullet(line, following)  # Word's list levels: another mark, one level down
        if self.before_kind not in (BULLET, SUB_BULLET):
            self.bullet_mark = line.mark
        bullets = target.setdefault("bullets", [])
        bullets.append(line.text)
        self.last_text = (bullets, len(bullets) - 1, path + ("bullets",))

    def _sub_bullet(self, line: Line, following: Line | None) -> None:
        target, path = self._content_owner()
        if target is None:
            return self._unplaced(line)
        bullets = target.setdefault("bullets", [])
        if bullets and isinstance(bullets[-1], list):
            bullets[-1].append(line.text)
            self.last_text = (bullets[-1], len(bullets[-1]) - 1, path + ("bullets",))
        elif bullets:
            bullets.append([line.text])
            self.last_text = (bullets[-1], 0, path + ("bullets",))
        else:
            bullets.append(line.text)
            self.notes.add(path + ("bullets",), INTERPRETED, m.SUB_BULLET_ALONE)

    def _text(self, line: Line, following: Line | None) -> None:
        target, path = self._content_owner()
        if self.before is not None and _continues(self.before, line.text):
            return self._join(line, self.before)
        if target is None:
            self.body.intro.append(line.text)
            return
        if target.get("bullets") or target.get("points") or target.get("parts") or target.get("items"):
            return self._after_list(line)
        texts = target.setdefault("text", [])
        texts.append(line.text)
        self.last_text = (texts, len(texts) - 1, path + ("text",))

    def _after_list(self, line: Line) -> None:
        """A paragraph after the bullets, points or parts of its level is printed there, in its order: as an
        unnumbered point (or khoản, in a section) after them, which the bullets that follow belong to."""
        if self.point is not None or self.part is not None or self.item is not None:
            owner, owner_path = self._point_owner()
            assert owner is not None
            if owner.get("parts") and owner is self.item:
                owner, owner_path = self.item["parts"][-1], self.path["item"] + ("parts", len(self.item["parts"]) - 1)
            points = owner.setdefault("points", [])
            points.append({"text": [line.text], "numbered": False})
            self.point = points[-1]
            self.path["point"] = owner_path + ("points", len(points) - 1)
            self.last_text = (points[-1]["text"], 0, self.path["point"] + ("text",))
            return
        assert self.section is not None
        items = self.section.setdefault("items", [])
        items.append({"text": [line.text], "numbered": False})
        self.item, self.part, self.point = items[-1], None, None
        self.path["item"] = self.path["section"] + ("items", len(items) - 1)
        self.last_text = (items[-1]["text"], 0, self.path["item"] + ("text",))

    def _join(self, line: Line, before: tuple[list, int, Path]) -> None:
        """A paragraph that starts in lower case after one that did not end its sentence is the rest of that
        paragraph, cut in two by a stray Enter (often at a page end): it is joined back, and said so."""
        texts, index, path = self.last_text = before
        texts[index] = f"{texts[index]} {line.text}"
        self.notes.add(path, INTERPRETED, m.PARAGRAPH_JOINED.format(start=snippet(line.text)), _at(line),
                       m.PARAGRAPH_JOINED)

    def _division(self, line: Line, following: Line | None) -> None:
        self._place_as_text(line, m.DIVISION_KEPT.format(text=line.paragraph.text.strip()), m.DIVISION_KEPT)

    def _unplaced(self, line: Line) -> None:
        self._place_as_text(line, m.UNPLACED.format(where=line.paragraph.place.label), m.UNPLACED)

    def _place_as_text(self, line: Line, message: str, topic: str) -> None:
        """Keep a paragraph that fits nowhere as a plain paragraph, with its number as written, and say so."""
        text = marked(line.paragraph, squash(line.paragraph.text))
        target, path = self._content_owner()
        if target is None:
            self.body.intro.append(text)
            self.notes.add(("intro",), UNPLACED, message, _at(line), topic)
            return
        target.setdefault("text", []).append(text)
        self.notes.add(path + ("text",), UNPLACED, message, _at(line), topic)

    # --- where things go -------------------------------------------------------------------------------

    def _point_owner(self) -> tuple[dict | None, Path]:
        if self.part is not None:
            return self.part, self.path["part"]
        if self.item is not None:
            return self.item, self.path["item"]
        return None, ()

    def _content_owner(self) -> tuple[dict | None, Path]:
        """The deepest open level: a point, else a part, an item, a section; None before the first section."""
        if self.point is not None:
            return self.point, self.path["point"]
        owner, path = self._point_owner()
        if owner is not None:
            return owner, path
        if self.section is not None:
            return self.section, self.path["section"]
        return None, ()

    def _deepest_path(self) -> Path:
        return self._content_owner()[1] or ("intro",)

    def _section_for_orphan(self) -> dict:
        self.body.sections.append({"title": m.DEFAULT_SECTION_TITLE})
        self.section = self.body.sections[-1]
        self.path["section"] = self.root + ("sections", len(self.body.sections) - 1)
        return self.section


def _at(line: Line) -> tuple[int]:
    """The paragraph of the original a note on ``line`` names."""
    return (line.paragraph.index,)


def _continues(last: tuple[list, int, Path], text: str) -> bool:
    texts, index, _ = last
    opening = text.lstrip("(“\"*_")
    return opening[:1].islower() and not texts[index].rstrip().endswith((".", ";", ":", "!", "?"))


def _looks_like_title(line: Line, following: Line | None) -> bool:
    """A khoản typed without bold is titled when it is short, does not end a sentence and content follows."""
    if following is None or following.kind in (SECTION, ITEM):
        return False
    return len(line.text) <= TITLE_MAX and not line.text.rstrip().endswith((".", ";"))
