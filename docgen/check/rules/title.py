"""The document type ("KẾ HOẠCH") and the summary under it (ND30 Phụ lục I, mục II.5.b)."""

from __future__ import annotations

from docgen import nd30
from docgen.read.document import DocumentView
from docgen.check.finding import ERROR, Issue
from docgen.nd30 import Range
from docgen.read.parts import CONG_VAN, Parts
from docgen.check.rules.base import rule
from docgen.check.rules.common import Look, look_issues

DOC_TYPE = Look(nd30.DOC_TYPE_SIZE, bold=True, italic=False, case="upper", align=("center",))
SUMMARY = Look(nd30.SUMMARY_SIZE, bold=True, italic=False, case="lower", align=("center",))
CONG_VAN_SUMMARY = Look(Range(12, 13, 12), bold=False, italic=False, case="lower", align=("center",))  # ô 5b


@rule("doc-type-format", ERROR, "Phụ lục I, mục II.5.b")
def doc_type_format(view: DocumentView, parts: Parts) -> list[Issue]:
    """The document type is upper case, 13–14 pt, bold, upright, centred."""
    return look_issues([parts.doc_type], DOC_TYPE)


@rule("summary-format", ERROR, "Phụ lục I, mục II.5.b")
def summary_format(view: DocumentView, parts: Parts) -> list[Issue]:
    """The summary is in lower case (not all capitals), 13–14 pt, bold, upright, centred; a công văn's "V/v …"
    under its number is 12–13 pt, upright, not bold."""
    return look_issues(parts.summary, CONG_VAN_SUMMARY if parts.genre == CONG_VAN else SUMMARY)
