"""The outline of the text: headings "I." in Roman numerals, khoản "1.", sub-khoản "1.1." and points "a)"
in the Vietnamese alphabet (ND30 Phụ lục I, mục II.6.đ; mục V, line 6b for plans and reports).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from docgen import vnformat
from docgen.check.finding import ERROR, WARNING, Issue
from docgen.check.rules.base import rule
from docgen.check.rules.common import Look, is_division, look_issues, shared
from docgen.read import patterns
from docgen.read.document import DocumentView, Paragraph
from docgen.read.parts import Parts, whole
from docgen.read.text import fold, squash

ROMAN_DIGITS = set("IVXL")  # C, D and M alone are more likely letters ("C. …") than headings 100, 500, 1000
FOREIGN_LETTERS = set("fjwz")  # not in the Vietnamese alphabet
ROMAN_HEADING = Look(bold=True, case="upper")
DIVISION = Look(bold=True, align=("center",))
DIVISION_TITLE = Look(bold=True, case="upper", align=("center",))


@dataclass(frozen=True)
class Slip:
    """A number or letter out of sequence: which sequence, where, what was written and what was due."""

    kind: str
    paragraph: Paragraph
    found: str
    expected: str
    variant: str = ""


@rule("heading-format", ERROR, "Phụ lục I, mục II.6.đ; mục V, dòng 6b")
def heading_format(view: DocumentView, parts: Parts) -> list[Issue]:
    """Headings "I. …" are upper case and bold; "Phần I", "Chương I" lines are bold and centred, with their
    title under them in bold centred capitals."""
    romans = [p for p in parts.body if _roman(squash(p.text)) is not None]
    divisions = [p for p in parts.body if is_division(p)]
    titles = [after for before, after in pairwise(parts.body) if is_division(before)]
    return (look_issues((whole(p) for p in romans), ROMAN_HEADING)
            + look_issues((whole(p) for p in divisions), DIVISION)
            + look_issues((whole(p) for p in titles), DIVISION_TITLE))


@rule("numbering-roman", WARNING, "Phụ lục I, mục II.6.đ")
def numbering_roman(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """Headings run I, II, III … without gaps (restarting in each Phần or Chương)."""
    yield from _issues(parts, "roman")


@rule("numbering-arabic", WARNING, "Phụ lục I, mục II.6.đ")
def numbering_arabic(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """Khoản run 1., 2., 3. … under each heading or Điều; sub-khoản 2.1., 2.2. … under their khoản; Điều run
    1, 2, 3 … through the text."""
    yield from _issues(parts, "arabic")


@rule("numbering-points", ERROR, "Phụ lục I, mục II.6.đ")
def numbering_points(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """Points run a) b) c) d) đ) e) g) h) i) k) …: Vietnamese letters, no f, j, w or z, each followed by ")"."""
    yield from _issues(parts, "point")


def _issues(parts: Parts, kind: str) -> Iterator[Issue]:
    for slip in _all_slips(parts):
        if slip.kind == kind:
            yield Issue(slip.paragraph.place, slip.found, slip.expected, variant=slip.variant)


@shared  # one walk for the three numbering rules
def _all_slips(parts: Parts) -> list[Slip]:
    """Each text is numbered on its own: the body, and each attached quy chế or quy định."""
    return [slip for body in [parts.body] + [attached.body for attached in parts.attachments]
            for slip in _slips(body)]


def _roman(text: str) -> str | None:
    found = patterns.ROMAN_HEADING.match(text)
    return found.group(1) if found and set(found.group(1)) <= ROMAN_DIGITS else None


@dataclass
class _Position:
    """Where the walk through the body is: current heading, khoản, sub-khoản, and points since the khoản."""

    heading: int = 0
    article: int = 0
    khoan: int = 0
    sub: int = 0
    points: int = 0


def _slips(body: list[Paragraph]) -> Iterator[Slip]:
    """Walk the body and yield what is out of sequence, then carry on from the number written (so that one
    gap is reported once)."""
    position = _Position()
    for paragraph in body:
        slip = _step(position, paragraph, squash(paragraph.text))
        if slip is not None:
            yield slip


def _step(at: _Position, paragraph: Paragraph, text: str) -> Slip | None:
    """Judge one paragraph's number against ``at`` and move ``at`` past it."""
    numeral, sub, khoan = _roman(text), patterns.SUB_KHOAN.match(text), patterns.KHOAN.match(text)
    article = patterns.ARTICLE.match(fold(text))
    if article:  # Điều run on through the chapters; their khoản restart in each Điều
        value, due = int(article.group(1)), at.article + 1
        at.article, at.khoan, at.sub, at.points = value, 0, 0, 0
        return None if value == due else Slip("arabic", paragraph, f"Điều {value}.", f"Điều {due}.")
    if patterns.DIVISION.match(text) and text.split()[0].capitalize() in ("Phần", "Chương"):
        at.heading = at.khoan = at.sub = at.points = 0
    elif numeral is not None:
        roman_value, due = vnformat.from_roman(numeral), at.heading + 1
        at.heading, at.khoan, at.sub, at.points = roman_value or due, 0, 0, 0
        return None if roman_value == due else Slip("roman", paragraph, f"{numeral}.", f"{vnformat.roman(due)}.")
    elif sub:
        pair, due_pair = (int(sub.group(1)), int(sub.group(2))), (at.khoan, at.sub + 1)
        at.sub, at.points = pair[1], 0
        return None if pair == due_pair else Slip("arabic", paragraph, "{}.{}.".format(*pair),
                                                  "{}.{}.".format(*due_pair))
    elif khoan:
        written, due = int(khoan.group(1)), at.khoan + 1
        at.khoan, at.sub, at.points = written, 0, 0
        return None if written == due else Slip("arabic", paragraph, f"{written}.", f"{due}.")
    else:
        slip, at.points = _point(paragraph, text, at.points)
        return slip
    return None


def _point(paragraph: Paragraph, text: str, count: int) -> tuple[Slip | None, int]:
    """Judge a point "a)" by its position among the points since the last khoản: the n-th is the n-th
    Vietnamese letter ("a)" always starts a new list). Return the slip, if any, and the new count."""
    found = patterns.POINT.match(text) or patterns.POINT_WITH_DOT.match(text)
    if found is None:
        return None, count
    letter, mark = found.group(1), text[1]
    count = 0 if letter == "a" else count
    due = vnformat.POINT_LETTERS[min(count, len(vnformat.POINT_LETTERS) - 1)]
    if letter == due and mark == ")":
        return None, count + 1
    variant = "foreign" if letter in FOREIGN_LETTERS else ("mark" if mark != ")" else "")
    return Slip("point", paragraph, f"{letter}{mark}", f"{due})", variant), count + 1
