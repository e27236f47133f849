"""Write the appendix tables as an Excel workbook: one sheet per appendix, figures as real numbers.

Reviewers open it to re-add columns or compare with their own sheets; the workbook holds exactly the
figures of the document (same calculation), as numbers Excel can sum, not as formatted text.
"""

from __future__ import annotations

import datetime as dt
import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from docgen import messages
from docgen.calc import Results
from docgen.errors import DocgenError
from docgen.figures import FIGURES
from docgen.plan.model import Appendix, Plan
from docgen.render.context import appendix_labels, with_figures
from docgen.render.package import normalise
from docgen.tables.text_cells import keep_texts

_BOLD = Font(bold=True)


def tables_workbook(plan: Plan, results: Results, to_fill: str = "") -> bytes:
    """Return the .xlsx bytes of every appendix table, reproducible for the same plan. ``to_fill``: a Báo cáo
    whose results are still to be typed, with the note saying how (docgen/kinds/report.py)."""
    from docgen.kinds.report import result_sheets

    reports = result_sheets(plan, to_fill)  # a Báo cáo's result tables (docgen/kinds/report.py)
    if not any(appendix.columns for appendix in plan.appendices) and not reports:
        raise DocgenError.single(messages.NO_TABLES, hint=messages.NO_TABLES_HINT)
    plan = with_figures(plan, results)  # {year} and the like in titles and headers, as the document prints them
    workbook = Workbook()
    workbook.remove(workbook.active)
    labels = appendix_labels(plan)
    for appendix in plan.appendices:
        if appendix.columns:  # a hamlet table; an appendix of text or a form has no figures for a sheet
            _add_sheet(workbook, labels[appendix.id][:31], appendix, plan, results)
    for report in reports:
        _add_report_sheet(workbook, report)
    moment = dt.datetime.combine(plan.stamp_date, dt.time(0, 0))
    workbook.properties.created = workbook.properties.modified = moment
    workbook.properties.creator = workbook.properties.lastModifiedBy = plan.issuer.name
    buffer = io.BytesIO()
    workbook.save(buffer)
    return normalise(buffer.getvalue(), plan.stamp_date)


def column_keys(appendix: Appendix) -> list[str]:
    """Return the table's figure ids (docgen.figures) in print order."""
    return [column.figure for column in appendix.columns]


def _add_sheet(workbook, label: str, appendix: Appendix, plan: Plan, results: Results) -> None:
    """Title line, one header line (group and column header joined by " / "), hamlet lines, total line."""
    sheet = workbook.create_sheet(title=label)
    keys = column_keys(appendix)
    sheet.append([f"{label}: {appendix.title.upper()}"])
    sheet.append([f"{c.group} / {c.header}" if c.group else c.header for c in appendix.columns])
    for index in range(len(plan.hamlets)):
        sheet.append(_values(results.hamlet_figures(index), keys))
    total = _values(results.total_figures(), keys)
    sheet.append([appendix.total if i == 0 else (None if FIGURES[k].kind in ("order", "name") else total[i])
                  for i, k in enumerate(keys)])
    keep_texts(sheet)  # a hamlet called "=…" is a name, not a formula
    for cell in sheet[1] + sheet[2] + sheet[sheet.max_row]:
        cell.font = _BOLD
    for cell in sheet[2]:
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for position, key in enumerate(keys, start=1):
        if FIGURES[key].kind == "rate":
            for row in sheet.iter_rows(min_row=3, min_col=position, max_col=position):
                row[0].number_format = "0.00"
        if FIGURES[key].kind == "name":
            sheet.column_dimensions[get_column_letter(position)].width = 18


def _add_report_sheet(workbook, report) -> None:
    """A report's result table: title line, header line, one line per hamlet, the commune's line; the clerk
    fills "Thực hiện giảm" and "Phát sinh mới" and gives it back to ``docgen import``."""
    sheet = workbook.create_sheet(title=report.name)
    sheet.append([report.title])
    sheet.append(report.header)
    for row in report.rows:
        sheet.append(row)
    sheet.append(report.total)
    keep_texts(sheet)
    for cell in sheet[1] + sheet[2] + sheet[sheet.max_row]:
        cell.font = _BOLD
    if report.note:  # a sheet to fill says so, under the table (the reader stops at the total row)
        sheet.append([])
        sheet.append([report.note])
        sheet.cell(sheet.max_row, 1).font = Font(bold=True, italic=True)
    for cell in sheet[2]:
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    rate = report.header.index("Tỷ lệ % cuối năm") + 1
    for row in sheet.iter_rows(min_row=3, min_col=rate, max_col=rate):
        row[0].number_format = "0.00"
    sheet.column_dimensions["B"].width = 18


def _values(figures: dict[str, object], keys: list[str]) -> list:
    """Excel stores binary floats: rates go in as floats and show with two decimals."""
    return [float(figures[k]) if FIGURES[k].kind == "rate" else figures[k] for k in keys]  # type: ignore[arg-type]
