"""Runs every registered rule over one document and returns the findings in document order."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from docgen.check import messages
from docgen.check.finding import ERROR, Finding, Issue, Place
from docgen.check.rules import RULES, Rule
from docgen.read.document import DocumentView, open_document
from docgen.read.locate import locate
from docgen.read.parts import Parts


def check_docx(source: Path | bytes, name: str = "") -> list[Finding]:
    """Return the ND30 findings of a .docx (a path or its bytes), sorted by position in the document.

    Raises ``DocgenError`` when the file is not a readable .docx; ``name`` is the file name it reports.
    """
    view = open_document(source, name or ("" if isinstance(source, bytes) else str(source)))
    return check_view(view, locate(view))


def check_view(view: DocumentView, parts: Parts) -> list[Finding]:
    """Return the findings of a document already opened and located, sorted by position in the document."""
    stamped = []
    for position, rule in enumerate(r for r in RULES if r.applies(parts)):
        for sequence, issue in enumerate(_repeats_merged(list(_issues(rule, view, parts)))):
            stamped.append((issue.place, position, sequence, _finding(rule, issue)))
    return [finding for *_, finding in sorted(stamped, key=lambda item: item[:3])]


def _issues(rule: Rule, view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """Yield the rule's issues; a rule that fails on an unusual document reports that it could not judge it
    instead of stopping the whole check (the clerk still gets every other finding). That report is an error:
    a rule that was not applied must never let a document pass (the build refuses it, `check` exits 1)."""
    try:
        yield from list(rule.check(view, parts))
    except Exception as error:  # one broken rule must not hide the others
        yield Issue(Place((0, 0), messages.WHERE_DOCUMENT), type(error).__name__, variant="crashed",
                    severity=ERROR)


REPEATED_MIN = 5  # the same finding of one rule at this many places becomes one finding naming them
REPEATED_SHOWN = 4
PARAGRAPH_NUMBER = re.compile(r"^đoạn \d+")


def _repeats_merged(issues: list[Issue]) -> list[Issue]:
    """Return the issues with each problem found at many places (same finding, same expectation) merged into
    one, placed at the first, that names how many and where the next ones are: a long document gives a readable
    report, not hundreds of lines."""
    groups: dict[tuple, list[Issue]] = {}
    for issue in issues:
        groups.setdefault((issue.found, issue.expected, issue.variant, issue.severity), []).append(issue)
    merged = []
    for same in groups.values():
        if len(same) < REPEATED_MIN:
            merged += same
            continue
        first, others = same[0], [_short(i.place.label) for i in same[1:REPEATED_SHOWN]]
        label = messages.WHERE_REPEATED.format(count=len(same), first=first.place.label, others=", ".join(others))
        merged.append(Issue(Place(first.place.order, label), first.found, first.expected, first.variant,
                            first.severity))
    return merged


def _short(label: str) -> str:
    found = PARAGRAPH_NUMBER.match(label)
    return found.group(0) if found else label


def _finding(rule: Rule, issue: Issue) -> Finding:
    text = messages.RULES[rule.rule_id]
    if issue.variant == "crashed":
        message = messages.RULE_CRASHED
    else:
        message = messages.VARIANTS.get(f"{rule.rule_id}/{issue.variant}", text.message)
    return Finding(rule_id=rule.rule_id, severity=issue.severity or rule.severity, where=issue.place.label,
                   message=message, expected=issue.expected or text.expected, found=issue.found, clause=rule.clause,
                   fix=messages.WORD_FIXES.get(rule.rule_id, "") if issue.variant != "crashed" else "")
