"""The appendix tables of the document (a ``TableSet`` from ``docgen.read.tables``) into the plan file: one
hamlet list shared by every table, the appendix definitions, and the totals the document states.

A hamlet spelt two ways across tables ("CƯỜNG LẶNG", "CƯỜNG LĂNG") is one hamlet, the first spelling kept,
with a note. The plan keeps each hamlet's figures; a total row that disagrees with its rows goes into
``[reference]``, so that ``docgen build`` reports the difference instead of the import hiding it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from docgen.calc import rate
from docgen.figures import FIGURES, GROUPS
from docgen.hamlet_names import hamlet_key
from docgen.importdocx import messages as m
from docgen.importdocx.notes import CORRECTED, INTERPRETED, Notes
from docgen.tables.view import AppendixTable, HamletRow, TableSet

GROUP_WORDS = {"poor": "hộ nghèo", "near_poor": "hộ cận nghèo"}
HAMLET_FIELDS = {"": "{group}", "without_labour": "{group}_without_labour", "reduction": "{group}_reduction",
                 "new": "{group}_new"}


def hamlets(tables: TableSet, notes: Notes) -> list[dict[str, Any]]:
    """Return the plan's hamlets in the order of the first table, with every group's figures."""
    found: dict[str, dict[str, Any]] = {}
    spellings: dict[str, list[str]] = {}
    places: dict[str, list[int]] = {}
    for table in tables.tables:
        for row in table.rows:
            key = hamlet_key(row.name)
            first = row.place.order[0]  # the row's cells: its number, its name, its figures
            places.setdefault(key, []).extend(range(first, first + len(table.columns) + 2))
            names = spellings.setdefault(key, [])
            if row.name not in names:
                names.append(row.name)
            hamlet = found.setdefault(key, {"name": row.name})
            _take(hamlet, row, table, notes, list(found).index(key))
    hamlet_keys = list(spellings)
    for index, names in enumerate(spellings.values()):
        if len(names) > 1:
            notes.add(("hamlets", index, "name"), CORRECTED, m.HAMLET_MERGED.format(
                names=", ".join(f'"{n}"' for n in names), name=names[0]), places.get(hamlet_keys[index], ()),
                m.HAMLET_MERGED)
    out = list(found.values())
    for group in GROUPS:
        _start_not_printed(out, group, tables, notes)
    if any(v.blank for t in tables.tables for r in t.rows for v in r.values.values()):
        notes.add(("hamlets",), INTERPRETED, m.BLANK_AS_ZERO)
    return [_ordered(h) for h in out]


def _start_not_printed(found: list[dict[str, Any]], group: str, tables: TableSet, notes: Notes) -> None:
    """A group whose count no table prints is 0 for each hamlet; but when the document gives its reductions
    (a table of targets only), each hamlet gets the least count they allow (the reduction and the households
    without labour), and a note asks for the real counts: the plan then builds, and nothing is made up silently."""
    printed = any(group in table.figures() for table in tables.tables)
    least = [h.get(f"{group}_reduction", 0) + h.get(f"{group}_without_labour", 0) for h in found]
    for hamlet, count in zip(found, least, strict=True):
        hamlet.setdefault(group, 0 if printed else count)
    if not printed and any(least):
        notes.add(("hamlets",), INTERPRETED, m.GROUP_COUNT_NOT_PRINTED.format(
            group=GROUP_WORDS[group], field=group, names=", ".join(
                f"{h['name']} {n}" for h, n in zip(found, least, strict=True) if n)))


def _take(hamlet: dict[str, Any], row: HamletRow, table: AppendixTable, notes: Notes, index: int) -> None:
    """Copy the figures of ``row`` the plan keeps (households, and start, without labour and reduction of each
    group); a figure two tables give differently keeps the first, with a note."""
    wanted = {"households": "households"}
    for group in GROUPS:
        wanted |= {f.format(group=group): f.format(group=group) for f in HAMLET_FIELDS.values()}
    for figure, field in wanted.items():
        value = row.values.get(figure)
        if value is None:
            continue
        if field in hamlet and hamlet[field] != value.number:
            column = next(c.header for c in table.columns if c.figure == figure)
            notes.add(("hamlets", index, field), INTERPRETED, m.FIGURE_DIFFERS.format(
                name=hamlet["name"], column=column, first=hamlet[field], second=value.number))
            continue
        hamlet[field] = int(value.number)


def _ordered(hamlet: dict[str, Any]) -> dict[str, Any]:
    order = ["name", "households", "poor", "poor_without_labour", "poor_reduction", "poor_new", "near_poor",
             "near_poor_without_labour", "near_poor_reduction", "near_poor_new"]
    return {key: hamlet[key] for key in order if key in hamlet}


def reference(tables: TableSet, plan_hamlets: list[dict[str, Any]], notes: Notes) -> dict[str, Any]:
    """Return the totals the document states, for ``[reference]``; each that disagrees with the sum of the
    hamlets is noted (the build will report it too)."""
    computed = _computed(plan_hamlets)
    stated: dict[str, Any] = {}
    said: dict[str, str] = {}  # the note on a stated total, which the same total in a later table joins
    for table in tables.tables:
        if table.total is None:
            continue
        for figure, value in table.total.values.items():
            _check_hamlet_total(table, figure, value, plan_hamlets, notes)
            name = figure if figure in computed else None
            if name is None or value.blank:
                continue
            if name in stated:
                if name in said and value.number != computed[name]:
                    notes.add(("reference", name), CORRECTED, said[name], [value.place.order[0]], m.TOTAL_DIFFERS)
                continue
            stated[name] = value.number
            if value.number != computed[name]:
                column = next(c.header for c in table.columns if c.figure == figure)
                said[name] = m.TOTAL_DIFFERS.format(table=table.label or table.title, column=column,
                                                    stated=value.text, computed=_printed(computed[name]))
                notes.add(("reference", name), CORRECTED, said[name], [value.place.order[0]], m.TOTAL_DIFFERS)
    order = ["households", "poor", "poor_end", "poor_rate", "near_poor", "near_poor_end", "near_poor_rate"]
    return {key: _toml_number(stated[key]) for key in order if key in stated}


def _check_hamlet_total(table: AppendixTable, figure: str, value, plan_hamlets: list[dict[str, Any]],
                        notes: Notes) -> None:
    """A total of a figure the plan keeps per hamlet (reduction, new, without labour) has no [reference] field:
    when it disagrees with the rows, the plan keeps the rows and says so."""
    if not figure.endswith(("_reduction", "_new", "_without_labour")) or value.blank:
        return
    rows = sum(h.get(figure, 0) for h in plan_hamlets)
    if value.number != rows:
        column = next(c.header for c in table.columns if c.figure == figure)
        notes.add(("hamlets",), CORRECTED, m.REDUCTION_TOTAL_DIFFERS.format(
            table=table.label or table.title, column=column, stated=value.text, computed=_printed(rows)),
            [value.place.order[0]], m.REDUCTION_TOTAL_DIFFERS)


def _computed(plan_hamlets: list[dict[str, Any]]) -> dict[str, Any]:
    households = sum(h.get("households", 0) for h in plan_hamlets)  # a table may not give them
    out: dict[str, Any] = {"households": households}
    for group in GROUPS:
        start = sum(h.get(group, 0) for h in plan_hamlets)
        new = sum(h.get(f"{group}_new", 0) for h in plan_hamlets)
        end = start + new - sum(h.get(f"{group}_reduction", 0) for h in plan_hamlets)  # docs/calculation.md
        out |= {group: start, f"{group}_end": end, f"{group}_rate": rate(end, households)}
    return out


def _printed(value: Any) -> str:
    from docgen import vnformat

    return vnformat.decimal2(value) if isinstance(value, Decimal) else vnformat.integer(value)


def _toml_number(value: Any) -> Any:
    return float(value) if isinstance(value, Decimal) else int(value)


def groups_of(table: AppendixTable) -> list[str]:
    """Return the household groups whose figures ``table`` prints."""
    return [g for g in GROUPS if any(FIGURES[f].group == g for f in table.figures() if f in FIGURES)]


def body_table(definition: dict[str, Any], ident: str) -> dict[str, Any]:
    """Return a hamlet table of the body as a ``[[tables]]`` entry: its columns and its total row's label."""
    return {"id": ident, "total_label": definition.get("total", "Cộng"), "columns": definition["columns"]}


