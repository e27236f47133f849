"""The template context: every string the template shows, ready to print. Templates never compute.

Numbering (I., 1., 3.1., a), "-", "+"), punctuation of bases and recipients, Vietnamese numbers and dates
are all made here, so a plan file holds only wording and figures.
"""

from __future__ import annotations

from typing import Any

from docgen import nd30, vnformat
from docgen.calc import PLAIN_FIGURES, Results, commune_figures
from docgen.figures import FIGURES
from docgen.plan.model import Appendix, Division, Item, Part, Plan, Point, Section, Table
from docgen.plan.placeholders import PLACEHOLDER_OR_ESCAPE, filled, texts_matching, with_texts
from docgen.read.text import fold
from docgen.render import content
from docgen.render.appendix_table import column_widths


def make_context(plan: Plan, results: Results, draft: bool = False) -> dict[str, Any]:
    """Return the context for the plan template; ``draft`` (or a plan without number or date) marks it DỰ THẢO."""
    plan = with_figures(plan, results)
    doc = plan.document
    tables = {table.id: table for table in plan.tables}
    body = _with_tables(body_paragraphs(plan), tables, plan, results, landscape=False)
    bases = [content.paragraph(text) for text in punctuated(plan.bases, ";", ".")]
    closing = content.paragraph(closing_text(plan.closing))
    return {
        "issuer_parent": plan.issuer.parent,
        "issuer_header": plan.issuer.header,
        "number_line": f"Số: {symbol(plan)}",
        "draft": draft or plan.draft,
        "place_date": f"{plan.issuer.place}, {doc.printed_date}",
        "doc_type": doc.kind.upper(),
        "summary": doc.summary,
        # Bases print as plain strings, as always; only when one holds emphasis do they come as paragraphs.
        "bases": [] if any(p["runs"] for p in bases) else [p["text"] for p in bases],
        "base_paragraphs": bases if any(p["runs"] for p in bases) else [],
        "body": body,
        "closing": closing["text"],
        "closing_runs": closing["runs"],
        "recipients": recipient_lines(plan),
        "signature_lines": signature_lines(plan),
        "signer": plan.signature.name,
        "signature": content.signer_block(plan.signature),
        "joint": [content.signer_block(signer) for signer in plan.signature.joint],
        "joint_table": "",  # the joint signers' row, built with the template's styles (render/docx.py)
        "appendices": [_appendix(plan, results, a, i, tables) for i, a in enumerate(plan.appendices, start=1)],
    }


def symbol(plan: Plan) -> str:
    """Return ``85/KH-UBND``, with a leading zero below 10 and a blank number for a draft (ND30 Phụ lục I, II.3)."""
    doc = plan.document
    return f"{vnformat.document_number(doc.number)}/{doc.code}-{plan.issuer.abbreviation}"


def issued_by(plan: Plan) -> str:
    """Who issues the document, as an appendix's "(Kèm theo …)" line names it: the issuer, or for a decision
    its authority ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG" → "Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng")."""
    name = plan.issuer.name
    words = " ".join(plan.decision.authority).split() if plan.decision is not None else []
    count = len(name.split())
    if len(words) <= count or fold(" ".join(words[-count:])) != fold(name):
        return name
    position = " ".join(words[:-count])
    return f"{position[:1]}{position[1:].lower()} {name}"


def appendix_label(index: int, count: int) -> str:
    """Return ``Phụ lục I``, ``Phụ lục II`` …; a sole appendix is just ``Phụ lục`` (ND30 Phụ lục I, II.10)."""
    return "Phụ lục" if count == 1 else f"Phụ lục {vnformat.roman(index)}"


def appendix_labels(plan: Plan) -> dict[str, str]:
    """Each appendix's label by id: its own (``Mẫu số 01/HNCT``, an attached text's "QUY ĐỊNH …") or ``Phụ lục
    I`` … counted over the appendices docgen labels, as the checker counts the "Phụ lục" lines."""
    numbered = [a.id for a in plan.appendices if not a.label]
    labels = {ident: appendix_label(i, len(numbered)) for i, ident in enumerate(numbered, start=1)}
    return {a.id: a.label or labels[a.id] for a in plan.appendices}


