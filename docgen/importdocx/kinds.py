"""What ``import-docx`` reads differently for each kind of document (docgen/kinds): the kind itself (a công văn
has no type name), a công văn's symbol, the addressees "Kính gửi:", a decision's authority line, its proposal
and its articles, and a letter's body that is paragraphs, not an outline.

Everything every kind shares (top block, bases, outline, signature, recipients, appendices) is read by the rest
of docgen/importdocx; this module only adds what a kind has of its own.
"""

from __future__ import annotations

import re
from typing import Any

from docgen.importdocx import messages as m
from docgen.importdocx.emphasis import marked
from docgen.importdocx.notes import INTERPRETED, Notes
from docgen.kinds import Kind, kind_named
from docgen.read.identity import doc_type_name
from docgen.read.outline import BULLET, ITEM, POINT, SECTION, SUB_BULLET, Line, classify
from docgen.read.parts import CONG_VAN, Parts
from docgen.read.text import fold, squash

LETTER = "Công văn"
ARTICLE = re.compile(r"^Điều\s+(\d+)\s*[.:]?\s*(.*)$")
ADDRESSEE_LABEL = re.compile(r"^\s*Kính\s+gửi\s*:?\s*", re.IGNORECASE)
PROPOSAL_STARTS = ("theo đề nghị", "xét đề nghị")


def kind_name(parts: Parts) -> str:
    """The document's kind as a sentence names it: its type name, or "Công văn" for a document the reader
    laid out as one (no type name; "V/v …" under the number, or a text opening with "Kính gửi:")."""
    return LETTER if parts.genre == CONG_VAN else doc_type_name(parts)


def kind_of(document: dict[str, Any]) -> Kind | None:
    return kind_named(document["kind"])


def letter_symbol(symbol: str) -> tuple[str, str]:
    """A công văn's symbol is the issuer's abbreviation then the drafting unit's (ND30 Phụ lục III): "UBND-NC"
    → ("UBND", "NC"); a symbol of one group has no unit's ("BCĐ" → ("BCĐ", ""))."""
    first, _, rest = symbol.partition("-")
    return first, rest


def addressees(parts: Parts) -> list[str]:
    """The addressees of "Kính gửi: A" or of "Kính gửi:" then "- A;" "- B." lines, without the marks docgen
    prints again."""
    found: list[str] = []
    for paragraph in parts.salutation:
        for line in paragraph.text.split("\n"):
            text = squash(ADDRESSEE_LABEL.sub("", squash(line)))
            text = text.lstrip("-–+• ").rstrip(" ;.,")
            if text:
                found.append(text)
    return found


def split_proposal(bases: list[str]) -> tuple[list[str], str]:
    """A decision's bases end with "Theo đề nghị của …" (or "Xét đề nghị …"): return the bases before it and
    that line, without its end mark ("" when the decision has none)."""
    if bases and fold(bases[-1]).startswith(PROPOSAL_STARTS):
        return bases[:-1], bases[-1].rstrip(" ;.,")
    return bases, ""


def decision(parts: Parts, proposal: str, notes: Notes) -> dict[str, Any]:
    """Return the ``[decision]`` table: the authority line(s), the proposal and the articles "Điều 1." … with
    their khoản "1." and điểm "a)"; a paragraph that is neither stays a paragraph of the article it is in."""
    authority = [squash(p.text) for p in parts.authority if squash(p.text)]
    if not authority:
        authority = ["…"]
        notes.add(("decision", "authority"), INTERPRETED, m.AUTHORITY_MISSING)
    if not proposal:
        proposal = "…"
        notes.add(("decision", "proposal"), INTERPRETED, m.PROPOSAL_MISSING)
    articles: list[dict[str, Any]] = []
    for paragraph in parts.body:
        if not paragraph.is_empty:
            _add_line(articles, classify(paragraph), notes)
    if articles:
        _drop_end_mark(articles[-1])
    while len(articles) < 2:  # a decision has at least two articles (the last one names who carries it out)
        articles.append({"text": ["…"]})
        notes.add(("decision", "articles", len(articles) - 1), INTERPRETED, m.ARTICLE_MISSING)
    return {"authority": authority, "proposal": proposal, "articles": articles}


def _add_line(articles: list[dict[str, Any]], line: Line, notes: Notes) -> None:
    text = squash(line.paragraph.text)
    found = ARTICLE.match(text)
    if found:
        rest = found.group(2)
        articles.append({"text": [marked(line.paragraph, rest)]} if rest else {})
        return
    if not articles:  # text between "QUYẾT ĐỊNH:" and "Điều 1.": kept in an article of its own
        articles.append({})
        notes.add(("decision", "articles", 0), INTERPRETED, m.TEXT_BEFORE_ARTICLE)
    article = articles[-1]
    if line.kind == ITEM:
        article.setdefault("clauses", []).append({"text": [marked(line.paragraph, line.text)]})
    elif line.kind == POINT and article.get("clauses"):
        article["clauses"][-1].setdefault("points", []).append([marked(line.paragraph, line.text)])
    else:
        _paragraph_of(article, _typed(line))


def _paragraph_of(article: dict[str, Any], text: str) -> None:
    """Add ``text`` to the last point, else the last clause, else the article itself."""
    clauses = article.get("clauses")
    if clauses:
        points = clauses[-1].get("points")
        (points[-1] if points else clauses[-1]["text"]).append(text)
    else:
        article.setdefault("text", []).append(text)


def _drop_end_mark(article: dict[str, Any]) -> None:
    """docgen ends the last article with "./." itself."""
    holder = article
    clauses = article.get("clauses")
    if clauses:
        points = clauses[-1].get("points")
        holder = {"text": points[-1]} if points else clauses[-1]
    texts = holder.get("text") or []
    if texts:
        texts[-1] = texts[-1].rstrip().removesuffix("./.").rstrip()


def letter_body(lines: list[Line]) -> list[str] | None:
    """A letter whose body has no section "I.": its paragraphs as typed, numbers and marks kept ("1. …",
    "- …"), for docgen prints a letter's paragraphs without an outline; None when it has sections."""
    if any(line.kind == SECTION for line in lines):
        return None
    return [_typed(line) for line in lines]


def _typed(line: Line) -> str:
    """A paragraph docgen does not number, with its own number or mark as typed (or as Word numbered it)."""
    text = marked(line.paragraph, line.text)
    if line.kind in (BULLET, SUB_BULLET):
        return f"{line.mark} {text}"
    if line.automatic:
        return f"{line.paragraph.label.strip()} {text}"
    if line.number:
        whole = squash(line.paragraph.text)
        return whole[: len(whole) - len(line.text)] + text if whole.endswith(line.text) else text
    return text
