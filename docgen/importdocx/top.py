"""The top block of the plan file: issuer, number and symbol, place and date, document kind and summary."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from docgen import nd30
from docgen.importdocx import messages as m
from docgen.importdocx.kinds import LETTER, kind_name, letter_symbol, split_kind
from docgen.importdocx.notes import CORRECTED, INTERPRETED, Notes
from docgen.kinds import kind_named
from docgen.plan.model import YEARS
from docgen.read.identity import date_line, issuer_name, issuing_unit, number_line
from docgen.read.parts import Parts, Span
from docgen.read.text import fold, squash, title_case
from docgen.vnformat import long_date, strip_marks

DEFAULT_KIND = "Kế hoạch"


def issuer(parts: Parts, notes: Notes) -> dict[str, Any]:
    """Return the ``[issuer]`` table: header lines as printed, its name in a sentence, abbreviation, place."""
    header = [squash(s.text) for s in parts.issuer_lines]
    name = issuer_name(parts) if header else ""
    if not header:
        header, name = ["ỦY BAN NHÂN DÂN"], "Ủy ban nhân dân"
        notes.add(("issuer", "header"), INTERPRETED, m.ISSUER_MISSING.format(name=header[0]))
    table: dict[str, Any] = {"name": name, "header": header}
    parent = [squash(s.text) for s in parts.parent_lines]
    if parent:
        table["parent"] = parent
    table["abbreviation"] = _abbreviation(parts, header, notes)
    table["place"] = _place(parts, notes)
    return table


def document(parts: Parts, notes: Notes, abbreviation: str) -> dict[str, Any]:
    """Return the ``[document]`` table: kind, code, number (absent for a draft), date and summary."""
    kind = kind_name(parts)
    if not kind:
        kind = DEFAULT_KIND
        notes.add(("document", "kind"), INTERPRETED, m.KIND_MISSING)
    own, lead = ("", "") if kind_named(kind) else split_kind(kind)  # «BÁO CÁO CÔNG TÁC TUẦN …» on one line
    if own and parts.doc_type is not None:
        notes.add(("document", "kind"), CORRECTED, m.KIND_WITH_SUMMARY.format(
            line=squash(parts.doc_type.text), kind=own.upper(), summary=lead), (parts.doc_type.paragraph.index,))
        kind = own
    code = _code(parts, kind, notes)
    table: dict[str, Any] = {"kind": kind, "code": code}
    number = _number(parts, notes, f"{abbreviation}-{code}" if kind == LETTER else f"{code}-{abbreviation}")
    if number is not None:
        table["number"] = number
    table.update(_date(parts, notes))
    summary = squash(" ".join([lead] * bool(own) + [s.text for s in parts.summary]))
    if not summary:
        summary = kind
        notes.add(("document", "summary"), INTERPRETED, m.SUMMARY_MISSING.format(summary=summary))
    table["summary"] = summary
    return table


def _abbreviation(parts: Parts, header: list[str], notes: Notes) -> str:
    """The abbreviation is the symbol's last group ("UBND" in "KH-UBND"); without a readable symbol, the
    initials of the issuer's first line ("ỦY BAN NHÂN DÂN" → "UBND")."""
    line = number_line(parts)
    if line is not None and not line.blank_symbol and kind_name(parts) == LETTER:
        return letter_symbol(line.clean_symbol)[0]  # "UBND" in "UBND-VP": a công văn has no type code
    if line is not None and not line.blank_symbol:
        groups = line.clean_symbol.split("-")
        if len(groups) >= 2 and groups[-1]:
            return "-".join(groups[1:])
    initials = "".join(_initial(word) for word in header[0].split() if word[:1].isalpha()).upper()
    notes.add(("issuer", "abbreviation"), INTERPRETED, m.ABBREVIATION_GUESSED.format(line=header[0],
                                                                                     abbreviation=initials))
    return initials


def _initial(word: str) -> str:
    """A word's first letter as abbreviations write it: without tone or vowel marks ("Ủy" → "U"), but "Đ" kept
    ("HĐND", Phụ lục VI Nghị định 30)."""
    return word[0] if word[0] in "Đđ" else strip_marks(word[0])


