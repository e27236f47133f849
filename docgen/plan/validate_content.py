"""Checks of the plan's tables, appendices of every kind, unnumbered entries and signers (issue 16)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Protocol

from docgen.plan import content_messages as m
from docgen.plan.model import Plan, Point, Section, Signer, Table
from docgen.plan.placeholders import texts_matching

TABLE_REFERENCE = re.compile(r"\{table\.([a-z][a-z0-9_]*)\}")
MERGE_LEFT, MERGE_UP = "<", "^"


class Found(Protocol):
    def add(self, parts: tuple[Any, ...], message: str, hint: str = "") -> None: ...


def check_content(plan: Plan, found: Found) -> None:
    """Add every problem of the plan's tables, appendices, unnumbered parts and signers to ``found``."""
    _check_tables(plan, found)
    _check_table_places(plan, found)
    _check_appendix_kinds(plan, found)
    _check_signers(plan, found)
    for at, section in located_sections(plan):
        for i, item in enumerate(section.items):
            for p, part in enumerate(item.parts):
                if part.numbered and not part.title:
                    found.add(at + ("items", i, "parts", p, "title"), m.PART_NO_TITLE, m.PART_NO_TITLE_HINT)


def located_sections(plan: Plan) -> Iterator[tuple[tuple[Any, ...], Section]]:
    """Every section of the body and of the text appendices, with its field path."""
    for s, section in enumerate(plan.sections):
        yield ("sections", s), section
    for d, division in enumerate(plan.parts):
        for s, section in enumerate(division.sections):
            yield ("parts", d, "sections", s), section
    for a, appendix in enumerate(plan.appendices):
        for s, section in enumerate(appendix.sections):
            yield ("appendices", a, "sections", s), section
        for d, division in enumerate(appendix.parts):
            for s, section in enumerate(division.sections):
                yield ("appendices", a, "parts", d, "sections", s), section


def table_rows(table: Table) -> list[tuple[str, int, list[str]]]:
    """Return ``(field, index, cells)`` for every row of a typed table: header rows, rows, the total row."""
    rows = [("header", i, row) for i, row in enumerate(table.header)]
    rows += [("rows", i, row) for i, row in enumerate(table.rows)]
    return rows + ([("total", -1, table.total)] if table.total else [])


def _check_tables(plan: Plan, found: Found) -> None:
    seen: set[str] = set()
    for t, table in enumerate(plan.tables):
        where = ("tables", t)
        if table.id in seen:
            found.add(where + ("id",), m.DUPLICATE_TABLE.format(id=table.id))
        seen.add(table.id)
        typed = bool(table.header or table.rows or table.total)
        if typed and table.columns:
            found.add(where + ("columns",), m.TABLE_BOTH_KINDS.format(id=table.id), m.TABLE_BOTH_KINDS_HINT)
        elif not typed and not table.columns:
            found.add(where + ("rows",), m.TABLE_EMPTY.format(id=table.id), m.TABLE_EMPTY_HINT)
        elif typed:
            _check_typed(table, where, found)


def _check_typed(table: Table, where: tuple[Any, ...], found: Found) -> None:
    rows = table_rows(table)
    width = len(rows[0][2])  # the first header row (or first row) says how many columns the table has
    for field, index, cells in rows:
        at = where + ((field,) if index < 0 else (field, index))
        if len(cells) != width:
            found.add(at, m.ROW_WIDTH.format(count=len(cells), id=table.id, width=width), m.ROW_WIDTH_HINT)
        first_of_block = index == 0 or field == "total"
        for c, cell in enumerate(cells):
            if cell == MERGE_LEFT and c == 0:
                found.add(at + (c,), m.MERGE_LEFT_FIRST, m.MERGE_HINT)
            elif cell == MERGE_UP and first_of_block:
                found.add(at + (c,), m.MERGE_UP_FIRST, m.MERGE_HINT)
    for field in ("widths", "align"):
        values = getattr(table, field)
        if values and len(values) != width:
            found.add(where + (field,), m.LIST_WIDTH.format(id=table.id, width=width, field=field, count=len(values)))


