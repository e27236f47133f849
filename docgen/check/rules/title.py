"""The document type ("KẾ HOẠCH") and the summary under it (ND30 Phụ lục I, mục II.5.b)."""

from __future__ import annotations

import re

from docgen import nd30
from docgen.check import messages as m
from docgen.check.finding import ERROR, WARNING, Issue
from docgen.check.rules.base import rule
from docgen.check.rules.common import Look, look_issues
from docgen.read.document import DocumentView
from docgen.read.parts import CONG_VAN, TYPED, Parts
from docgen.read.text import fold, squash

DOC_TYPE = Look(nd30.DOC_TYPE_SIZE, bold=True, italic=False, case="upper", align=("center",))
SUMMARY = Look(nd30.SUMMARY_SIZE, bold=True, italic=False, case="lower", align=("center",))
ISSUED_WITH = Look(nd30.APPENDIX_REFERENCE_SIZE, bold=False, italic=True, align=("center",))
CONG_VAN_SUMMARY = Look(nd30.LETTER_SUMMARY_SIZE, bold=False, italic=False, case="lower", align=("center",))  # ô 5b


@rule("doc-type-format", ERROR, "Phụ lục I, mục II.5.b")
def doc_type_format(view: DocumentView, parts: Parts) -> list[Issue]:
    """The document type is upper case, 13–14 pt, bold, upright, centred, on a line of its own: a type name
    typed with its summary as one upper-case line ("BÁO CÁO CÔNG TÁC TUẦN 02 …") is a reminder."""
    return look_issues([parts.doc_type], DOC_TYPE) + _typed_with_summary(parts)


TYPE_NAMES = sorted((fold(name) for name in nd30.DOC_TYPE_CODES), key=len, reverse=True)
NOT_A_SUMMARY = ("liên tịch",)  # "NGHỊ QUYẾT LIÊN TỊCH": still the type's name


def _typed_with_summary(parts: Parts) -> list[Issue]:
    """The type name and two words or more after it on its line, with no summary of its own under it (none, or
    only a bracketed line such as "(Từ ngày … đến ngày …)")."""
    span = parts.doc_type
    if span is None or any(not s.text.startswith("(") for s in parts.summary):
        return []
    folded = squash(span.folded)
    name = next((n for n in TYPE_NAMES if folded.startswith(n + " ")), None)
    rest = folded[len(name):].strip() if name else ""
    if name is None or len(rest.split()) < 2 or rest.startswith(NOT_A_SUMMARY):
        return []
    typed = squash(span.text)
    return [Issue(span.place, typed, m.TYPE_THEN_SUMMARY.format(kind=typed[:len(name)]), variant="with-summary",
                  severity=WARNING)]


VV = re.compile(r"^(v/v|v\.v)(?P<dot>\s*\.)?", re.IGNORECASE)  # the abbreviation of "Về việc"
VV_LINE = re.compile(r"^\(?\s*(v/v|v\.v)\b", re.IGNORECASE)  # a công văn's summary line, bracketed or not


@rule("summary-vv", WARNING, "Phụ lục I, mục II.5.b")
def summary_vv(view: DocumentView, parts: Parts) -> list[Issue]:
    """Only a công văn's summary opens with "V/v" (a document with a type name states its subject directly), and
    "V/v" takes no full stop after it."""
    first = parts.summary[0] if parts.summary else None
    found = VV.match(squash(first.text)) if first is not None else None
    if first is None or found is None:
        return _vv_under_number(view, parts)
    if parts.genre != CONG_VAN:
        return [Issue(first.place, squash(first.text), m.VV_TYPED, variant="typed")]
    if found.group("dot"):
        return [Issue(first.place, squash(first.text), m.VV_PLAIN, variant="dot")]
    return []


def _vv_under_number(view: DocumentView, parts: Parts) -> list[Issue]:
    """A document with a type name and a summary of its own that also carries a công văn's "(V/v …)" line
    between its number and its type name."""
    if parts.genre == CONG_VAN or parts.number is None or parts.doc_type is None or not parts.summary:
        return []
    first, last = parts.number.paragraph.index, parts.doc_type.paragraph.index
    return [Issue(p.place, squash(p.text), m.VV_TYPED, variant="under-number") for p in view.paragraphs
            if first <= p.index < last and p is not parts.number.paragraph and VV_LINE.match(squash(p.text))][:1]


@rule("attached-title-format", ERROR, "Phụ lục III, mẫu 1.3 (văn bản kèm theo)", genres=(TYPED,))
def attached_title_format(view: DocumentView, parts: Parts) -> list[Issue]:
    """A quy chế or quy định issued with the document: its type line as a type name, its summary as a summary."""
    return [issue for attached in parts.attachments
            for issue in look_issues(attached.titles[:1], DOC_TYPE) + look_issues(attached.titles[1:], SUMMARY)]


@rule("attached-reference-format", ERROR, "Phụ lục III, mẫu 1.3 (văn bản kèm theo)", genres=(TYPED,))
def attached_reference_format(view: DocumentView, parts: Parts) -> list[Issue]:
    """Its "(Ban hành kèm theo …)" line is 13–14 pt, italic, not bold, centred."""
    return look_issues((attached.reference for attached in parts.attachments), ISSUED_WITH)


@rule("summary-format", ERROR, "Phụ lục I, mục II.5.b")
def summary_format(view: DocumentView, parts: Parts) -> list[Issue]:
    """The summary is in lower case (not all capitals), 13–14 pt, bold, upright, centred; a công văn's "V/v …"
    under its number is 12–13 pt, upright, not bold."""
    return look_issues(parts.summary, CONG_VAN_SUMMARY if parts.genre == CONG_VAN else SUMMARY)
