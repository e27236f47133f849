"""Checks across fields that the schema alone cannot express. All problems are reported together."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from docgen import messages as m
from docgen.calc import FIGURE_NAMES, GROUPS, Results, capacity, commune_figures, commune_target
from docgen.errors import DocgenError, Location, Problem
from docgen.figures import FIGURES, STATED_PER_HAMLET
from docgen.hamlet_names import hamlet_key
from docgen.markup import plain
from docgen.nd30 import ARCHIVE_FORM
from docgen.plan.linemap import LineMap
from docgen.plan.load import field_path
from docgen.plan.model import Plan, Section, TableColumn
from docgen.plan.placeholders import BROKEN_PLACEHOLDER, PLACEHOLDER, texts_matching
from docgen.plan.validate_content import check_content
from docgen.read import patterns
from docgen.read.text import fold
from docgen.vnformat import POINT_LETTERS

# Control characters (C0 but tab and line ends, DEL, C1), lone surrogates and the two non-characters: no clerk
# means them, a Word document cannot hold most of them, and they print as nothing or as boxes.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# A text that may hold a placeholder or a character that cannot be printed: only these are looked at closely.
_SUSPECT = re.compile("[{" + _UNPRINTABLE.pattern[1:])


class _Collector:
    """Gathers problems with their file, line and field path."""

    def __init__(self, path: Path, lines: LineMap) -> None:
        self.path, self.lines = str(path), lines
        self.problems: list[Problem] = []

    def add(self, parts: tuple[Any, ...], message: str, hint: str = "") -> None:
        location = Location(self.path, self.lines.line_of(parts), field_path(parts))
        self.problems.append(Problem(location, message, hint))

    def raise_if_any(self) -> None:
        if self.problems:
            raise DocgenError(sorted(self.problems, key=lambda p: (p.location.line, p.location.field)))


def validate_plan(plan: Plan, path: Path, lines: LineMap) -> None:
    """Raise ``DocgenError`` listing every cross-field problem of ``plan``, sorted by line."""
    found = _Collector(path, lines)
    _check_kind(plan, found)
    _check_hamlet_names(plan, found)
    _check_counts(plan, found)
    for group in GROUPS:
        _check_targets(plan, group, found)
    _check_signature(plan, found)
    _check_appendices(plan, found)
    _check_placeholders(plan, found)
    _check_outline(plan, found)
    _check_recipients(plan, found)
    _check_bases(plan, found)
    _check_draft_date(plan, found)
    check_content(plan, found)
    found.raise_if_any()


def plan_warnings(plan: Plan, path: Path, lines: LineMap) -> list[Problem]:
    """Return what looks wrong but does not stop the build (shown with the result): a recipient such as
    "12 xóm" that disagrees with the number of hamlets the plan lists."""
    found = _Collector(path, lines)
    _check_hamlet_count_words(plan, found)
    _check_date_in_year(plan, found)
    return found.problems


def _check_draft_date(plan: Plan, found: _Collector) -> None:
    """The month and year a draft writes in its blank date: only without a date, and a month with its year."""
    document = plan.document
    for name in ("draft_month", "draft_year"):
        if document.date is not None and getattr(document, name) is not None:
            found.add(("document", name), m.DRAFT_DATE_WITH_DATE.format(field=name),
                      m.DRAFT_DATE_WITH_DATE_HINT.format(field=name))
    if document.date is None and document.draft_month is not None and document.draft_year is None:
        found.add(("document", "draft_month"), m.DRAFT_MONTH_WITHOUT_YEAR, m.DRAFT_MONTH_WITHOUT_YEAR_HINT)


def _check_date_in_year(plan: Plan, found: _Collector) -> None:
    """A plan for a year is issued late in the year before it or during that year; another date is a typo."""
    date, year = plan.document.date, plan.targets.year
    if date is not None and date.year not in (year - 1, year):
        found.add(("document", "date"), m.DATE_OUTSIDE_YEAR.format(date=date.isoformat(), year=year),
                  m.DATE_OUTSIDE_YEAR_HINT)


# "12 xóm", "9 thôn", "5 tổ dân phố": a count of the commune's hamlets typed by hand
HAMLET_COUNT_WORDS = re.compile(r"(?<![\d.,])(\d+)\s+(xóm|thôn|bản|ấp|tổ dân phố)\b", re.IGNORECASE)


def _check_hamlet_count_words(plan: Plan, found: _Collector) -> None:
    if not plan.hamlets:
        return
    for index, item in enumerate(plan.recipients.items):
        for written, word in HAMLET_COUNT_WORDS.findall(item):
            if int(written) != len(plan.hamlets):
                found.add(("recipients", "items", index),
                          m.HAMLET_COUNT_MISMATCH.format(text=f"{written} {word}", count=len(plan.hamlets)),
                          m.HAMLET_COUNT_MISMATCH_HINT.format(word=word))


def check_confirmed(plan: Plan, path: Path, lines: LineMap) -> None:
    """Raise ``DocgenError`` listing every field of ``confirm`` (carried over or still a sample), one list."""
    found = _Collector(path, lines)
    _check_confirmed(plan, found)
    found.raise_if_any()


def check_references(plan: Plan, results: Results, path: Path, lines: LineMap) -> None:
    """Raise ``DocgenError`` for every reference figure of the plan that differs from the computed one."""
    found = _Collector(path, lines)
    computed = commune_figures(results)
    for name, stated in plan.reference.model_dump(exclude_none=True).items():
        if stated != computed[name]:
            found.add(("reference", name), m.REFERENCE_MISMATCH.format(name=name, stated=stated,
                                                                      computed=computed[name]),
                      m.REFERENCE_MISMATCH_HINT)
    found.raise_if_any()


def _check_hamlet_names(plan: Plan, found: _Collector) -> None:
    seen: dict[str, int] = {}
    for index, hamlet in enumerate(plan.hamlets):
        key = hamlet_key(hamlet.name)
        if key in seen:
            first = seen[key]
            found.add(("hamlets", index, "name"), m.DUPLICATE_HAMLET.format(
                name=hamlet.name, first=first + 1, other=plan.hamlets[first].name), m.DUPLICATE_HAMLET_HINT)
        seen.setdefault(key, index)


def _check_counts(plan: Plan, found: _Collector) -> None:
    for index, hamlet in enumerate(plan.hamlets):
        for group in GROUPS:
            count, name = getattr(hamlet, group), m.GROUP_NAMES[group]
            if count > hamlet.households:
                found.add(("hamlets", index, group), m.GROUP_OVER_HOUSEHOLDS.format(
                    group=name, count=count, households=hamlet.households))
            without = getattr(hamlet, f"{group}_without_labour")
            if without > count:
                found.add(("hamlets", index, f"{group}_without_labour"), m.WITHOUT_LABOUR_OVER.format(
                    value=without, group=name, count=count))
            reduction = getattr(hamlet, f"{group}_reduction")
            if reduction is not None and without <= count and reduction > capacity(hamlet, group):
                found.add(("hamlets", index, f"{group}_reduction"), m.REDUCTION_OVER.format(
                    value=reduction, group=name, capacity=capacity(hamlet, group)), m.REDUCTION_OVER_HINT)


def _check_targets(plan: Plan, group: str, found: _Collector) -> None:
    name, field = m.GROUP_NAMES[group], f"{group}_reduction"
    given = [getattr(h, field) for h in plan.hamlets]
    stated = getattr(plan.targets, field)
    if stated is None and any(value is None for value in given):
        found.add(("targets", field), m.TARGET_MISSING.format(group=name))
        return
    if not plan.hamlets:
        return  # reported once by _check_hamlets_present
    target = commune_target(plan, group)
    fixed = sum(value for value in given if value is not None)
    open_capacity = sum(max(0, capacity(h, group))
                        for h, value in zip(plan.hamlets, given, strict=True) if value is None)
    if fixed > target or (None not in given and fixed != target):
        found.add(("targets", field), m.TARGET_SUM.format(group=name, total=fixed, target=target), m.TARGET_SUM_HINT)
    elif target - fixed > open_capacity:
        found.add(("targets", field), m.TARGET_OVER_CAPACITY.format(
            group=name, target=target, capacity=fixed + open_capacity))


def _check_kind(plan: Plan, found: _Collector) -> None:
    from docgen.kinds.validate import kind_problems  # issue 17: each kind's own parts (docgen/kinds)

    for parts, message, hint in kind_problems(plan):
        found.add(parts, message, hint)


def _check_signature(plan: Plan, found: _Collector) -> None:
    signature = plan.signature
    if signature.prefix in ("KT.", "TL.", "TUQ.") and not signature.head_title and not signature.lines:
        found.add(("signature", "head_title"), m.SIGNATURE_HEAD_MISSING.format(prefix=signature.prefix))


def _check_appendices(plan: Plan, found: _Collector) -> None:
    seen: set[str] = set()
    for index, appendix in enumerate(plan.appendices):
        if appendix.id in seen:
            found.add(("appendices", index, "id"), m.DUPLICATE_APPENDIX.format(id=appendix.id))
        seen.add(appendix.id)
        _check_columns(plan, ("appendices", index), appendix.columns, found)
    for index, table in enumerate(plan.tables):
        _check_columns(plan, ("tables", index), table.columns, found)
    targets = (plan.targets.poor_reduction, plan.targets.near_poor_reduction)
    figure_tables = [a for a in plan.appendices if a.columns] + [t for t in plan.tables if t.columns]
    if (figure_tables or any(targets)) and not plan.hamlets:
        found.add(("hamlets",), m.NO_HAMLETS)


def _check_columns(plan: Plan, at: tuple[Any, ...], columns: list[TableColumn], found: _Collector) -> None:
    """Every column names a catalogue figure, once per table, and one the plan's data can give."""
    first: dict[str, int] = {}
    for number, column in enumerate(columns):
        where = at + ("columns", number, "figure")
        if column.figure not in FIGURES:
            found.add(where, m.UNKNOWN_FIGURE.format(figure=column.figure),
                      m.UNKNOWN_FIGURE_HINT.format(names=", ".join(FIGURES)))
        elif column.figure in first:
            found.add(where, m.DUPLICATE_COLUMN.format(figure=column.figure, first=first[column.figure] + 1))
        elif column.figure in STATED_PER_HAMLET:
            missing = [h.name for h in plan.hamlets if column.figure not in h.model_fields_set]
            if missing:
                found.add(where, m.FIGURE_NOT_GIVEN.format(figure=column.figure, field=column.figure,
                                                           count=len(missing), hamlet=missing[0]),
                          m.FIGURE_NOT_GIVEN_HINT.format(field=column.figure))
        first.setdefault(column.figure, number)


