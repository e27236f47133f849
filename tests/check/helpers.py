"""Test helpers: the clean-document builder (``make_docx``, in ``builder.py``) and ways to check it.

``only(rule_id, **overrides)`` builds the document with one property broken and asserts that exactly that
rule fires; ``check(**overrides)`` returns all findings.
"""

from __future__ import annotations

from typing import Any

from docgen.check import Finding, check_docx
from docgen.check.messages import RULE_CRASHED
from docgen.check.runner import check_view
from docgen.read.document import PageLayout, open_document
from docgen.read.locate import locate
from tests.check.builder import build, make_docx
from tests.check.spec import BODY_TEXT, FORMATS, REFERENCE, Fmt, Spec

__all__ = ["BODY_TEXT", "FORMATS", "REFERENCE", "Fmt", "Spec", "build", "check", "crashes", "judged", "make_docx",
           "only", "paragraph", "paragraphs", "reference", "wheres"]


def crashes(findings: list[Finding]) -> list[tuple[str, str]]:
    """Return (rule id, exception) of every finding that says its rule raised instead of judging. A crashed
    rule still reports under its own id, so a test comparing rule ids alone would count it as a judgement."""
    return [(f.rule_id, f.found) for f in findings if f.message == RULE_CRASHED]


def judged(findings: list[Finding]) -> list[Finding]:
    """Return ``findings``, failing the test when a rule crashed instead of judging the document."""
    assert not crashes(findings), f"rules that raised instead of judging: {crashes(findings)}"
    return findings


def check(layout: PageLayout | None = None, **overrides: Any) -> list[Finding]:
    """Return the findings of the document ``make_docx(**overrides)``; a rule that crashed fails the test.
    ``layout``: its pages as LibreOffice would print them (``docgen check --layout``)."""
    if layout is None:
        return judged(check_docx(make_docx(**overrides)))
    view = open_document(make_docx(**overrides))
    view.layout = layout
    return judged(check_view(view, locate(view)))


def only(rule_id: str, **overrides: Any) -> list[Finding]:
    """Return the findings of the document, asserting that they all come from ``rule_id`` (and some do)."""
    found = check(**overrides)
    assert found and {f.rule_id for f in found} == {rule_id}, [(f.rule_id, f.where, f.found) for f in found]
    return found


def wheres(findings: list[Finding]) -> list[str]:
    """Return the ``where`` of each finding."""
    return [finding.where for finding in findings]


def reference(number: str = "85/KH-UBND", date: str = "ngày 24 tháng 10 năm 2022",
              issuer: str = "Ủy ban nhân dân xã Thịnh Đức", kind: str = "Kế hoạch") -> tuple:
    """Return the two appendices with a "(Kèm theo …)" line made of the given pieces."""
    text = f"(Kèm theo {kind} số {number} {date} của {issuer})"
    return tuple((label, title, text) for label, title, _ in Spec().appendices)


def paragraphs(doc) -> list:
    """Return every paragraph of a python-docx document, body and table cells, in document order (a merged
    cell's paragraphs once)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    found, seen = [], set()
    for block in doc.iter_inner_content():
        if isinstance(block, Table):
            candidates = [p for row in block.rows for cell in row.cells for p in cell.paragraphs]
        else:
            candidates = [block] if isinstance(block, Paragraph) else []
        for candidate in candidates:
            if candidate._p not in seen:
                seen.add(candidate._p)
                found.append(candidate)
    return found


def paragraph(doc, start: str):
    """Return the first paragraph (body or cell) whose text starts with ``start``."""
    return next(p for p in paragraphs(doc) if p.text.startswith(start))
