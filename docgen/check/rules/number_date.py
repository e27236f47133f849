"""The number and symbol ("Số: 85/KH-UBND"), the place and the date (ND30 Phụ lục I, mục II.3 and II.4)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from docgen import nd30, vnformat
from docgen.check.finding import ERROR, WARNING, Issue
from docgen.check.rules.base import rule
from docgen.check.rules.common import Look, look_issues
from docgen.nd30 import DOC_TYPE_CODES
from docgen.read import patterns
from docgen.read.document import DocumentView
from docgen.read.identity import BLANKS, NumberLine, date_line, issuing_unit, number_line
from docgen.read.parts import TYPED, Parts
from docgen.read.text import capitalise, fold, squash, title_case

CENTRED = ("center",)
NUMBER = Look(nd30.NUMBER_SIZE, bold=False, italic=False, align=CENTRED)
PLACE_DATE = Look(nd30.PLACE_DATE_SIZE, bold=False, italic=True, align=CENTRED)


@rule("number-form", ERROR, "Phụ lục I, mục II.3.c")
def number_form(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """ "Số: 85/KH-UBND": "Số" and a colon, a leading zero below 10, no spaces inside "85/KH-UBND"."""
    line = number_line(parts)
    if parts.number is None:
        return
    text = squash(parts.number.text)
    if line is not None and line.blank:  # a draft's number is still to come, its colon is already typed
        if not line.colon:
            yield Issue(parts.number.place, text, f"Số: …/{line.clean_symbol}", variant="label", severity=WARNING)
        return
    if line is None:
        yield Issue(parts.number.place, text, variant="unreadable")
        return
    problem = _number_problem(line, text)
    if problem:
        yield Issue(parts.number.place, text, _corrected(line), variant=problem)


def _number_problem(line: NumberLine, text: str) -> str:
    """Return the first thing wrong with the line, as a message variant, or ""."""
    if line.label != "Số" or not line.colon:
        return "label"
    if not line.number.isdigit():
        return "digits"
    if line.number != f"{int(line.number):02d}":
        return "zero"
    if re.search(r"\s", text.split(":", 1)[1].strip()):
        return "spaces"
    return "" if patterns.SYMBOL.match(line.symbol) else "symbol"


def _corrected(line: NumberLine) -> str:
    number = f"{int(line.number):02d}" if line.number.isdigit() else line.number.strip()
    return f"Số: {number}/{line.clean_symbol}"


@rule("number-blank", WARNING, "Phụ lục I, mục II.3.a")
def number_blank(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """A draft may leave the number blank ("Số:      /KH-UBND"); it must be filled in when issued."""
    line = number_line(parts)
    if parts.number is not None and line is not None and line.blank:
        yield Issue(parts.number.place, squash(parts.number.text))


@rule("number-type-code", ERROR, "Phụ lục I, mục II.3.b; Phụ lục III, mục I", genres=(TYPED,))
def number_type_code(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """The symbol starts with the document type's code: KẾ HOẠCH → KH, QUYẾT ĐỊNH → QĐ, …"""
    line = number_line(parts)
    code = DOC_TYPE_CODES.get(squash(parts.doc_type.text).upper()) if parts.doc_type else None
    if line is not None and line.blank_symbol:
        return
    if line is None or code is None or parts.number is None:
        return
    if line.type_code != code:
        yield Issue(parts.number.place, line.type_code, code)


# The types a legal normative document may have (Luật văn bản quy phạm pháp luật, Điều 4): only their numbers
# carry the year ("15/2010/QĐ-UBND"); a decision or a resolution with a year that is not said out of scope may
# still be one, so it is not judged.
NORMATIVE_TYPES = ("luật", "pháp lệnh", "nghị định", "nghị quyết", "thông tư", "quyết định", "chỉ thị", "lệnh")


@rule("number-year", WARNING, "Phụ lục I, mục II.3")
def number_year(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """An administrative document's number carries no year ("85/KH-UBND"); only a legal normative
    document's does ("30/2020/NĐ-CP")."""
    line = number_line(parts)
    kind = squash(parts.doc_type.folded) if parts.doc_type is not None else ""
    if line is None or parts.number is None or kind.startswith(NORMATIVE_TYPES):
        return
    year = patterns.YEAR_IN_SYMBOL.match(re.sub(r"\s+", "", line.symbol))
    if year:
        yield Issue(parts.number.place, squash(parts.number.text), f"Số: …/{line.clean_symbol[year.end():]}")


@rule("number-format", ERROR, "Phụ lục I, mục II.3.c")
def number_format(view: DocumentView, parts: Parts) -> list[Issue]:
    """The number line is 13 pt, upright, not bold, centred under the issuing body."""
    return look_issues([parts.number], NUMBER)


@rule("place-name", ERROR, "Phụ lục I, mục II.4.a và II.4.c")
def place_name(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """The place is the issuing unit's own name ("Thịnh Đức" for "XÃ THỊNH ĐỨC"; in full when the name holds
    a number: "Phường Móng Cái 3"), followed by a comma."""
    line, unit = date_line(parts), issuing_unit(parts)
    if line is None or parts.place_date is None or not line.place.strip(BLANKS):  # a draft leaves it blank
        return
    place = parts.place_date.place
    if not line.comma:
        yield Issue(place, f"{line.place} ngày", f"{line.place}, ngày", variant="comma")
    if unit is None:
        return
    word, name = unit
    numbered = any(ch.isdigit() for ch in name)
    expected = f"{capitalise(word)} {title_case(name)}" if numbered else title_case(name)
    if fold(line.place) == fold(expected):
        return
    if fold(line.place) == fold(f"{word} {name}"):
        yield Issue(place, line.place, expected, variant="full-form", severity=WARNING)
    else:
        yield Issue(place, line.place, expected)


@rule("date-form", ERROR, "Phụ lục I, mục II.4.b")
def date_form(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """The date is a real date written "ngày 05 tháng 01 năm 2020": a leading zero for days 1–9 and months 1
    and 2 only ("tháng 6", "tháng 10")."""
    line, span = date_line(parts), parts.place_date
    if line is None or span is None or line.blank:
        return
    if not line.readable:
        yield Issue(span.place, line.written, variant="unreadable")
        return
    written = f"ngày {line.day} tháng {line.month} năm {line.year}"
    date = line.date()
    if date is None:
        yield Issue(span.place, written, variant="invalid")
    elif written != vnformat.long_date(date):
        yield Issue(span.place, written, vnformat.long_date(date))


@rule("date-blank", WARNING, "Phụ lục I, mục II.4.b")
def date_blank(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """A draft may leave the day and month blank; they must be filled in when issued."""
    line, span = date_line(parts), parts.place_date
    if line is not None and span is not None and line.blank:
        yield Issue(span.place, squash(span.text))


@rule("place-date-format", ERROR, "Phụ lục I, mục II.4.c")
def place_date_format(view: DocumentView, parts: Parts) -> list[Issue]:
    """The place and date are 13–14 pt, italic, not bold, centred under the national name and motto."""
    return look_issues([parts.place_date], PLACE_DATE)