def _check_outline(plan: Plan, found: _Collector) -> None:
    """Sections or parts (one of them); every khoản says something; no list of points runs past the last
    Vietnamese letter."""
    from docgen.kinds import outline_optional  # issue 17: a decision's articles, a letter's paragraphs

    if (plan.sections and plan.parts) or not (plan.sections or plan.parts or outline_optional(plan.document.kind)):
        found.add(("parts",) if plan.parts else ("sections",), m.SECTIONS_OR_PARTS, m.SECTIONS_OR_PARTS_HINT)
    located: list[tuple[tuple[Any, ...], Section]] = [(("sections", s), section)
                                                      for s, section in enumerate(plan.sections)]
    located += [(("parts", d, "sections", s), section) for d, division in enumerate(plan.parts)
                for s, section in enumerate(division.sections)]
    for at, section in located:
        for i, item in enumerate(section.items):
            where = at + ("items", i)
            if not item.title and not item.text:
                found.add(where, m.EMPTY_ITEM)
            blocks = [(where, item.points)] + [(where + ("parts", p), part.points) for p, part in enumerate(item.parts)]
            for parts, points in blocks:
                lettered = [point for point in points if point.numbered]
                if len(lettered) > len(POINT_LETTERS):
                    found.add(parts + ("points",),
                              m.TOO_MANY_POINTS.format(count=len(lettered), most=len(POINT_LETTERS)),
                              m.TOO_MANY_POINTS_HINT)


