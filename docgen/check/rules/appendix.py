"""Appendices: the "Phụ lục I" line, the title, the "(Kèm theo …)" line and own page numbering (ND30 Phụ lục I,
mục III.1; Phụ lục III, mẫu 2.1)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from docgen import nd30, vnformat
from docgen.check import messages as m
from docgen.check.finding import ERROR, WARNING, Issue, Severity
from docgen.check.rules.base import rule
from docgen.check.rules.common import Look, look_issues
from docgen.nd30 import APPENDIX_WORD, REFERENCE_WORDS
from docgen.read import patterns
from docgen.read.document import DocumentView
from docgen.read.identity import date_line, doc_type_name, issuer_name, number_line
from docgen.read.parts import Appendix, Parts
from docgen.read.text import fold, squash

CENTRED = ("center",)
LABEL = Look(nd30.APPENDIX_LABEL_SIZE, bold=True, italic=False, align=CENTRED)
TITLE = Look(nd30.APPENDIX_TITLE_SIZE, bold=True, italic=False, case="upper", align=CENTRED)
REFERENCE = Look(nd30.APPENDIX_REFERENCE_SIZE, bold=False, italic=True, align=CENTRED)
DATE_IN_FIGURES = re.compile(r"ngày\s*[\d.…_ ]*/\s*\d{0,2}\s*/\s*\d{4}")  # folded: "ngày /4/2026", not Mẫu 2.1's words
REFERENCE_NUMBER = re.compile(r"số\s*(?P<number>[\d.…_ ]*?)\s*/\s*(?P<symbol>[^\s,;)]+)")  # folded; blank allowed


@rule("appendix-label", ERROR, "Phụ lục I, mục III.1.a và III.1.b")
def appendix_label(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """Each appendix starts with "Phụ lục" (lower case) and, when there are two or more, its Roman numeral in
    order: "Phụ lục I", "Phụ lục II"."""
    count = len(parts.appendices)
    for position, appendix in enumerate(parts.appendices, start=1):
        expected = f"{APPENDIX_WORD} {vnformat.roman(position)}"
        allowed = {expected, APPENDIX_WORD} if count == 1 else {expected}
        text = squash(appendix.label.text)
        if not appendix.labelled:
            yield Issue(appendix.label.place, m.NOTHING, expected, variant="missing", severity=_severity(appendix))
        elif text not in allowed:
            yield Issue(appendix.label.place, text, expected)


@rule("appendix-label-format", ERROR, "Phụ lục I, mục III.1.b")
def appendix_label_format(view: DocumentView, parts: Parts) -> list[Issue]:
    """ "Phụ lục I" is 14 pt, bold, upright, centred."""
    return look_issues((a.label for a in parts.appendices if a.labelled), LABEL)


@rule("appendix-title-format", ERROR, "Phụ lục I, mục III.1.b")
def appendix_title_format(view: DocumentView, parts: Parts) -> list[Issue]:
    """An appendix title is upper case, 13–14 pt, bold, upright, centred."""
    return [issue for a in parts.appendices for issue in _as_read(a, look_issues(a.titles, TITLE))]


@rule("appendix-reference-format", ERROR, "Phụ lục I, mục III.1.c")
def appendix_reference_format(view: DocumentView, parts: Parts) -> list[Issue]:
    """The "(Kèm theo …)" line is 13–14 pt, italic, not bold, centred."""
    return [issue for a in parts.appendices for issue in _as_read(a, look_issues([a.reference], REFERENCE))]


@rule("appendix-reference", ERROR, "Phụ lục I, mục III.1.c; Phụ lục III, mẫu 2.1")
def appendix_reference(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """Each appendix has a "(Kèm theo …)" line giving the document's own type, number and symbol, date and
    issuing body, as its top block states them (number and date may be left blank in an electronic copy)."""
    own = _own_reference(parts)
    for appendix in parts.appendices:
        if appendix.reference is None:
            yield Issue(appendix.label.place, m.NOTHING, own.shown, variant="missing", severity=_severity(appendix))
            continue
        wrong = own.differences(fold(appendix.reference.text))
        if wrong:
            written = squash(appendix.reference.text)
            yield Issue(appendix.reference.place, written, own.shown_with(written), variant=wrong[0],
                        severity=WARNING if set(wrong) <= REMINDED else _severity(appendix))


@dataclass(frozen=True)
class OwnReference:
    """What the "(Kèm theo …)" line must say, from the document's own top block (folded for comparison;
    None or empty when the top block does not say it)."""

    shown: str
    kind: str
    number: int | None
    symbol: str
    date: str
    issuer: str

    def shown_with(self, written: str) -> str:
        """Return the expected line with the issuer as ``written`` spells it when it is the same name: the name
        rebuilt from capitals ("SỞ CÔNG THƯƠNG") cannot tell which words Phụ lục II capitalises."""
        words, size = written.rstrip(")").split(), len(self.issuer.split())
        same = next((" ".join(words[i:i + size]) for i in range(len(words) - size + 1)
                     if fold(" ".join(words[i:i + size])) == self.issuer), None) if self.issuer else None
        return self.shown[: self.shown.rindex(" của ") + len(" của ")] + same + ")" if same else self.shown

    def differences(self, written: str) -> list[str]:
        """Return the pieces the folded reference line gets wrong: type, number, date, issuer."""
        wrong = [] if not self.kind or self.kind in written else ["type"]
        numbered = REFERENCE_NUMBER.search(written)
        if self.symbol and (numbered is None or numbered["symbol"] != self.symbol or (
                numbered["number"].isdigit() and self.number is not None and int(numbered["number"]) != self.number)):
            wrong.append("number")
        dated = patterns.DATE_IN_TEXT.search(written)
        if self.date and ("ngày" not in written or (dated and fold(dated.group(0)) != self.date)):
            wrong.append("date")
        elif DATE_IN_FIGURES.search(written):  # "ngày /4/2026", also when the document's own date is left blank
            wrong.append("date-figures")
        return wrong + ([] if not self.issuer or self.issuer in written else ["issuer"])


# the issuer alone is often written short ("UBND") or as its chairman; a date in figures is a new reading: reminders
REMINDED = {"issuer", "date-figures"}


def _own_reference(parts: Parts) -> OwnReference:
    number, date = number_line(parts), date_line(parts)
    value = int(number.number) if number and number.number.isdigit() else None
    symbol = number.clean_symbol if number else ""
    day = date.date() if date else None
    when = vnformat.long_date(day) if day else ""
    kind, issuer = doc_type_name(parts), issuer_name(parts)
    written_number = f"{value:02d}" if value is not None else "…"
    shown = (f"({REFERENCE_WORDS} {kind} số {written_number}/{symbol or '…'} {when or 'ngày … tháng … năm …'} "
             f"của {issuer or '…'})")
    return OwnReference(shown, fold(f"{REFERENCE_WORDS} {kind}") if kind else "", value, fold(symbol), fold(when),
                        fold(issuer))


@rule("appendix-page-numbering", ERROR, "Phụ lục I, mục III.1.đ")
def appendix_page_numbering(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """Each appendix has its own page numbering: it starts a new section whose numbers restart at 1."""
    for appendix in parts.appendices:
        issue = _numbering_issue(view, appendix)
        if issue:
            yield from _as_read(appendix, [issue])


def _severity(appendix: Appendix) -> Severity | None:
    """A warning for an appendix read from its shape (a table under a title and "(Kèm theo …)"), whose reading is
    new and its precision not shown; else the rule's own severity."""
    return WARNING if appendix.inferred else None


def _as_read(appendix: Appendix, issues: list[Issue]) -> list[Issue]:
    return [replace(issue, severity=_severity(appendix)) for issue in issues] if appendix.inferred else issues


def _numbering_issue(view: DocumentView, appendix: Appendix) -> Issue | None:
    place = appendix.label.place
    if not appendix.starts_section:
        return Issue(place, m.SAME_SECTION)
    if appendix.label.paragraph.section > len(view.sections):  # a document without section properties
        return None
    if view.sections[appendix.label.paragraph.section - 1].restart_at != 1:
        return Issue(place, m.CONTINUED_NUMBERS)
    return None
