"""``docgen build`` of several plans: in parallel processes, past failures, with one summary at the end.

Each plan is built and checked in a worker process (``build_one``); the documents come back as bytes and
are written here, in the order the plans were given, so two plans that would get the same output name
never overwrite each other (the later one gets ``-2``, ``-3`` …). With ``--pdf`` one LibreOffice process
converts every document of the batch. Each plan's files (.docx, .xlsx, .pdf) are written atomically together.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field, replace
from pathlib import Path

from docgen import messages
from docgen.errors import DocgenError
from docgen.output import write_atomic
from docgen.plan.load import SUFFIXES

BUILT, WARNINGS, FAILED = "built", "warnings", "failed"


@dataclass(frozen=True)
class Options:
    """What the command line asked for, the same for every plan of the batch."""

    template: Path | None = None
    output_dir: Path | None = None  # None: each plan's workspace output/ folder
    force: bool = False
    xlsx: bool = False
    pdf: bool = False
    draft: bool = False  # mark every document DỰ THẢO


@dataclass(frozen=True)
class Outcome:
    """What became of one plan: its status, why it failed or how many warnings, and what was written."""

    plan: Path
    status: str
    reason: str = ""
    warnings: int = 0
    draft: bool = False
    files: dict[Path, bytes] = field(default_factory=dict, repr=False)  # before writing: path → content
    written: tuple[Path, ...] = ()


def plan_files(arguments: Iterable[Path]) -> list[Path]:
    """Return the plan files named, a folder standing for the .toml/.json files directly in it (by name)."""
    found: list[Path] = []
    for argument in arguments:
        if argument.is_dir():
            found += sorted(p for p in argument.iterdir() if p.suffix.lower() in SUFFIXES and p.is_file())
        else:
            found.append(argument)
    if not found:
        raise DocgenError.single(messages.BATCH_NO_PLANS, hint=messages.BATCH_NO_PLANS_HINT)
    return list(dict.fromkeys(found))  # a plan named twice is built once


def default_jobs() -> int:
    return os.cpu_count() or 1


def run_batch(plans: list[Path], options: Options, jobs: int,
              done: Callable[[Outcome], None] = lambda outcome: None) -> list[Outcome]:
    """Build every plan (``jobs`` at a time), convert to PDF once, write; return the outcomes in plan order."""
    if options.pdf:
        from docgen.pdf import require_libreoffice

        require_libreoffice()  # said before any work, not after two hundred builds
    outcomes = {outcome.plan: outcome for outcome in _build_all(plans, options, jobs, done)}
    ordered = _unique_names([outcomes[plan] for plan in plans])
    if options.pdf:
        ordered = _add_pdfs(ordered)
    return [_write(outcome) for outcome in ordered]


def build_one(plan: Path, options: Options) -> Outcome:
    """Build and check one plan (in a worker process); never raises for a problem of the plan."""
    from docgen.build import build_checked, default_output_dir, output_path, results_sheet, results_to_fill

    output_dir = options.output_dir or default_output_dir(plan)
    try:
        pending = results_to_fill(plan) if options.xlsx else None
        if pending is not None:  # a report whose results are to fill: the sheet for them, the report waits
            return Outcome(plan, BUILT, "", 0, True, dict([results_sheet(*pending, plan, output_dir)]))
        built, findings = build_checked(plan, options.template, options.draft)
    except DocgenError as error:
        return Outcome(plan, FAILED, _first_problem(error))
    errors = sum(f.severity == "error" for f in findings)
    if errors and not options.force:
        return Outcome(plan, FAILED, messages.BATCH_CHECK_ERRORS.format(count=errors))
    path = output_path(built.plan, output_dir, built.draft)
    files = {path: built.docx}
    if options.xlsx:
        from docgen.tables.xlsx import tables_workbook

        files[path.with_suffix(".xlsx")] = tables_workbook(built.plan, built.results)
    warnings = len(findings) - errors
    return Outcome(plan, WARNINGS if warnings or errors else BUILT, "", warnings + errors, built.draft, files)


def _build_all(plans: list[Path], options: Options, jobs: int, done) -> Iterable[Outcome]:
    if jobs <= 1 or len(plans) == 1:
        for plan in plans:
            outcome = build_one(plan, options)
            done(outcome)
            yield outcome
        return
    with ProcessPoolExecutor(max_workers=min(jobs, len(plans))) as pool:
        futures = [pool.submit(build_one, plan, options) for plan in plans]
        for future in as_completed(futures):
            outcome = future.result()
            done(outcome)
            yield outcome


def _unique_names(outcomes: list[Outcome]) -> list[Outcome]:
    """Give each document a name no earlier plan of the batch took: ``…-2.docx``, ``…-3.docx`` …"""
    taken: set[Path] = set()
    result = []
    for outcome in outcomes:
        if outcome.files:
            main = next(iter(outcome.files)).with_suffix(".docx")  # a sheet alone is named as its document
            stem, number = main.with_suffix(""), 1
            while main.resolve() in taken:
                number += 1
                main = Path(f"{stem}-{number}.docx")
            taken.add(main.resolve())
            outcome = replace(outcome, files={main.with_suffix(p.suffix): data for p, data in outcome.files.items()})
        result.append(outcome)
    return result


def _add_pdfs(outcomes: list[Outcome]) -> list[Outcome]:
    """Convert every built document with one LibreOffice process; a plan whose PDF failed fails."""
    from docgen.pdf import convert_each

    documents = {str(next(iter(o.files))): next(iter(o.files.values())) for o in outcomes if _has_document(o)}
    if not documents:
        return outcomes
    try:
        pdfs = convert_each(documents)
    except DocgenError as error:
        return [replace(o, status=FAILED, reason=_first_problem(error), files={}) if o.files else o for o in outcomes]
    result = []
    for outcome in outcomes:
        if _has_document(outcome):
            main = next(iter(outcome.files))
            pdf = pdfs.get(str(main))
            if pdf is None:
                outcome = replace(outcome, status=FAILED, reason=messages.PDF_NOTHING_MADE, files={})
            else:
                outcome = replace(outcome, files={**outcome.files, main.with_suffix(".pdf"): pdf})
        result.append(outcome)
    return result


def _has_document(outcome: Outcome) -> bool:
    """True when the outcome holds a .docx (a report's sheet of results to fill is written alone)."""
    return bool(outcome.files) and next(iter(outcome.files)).suffix == ".docx"


def _write(outcome: Outcome) -> Outcome:
    if not outcome.files:
        return outcome
    try:
        write_atomic(outcome.files)
    except DocgenError as error:
        return replace(outcome, status=FAILED, reason=_first_problem(error), files={})
    return replace(outcome, written=tuple(outcome.files), files={})


def _first_problem(error: DocgenError) -> str:
    """Return the first problem as one line (where, what), and how many more there are."""
    problem = error.problems[0]
    where = problem.location.describe()
    text = f"{where}: {problem.message}" if where else problem.message
    more = len(error.problems) - 1
    return text + (messages.BATCH_MORE_PROBLEMS.format(count=more) if more else "")
