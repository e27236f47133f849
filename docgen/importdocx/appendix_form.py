"""The appendix definitions written in the form the installed plan model takes.

The importer describes an appendix as a list of columns (figure, header, group header), the form of the
column catalogue ([[appendices.columns]]). Until that model is on this branch, the plan model has one fixed
set of columns per group ([appendices.columns] order, hamlet, households, group, start …); this module
writes that form from the same description, so the import is valid with either model.
"""

from __future__ import annotations

from typing import Any

from docgen.figures import FIGURES
from docgen.importdocx import messages as m
from docgen.importdocx.notes import INTERPRETED, Notes
from docgen.plan import model

FIXED_FIELDS = {"order": "order", "hamlet": "hamlet", "households": "households", "": "start",
                "without_labour": "without_labour", "reduction": "reduction", "end": "end", "rate": "rate"}


def column_lists() -> bool:
    """True when the plan model lists an appendix's columns ([[appendices.columns]])."""
    return hasattr(model, "TableColumn")


def in_model_form(definitions: list[dict[str, Any]], notes: Notes) -> list[dict[str, Any]]:
    """Return the definitions as the plan model takes them; a column the fixed form cannot hold is noted."""
    if column_lists():
        return definitions
    return [_fixed(index, definition, notes) for index, definition in enumerate(definitions)]


def _fixed(index: int, definition: dict[str, Any], notes: Notes) -> dict[str, Any]:
    groups = [FIGURES[c["figure"]].group for c in definition["columns"] if FIGURES[c["figure"]].group]
    group = groups[0] if groups else "poor"
    columns: dict[str, str] = {"total": definition.get("total", "Cộng")}
    for column in definition["columns"]:
        figure = FIGURES[column["figure"]]
        field = FIXED_FIELDS.get(figure.measure if figure.group else figure.id)
        if field is None or (figure.group and figure.group != group):
            notes.add(("appendices", index), INTERPRETED, m.COLUMN_NOT_KEPT.format(header=column["header"]))
            continue
        columns[field] = column["header"]
        if column.get("group"):
            columns.setdefault("group", column["group"])
    columns.setdefault("group", m.DEFAULT_GROUP_HEADER[group])
    for field, header in m.DEFAULT_HEADERS.items():  # the fixed form prints these columns in every table
        if field not in columns:
            columns[field] = header
            notes.add(("appendices", index), INTERPRETED, m.COLUMN_ADDED.format(header=header))
    order = ["order", "hamlet", "households", "group", "start", "without_labour", "reduction", "end", "rate", "total"]
    return {"id": definition["id"], "group": group, "title": definition["title"],
            "columns": {key: columns[key] for key in order if key in columns}}
