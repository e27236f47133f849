"""The checks of a plan file that depend on its kind: each problem as (field path, message, hint)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from docgen.calc import GROUPS
from docgen.figures import GROUP_WORDS
from docgen.kinds import KINDS, Kind, kind_named, kind_names
from docgen.kinds import messages as m
from docgen.plan.model import Plan

Problem = tuple[tuple[Any, ...], str, str]


def kind_problems(plan: Plan) -> Iterator[Problem]:
    """Yield every problem of the plan's kind: an unknown kind, a wrong code, a part the kind lacks or has not."""
    kind = kind_named(plan.document.kind)
    if kind is None:
        yield ("document", "kind"), m.KIND_UNKNOWN.format(kind=plan.document.kind), \
            m.KIND_UNKNOWN_HINT.format(kinds=kind_names())
        return
    yield from _code(plan, kind)
    yield from _closing(plan, kind)
    yield from _decision(plan, kind)
    yield from _addressees(plan, kind)
    yield from _results(plan, kind)


def _code(plan: Plan, kind: Kind) -> Iterator[Problem]:
    code = plan.document.code
    if kind.code and code != kind.code:
        yield ("document", "code"), m.CODE_MISMATCH.format(kind=kind.name, expected=kind.code, code=code), \
            m.CODE_MISMATCH_HINT.format(expected=kind.code)
    if not kind.code and code in {k.code for k in KINDS if k.code}:
        yield ("document", "code"), m.CODE_MISMATCH.format(kind=kind.name, expected="VP", code=code), \
            m.LETTER_CODE_HINT


def _closing(plan: Plan, kind: Kind) -> Iterator[Problem]:
    if kind.has_closing and not plan.closing:
        yield ("closing",), m.CLOSING_MISSING.format(kind=kind.name), m.CLOSING_MISSING_HINT
    if not kind.has_closing and plan.closing:
        yield ("closing",), m.CLOSING_IN_DECISION, m.CLOSING_IN_DECISION_HINT


def _decision(plan: Plan, kind: Kind) -> Iterator[Problem]:
    if kind.layout != "decision":
        if plan.decision is not None:
            yield ("decision",), m.DECISION_ELSEWHERE.format(kind=kind.name), m.DECISION_ELSEWHERE_HINT
        return
    if plan.decision is None:
        yield ("document", "kind"), m.DECISION_MISSING, m.DECISION_MISSING_HINT
    for field in ("intro", "sections", "parts"):
        if getattr(plan, field):
            yield (field,), m.DECISION_BODY.format(field=field), m.DECISION_BODY_HINT


def _addressees(plan: Plan, kind: Kind) -> Iterator[Problem]:
    if kind.layout == "letter" and not plan.addressees:  # a Tờ trình may leave it out: nothing printed
        yield ("document", "kind"), m.ADDRESSEES_MISSING.format(kind=kind.name), m.ADDRESSEES_MISSING_HINT
    if not kind.has_addressees and plan.addressees:
        yield ("addressees",), m.ADDRESSEES_ELSEWHERE.format(kind=kind.name), m.ADDRESSEES_ELSEWHERE_HINT


def _results(plan: Plan, kind: Kind) -> Iterator[Problem]:
    if not plan.results:
        return
    if kind.slug != "bao-cao":
        yield ("results",), m.RESULTS_ELSEWHERE.format(kind=kind.name), m.RESULTS_ELSEWHERE_HINT
        return
    if len(plan.results) != len(plan.hamlets):
        yield ("results",), m.RESULTS_COUNT.format(hamlets=len(plan.hamlets), results=len(plan.results)), \
            m.RESULTS_COUNT_HINT
    for index, (result, hamlet) in enumerate(zip(plan.results, plan.hamlets, strict=False)):
        if " ".join(result.hamlet.split()).casefold() != " ".join(hamlet.name.split()).casefold():
            yield ("results", index, "hamlet"), m.RESULT_HAMLET.format(
                index=index + 1, found=result.hamlet, expected=hamlet.name), m.RESULT_HAMLET_HINT.format(
                expected=hamlet.name)
        for group in GROUPS:
            reduced, new, start = getattr(result, f"{group}_reduced"), getattr(result, f"{group}_new"), \
                getattr(hamlet, group)
            if reduced > start + new:  # the year end would count fewer than no household
                yield ("results", index, f"{group}_reduced"), m.RESULT_TOO_MANY.format(
                    hamlet=hamlet.name, reduced=reduced, words=GROUP_WORDS[group], start=start, new=new), \
                    m.RESULT_TOO_MANY_HINT