def _check_recipients(plan: Plan, found: _Collector) -> None:
    for index, item in enumerate(plan.recipients.items):
        if item.lstrip("-+ ").lower().startswith("lưu:"):
            found.add(("recipients", "items", index), m.ARCHIVE_IN_ITEMS, m.ARCHIVE_IN_ITEMS_HINT)
    line = plan.recipients.archive_line
    if line and (plan.recipients.archive or plan.recipients.archive_copies):
        found.add(("recipients", "archive_line"), m.ARCHIVE_LINE_AND_UNITS, m.ARCHIVE_LINE_HINT)
    elif line and not ARCHIVE_FORM.match(fold(line.strip().lstrip("-–+ "))):
        found.add(("recipients", "archive_line"), m.ARCHIVE_LINE_NO_VT.format(line=line), m.ARCHIVE_LINE_HINT)


def _check_bases(plan: Plan, found: _Collector) -> None:
    """Each basis opens as the checker of the document reads a basis ("Căn cứ …", or a proposal "Theo đề nghị
    …", "Xét …"): a line without it is read as body text, and the build is then refused at the basis above it
    (its "." where a ";" stands), a paragraph of a document the clerk never wrote."""
    for index, basis in enumerate(plan.bases):
        folded = fold(plain(basis).strip())
        if folded and not (patterns.BASIS.match(folded) or patterns.PROPOSAL.match(folded)):
            found.add(("bases", index), m.BASIS_WORD, m.BASIS_WORD_HINT)


