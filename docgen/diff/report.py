"""``docgen diff``: what differs between two versions of a plan, as data (``Report``), as text a reviewer reads
in a terminal, and as JSON for machines. The web editor calls ``diff_files`` too."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from docgen import messages
from docgen.diff.emphasis import EmphasisChange, compare_emphasis
from docgen.diff.grids import TableChange, compare_grids
from docgen.diff.sources import Source, articles_of, load_source
from docgen.diff.text import align, marked, normalise
from docgen.figures import FIGURES
from docgen.read.text import snippet, without_date_blanks
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
    where: str = ""  # the article of a Quyết định the paragraph is in ("Điều 2"), else ""


@dataclass
class Report:
    """Every difference between A and B, and what could not be compared (``notes``)."""

    a: str
    b: str
    fields: list[FieldChange] = field(default_factory=list)
    paragraphs: list[ParagraphChange] = field(default_factory=list)
    figures: list[FigureChange] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    tables: list[TableChange] = field(default_factory=list)  # the tables that are not hamlet tables
    appendices: list[AppendixChange] = field(default_factory=list)
    emphasis: list[EmphasisChange] = field(default_factory=list)  # only when asked (``--emphasis``)
    # the changes of a paragraph's own look (its number, all its words: ``EmphasisChange.layout``), one class
    layout_emphasis: list[EmphasisChange] = field(default_factory=list)
    other_kinds: str = ""  # said first when A and B are documents of two kinds (a Quyết định and a Công văn)

    @property
    def differs(self) -> bool:
        """True when anything differs."""
        return bool(self.count)

    @property
    def count(self) -> int:
        """Return how many differences there are."""
        return sum(len(part) for part in (self.fields, self.paragraphs, self.figures, self.tables,
                                          self.appendices, self.emphasis)) + bool(self.layout_emphasis)


@dataclass(frozen=True)
class AppendixChange:
    """An appendix ``added`` (only in B), ``removed`` (only in A) or ``changed`` (its label or title lines)."""

    kind: str
    before: str
    after: str


def diff_files(a: Path, b: Path, a_name: str = "", b_name: str = "", emphasis: bool = False) -> Report:
    """Return the differences between two files (.docx, .xlsx written by docgen, or plan file, any pairing),
    bold, italic and underline words too when ``emphasis``; raise ``DocgenError`` when either cannot be read."""
    return diff_sources(load_source(a, a_name), load_source(b, b_name), emphasis)


def diff_sources(a: Source, b: Source, emphasis: bool = False) -> Report:
    """Return the differences between two loaded sources."""
    report = Report(a.name, b.name, notes=[f"{side.name}: {note}" for side in (a, b) for note in side.notes])
    if a.has_text and b.has_text:
        report.fields = [FieldChange(key, a.fields[key], b.fields[key]) for key in a.fields
                         if _field_value(key, a.fields[key]) != _field_value(key, b.fields[key])]
        kinds = (a.fields.get("kind", ""), b.fields.get("kind", ""))
        if all(kinds) and normalise(kinds[0]) != normalise(kinds[1]):  # compared all the same, paragraph by paragraph
            report.other_kinds = messages.DIFF_OTHER_KINDS.format(a=a.name, b=b.name, kind_a=kinds[0],
                                                                  kind_b=kinds[1])
        report.paragraphs = compare_paragraphs(a.paragraphs, b.paragraphs,
                                               articles_of(a.paragraphs, kinds[0]), articles_of(b.paragraphs, kinds[1]))
        cells: list[EmphasisChange] | None = [] if emphasis else None
        report.tables = compare_grids(a.grids, b.grids, cells)
        report.appendices = compare_appendices(a.appendices, b.appendices)
        found = compare_paragraph_emphasis(a, b) + (cells or []) if emphasis else []
        report.emphasis = [change for change in found if not change.layout]
        report.layout_emphasis = [change for change in found if change.layout]
    elif a.has_text or b.has_text:
        report.notes.append(messages.DIFF_TABLES_ONLY)
    if a.tables is not None and b.tables is not None:
        report.figures = compare_tables(a.tables, b.tables)
    return report


def _field_value(key: str, text: str) -> str:
    """A header field as compared: its words; for the date, a draft's blank day written as spaces or as dots
    is the same blank; the number and symbol without spaces ("Số: /HD- MTTQ" is "Số: /HD-MTTQ")."""
    if key == "number":
        return "".join(normalise(text).split())
    return normalise(without_date_blanks(text) if key == "date" else text)


def compare_paragraphs(a: list[str], b: list[str], where_a: list[str] | None = None,
                       where_b: list[str] | None = None) -> list[ParagraphChange]:
    """Return the changed, added and removed paragraphs, in B's order; ``where_a``/``where_b`` name the part each
    paragraph is in (a decision's article), said with each change."""
    changes = []
    for step in align(a, b):
        before = a[step.a] if step.a is not None else ""
        after = b[step.b] if step.b is not None else ""
        where = (where_b[step.b] if where_b and step.b is not None else "") or \
            (where_a[step.a] if where_a and step.a is not None else "")
        if step.kind != "equal":
            changes.append(ParagraphChange(step.kind, normalise(before), normalise(after), marked(before, after),
                                           where))
    return changes


def compare_appendices(a: list[str], b: list[str]) -> list[AppendixChange]:
    """Return the appendices only on one side and those whose label or title lines differ, in B's order."""
    changes = []
    for step in align(a, b):
        before = normalise(a[step.a]) if step.a is not None else ""
        after = normalise(b[step.b]) if step.b is not None else ""
        if step.kind != "equal":
            changes.append(AppendixChange(step.kind, before, after))
    return changes


def compare_paragraph_emphasis(a: Source, b: Source) -> list[EmphasisChange]:
    """Return the emphasis changes of the paragraphs kept or changed from A to B."""
    changes = []
    for step in align(a.paragraphs, b.paragraphs):
        if step.a is not None and step.b is not None:
            changes += compare_emphasis(a.emphasis[step.a], b.emphasis[step.b], b.paragraphs[step.b])
    return changes


def format_text(reports: list[Report]) -> str:
    """Return the reports as a reviewer reads them."""
    return "\n\n".join(_report_text(r) for r in reports)


def _report_text(report: Report) -> str:
    lines = [messages.DIFF_TITLE.format(a=report.a, b=report.b)]
    lines += [messages.DIFF_NOTE.format(note=report.other_kinds)] if report.other_kinds else []
    lines += [messages.DIFF_FIELD.format(field=messages.DIFF_FIELDS[f.field], before=f.before or "—",
                                         after=f.after or "—") for f in report.fields]
    lines += [_paragraph_text(p) for p in report.paragraphs]
    lines += [messages.DIFF_APPENDICES[a.kind].format(before=a.before, after=a.after) for a in report.appendices]
    lines += [_figure_text(change) for change in report.figures]
    lines += _table_lines(report) + [_emphasis_text(change) for change in report.emphasis]
    lines += _layout_lines(report)
    lines += [messages.DIFF_NOTE.format(note=note) for note in report.notes]
    lines.append(messages.DIFF_COUNT.format(count=report.count) if report.count else messages.DIFF_SAME)
    return "\n".join(lines)


def _paragraph_text(change: ParagraphChange) -> str:
    text = messages.DIFF_PARAGRAPH[change.kind].format(
        text=change.marked if change.kind == "changed" else change.before or change.after)
    return messages.DIFF_IN_PART.format(part=change.where, line=text.strip()) if change.where else text


def _figure_text(change: FigureChange) -> str:
    words = FIGURES[change.figure].words if change.figure in FIGURES and not change.by_header else change.column
    return messages.DIFF_FIGURES[change.kind].format(appendix=change.appendix, hamlet=change.hamlet, column=words,
                                                     before=change.before, after=change.after)


def other_lines(report: Report) -> list[str]:
    """Return the appendices, other tables and emphasis changes, one line each (the web page lists them)."""
    lines = [messages.DIFF_APPENDICES[a.kind].format(before=a.before, after=a.after) for a in report.appendices]
    lines += _table_lines(report) + [_emphasis_text(c) for c in report.emphasis] + _layout_lines(report)
    return [line.strip() for line in lines]


def _table_lines(report: Report) -> list[str]:
    return [messages.DIFF_TABLES[t.kind].format(table=t.table, row=t.row, column=t.column, before=t.before or "—",
                                                after=t.after or "—") for t in report.tables]


def _emphasis_text(change: EmphasisChange) -> str:
    if change.where:
        return messages.DIFF_EMPHASIS_CELL.format(where=change.where, words=change.words, change=_said(change))
    return messages.DIFF_EMPHASIS.format(paragraph=change.paragraph, words=change.words, change=_said(change))


def _said(change: EmphasisChange) -> str:
    flags = lambda names: ", ".join(messages.DIFF_FLAGS[n] for n in names)  # noqa: E731
    said = [messages.DIFF_EMPHASIS_ADDED.format(flags=flags(change.added))] if change.added else []
    said += [messages.DIFF_EMPHASIS_REMOVED.format(flags=flags(change.removed))] if change.removed else []
    return "; ".join(said)


LAYOUT_EXAMPLES = 3


def _layout_lines(report: Report) -> list[str]:
    """The changes of paragraphs' own look, said once: how many paragraphs, and the first few."""
    changes = report.layout_emphasis
    if not changes:
        return []
    places = {change.where or change.paragraph for change in changes}
    examples = [messages.DIFF_LAYOUT_EXAMPLE.format(where=change.where or change.paragraph,
                                                    words=snippet(change.words), change=_said(change))
                for change in changes[:LAYOUT_EXAMPLES]]
    return [messages.DIFF_EMPHASIS_LAYOUT.format(count=len(places), examples="; ".join(examples))]


def format_json(reports: list[Report]) -> str:
    """Return the reports as JSON: one object per pair, with ``differs`` and every change."""
    data = [{**asdict(r), "differs": r.differs, "count": r.count} for r in reports]
    return json.dumps(data, ensure_ascii=False, indent=2)