def appendices(tables: TableSet, notes: Notes, where: tuple[str, int] = ("appendices", 0)) -> list[dict[str, Any]]:
    """Return the appendix definitions: id, title, total label and the columns in print order, each with its
    figure, its own header and the group header over it; a column docgen does not recognise is left out,
    with a note naming it. ``where``: the plan's list the tables go into and the position of the first (a
    table of the body has no "Phụ lục" line to miss)."""
    out: list[dict[str, Any]] = []
    field, first = where
    for position, table in enumerate(tables.tables):
        index = first + position
        groups = groups_of(table)
        ident = groups[0] if len(groups) == 1 else f"table_{index + 1}"
        if any(a["id"] == ident for a in out):
            ident = f"{ident}_{index + 1}"
        columns = []
        for column in table.columns:
            group, _, header = column.header.rpartition(" / ")
            if column.figure not in FIGURES:  # unknown, or a report's own (a plan cannot print it)
                notes.add((field, index), INTERPRETED, m.COLUMN_UNKNOWN.format(
                    header=column.header, names="; ".join(f.words for f in FIGURES.values())))
                continue
            entry = {"figure": column.figure, "header": header or column.header}
            if group:
                entry["group"] = group
            columns.append(entry)
        if not table.label and field == "appendices":
            notes.add((field, index), CORRECTED, m.LABEL_ADDED, [table.place.order[0]])
        definition = {"id": ident, "title": table.title}
        if table.total is not None and table.total.name:
            definition["total"] = table.total.name
        out.append(definition | {"columns": columns})
    return out
