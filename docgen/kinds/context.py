"""What a kind adds to the template context (docgen/render/context.py makes what every kind shares).

A decision's articles become body paragraphs ``Điều 1.`` (label in bold) … with khoản ``1.`` and điểm ``a)``;
its last paragraph is the one ending in ``./.``. A công văn's summary is its ``V/v …`` line. The addressees
give one ``Kính gửi: …`` line, or the label and one ``- …;`` line each.
"""

from __future__ import annotations

from typing import Any

from docgen import vnformat
from docgen.kinds import Kind, kind_named
from docgen.kinds.model import Article
from docgen.plan.model import Plan

PROPOSAL_START = "Theo đề nghị của"
ADDRESSEE_LABEL = "Kính gửi:"


def kind_context(plan: Plan, context: dict[str, Any]) -> dict[str, Any]:
    """Return ``context`` with the kind's own entries (the plan's placeholders already filled in ``plan``)."""
    kind = kind_named(plan.document.kind)
    if kind is None or kind.layout == "plan":
        return context
    extra: dict[str, Any] = {"addressees": addressee_lines(plan.addressees)}
    if kind.has_addressees:
        extra["recipients"] = _first_line(context["recipients"], "- Như trên;")
    if kind.layout == "letter":
        extra |= _letter(plan, context)
    if kind.layout == "decision" and plan.decision is not None:
        extra |= _decision(plan, context, kind)
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


def _decision(plan: Plan, context: dict[str, Any], kind: Kind) -> dict[str, Any]:
    decision = plan.decision
    assert decision is not None
    proposal = decision.proposal if decision.proposal.startswith(PROPOSAL_START) else \
        f"{PROPOSAL_START} {decision.proposal}"
    bases = [text.rstrip(" ;.,") + ";" for text in plan.bases] + [proposal.rstrip(" ;.,") + "."]
    paragraphs = [p for number, article in enumerate(decision.articles, start=1) for p in _article(article, number)]
    last = paragraphs.pop()
    last_text = last["text"].rstrip(" .;") + "./."
    return {"authority": [line.upper() for line in decision.authority], "bases": bases,
            "decides": f"{kind.name.upper()}:", "body": paragraphs,
            "closing": last_text, "closing_label": last["label"],
            "closing_rest": last_text[len(last["label"]):],
            "recipients": _as_in_article(context["recipients"], len(decision.articles))}


def _article(article: Article, number: int) -> list[dict[str, Any]]:
    label = f"Điều {number}."
    first, *rest = article.text or [""]
    out = [_labelled(label, first)] + [_labelled("", text) for text in rest]
    for index, clause in enumerate(article.clauses, start=1):
        head, *more = clause.text
        out += [_labelled("", f"{index}. {head}")] + [_labelled("", text) for text in more]
        for letter, point in enumerate(clause.points, start=1):
            out += [_labelled("", f"{vnformat.point_letter(letter)}) {point[0]}")]
            out += [_labelled("", text) for text in point[1:]]
    return out


def _labelled(label: str, text: str) -> dict[str, Any]:
    """A body paragraph of a decision: ``label`` (``Điều 1.``) printed bold before the rest."""
    joined = f"{label} {text}".strip() if label else text
    return {"text": joined, "bold": False, "division": "", "label": label, "rest": joined[len(label):]}


def _as_in_article(recipients: list[str], last_article: int) -> list[str]:
    """The executors named in the last article receive it first: ``- Như Điều 3;`` (ND30 Phụ lục III)."""
    return _first_line(recipients, f"- Như Điều {last_article};")


def _first_line(recipients: list[str], first: str) -> list[str]:
    return recipients if recipients and recipients[0] == first else [first, *recipients]