def punctuated(texts: list[str], middle: str, last: str) -> list[str]:
    """Return the texts ending in ``middle``, the last in ``last``, whatever punctuation the clerk typed."""
    bare = [text.rstrip(" ;.,") for text in texts]
    return [text + (last if i == len(bare) - 1 else middle) for i, text in enumerate(bare)]


def body_paragraphs(plan: Plan) -> list[dict[str, Any]]:
    """Return the body as paragraphs ``{"text", "bold"}`` with the engine's numbering, intro to sections."""
    out = [_plain(text) for text in plan.intro]
    return out + _sections(plan.sections) + _divisions(plan.parts)


def _divisions(divisions: list[Division]) -> list[dict[str, Any]]:
    """Each "Phần thứ nhất" line, its title and its sections (the body's or an appendix's)."""
    out: list[dict[str, Any]] = []
    for number, division in enumerate(divisions, start=1):
        out += [_division("label", f"Phần {vnformat.ordinal(number)}"), _division("title", division.title.upper())]
        out += _sections(division.sections)  # mục restart at I. in each phần
    return out


def _numbers(entries: list[Any]) -> list[int]:
    """The number of each entry; an unnumbered one gets 0 and the next numbered one carries on without a gap."""
    out, count = [], 0
    for entry in entries:
        count += entry.numbered
        out.append(count if entry.numbered else 0)
    return out


