"""Runs every registered rule over one document and returns the findings in document order."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from docgen.check import messages
from docgen.check.finding import ERROR, Finding, Issue, Place
from docgen.check.rules import RULES, Rule
from docgen.read import patterns
from docgen.read.document import DocumentView, open_document
from docgen.read.documents import first_document
from docgen.read.locate import locate
from docgen.read.parts import Parts


def check_docx(source: Path | bytes, name: str = "") -> list[Finding]:
    """Return the ND30 findings of a .docx (a path or its bytes), sorted by position in the document.

    Raises ``DocgenError`` when the file is not a readable .docx; ``name`` is the file name it reports.
    """
    view = first_document(open_document(source, name or ("" if isinstance(source, bytes) else str(source))))
    return check_view(view, locate(view))


def check_view(view: DocumentView, parts: Parts) -> list[Finding]:
    """Return the findings of a document already opened and located, sorted by position in the document."""
    stamped = []
    slots = _slot_paragraphs(view)
    for position, rule in enumerate(r for r in RULES if r.applies(parts)):
        if slots and rule.rule_id in TEMPLATE_UNJUDGED:
            continue
        issues = [i for i in _issues(rule, view, parts) if not _judged_on_slot(rule.rule_id, i, slots)]
        for sequence, issue in enumerate(_repeats_merged(issues)):
            stamped.append((issue.place, position, sequence, _finding(rule, issue)))
    return [finding for *_, finding in sorted(stamped, key=lambda item: item[:3])]


# A template's slots ({{noi_nhan}}, [Tên cơ quan]) stand for text still to come: what the text will say (its
# punctuation, case, the number's form, the length of its rule, the colour marking the slot) is not judged on the
# slot, only how it is formatted (a slot set in 12 pt prints its text in 12 pt). An element may be a slot of any
# shape, so none is reported missing from a template; the placeholder finding says it is one.
TEMPLATE_UNJUDGED = {"element-missing"}
SLOT_UNJUDGED = {"number-form", "recipients-punctuation", "recipients-archive", "rule-length", "font-color",
                 "summary-rule", "issuer-rule", "motto-rule", "place-name", "date-form", "body-end-mark",
                 "signature-on-behalf"}
CASE_WORDS = {messages.UPPER, messages.LOWER}


def _slot_paragraphs(view: DocumentView) -> set[int]:
    """Return the indexes of the paragraphs that hold a template's slot."""
    return {p.index for p in view.paragraphs if patterns.PLACEHOLDER.search(p.text)}


def _judged_on_slot(rule_id: str, issue: Issue, slots: set[int]) -> bool:
    """True when the issue judges what a slot's text will say rather than how it is formatted."""
    if not slots or issue.place.order[:1] not in {(index,) for index in slots} or issue.place.order[0] == 0:
        return False
    if issue.variant == "typed":  # a rule typed as hyphens under a slot: its form is there already
        return False
    if rule_id in SLOT_UNJUDGED or (rule_id == "number-form" and issue.variant):
        return True
    return rule_id.endswith("-format") and set(issue.found.split(messages.JOIN)) <= CASE_WORDS


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
                   fix=_fix(rule.rule_id, issue.variant), text=issue.place.text)


def _fix(rule_id: str, variant: str) -> str:
    """Return how to put the finding right in Word: the variant's own menu path, else the rule's."""
    if variant == "crashed":
        return ""
    return messages.WORD_FIXES.get(f"{rule_id}/{variant}", messages.WORD_FIXES.get(rule_id, ""))
