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
from docgen.importdocx.grid import read_grid
from docgen.importdocx.notes import CORRECTED, INTERPRETED, Notes
from docgen.kinds import KINDS, LETTER_NAME, Kind, kind_named, kind_of_document
from docgen.read.document import DocumentView, Paragraph, Table
from docgen.read.outline import BULLET, ITEM, POINT, SECTION, SUB_BULLET, Line, classify
from docgen.read.parts import Parts
from docgen.read.text import fold, squash

LETTER = LETTER_NAME
ARTICLE = re.compile(r"^Điều\s+(\d+)\s*[.:]\s*(.*)$")  # "Điều 2." (not "Điều 21 Luật … quy định" in a text)
ADDRESSEE_LABEL = re.compile(r"^\s*Kính\s+gửi\s*:?\s*", re.IGNORECASE)
PROPOSAL_STARTS = ("theo đề nghị", "xét đề nghị")


def kind_name(parts: Parts) -> str:
    """The document's kind as a sentence names it (``docgen.kinds.kind_of_document``)."""
    return kind_of_document(parts)


def split_kind(line: str) -> tuple[str, str]:
    """A type name run together with its summary on one line («BÁO CÁO CÔNG TÁC TUẦN 02 THÁNG 6 NĂM 2026»):
    return the kind docgen has that the line starts with («Báo cáo») and the rest as a sentence («Công tác tuần 02
    tháng 6 năm 2026»); ("", "") for a line that is a kind's name alone or starts with none."""
    words = line.split()
    for kind in sorted(KINDS, key=lambda k: -len(k.name)):
        size = len(kind.name.split())
        if len(words) > size and fold(" ".join(words[:size])) == fold(kind.name):
            rest = " ".join(words[size:])
            return kind.name, rest[:1].upper() + (rest[1:].lower() if rest.isupper() else rest[1:])
    return "", ""


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


def decision(parts: Parts, lines: list[Line], proposal: str, notes: Notes) -> dict[str, Any]:
    """Return the ``[decision]`` table: the authority line(s), the proposal and the articles "Điều 1." … with
    their khoản "1." and điểm "a)" from the body's ``lines`` (a table among them as its "{table.id}" line); a
    paragraph that is neither stays a paragraph of the article it is in."""
    authority = [squash(p.text) for p in parts.authority if squash(p.text)]
    if not authority:
        authority = ["…"]
        notes.add(("decision", "authority"), INTERPRETED, m.AUTHORITY_MISSING)
    if not proposal:
        proposal = "…"
        notes.add(("decision", "proposal"), INTERPRETED, m.PROPOSAL_MISSING)
    for paragraph in parts.enacting:
        if not squash(paragraph.text).endswith(":"):  # docgen prints ND30's "QUYẾT ĐỊNH:"
            notes.add(("decision",), CORRECTED, m.ENACTING_COLON.format(written=squash(paragraph.text)),
                      [paragraph.index], m.ENACTING_COLON)
    articles: list[dict[str, Any]] = []
    for line in lines:
        _add_line(articles, line, notes)
    if articles:
        _drop_end_mark(articles[-1])
    while len(articles) < 2:  # a decision has at least two articles (the last one names who carries it out)
        articles.append({"text": ["…"]})
        notes.add(("decision", "articles", len(articles) - 1), INTERPRETED, m.ARTICLE_MISSING)
    return {"authority": authority, "proposal": proposal, "articles": articles}


def executors_line(plan: dict[str, Any], notes: Notes) -> None:
    """Name a decision's recipient "Như điều 3" written otherwise than docgen prints it ("Như Điều 3": Nghị
    định 30, Phụ lục II, a cited article's "Điều" in capitals); where it stands, it stays."""
    for item in plan["recipients"]["items"]:
        found = AS_IN_ARTICLE.match(item)
        if found is not None and not item.startswith("Như Điều"):
            notes.add(("recipients", "items"), INTERPRETED,
                      m.EXECUTORS_LINE.format(written=item, printed=f"Như Điều {found['rest']}"))


def as_above_line(plan: dict[str, Any], notes: Notes) -> None:
    """Name the "Như trên" docgen prints first among the recipients of a letter or submission with "Kính gửi:"
    when the original did not write it."""
    items = plan["recipients"]["items"]
    if plan.get("addressees") and not (items and fold(items[0]).rstrip(" ;.") == "như trên"):
        notes.add(("recipients", "items"), INTERPRETED, m.AS_ABOVE_ADDED)