def placeable_texts(plan: Plan) -> Iterator[tuple[tuple[Any, ...], list[str]]]:
    """Every list of paragraphs in which a paragraph ``{table.id}`` places a table."""
    yield ("intro",), plan.intro
    for at, section in located_sections(plan):
        yield at + ("text",), section.text
        for i, item in enumerate(section.items):
            yield at + ("items", i, "text"), item.text
            points: list[tuple[tuple[Any, ...], Point]] = [(("items", i, "points", p), point)
                                                           for p, point in enumerate(item.points)]
            for q, part in enumerate(item.parts):
                yield at + ("items", i, "parts", q, "text"), part.text
                points += [(("items", i, "parts", q, "points", p), point) for p, point in enumerate(part.points)]
            for path, point in points:
                yield at + path + ("text",), point.text
    for a, appendix in enumerate(plan.appendices):
        yield ("appendices", a, "heading"), appendix.heading
        yield ("appendices", a, "text"), appendix.text
    for a, article in enumerate(plan.decision.articles if plan.decision else []):  # a Quyết định (docgen/kinds)
        yield ("decision", "articles", a, "text"), article.text
        for c, clause in enumerate(article.clauses):
            yield ("decision", "articles", a, "clauses", c, "text"), clause.text


def _check_table_places(plan: Plan, found: Found) -> None:
    placed: set[str] = set()
    allowed: set[tuple[Any, ...]] = set()
    for at, texts in placeable_texts(plan):
        for index, text in enumerate(texts):
            allowed.add(at + (index,))
            match = TABLE_REFERENCE.fullmatch(text)
            if match:
                placed.add(match.group(1))
    for path, text in texts_matching(plan, TABLE_REFERENCE):
        if path[0] == "tables":
            continue
        name = TABLE_REFERENCE.search(text).group(1)  # type: ignore[union-attr]
        if path not in allowed:
            found.add(path, m.TABLE_NOT_IN_TEXT.format(id=name))
        elif not TABLE_REFERENCE.fullmatch(text):
            found.add(path, m.TABLE_NOT_ALONE.format(id=name), m.TABLE_NOT_ALONE_HINT.format(id=name))
    for t, table in enumerate(plan.tables):
        if table.id not in placed:
            found.add(("tables", t, "id"), m.TABLE_NOT_PLACED.format(id=table.id),
                      m.TABLE_NOT_PLACED_HINT.format(id=table.id))


def _check_appendix_kinds(plan: Plan, found: Found) -> None:
    for a, appendix in enumerate(plan.appendices):
        text = (appendix.text or appendix.sections or appendix.parts or appendix.signatures or appendix.heading
                or appendix.notes)
        if appendix.sections and appendix.parts:
            found.add(("appendices", a, "parts"), m.APPENDIX_SECTIONS_OR_PARTS.format(id=appendix.id),
                      m.APPENDIX_SECTIONS_OR_PARTS_HINT)
        if appendix.columns and text:
            found.add(("appendices", a, "columns"), m.APPENDIX_BOTH_KINDS.format(id=appendix.id),
                      m.APPENDIX_BOTH_KINDS_HINT)
        elif not appendix.columns and not text and not _is_cover(plan, a):
            found.add(("appendices", a), m.APPENDIX_EMPTY.format(id=appendix.id), m.APPENDIX_EMPTY_HINT)


def _is_cover(plan: Plan, index: int) -> bool:
    """True for an appendix of a title only over the forms after it ("PHỤ LỤC" / "Mẫu các loại biên bản"): its
    page is the cover of the forms, each of which has its own label ("Mẫu số 01/…")."""
    following = plan.appendices[index + 1: index + 2]
    return bool(plan.appendices[index].title and following and following[0].label)


def _check_signers(plan: Plan, found: Found) -> None:
    signers: list[tuple[tuple[Any, ...], Signer, bool]] = [(("signature",), plan.signature, True)]
    signers += [(("signature", "joint", j), s, True) for j, s in enumerate(plan.signature.joint)]
    signers += [(("appendices", a, "signatures", s), signer, False)
                for a, appendix in enumerate(plan.appendices) for s, signer in enumerate(appendix.signatures)]
    for at, signer, needs_title in signers:
        fields = signer.on_behalf_of or signer.prefix or signer.head_title or signer.position
        if signer.lines and fields:
            found.add(at + ("lines",), m.SIGNER_LINES_AND_FIELDS, m.SIGNER_LINES_AND_FIELDS_HINT)
        elif needs_title and not signer.lines and not signer.position:
            found.add(at + ("position",), m.SIGNER_EMPTY, m.SIGNER_EMPTY_HINT)
