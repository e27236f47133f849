"""What a kind adds to the template context (docgen/render/context.py makes what every kind shares).

A decision's articles become body paragraphs ``Điều 1.`` (label in bold) … with khoản ``1.`` and điểm ``a)``;
its last paragraph is the one ending in ``./.``. A công văn's summary is its ``V/v …`` line. The addressees
give one ``Kính gửi: …`` line, or the label and one ``- …;`` line each.
"""

from __future__ import annotations

import re
from typing import Any

from docgen import vnformat
from docgen.kinds import Kind, kind_named
from docgen.kinds.model import Article
from docgen.plan.model import Plan
from docgen.render import content

PROPOSAL_START = "Theo đề nghị của"
PROPOSAL_STARTS = ("Theo đề nghị", "Xét đề nghị")  # a proposal already written in full is printed as written
ADDRESSEE_LABEL = "Kính gửi:"


def kind_context(plan: Plan, context: dict[str, Any], results=None) -> dict[str, Any]:
    """Return ``context`` with the kind's own entries (the plan's placeholders already filled in ``plan``;
    ``results``: the calculation, for a table placed in a decision's article)."""
    kind = kind_named(plan.document.kind)
    if kind is None or kind.layout == "plan":
        return context
    extra: dict[str, Any] = {"addressees": addressee_lines(plan.addressees)}
    if kind.has_addressees and plan.addressees:  # "Như trên": the addressees above
        extra["recipients"] = _first_line(context["recipients"], "- Như trên;")
    if kind.layout == "letter":
        extra |= _letter(plan, context)
    if kind.layout == "decision" and plan.decision is not None:
        extra |= _decision(plan, context, kind, results)
    return context | extra


def addressee_lines(addressees: list[str]) -> list[str]:
    """``Kính gửi: UBND huyện …`` for one addressee; the label then ``- A;`` … ``- B.`` for several."""
    bare = [text.strip().lstrip("-+ ").rstrip(" ;.,") for text in addressees]
    if len(bare) == 1:
        return [f"{ADDRESSEE_LABEL} {bare[0]}."]
    return [ADDRESSEE_LABEL] + [f"- {text}{'.' if i == len(bare) - 1 else ';'}" for i, text in enumerate(bare)]


def _letter(plan: Plan, context: dict[str, Any]) -> dict[str, Any]:
    """A công văn: ``Số: 12/UBND-VP`` (the issuer's abbreviation, then the drafting unit's, ND30 Phụ lục III) and
    the ``V/v …`` summary in the number's column instead of a type name."""
    doc = plan.document
    summary = context["summary"]
    line = summary if summary.startswith("V/v") else f"V/v {summary[:1].lower()}{summary[1:]}"
    number = f"Số: {vnformat.document_number(doc.number)}/{plan.issuer.abbreviation}-{doc.code}"
    return {"number_line": number, "summary": line, "doc_type": line}


def _decision(plan: Plan, context: dict[str, Any], kind: Kind, results) -> dict[str, Any]:
    """The bases end with "Theo đề nghị của …."; "QUYẾT ĐỊNH:" stands centred; the articles are body paragraphs
    through the shared body block (emphasis markup: ``**Điều 1.**``); the last one is the closing, in ``./.``."""
    decision = plan.decision
    assert decision is not None
    proposal = decision.proposal if decision.proposal.startswith(PROPOSAL_STARTS) else \
        f"{PROPOSAL_START} {decision.proposal}"
    bases = [content.paragraph(text) for text in
             [text.rstrip(" ;.,") + ";" for text in plan.bases] + [proposal.rstrip(" ;.,") + "."]]
    paragraphs = [p for number, article in enumerate(decision.articles, start=1) for p in _article(article, number)]
    last = paragraphs.pop()
    closing = content.paragraph(last.rstrip(" .;") + "./.")
    emphasis = any(p["runs"] for p in bases)
    return {"authority": [line.upper() for line in decision.authority],
            "bases": [] if emphasis else [p["text"] for p in bases], "base_paragraphs": bases if emphasis else [],
            "body": _placed([content.paragraph(f"{kind.name.upper()}:", bold=True, division="label"),
                             *(content.paragraph(text) for text in paragraphs)], plan, results),
            "closing": closing["text"], "closing_runs": closing["runs"],
            "recipients": _as_in_article(context["recipients"], len(decision.articles))}


def _placed(body: list[dict[str, Any]], plan: Plan, results) -> list[dict[str, Any]]:
    """A table placed in an article ("{table.id}") printed there, as in any body."""
    if results is None or not any(p["table"] for p in body):
        return body
    from docgen.render.context import placed_tables

    return placed_tables(body, plan, results)


def _article(article: Article, number: int) -> list[str]:
    """``**Điều 1.** text`` (the label bold, in the plan's own emphasis markup), its khoản ``1.`` and điểm ``a)``."""
    first, *rest = article.text or [""]
    out = [f"**Điều {number}.** {first}".rstrip(), *rest]
    for index, clause in enumerate(article.clauses, start=1):
        head, *more = clause.text
        out += [f"{index}. {head}", *more]
        for letter, point in enumerate(clause.points, start=1):
            out += [f"{vnformat.point_letter(letter)}) {point[0]}", *point[1:]]
    return out


AS_IN_ARTICLE = re.compile(r"^- như điều (\d+\b.*)$", re.IGNORECASE)


def _as_in_article(recipients: list[str], last_article: int) -> list[str]:
    """The executors named in the last article receive it first: ``- Như Điều 3;`` (ND30 Phụ lục III); a
    "Như Điều 3 (th/h)" the clerk placed elsewhere stays there, its "Điều" in capitals (Phụ lục II)."""
    typed = [AS_IN_ARTICLE.match(line) for line in recipients]
    if not any(typed):
        return [f"- Như Điều {last_article};", *recipients]
    return [f"- Như Điều {found.group(1)}" if found else line for line, found in zip(recipients, typed, strict=True)]


def _first_line(recipients: list[str], first: str) -> list[str]:
    return recipients if recipients and recipients[0] == first else [first, *recipients]