def _sections(sections: list[Section]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for number, section in zip(_numbers(sections), sections, strict=True):
        out += _section(section, vnformat.roman(number) if number else "")
    return out


def closing_text(text: str) -> str:
    """Return the closing paragraph ending once in ``./.``, whatever end mark the clerk typed."""
    return text.rstrip().removesuffix(nd30.BODY_END_MARK).rstrip(" .") + nd30.BODY_END_MARK


def recipient_lines(plan: Plan) -> list[str]:
    """Return ``- UBND …;`` lines and the final ``- Lưu: VT, VP.`` (ND30 Phụ lục I, II.9)."""
    recipients = plan.recipients
    archive = ", ".join(["VT", *recipients.archive])
    copies = f" ({recipients.archive_copies})" if recipients.archive_copies else ""
    items = [f"- {text.lstrip('-+ ')}" for text in punctuated(recipients.items, ";", ";")]
    if recipients.archive_line:  # as the clerk typed it ("Lưu: VT MTTQ"), with docgen's dash and full stop
        return items + [f"- {recipients.archive_line.strip().lstrip('-–+ ').rstrip(' .;')}."]
    return items + [f"- Lưu: {archive}{copies}."]


def signature_lines(plan: Plan) -> list[str]:
    """Return the authority and position lines: ``TM. …``, ``KT. CHỦ TỊCH``, ``PHÓ CHỦ TỊCH`` (ND30 Điều 13)."""
    return content.signer_titles(plan.signature)


def _section(section: Section, number: str) -> list[dict[str, Any]]:
    out = [_bold(f"{number}. {section.title.upper()}" if number else section.title.upper())]
    out += _content(section.text, section.bullets)
    for index, item in zip(_numbers(section.items), section.items, strict=True):
        out += _item(item, str(index) if index else "")
    return out


def _item(item: Item, number: str) -> list[dict[str, Any]]:
    out = _headed(item.title, item.text, number)
    out += _bullets(item.bullets) + _points(item.points)
    for index, part in zip(_numbers(item.parts), item.parts, strict=True):
        out += _part(part, f"{number}.{index}" if number and index else "")
    return out


def _part(part: Part, number: str) -> list[dict[str, Any]]:
    title = f"{number}. {part.title}" if part.numbered and number else part.title
    out = ([_bold(title)] if title else []) + _content(part.text, part.bullets)
    return out + _points(part.points)


def _points(points: list[Point]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for index, point in zip(_numbers(points), points, strict=True):
        if not index:
            out += _content(point.text, point.bullets)
            continue
        first, *rest = point.text
        out.append(_plain(f"{vnformat.point_letter(index)}) {first}"))
        out += _content(rest, point.bullets)
    return out


def _headed(title: str, text: list[str], number: str) -> list[dict[str, Any]]:
    """A titled khoản is a bold ``1. Title`` line; an untitled one starts its first paragraph with ``1.``; an
    unnumbered one prints its title and text as they are."""
    if not number:
        return ([_bold(title)] if title else []) + _content(text, [])
    if title:
        return [_bold(f"{number}. {title}")] + _content(text, [])
    first, *rest = text or [""]
    return [_plain(f"{number}. {first}")] + _content(rest, [])


def _content(text: list[str], bullets: list) -> list[dict[str, Any]]:
    return [_plain(t) for t in text] + _bullets(bullets)


def _bullets(bullets: list) -> list[dict[str, Any]]:
    """``-`` for bullets, ``+`` for the sub-bullets listed in a nested list after their bullet."""
    out = []
    for entry in bullets:
        subs = entry if isinstance(entry, list) else [entry]
        out += [_plain(f"{'+' if isinstance(entry, list) else '-'} {text}") for text in subs]
    return out


def _plain(text: str) -> dict[str, Any]:
    return content.paragraph(text)


def _bold(text: str) -> dict[str, Any]:
    return content.paragraph(text, bold=True)


def _division(line: str, text: str) -> dict[str, Any]:
    """A "Phần thứ nhất" line (``label``) or the part's title under it (``title``): centred, bold."""
    return content.paragraph(text, bold=True, division=line)


def placed_tables(paragraphs: list[dict[str, Any]], plan: Plan, results: Results) -> list[dict[str, Any]]:
    """The body ``paragraphs`` with each ``{table.id}`` paragraph holding its table (a kind's own body: a
    decision's articles, docgen/kinds/context.py)."""
    return _with_tables(paragraphs, {table.id: table for table in plan.tables}, plan, results, landscape=False)


def _with_tables(paragraphs: list[dict[str, Any]], tables: dict[str, Table], plan: Plan, results: Results,
                 landscape: bool) -> list[dict[str, Any]]:
    """Put each placed table's printed cells in its paragraph, sized to the page it is printed on."""
    width = content.available_width(landscape)
    out = []
    for p in paragraphs:
        table = tables.get(p["table"]) if p["table"] else None
        if table is None:
            out.append(p)
        elif table.columns:
            out.append(p | {"table": _figure_table(plan, results, table.columns, table.total_label, width)
                            | {"kind": "figures", "title": table.title}})
        else:
            typed = content.typed_table(table, width)
            content.mark_restarts(typed)
            out.append(p | {"table": typed})
    return out


def with_figures(plan: Plan, results: Results) -> Plan:
    """Return the plan with every ``{poor_reduction}``-style placeholder, in any text, replaced by its figure."""
    values = {name: _figure_text(name, value) for name, value in commune_figures(results).items()}
    values |= {f"appendix.{key}": label for key, label in appendix_labels(plan).items()}
    values |= {f"table.{t.id}": f"{{table.{t.id}}}" for t in plan.tables}  # placed at render, not replaced
    texts = {path: filled(text, values) for path, text in texts_matching(plan, PLACEHOLDER_OR_ESCAPE)}
    return with_texts(plan, texts)


def _figure_text(name: str, value: Any) -> str:
    if name in PLAIN_FIGURES:
        return str(value)
    if name.endswith("_rate"):
        return vnformat.decimal2(value)
    return vnformat.padded(value) if value < 1000 else vnformat.integer(value)


def _appendix(plan: Plan, results: Results, appendix: Appendix, index: int,
              tables: dict[str, Table]) -> dict[str, Any]:
    """Return one appendix as printed strings: its label, title and reference line, then either a hamlet table
    (header rows with their merges, hamlet rows, total row) or a text with its outline, tables and signers."""
    doc = plan.document
    reference = (f"(Kèm theo {doc.kind} số {symbol(plan)} {doc.printed_date} "
                 f"của {issued_by(plan)})")
    common = {"label": appendix_labels(plan)[appendix.id], "title": appendix.title.upper(),
              "reference": reference if appendix.reference else "", "kind": appendix.kind}
    if appendix.columns:
        landscape = appendix.orientation != "portrait"
        table = _figure_table(plan, results, appendix.columns, appendix.total, content.available_width(landscape))
        return common | table | {"portrait": not landscape, "heading": [], "heading_parts": [], "body": [],
                                 "signers": [], "notes": []}
    body = [_plain(text) for text in appendix.text] + _sections(appendix.sections) + _divisions(appendix.parts)
    landscape = appendix.orientation == "landscape" or (not appendix.orientation
                                                        and content.uses_wide_table(body, tables))
    heading = [content.heading_line(line) for line in appendix.heading]
    return common | {
        "portrait": not landscape, "rows": [], "total": [], "widths": [],
        # heading: the lines as strings, as a template made before heading tables prints them; heading_parts:
        # the lines and the tables placed among them ("{table.id}", a form's two-column box)
        "heading": [line["text"] for line in heading if not line["table"]],
        "heading_parts": _with_tables(heading, tables, plan, results, landscape),
        "body": _with_tables(body, tables, plan, results, landscape),
        "signers": [content.signer_block(signer) for signer in appendix.signatures],
        "notes": [_plain(text) for text in appendix.notes],
    }


def _figure_table(plan: Plan, results: Results, columns: Any, total_label: str, width: float) -> dict[str, Any]:
    """A hamlet table's printed cells: header rows with their merges, hamlet rows, the total row."""
    figures = [column.figure for column in columns]
    kinds: list[str] = [FIGURES[figure].kind for figure in figures]
    rows = [results.hamlet_figures(i) for i in range(len(plan.hamlets))]
    return {
        "widths": column_widths(kinds, width),
        "header_rows": header_rows(columns),
        "rows": [{"name": row["hamlet"], "cells": [cell_text(f, row[f]) for f in figures]} for row in rows],
        "left_aligned": [i for i, kind in enumerate(kinds) if kind == "name"],
        "total_label": total_label,
        "total_span": _label_span(kinds),
        "total": [cell_text(f, value) for f, value in zip(figures, _total_values(results, figures), strict=True)],
    }


def header_rows(columns: Any) -> list[list[dict[str, Any]]]:
    """Return the header rows: one when no column has a group; else two, a group's header one cell over its
    adjacent columns, and an ungrouped column's header over both rows (``merge`` restart, then continue)."""
    if not any(column.group for column in columns):
        return [[_head(column.header, i) for i, column in enumerate(columns)]]
    top: list[dict[str, Any]] = []
    bottom: list[dict[str, Any]] = []
    start = 0
    while start < len(columns):
        group = columns[start].group
        end = start + 1
        while group and end < len(columns) and columns[end].group == group:
            end += 1
        if group:
            top.append(_head(group, start, span=end - start))
            bottom += [_head(columns[i].header, i) for i in range(start, end)]
        else:
            top.append(_head(columns[start].header, start, merge="restart"))
            bottom.append(_head("", start, merge="continue"))
        start = end
    return [top, bottom]


def cell_text(figure: str, value: Any) -> str:
    """Return a figure as printed: ``2.211`` and ``1,40`` (Vietnamese separators, via babel); no TT on the total."""
    kind = FIGURES[figure].kind
    if kind == "order":
        return str(value) if value else ""
    if kind == "name":
        return str(value)
    return vnformat.decimal2(value) if kind == "rate" else vnformat.integer(value)


def _head(text: str, column: int, span: int = 1, merge: str = "") -> dict[str, Any]:
    return {"text": text, "column": column, "span": span, "merge": merge}


def _label_span(kinds: list[str]) -> int:
    """The total's label takes the leading TT and hamlet-name columns (one column at least)."""
    span = 0
    while span < len(kinds) and kinds[span] in ("order", "name"):
        span += 1
    return max(1, span)


def _total_values(results: Results, figures: list[str]) -> list[Any]:
    totals = results.total_figures()
    return [totals[figure] for figure in figures]
