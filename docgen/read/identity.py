"""What a document says about itself in its top block: its number, date, place and issuing body.

The date and number rules judge these lines; the appendix rule compares each "(Kèm theo …)" line to them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from docgen.read import patterns
from docgen.read.parts import Parts
from docgen.read.text import capitalise, fold, squash, title_case

BLANKS = ".…_ "  # what a draft leaves where the number or date will go


@dataclass(frozen=True)
class NumberLine:
    """ "Số: 85/KH-UBND" split: the label ("Số"), whether a colon follows, the number and the symbol."""

    label: str
    colon: bool
    number: str
    symbol: str

    @property
    def blank(self) -> bool:
        """True for a draft whose number is left to fill in."""
        return not self.number.strip(BLANKS)

    @property
    def blank_symbol(self) -> bool:
        """True for a template whose symbol is still a placeholder."""
        return not self.symbol.strip(BLANKS)

    @property
    def clean_symbol(self) -> str:
        """Return the symbol as ND30 writes it: no spaces, groups joined by "-" (``KH - UBND`` → ``KH-UBND``)."""
        return re.sub(r"[–_.]", "-", re.sub(r"\s+", "", self.symbol))

    @property
    def type_code(self) -> str:
        """Return the first group of the symbol: ``KH`` in ``KH-UBND``, ``NĐ`` in ``2020/NĐ-CP``."""
        first = patterns.YEAR_IN_SYMBOL.sub("", self.clean_symbol).split("-")[0]
        slot = patterns.TYPE_CODE_SLOT.match(first)  # "QĐ………(3)": the slot after the code is the template's
        return slot.group("code") if slot else first


@dataclass(frozen=True)
class DateLine:
    """ "Thịnh Đức, ngày 24 tháng 10 năm 2022" split into place, comma, the date as written and its three
    numbers (empty when left blank, or when the date is not written "ngày … tháng … năm …": ``readable``)."""

    place: str
    comma: bool
    written: str
    readable: bool
    day: str = ""
    month: str = ""
    year: str = ""

    @property
    def blank(self) -> bool:
        """True for a draft whose day or month is left to fill in."""
        return self.readable and not (self.day.isdigit() and self.month.isdigit())

    def date(self) -> dt.date | None:
        """Return the date, or None when it is blank, not a real date, or its year is not four digits."""
        if not self.readable or self.blank or not (self.year.isdigit() and len(self.year) == 4):
            return None
        try:
            return dt.date(int(self.year), int(self.month), int(self.day))
        except ValueError:
            return None


def number_line(parts: Parts) -> NumberLine | None:
    """Return the document's "Số:" line split, or None when there is none or it has no "/"."""
    found = patterns.NUMBER_LINE.match(unfilled(parts.number.text)) if parts.number else None
    if found is None:
        return None
    return NumberLine(found["label"], bool(found["colon"]), found["number"], found["symbol"])


def date_line(parts: Parts) -> DateLine | None:
    """Return the document's place and date line split, or None."""
    found = patterns.PLACE_AND_DATE.match(unfilled(parts.place_date.text)) if parts.place_date else None
    if found is None:
        return None
    place, comma, written = found["place"].strip(), bool(found["comma"]), found["date"]
    numbers = patterns.DATE_WORDS.match(written)
    if numbers is None:
        return DateLine(place, comma, written, readable=False)
    return DateLine(place, comma, written, True, _filled(numbers["day"]), _filled(numbers["month"]),
                    _filled(numbers["year"]))


def unfilled(text: str) -> str:
    """Return ``text`` with a template's placeholders ({{ so }}, [Tên cơ quan]) written as the blanks "…" a
    draft leaves, so that they are reported as not yet filled in, not as errors of form."""
    return squash(patterns.PLACEHOLDER.sub("…", text))


def _filled(text: str) -> str:
    """Return ``text``, or "" when it only holds the dots a draft leaves."""
    return text if text.strip(BLANKS) else ""


def issuing_unit(parts: Parts) -> tuple[str, str] | None:
    """Return the administrative unit where the issuing body sits, folded: ("xã", "thịnh đức"); for a body
    without one in its name ("SỞ NỘI VỤ"), its parent's ("UBND TỈNH THÁI NGUYÊN"); else None."""
    lines = [span.text for span in reversed(parts.issuer_lines)] + [_issuer_text(parts)]
    lines += [span.text for span in reversed(parts.parent_lines)]
    for text in lines:  # one line at a time: "UBND TỈNH THÁI NGUYÊN" / "SỞ NỘI VỤ" is in Thái Nguyên
        found = unit_in(fold(text))
        if found:
            return found.group(1), found.group(2)
    return None


def unit_in(folded: str) -> re.Match[str] | None:
    """Return the first administrative unit named in a folded line ("xã" and "thịnh đức" as its groups),
    passing over the word "xã hội" (society) of a body's name ("PHÒNG VĂN HÓA - XÃ HỘI")."""
    start = 0
    while (found := patterns.UNIT.search(folded, start)) is not None:
        society = found.group(1) == "xã" and (patterns.SOCIETY_AFTER.match(found.group(2)) is not None or (
            found.group(2).startswith("hội") and patterns.SOCIETY_BEFORE.search(folded[:found.start()])))
        if not society:
            return found
        start = found.end(1)
    return None


def issuer_name(parts: Parts) -> str:
    """Return the issuing body as a sentence names it: ``Ủy ban nhân dân xã Thịnh Đức`` (Phụ lục II: the
    unit word stays lower case unless the name holds a number)."""
    text = _issuer_text(parts)
    found = unit_in(fold(text))
    if found is None:
        return capitalise(text)
    unit, name = found.group(1), found.group(2)
    head = capitalise(text[: found.start()].strip())
    unit_word = capitalise(unit) if any(ch.isdigit() for ch in name) or not head else unit
    return " ".join(part for part in (head, unit_word, title_case(name)) if part)


def doc_type_name(parts: Parts) -> str:
    """Return the document type as a sentence names it: ``Kế hoạch``."""
    return capitalise(squash(parts.doc_type.text)) if parts.doc_type else ""


def _issuer_text(parts: Parts) -> str:
    return squash(" ".join(span.text for span in parts.issuer_lines))
