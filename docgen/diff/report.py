"""``docgen diff``: what differs between two versions of a plan, as data (``Report``), as text a reviewer reads
in a terminal, and as JSON for machines. The web editor calls ``diff_files`` too."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from docgen import messages
from docgen.diff.sources import Source, load_source
from docgen.diff.text import align, marked, normalise
from docgen.figures import FIGURES
from docgen.tables.compare import FigureChange, compare_tables


@dataclass(frozen=True)
class FieldChange:
    """A header field (number, date, summary, signer, recipients) that reads differently."""

    field: str
    before: str
    after: str


@dataclass(frozen=True)
class ParagraphChange:
    """A body paragraph ``changed``, ``added`` (only in B) or ``removed`` (only in A); ``marked`` shows the
    changed words: ``giảm [-06-]{+07+} hộ nghèo``."""

    kind: str
    before: str
    after: str
    marked: str


@dataclass
class Report:
    """Every difference between A and B, and what could not be compared (``notes``)."""

    a: str
    b: str
    fields: list[FieldChange] = field(default_factory=list)
    paragraphs: list[ParagraphChange] = field(default_factory=list)
    figures: list[FigureChange] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def differs(self) -> bool:
        """True when anything differs."""
        return bool(self.fields or self.paragraphs or self.figures)


def diff_files(a: Path, b: Path, a_name: str = "", b_name: str = "") -> Report:
    """Return the differences between two files (.docx, .xlsx written by docgen, or plan file, any pairing);
    raise ``DocgenError`` when either cannot be read."""
    return diff_sources(load_source(a, a_name), load_source(b, b_name))


def diff_sources(a: Source, b: Source) -> Report:
    """Return the differences between two loaded sources."""
    report = Report(a.name, b.name, notes=[f"{side.name}: {note}" for side in (a, b) for note in side.notes])
    if a.has_text and b.has_text:
        report.fields = [FieldChange(key, a.fields[key], b.fields[key]) for key in a.fields
                         if normalise(a.fields[key]) != normalise(b.fields[key])]
        report.paragraphs = compare_paragraphs(a.paragraphs, b.paragraphs)
    elif a.has_text or b.has_text:
        report.notes.append(messages.DIFF_TABLES_ONLY)
    if a.tables is not None and b.tables is not None:
        report.figures = compare_tables(a.tables, b.tables)
    return report


def compare_paragraphs(a: list[str], b: list[str]) -> list[ParagraphChange]:
    """Return the changed, added and removed paragraphs, in B's order."""
    changes = []
    for step in align(a, b):
        before = a[step.a] if step.a is not None else ""
        after = b[step.b] if step.b is not None else ""
        if step.kind != "equal":
            changes.append(ParagraphChange(step.kind, normalise(before), normalise(after), marked(before, after)))
    return changes


def format_text(reports: list[Report]) -> str:
    """Return the reports as a reviewer reads them."""
    return "\n\n".join(_report_text(r) for r in reports)


def _report_text(report: Report) -> str:
    lines = [messages.DIFF_TITLE.format(a=report.a, b=report.b)]
    lines += [messages.DIFF_FIELD.format(field=messages.DIFF_FIELDS[f.field], before=f.before or "—",
                                         after=f.after or "—") for f in report.fields]
    lines += [messages.DIFF_PARAGRAPH[p.kind].format(text=p.marked if p.kind == "changed" else p.before or p.after)
              for p in report.paragraphs]
    lines += [_figure_text(change) for change in report.figures]
    lines += [messages.DIFF_NOTE.format(note=note) for note in report.notes]
    count = len(report.fields) + len(report.paragraphs) + len(report.figures)
    lines.append(messages.DIFF_COUNT.format(count=count) if count else messages.DIFF_SAME)
    return "\n".join(lines)


def _figure_text(change: FigureChange) -> str:
    words = FIGURES[change.figure].words if change.figure in FIGURES else change.column
    return messages.DIFF_FIGURES[change.kind].format(appendix=change.appendix, hamlet=change.hamlet, column=words,
                                                     before=change.before, after=change.after)


def format_json(reports: list[Report]) -> str:
    """Return the reports as JSON: one object per pair, with ``differs`` and every change."""
    data = [{**asdict(r), "differs": r.differs} for r in reports]
    return json.dumps(data, ensure_ascii=False, indent=2)
