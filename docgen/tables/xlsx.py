"""Write the appendix tables as an Excel workbook: one sheet per appendix, figures as real numbers.

Reviewers open it to re-add columns or compare with their own sheets; the workbook holds exactly the
figures of the document (same calculation), as numbers Excel can sum, not as formatted text.
"""

from __future__ import annotations

import datetime as dt
import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from docgen import messages
from docgen.calc import Results, Row
from docgen.errors import DocgenError
from docgen.plan.model import Appendix, Plan
from docgen.render.context import appendix_label
from docgen.render.package import normalise

_BOLD = Font(bold=True)


def tables_workbook(plan: Plan, results: Results) -> bytes:
    """Return the .xlsx bytes of every appendix table, reproducible for the same plan."""
    if not plan.appendices:
        raise DocgenError.single(messages.NO_TABLES, hint=messages.NO_TABLES_HINT)
    workbook = Workbook()
    workbook.remove(workbook.active)
    for index, appendix in enumerate(plan.appendices, start=1):
        label = appendix_label(index, len(plan.appendices))
        _add_sheet(workbook, label, appendix, results.tables[appendix.group].rows, results.tables[appendix.group].total)
    moment = dt.datetime.combine(plan.stamp_date, dt.time(0, 0))
    workbook.properties.created = workbook.properties.modified = moment
    workbook.properties.creator = workbook.properties.lastModifiedBy = plan.issuer.name
    buffer = io.BytesIO()
    workbook.save(buffer)
    return normalise(buffer.getvalue(), plan.stamp_date)


def column_keys(appendix: Appendix) -> list[str]:
    """Return the table's columns in print order; the labour column only when the appendix has it."""
    labour = ["without_labour"] if appendix.columns.without_labour else []
    return ["order", "hamlet", "households", "start", *labour, "reduction", "end", "rate"]


def _add_sheet(workbook, label: str, appendix: Appendix, rows: tuple[Row, ...], total: Row) -> None:
    sheet = workbook.create_sheet(title=label)
    keys = column_keys(appendix)
    sheet.append([f"{label}: {appendix.title.upper()}"])
    sheet.append([getattr(appendix.columns, key) for key in keys])
    for row in rows:
        sheet.append(_values(row, keys))
    sheet.append([appendix.columns.total, None, *_values(total, keys)[2:]])
    for cell in sheet[1] + sheet[2] + sheet[sheet.max_row]:
        cell.font = _BOLD
    for cell in sheet[2]:
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for cell in sheet[f"{_letter(len(keys))}3":f"{_letter(len(keys))}{sheet.max_row}"]:
        cell[0].number_format = "0.00"
    sheet.column_dimensions["B"].width = 18


def _values(row: Row, keys: list[str]) -> list:
    field = {"hamlet": "name"}
    values = [getattr(row, field.get(key, key)) for key in keys]
    values[-1] = float(row.rate)  # Excel stores binary floats; the sheet shows it with two decimals
    return values


def _letter(column: int) -> str:
    return chr(ord("A") + column - 1)
