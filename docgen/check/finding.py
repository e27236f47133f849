"""What the checker reports: a rule broken at a place, with what was expected and what was found."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from docgen.read.place import Place

__all__ = ["ERROR", "WARNING", "Finding", "Issue", "Place", "Severity"]

Severity = Literal["error", "warning"]
ERROR: Severity = "error"
WARNING: Severity = "warning"


@dataclass(frozen=True)
class Issue:
    """What a rule yields: the place, what was found, what was expected (empty: the rule's usual text), a
    message variant (a key in ``messages``) and, rarely, a severity other than the rule's default."""

    place: Place
    found: str
    expected: str = ""
    variant: str = ""
    severity: Severity | None = None


@dataclass(frozen=True)
class Finding:
    """One broken rule in one place, ready to print: everything a clerk needs, in Vietnamese."""

    rule_id: str
    severity: Severity
    where: str
    message: str
    expected: str
    found: str
    clause: str
    fix: str = ""  # how to put it right in Word, menu by menu (empty when the text itself must be retyped)
    text: str = field(default="", compare=False, repr=False)  # the whole paragraph it is on ("" for no paragraph)
