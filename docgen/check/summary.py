"""Many documents at once: the .docx files of folders, and one summary row per document (``docgen check DIR
--summary FILE.xlsx`` or ``.csv``) so that a reviewer of a whole province sees every commune on one sheet.

A row holds what the document says about itself (number, date, issuing body), how many errors, warnings and
figure findings the check gave, and its figures (total households, the poor and near-poor reductions of its
tables). The file is written atomically and is the same bytes for the same documents.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import astuple, dataclass
from pathlib import Path

from docgen.check import messages
from docgen.check.finding import ERROR, WARNING, Finding
from docgen.check.layout import page_layout
from docgen.check.rules.figures import tables_of, total_reduction
from docgen.check.runner import check_view
from docgen.output import write_atomic
from docgen.read.document import DocumentView, open_document
from docgen.read.documents import first_document
from docgen.read.identity import date_line, issuer_name, number_line
from docgen.read.legacy import DOC_SUFFIX, docx_of, is_legacy
from docgen.read.locate import locate
from docgen.read.parts import Parts
from docgen.tables.text_cells import csv_text, keep_texts

STAMP = dt.date(1980, 1, 1)  # the workbook's own dates: a summary is the same bytes whenever it is written
LOCK_PREFIX = "~$"  # the lock file Word leaves beside an open document: not a document


@dataclass(frozen=True)
class Summary:
    """One document's row (numbers are None when the document does not give them)."""

    file: str
    number: str = ""
    date: str = ""
    issuer: str = ""
    errors: int | None = None
    warnings: int | None = None
    figure_findings: int | None = None
    households: int | None = None
    poor_reduction: int | None = None
    near_poor_reduction: int | None = None
    note: str = ""


def docx_files(paths: list[Path]) -> list[Path]:
    """Return the paths with each folder replaced by the .docx files inside it, recursively, sorted by their
    path (Word's lock files left out); files named one by one stay as given."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            inside = [p for p in path.rglob("*") if p.suffix.lower() in (".docx", DOC_SUFFIX) and p.is_file()
                      and not p.name.startswith(LOCK_PREFIX)]
            found += sorted(inside, key=lambda p: p.relative_to(path).as_posix())
        else:
            found.append(path)
    return found


def check_path(path: Path, template: Path | None = None, layout: bool = False) -> tuple[list[Finding], Summary]:
    """Return the findings of a .docx (or of the document a plan file renders, after the plan's own checks) and
    its summary row; raise ``DocgenError`` when it cannot be read. ``layout``: judge the pages as LibreOffice
    prints them too (``docgen check --layout``)."""
    from docgen.build import build
    from docgen.plan.load import SUFFIXES

    if path.suffix.lower() in SUFFIXES:
        source: Path | bytes = build(path, template).docx
    else:
        source = docx_of(path) if is_legacy(path) else path  # a .doc: converted first
    view = first_document(open_document(source, str(path)))
    if layout:  # the file is known to be a readable document of a sensible size by now
        data = source if isinstance(source, bytes) else path.read_bytes()
        view.layout = page_layout(data, path.with_suffix(".docx").name)
    parts = locate(view)
    findings = check_view(view, parts)
    return findings, summary_of(view, parts, findings, str(path))


def unreadable(path: Path, reason: str) -> Summary:
    """Return the row of a document that could not be read: its name and why."""
    return Summary(str(path), note=messages.SUMMARY_UNREADABLE.format(reason=reason))


def summary_of(view: DocumentView, parts: Parts, findings: list[Finding], name: str) -> Summary:
    """Return the summary row of a located document and its findings."""
    number, dated = number_line(parts), date_line(parts)
    day = dated.date() if dated else None
    found = tables_of(view, parts)
    reductions = [total_reduction(found, group) for group in ("poor", "near_poor")]
    return Summary(
        file=name,
        number=f"{number.number}/{number.clean_symbol}" if number else "",
        date=day.strftime("%d/%m/%Y") if day else "",
        issuer=issuer_name(parts) if parts.issuer_lines else "",
        errors=sum(f.severity == ERROR for f in findings),
        warnings=sum(f.severity == WARNING for f in findings),
        figure_findings=sum(f.rule_id.startswith("figure-") for f in findings),
        households=_households(found),
        poor_reduction=reductions[0][0] if reductions[0] else None,
        near_poor_reduction=reductions[1][0] if reductions[1] else None)


def _households(found) -> int | None:
    """Return the commune's households: the total row of the first table that has them, else its rows' sum."""
    for table in found.tables:
        if "households" not in table.figures():
            continue
        if table.total is not None and "households" in table.total.values:
            return int(table.total.values["households"].number)
        values = [row.values["households"] for row in table.rows if "households" in row.values]
        return sum(int(v.number) for v in values) if len(values) == len(table.rows) else None
    return None


def write_summary(rows: list[Summary], path: Path) -> None:
    """Write the rows as .xlsx, or as .csv when ``path`` ends so, atomically."""
    data = _csv(rows) if path.suffix.lower() == ".csv" else _xlsx(rows)
    write_atomic({path: data})


def _cells(row: Summary) -> list:
    return ["" if value is None else value for value in astuple(row)]


def _csv(rows: list[Summary]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(messages.SUMMARY_COLUMNS)
    writer.writerows([csv_text(value) for value in _cells(row)] for row in rows)
    return out.getvalue().encode("utf-8-sig")  # the byte order mark makes Excel read Vietnamese right


def _xlsx(rows: list[Summary]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from docgen.render.package import normalise

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = messages.SUMMARY_SHEET
    sheet.append(list(messages.SUMMARY_COLUMNS))
    for row in rows:
        sheet.append([None if value == "" else value for value in _cells(row)])
    keep_texts(sheet)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    sheet.column_dimensions["A"].width = 40
    buffer = io.BytesIO()
    workbook.save(buffer)
    return normalise(buffer.getvalue(), STAMP)