def _code(parts: Parts, kind: str, notes: Notes) -> str:
    line = number_line(parts)
    if kind == LETTER:
        return _letter_code(line, notes)
    due = nd30.DOC_TYPE_CODES.get(kind.upper())
    if line is not None and not line.blank_symbol and line.type_code:
        if due and fold(line.type_code) != fold(due):  # "85/QĐ-UBND" on a Kế hoạch: the code is the kind's
            notes.add(("document", "code"), CORRECTED, m.CODE_CORRECTED.format(written=line.type_code, kind=kind,
                                                                               code=due), _at(parts.number))
            return due
        return line.type_code
    code = due or "".join(w[0] for w in kind.split()).upper()
    notes.add(("document", "code"), INTERPRETED, m.CODE_FROM_KIND.format(kind=kind, code=code))
    return code


def _letter_code(line, notes: Notes) -> str:
    """A công văn's code is the drafting unit's abbreviation, after the issuer's in its symbol ("VP" in
    "UBND-VP")."""
    unit = letter_symbol(line.clean_symbol)[1] if line is not None and not line.blank_symbol else ""
    if not unit:
        unit = "VP"
        notes.add(("document", "code"), INTERPRETED, m.LETTER_UNIT_MISSING.format(
            symbol=line.clean_symbol if line is not None else "", code=unit))
    return unit


def _number(parts: Parts, notes: Notes, symbol: str) -> int | None:
    line = number_line(parts)
    if line is None:
        notes.add(("document", "number"), INTERPRETED, m.NUMBER_MISSING.format(symbol=symbol))
        return None
    digits = re.sub(r"\D", "", line.number)
    if line.blank or not digits or int(digits) < 1:
        notes.add(("document", "number"), INTERPRETED, m.NUMBER_BLANK.format(symbol=symbol), _at(parts.number))
        return None
    return int(digits)


def _date(parts: Parts, notes: Notes) -> dict[str, Any]:
    """The date as written (``date``); a draft's blank date is left out, with the month and year it already
    writes (``draft_month``, ``draft_year``: docgen prints "ngày … tháng 02 năm 2026"), and said so."""
    line = date_line(parts)
    found = line.date() if line is not None else None
    if found is not None:
        return {"date": found}
    if line is None or not line.written:
        notes.add(("document", "date"), INTERPRETED, m.DATE_MISSING, _at(parts.place_date))
        return {}
    kept = _draft_date(line.month, line.year)
    printed = long_date(None, kept.get("draft_month"), kept.get("draft_year"))
    notes.add(("document", "date"), INTERPRETED, m.DATE_BLANK.format(written=line.written, printed=printed),
              _at(parts.place_date))
    return kept


def _draft_date(month: str, year: str) -> dict[str, int]:
    """The month and year a draft's blank date already writes ("tháng 02 năm 2026"), those that are real."""
    if not (year.isdigit() and YEARS[0] <= int(year) <= YEARS[1]):
        return {}
    if month.isdigit() and 1 <= int(month) <= 12:
        return {"draft_month": int(month), "draft_year": int(year)}
    return {"draft_year": int(year)}


def plan_year(parts: Parts, document: dict[str, Any]) -> int:
    """The plan's year: its date's, else the year written in a draft's date line, else its summary's."""
    if document.get("date") is not None:
        return document["date"].year
    return document.get("draft_year") or _year_in_title(parts)


def _year_in_title(parts: Parts) -> int:
    """The plan's year as its summary states it ("… năm 2022"); the current year only when it states none."""
    found = re.findall(r"\b(19\d\d|20\d\d)\b", " ".join(s.text for s in parts.summary))
    return int(found[-1]) if found else dt.date.today().year


def _place(parts: Parts, notes: Notes) -> str:
    """The place is the name of the issuer's own administrative unit (ND30 Phụ lục I, mục II.4)."""
    line = date_line(parts)
    written = squash(line.place) if line is not None else ""
    unit = issuing_unit(parts)
    if unit is None:
        if written:
            notes.add(("issuer", "place"), INTERPRETED, m.PLACE_KEPT.format(place=written), _at(parts.place_date))
        return written or "…"
    place = title_case(unit[1])
    if written and fold(written) != fold(place):
        notes.add(("issuer", "place"), CORRECTED, m.PLACE_CORRECTED.format(written=written, place=place),
                  _at(parts.place_date))
    return place


def _at(span: Span | None) -> tuple[int, ...]:
    """Return the paragraph of the original a top-block element is in, for the note on it."""
    return (span.paragraph.index,) if span is not None else ()
