"""Runs every registered rule over one document and returns the findings in document order."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from docgen.check import messages
from docgen.read.document import DocumentView, open_document
from docgen.check.finding import WARNING, Finding, Issue, Place
from docgen.read.locate import locate
from docgen.read.parts import Parts
from docgen.check.rules import RULES, Rule


def check_docx(source: Path | bytes, name: str = "") -> list[Finding]:
    """Return the ND30 findings of a .docx (a path or its bytes), sorted by position in the document.

    Raises ``DocgenError`` when the file is not a readable .docx; ``name`` is the file name it reports.
    """
    view = open_document(source, name or ("" if isinstance(source, bytes) else str(source)))
    parts = locate(view)
    stamped = []
    for position, rule in enumerate(r for r in RULES if r.applies(parts)):
        for sequence, issue in enumerate(_issues(rule, view, parts)):
            stamped.append((issue.place, position, sequence, _finding(rule, issue)))
    return [finding for *_, finding in sorted(stamped, key=lambda item: item[:3])]


def _issues(rule: Rule, view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """Yield the rule's issues; a rule that fails on an unusual document reports that it could not judge it
    instead of stopping the whole check (the clerk still gets every other finding)."""
    try:
        yield from list(rule.check(view, parts))
    except Exception as error:  # noqa: BLE001 - one broken rule must not hide the others
        yield Issue(Place((0, 0), messages.WHERE_DOCUMENT), type(error).__name__, variant="crashed",
                    severity=WARNING)


def _finding(rule: Rule, issue: Issue) -> Finding:
    text = messages.RULES[rule.rule_id]
    if issue.variant == "crashed":
        message = messages.RULE_CRASHED
    else:
        message = messages.VARIANTS.get(f"{rule.rule_id}/{issue.variant}", text.message)
    return Finding(rule_id=rule.rule_id, severity=issue.severity or rule.severity, where=issue.place.label,
                   message=message, expected=issue.expected or text.expected, found=issue.found, clause=rule.clause)
