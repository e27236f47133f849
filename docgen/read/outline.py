"""The body of any document as an outline: each paragraph's place in it (heading I., khoản 1., sub-khoản 3.1.,
point a) or a., bullet "-" or "+", unnumbered sub-heading, plain text), its number as written and its text
without the number.

The number is read from what the reader sees: typed by hand ("1. Mục đích") or made by Word's automatic
numbering (the label ``read.numbering`` computes), so both kinds of document give the same outline. The
importer rebuilds the plan's structure from it; docgen then numbers the text again itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from docgen.read import patterns
from docgen.read.document import Paragraph
from docgen.read.text import is_upper, squash

SECTION, ITEM, PART, POINT, BULLET, SUB_BULLET, HEADING, TEXT, DIVISION = (
    "section", "item", "part", "point", "bullet", "sub_bullet", "heading", "text", "division")

ROMAN_DIGITS = set("IVXL")  # C, D and M alone are more likely letters than headings 100, 500, 1000
# "*" is not among them: "* Lưu ý: …" is a note's asterisk, kept as typed (docgen prints bullets as "-" and "+")
BULLET_MARK = re.compile(r"^([-–—•●▪■◦○o+\uf0a7\uf0b7\uf0d8\uf076\uf0fc])\s+(\S.*)$")
SUB_MARKS = set("+◦○o")  # the second level of bullets
HEADING_MAX = 160  # an unnumbered bold line longer than this is a bold paragraph, not a sub-heading


@dataclass(frozen=True)
class Line:
    """One body paragraph in the outline: its ``kind`` (one of the names above), the number or letter as
    written ("VII", "3", "3.1", "a"; "" when none), the mark after a point letter (")" or ".") or the bullet
    mark ("-", "•"), its text
    without the number or bullet, whether the reader sees it all in bold, and whether Word numbered it."""

    paragraph: Paragraph
    kind: str
    number: str
    mark: str
    text: str
    bold: bool
    automatic: bool


def outline(paragraphs: list[Paragraph]) -> list[Line]:
    """Return the outline line of each paragraph, in order (empty paragraphs are skipped)."""
    return [classify(p) for p in paragraphs if not p.is_empty]


def classify(paragraph: Paragraph) -> Line:
    """Return the outline line of one paragraph."""
    text = squash(paragraph.text)
    bold = _bold(paragraph)
    automatic = bool(paragraph.label.strip())

    def line(kind: str, number: str = "", rest: str = text, mark: str = "") -> Line:
        return Line(paragraph, kind, number, mark, squash(rest), bold, automatic)

    if patterns.DIVISION.match(text):
        return line(DIVISION)
    found = patterns.ROMAN_HEADING.match(text)
    if found and set(found.group(1)) <= ROMAN_DIGITS:
        return line(SECTION, found.group(1), found.group(2))
    found = patterns.SUB_KHOAN.match(text)
    if found:
        return line(PART, f"{found.group(1)}.{found.group(2)}", found.group(3))
    found = patterns.KHOAN.match(text)
    if found:
        return line(ITEM, found.group(1), found.group(2))
    found = patterns.POINT.match(text) or patterns.POINT_WITH_DOT.match(text)
    if found and found.group(2).strip():
        return line(POINT, found.group(1), found.group(2), text[1])
    found = BULLET_MARK.match(text)
    if found:
        sub = found.group(1) in SUB_MARKS or (automatic and _list_level(paragraph) > 0)
        return line(SUB_BULLET if sub else BULLET, rest=found.group(2), mark=found.group(1))
    if bold and len(text) <= HEADING_MAX and not is_upper(text):
        return line(HEADING)
    return line(TEXT)


NUMBER_ONLY = re.compile(r"^([IVXL]+|\d+(\.\d+)*|[a-zđ])[.)]?$")  # a run holding only the typed number


def _bold(paragraph: Paragraph) -> bool:
    """True when the reader sees the text in bold; a typed number in a plain run before it ("1. " then a bold
    "Mục đích") does not count."""
    runs = list(paragraph.visible_runs)
    while len(runs) > 1 and NUMBER_ONLY.match(runs[0].text.strip()):
        runs.pop(0)
    return bool(runs) and all(run.fmt.bold.value for run in runs)


def _list_level(paragraph: Paragraph) -> int:
    """Return how far Word indented an automatic bullet, in levels: the label "o" or "◦" of level 2 aside,
    a bullet indented more than a usual first level is a sub-bullet."""
    left = paragraph.fmt.left_mm.value or 0
    return 1 if left > 15 else 0
