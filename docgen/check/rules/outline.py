"""The outline of the text: headings "I." in Roman numerals, khoản "1.", sub-khoản "1.1." and points "a)"
in the Vietnamese alphabet (ND30 Phụ lục I, mục II.6.đ; mục V, line 6b for plans and reports).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise

from docgen import vnformat
from docgen.check.finding import ERROR, WARNING, Issue
from docgen.check.rules.base import rule
from docgen.check.rules.common import Look, is_division, look_issues
from docgen.read import patterns
from docgen.read.document import DocumentView, Paragraph
from docgen.read.indent import first_line_start_mm
from docgen.read.parts import Parts, whole
from docgen.read.text import fold, squash

ROMAN_DIGITS = set("IVXL")  # C, D and M alone are more likely letters ("C. …") than headings 100, 500, 1000
FOREIGN_LETTERS = set("fjwz")  # not in the Vietnamese alphabet
ROMAN_HEADING = Look(bold=True, case="upper")
DIVISION = Look(bold=True, align=("center",))
DIVISION_TITLE = Look(bold=True, case="upper", align=("center",))
NESTED_LIST_MM = 5.0  # a list printed this much deeper than the one before it is nested in it


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
    yield from _issues(view, parts, "roman")


@rule("numbering-arabic", WARNING, "Phụ lục I, mục II.6.đ")
def numbering_arabic(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """Khoản run 1., 2., 3. … under each heading or Điều; sub-khoản 2.1., 2.2. … under their khoản; Điều run
    1, 2, 3 … through the text."""
    yield from _issues(view, parts, "arabic")


@rule("numbering-points", ERROR, "Phụ lục I, mục II.6.đ")
def numbering_points(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """Points run a) b) c) d) đ) e) g) h) i) k) …: Vietnamese letters, no f, j, w or z, each followed by ")"."""
    yield from _issues(view, parts, "point")


def _issues(view: DocumentView, parts: Parts, kind: str) -> Iterator[Issue]:
    if _all_slips not in parts.memo:  # one walk for the three numbering rules
        parts.memo[_all_slips] = _all_slips(parts, view.default_tab_mm)
    for slip in parts.memo[_all_slips]:
        if slip.kind == kind:
            yield Issue(slip.paragraph.place, slip.found, slip.expected, variant=slip.variant)


def _all_slips(parts: Parts, default_tab_mm: float) -> list[Slip]:
    """Each text is numbered on its own: the body, and each attached quy chế or quy định."""
    return [slip for body in [parts.body] + [attached.body for attached in parts.attachments]
            for slip in _slips(body, default_tab_mm)]


def _roman(text: str) -> str | None:
    found = patterns.ROMAN_HEADING.match(text)
    return found.group(1) if found and set(found.group(1)) <= ROMAN_DIGITS else None


@dataclass
class _Position:
    """Where the walk through the body is: current heading, khoản, sub-khoản, and points since the khoản;
    ``start`` is where the current list of khoản prints (mm from the margin) and ``outer`` the lists it is
    nested in or follows, as (start, last khoản). ``article_missed`` and ``khoan_missed`` are the numbers that were
    due where a break was last reported: "Điều 13." for "Điều 3." is a typo when "Điều 4." follows."""

    heading: int = 0
    article: int = 0
    khoan: int = 0
    article_missed: int = 0
    khoan_missed: int = 0
    sub: int = 0
    points: int = 0
    start: float = 0.0
    outer: list[tuple[float, int]] = field(default_factory=list)

    def restart(self) -> None:
        """A heading or an article: its khoản number from 1, in a list of their own."""
        self.khoan = self.sub = self.points = self.khoan_missed = 0
        self.outer.clear()


def _in_sequence(written: int, due: int, missed: int) -> tuple[bool, int]:
    """Return whether ``written`` is in sequence (the number due, or the one after a typo just reported: "Điều
    13." then "Điều 4." resynchronises on the typed sequence) and the number missed from now on."""
    right = written == due or (missed > 0 and written == missed + 1)
    return right, 0 if right else due


def _slips(body: list[Paragraph], default_tab_mm: float) -> Iterator[Slip]:
    """Walk the body and yield what is out of sequence, then carry on from the number written (so that one
    gap is reported once)."""
    position, lead_in = _Position(), False
    for paragraph in body:
        text = squash(paragraph.text)
        slip = _step(position, paragraph, text, _Context(lead_in, first_line_start_mm(paragraph, default_tab_mm)))
        lead_in = text.endswith(":")
        if slip is not None:
            yield slip


@dataclass(frozen=True)
class _Context:
    """What the walk knows of a paragraph beyond its text: whether the line before it ends with ":" (it
    introduces a list), and where its first line prints."""

    after_lead_in: bool
    start_mm: float


def _step(at: _Position, paragraph: Paragraph, text: str, context: _Context) -> Slip | None:
    """Judge one paragraph's number against ``at`` and move ``at`` past it."""
    numeral, sub, khoan = _roman(text), patterns.SUB_KHOAN.match(text), patterns.KHOAN.match(text)
    article = patterns.ARTICLE.match(fold(text))
    if article:  # Điều run on through the chapters; their khoản restart in each Điều
        value, due = int(article.group(1)), at.article + 1
        right, at.article_missed = _in_sequence(value, due, at.article_missed)
        at.article = value
        at.restart()
        return None if right else Slip("arabic", paragraph, f"Điều {value}.", f"Điều {due}.")
    if patterns.DIVISION.match(text) and text.split()[0].capitalize() in ("Phần", "Chương"):
        at.heading = 0
        at.restart()
    elif numeral is not None:
        roman_value, due = vnformat.from_roman(numeral), at.heading + 1
        at.heading = roman_value or due
        at.restart()
        return None if roman_value == due else Slip("roman", paragraph, f"{numeral}.", f"{vnformat.roman(due)}.")
    elif sub:
        pair, due_pair = (int(sub.group(1)), int(sub.group(2))), (at.khoan, at.sub + 1)
        at.sub, at.points = pair[1], 0
        return None if pair == due_pair else Slip("arabic", paragraph, "{}.{}.".format(*pair),
                                                  "{}.{}.".format(*due_pair))
    elif khoan:
        written = int(khoan.group(1))
        _enter_list(at, written, context)
        due = at.khoan + 1
        right, at.khoan_missed = _in_sequence(written, due, at.khoan_missed)
        at.khoan, at.sub, at.points = written, 0, 0
        return None if right else Slip("arabic", paragraph, f"{written}.", f"{due}.")
    else:
        slip, at.points = _point(paragraph, text, at.points)
        return slip
    return None


def _enter_list(at: _Position, written: int, context: _Context) -> None:
    """Move ``at`` into the list a khoản belongs to. A "1." printed deeper than the list it follows, or under a
    line that introduces it ("Hồ sơ đính kèm:"), starts a list of its own; a khoản printed back at an outer
    list's place, or numbered as the next of an outer list, returns to it."""
    if at.khoan == 0:
        at.start = context.start_mm
        return
    if written == 1 and (context.after_lead_in or context.start_mm > at.start + NESTED_LIST_MM):
        at.outer.append((at.start, at.khoan))
        at.khoan, at.start = 0, context.start_mm
        return
    while at.outer and (context.start_mm < at.start - NESTED_LIST_MM
                        or (written != at.khoan + 1 and any(written == last + 1 for _, last in at.outer))):
        at.start, at.khoan = at.outer.pop()


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