AS_IN_ARTICLE = re.compile(r"^như\s+điều\s+(?P<rest>\d+\b.*)$", re.IGNORECASE)  # "Như Điều 3 (th/h)"


def _add_line(articles: list[dict[str, Any]], line: Line, notes: Notes) -> None:
    found = None if _is_table(line) else ARTICLE.match(squash(line.paragraph.text))
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


def _is_table(line: Line) -> bool:
    """True for the line that holds a body table's place ("{table.bang_1}", importdocx.body_tables)."""
    return line.paragraph.cell is not None and line.text.startswith("{table.")


def letter_body(lines: list[Line]) -> list[str] | None:
    """A letter whose body has no section "I.": its paragraphs as typed, numbers and marks kept ("1. …",
    "- …"), for docgen prints a letter's paragraphs without an outline; None when it has sections."""
    if any(line.kind == SECTION for line in lines):
        return None
    return [_typed(line) for line in lines]


def _typed(line: Line) -> str:
    """A paragraph docgen does not number, with its own number or mark as typed (or as Word numbered it)."""
    if _is_table(line):
        return line.text
    text = marked(line.paragraph, line.text)
    if line.kind in (BULLET, SUB_BULLET):
        return f"{line.mark} {text}"
    if line.automatic:
        return f"{line.paragraph.label.strip()} {text}"
    if line.number:
        whole = squash(line.paragraph.text)
        return whole[: len(whole) - len(line.text)] + text if whole.endswith(line.text) else text
    return text


def attachments(view: DocumentView, parts: Parts, plan: dict[str, Any], notes: Notes) -> set[int]:
    """Each text issued with the document after its signature (a quy chế, quy định, điều lệ: the reader's
    ``parts.attachments``) into an appendix of ``plan``: its type line as the label, its summary as the title,
    its "(Ban hành kèm theo …)" line printed by docgen from the plan's own number and date (noted), its text as
    typed, tables in their places. Return the paragraphs taken."""
    taken: set[int] = set()
    for attachment in parts.attachments:
        if not attachment.titles:
            continue
        position = len(plan.get("appendices", []))
        label, *title = [squash(s.text) for s in attachment.titles]
        appendix: dict[str, Any] = {"id": f"phu_luc_{position + 1}", "label": label}
        if title:
            appendix["title"] = " ".join(title)
        taken |= {s.paragraph.index for s in attachment.titles}
        if attachment.reference is None:
            appendix["reference"] = False
        else:
            reference = attachment.reference.paragraph
            taken.add(reference.index)
            notes.add(("appendices", position), CORRECTED, m.REFERENCE_REWRITTEN.format(
                written=squash(reference.text)), [reference.index], m.REFERENCE_REWRITTEN)
        appendix["text"] = _attached_text(view, attachment.body, plan) or ["…"]
        taken |= {p.index for p in attachment.body}
        taken |= {p.index for block in _tables_within(view, attachment.body) for c in block.cells
                  for p in c.paragraphs}
        plan.setdefault("appendices", []).append(appendix)
    return taken


def _attached_text(view: DocumentView, body: list[Paragraph], plan: dict[str, Any]) -> list[str]:
    """The attached text's paragraphs as typed (Chương, Điều, khoản and điểm numbers kept), each table of its
    range into ``[[tables]]`` and placed by a "{table.id}" paragraph where it stood."""
    if not body:
        return []
    inside = set(_tables_within(view, body))
    out: list[str] = []
    for block in view.blocks:
        if isinstance(block, Table) and block in inside:
            tables = plan.setdefault("tables", [])
            ident = f"bang_{len(tables) + 1}"
            tables.append(read_grid(block).as_plan(ident))
            out.append("{table." + ident + "}")
        elif isinstance(block, Paragraph) and block in body:
            out.append(_typed(classify(block)))
    return out


def _tables_within(view: DocumentView, body: list[Paragraph]) -> list[Table]:
    if not body:
        return []
    first, last = body[0].index, body[-1].index
    return [t for t in view.blocks if isinstance(t, Table) and t.cells and
            first < min(p.index for c in t.cells for p in c.paragraphs) < last]
