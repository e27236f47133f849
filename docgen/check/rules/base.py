"""A rule: one small function with a stable id, a default severity and the ND30 clause it enforces.

A rule receives the document view and the located parts and yields ``Issue``s; the runner stamps them
with the rule's id, severity, clause and message. Its description lives in ``messages.RULES``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from docgen.check import messages
from docgen.check.finding import Issue, Severity
from docgen.read.document import DocumentView
from docgen.read.parts import CONG_VAN, TYPED, Parts

Check = Callable[[DocumentView, Parts], Iterable[Issue]]
DECREE_30 = (TYPED, CONG_VAN)  # the genres Decree 30 governs (``docgen.read.genre``)


@dataclass(frozen=True)
class Rule:
    """A registered rule."""

    rule_id: str
    severity: Severity
    clause: str
    check: Check
    genres: tuple[str, ...] = DECREE_30

    def applies(self, parts: Parts) -> bool:
        """True when the rule is written for documents of this genre."""
        return parts.genre in self.genres

    @property
    def description(self) -> str:
        """Return the one-line description of the rule (Vietnamese)."""
        return messages.RULES[self.rule_id].description


def rule(rule_id: str, severity: Severity, clause: str,
         genres: tuple[str, ...] = DECREE_30) -> Callable[[Check], Rule]:
    """Return a decorator that turns a check function into a ``Rule`` for documents of ``genres``."""
    def wrap(check: Check) -> Rule:
        if rule_id not in messages.RULES:
            raise KeyError(f"rule {rule_id} has no text in docgen/check/messages.py")
        return Rule(rule_id, severity, clause, check, genres)
    return wrap