def _check_placeholders(plan: Plan, found: _Collector) -> None:
    known = set(FIGURE_NAMES) | {f"appendix.{a.id}" for a in plan.appendices} | {f"table.{t.id}" for t in plan.tables}
    if plan.results:  # a report's own figures (docgen/kinds/report.py), filled before these checks
        from docgen.kinds.report import RESULT_NAMES

        known |= set(RESULT_NAMES)
    for parts, text in texts_matching(plan, _SUSPECT):
        bad = _UNPRINTABLE.search(text)
        if bad is not None:
            found.add(parts, m.BAD_CHARACTER.format(code=ord(bad.group())), m.BAD_CHARACTER_HINT)
        if BROKEN_PLACEHOLDER.search(text):
            found.add(parts, m.BROKEN_PLACEHOLDER, m.BROKEN_PLACEHOLDER_HINT)
        for name in PLACEHOLDER.findall(text):
            if name not in known:
                found.add(parts, m.UNKNOWN_PLACEHOLDER.format(name=name),
                          m.UNKNOWN_PLACEHOLDER_HINT.format(names=", ".join("{" + k + "}" for k in sorted(known))))


def _check_confirmed(plan: Plan, found: _Collector) -> None:
    """Every value carried over from last year that a person has not confirmed yet stops the build."""
    located = []
    for entry in plan.confirm:
        parts = parse_field_path(entry) or ("confirm",)
        line = found.lines.line_of(parts) or found.lines.line_of(parts + (0,))  # a list of tables: its first
        located.append(Location(found.path, line, entry))
    for number, location in enumerate(sorted(located)):
        hint = m.NOT_CONFIRMED_HINT if number == 0 else ""  # said once: the list reads as one message
        found.problems.append(Problem(location, m.NOT_CONFIRMED, hint))


def parse_field_path(text: str) -> tuple[Any, ...]:
    """Return ``("hamlets", 2, "poor")`` for ``hamlets[3].poor`` (the inverse of ``field_path``)."""
    parts: list[Any] = []
    for name, index in re.findall(r"([A-Za-z_]+)(?:\[(\d+)\])?", text):
        parts.append(name)
        if index:
            parts.append(int(index) - 1)
    return tuple(parts)

