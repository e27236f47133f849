"""The build pipeline, one call per stage: load → validate → calculate → context → render → package.

Everything is computed in memory; only ``write`` touches the output folder, and only at the end.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from docgen import vnformat
from docgen.calc import Results, calculate
from docgen.errors import Problem
from docgen.kinds.context import kind_context
from docgen.kinds.report import with_report
from docgen.kinds.templates import kind_template
from docgen.output import slug, write_atomic
from docgen.plan.linemap import LineMap
from docgen.plan.load import load_plan
from docgen.plan.marks import without_own_marks
from docgen.plan.model import Plan
from docgen.plan.samples import sample_problems
from docgen.plan.validate import check_confirmed, check_references, plan_warnings, validate_plan
from docgen.render.context import make_context, symbol, with_figures
from docgen.render.docx import render
from docgen.render.package import normalise


@dataclass(frozen=True)
class Built:
    """A rendered plan, not yet written: the document bytes and what the build knows about them."""

    plan: Plan
    results: Results
    docx: bytes
    draft: bool = False  # marked DỰ THẢO: asked with --draft, or the plan has no number or no date yet
    warnings: tuple[Problem, ...] = ()  # doubts about the plan that do not stop the build (shown with it)

    @property
    def symbol(self) -> str:
        """Return the number and symbol as printed, ``85/KH-UBND`` (a blank number for a draft; a công văn's
        ``12/UBND-VP``)."""
        from docgen.kinds import kind_named

        kind = kind_named(self.plan.document.kind)
        if kind is not None and not kind.has_type_name:
            doc = self.plan.document
            return f"{vnformat.document_number(doc.number)}/{self.plan.issuer.abbreviation}-{doc.code}"
        return symbol(self.plan)


def build(plan_path: Path, template: Path | None = None, draft: bool = False) -> Built:
    """Return the rendered document of the plan in ``plan_path``; raise ``DocgenError`` on any input problem.

    ``draft`` marks the document DỰ THẢO even when it already has a number and a date."""
    plan, lines = load_plan(plan_path)
    plan, results = prepare(with_report(plan), lines, plan_path)  # a report's result tables: docgen/kinds
    plan, marks = without_own_marks(plan, plan_path, lines)  # a pasted "3." never doubles docgen's own number
    samples = sample_problems(plan, plan_path, lines)  # the starter's samples are never issued as real
    draft = draft or bool(samples)
    context = kind_context(with_figures(plan, results), make_context(plan, results, draft), results)
    package = render(template or kind_template(plan, plan_path), context, plan, plan_path)
    return Built(plan, results, normalise(package, plan.stamp_date), draft=draft or plan.draft,
                 warnings=tuple(plan_warnings(plan, plan_path, lines) + marks + samples))


def prepare(plan: Plan, lines: LineMap, plan_path: Path) -> tuple[Plan, Results]:
    """Return the validated plan and its figures; raise ``DocgenError`` with every problem of the plan."""
    results = _figures(plan, lines, plan_path)
    check_confirmed(plan, plan_path, lines)
    return plan, results


def _figures(plan: Plan, lines: LineMap, plan_path: Path) -> Results:
    """The plan validated, its figures calculated and its placeholders checked against them."""
    validate_plan(plan, plan_path, lines)
    results = calculate(plan)
    check_references(plan, results, plan_path, lines)
    return results


def results_to_fill(plan_path: Path) -> tuple[Plan, Results] | None:
    """A Báo cáo whose results are still in ``confirm`` (as ``docgen new --kind bao-cao`` makes it): the plan
    checked as ``build`` checks it but for ``confirm``, and its figures, for the sheet the clerk fills the
    results in (``build --xlsx``); None for any other plan. Raise ``DocgenError`` for a problem of the plan."""
    plan, lines = load_plan(plan_path)
    if not plan.results or "results" not in plan.confirm:
        return None
    plan = with_report(plan)
    return plan, _figures(plan, lines, plan_path)


def results_sheet(plan: Plan, results: Results, plan_path: Path, output_dir: Path) -> tuple[Path, bytes]:
    """The path and bytes of the sheet of a report's results to fill (``results_to_fill``): the draft's name
    with ``.xlsx``, its note naming the command that reads it back."""
    from docgen.kinds.messages import RESULTS_TO_FILL_NOTE
    from docgen.tables.xlsx import tables_workbook

    path = output_path(plan, output_dir, draft=True).with_suffix(".xlsx")
    return path, tables_workbook(plan, results, RESULTS_TO_FILL_NOTE.format(plan=plan_path, sheet=path))


def build_checked(plan_path: Path, template: Path | None = None, draft: bool = False) -> tuple[Built, list]:
    """Return the built plan and the Decree 30 findings on the document it renders."""
    from docgen.check import check_docx

    built = build(plan_path, template, draft)
    return built, check_docx(built.docx, name=str(plan_path))


def default_output_dir(plan_path: Path) -> Path:
    """Return ``output/`` of the plan's workspace (the folder holding ``plans/``), else ``output/`` here."""
    if plan_path.resolve().parent.name == "plans":
        return plan_path.resolve().parent.parent / "output"
    return Path("output")


def output_path(plan: Plan, output_dir: Path, draft: bool = False) -> Path:
    """Return ``output/kh-85-thinh-duc-2022.docx`` (``kh-du-thao-…`` for a draft, so a draft never replaces the
    issued file), named by the plan's year."""
    doc = plan.document
    number = f"{doc.number:02d}" if doc.number and not (draft or plan.draft) else "du thao"
    parts = (slug(f"{doc.code} {number}"), slug(plan.issuer.place), str(plan.targets.year))
    return output_dir / f"{'-'.join(part for part in parts if part)}.docx"


def write(built: Built, output_dir: Path, with_tables: bool = False, with_pdf: bool = False) -> list[Path]:
    """Write the built document (and, if asked, its tables as .xlsx and its PDF) atomically; return the paths."""
    path = output_path(built.plan, output_dir, built.draft)
    outputs = {path: built.docx}
    if with_tables:
        from docgen.tables.xlsx import tables_workbook

        outputs[path.with_suffix(".xlsx")] = tables_workbook(built.plan, built.results)
    if with_pdf:
        from docgen.pdf import to_pdf

        outputs[path.with_suffix(".pdf")] = to_pdf({str(path): built.docx})[str(path)]
    write_atomic(outputs)
    return list(outputs)
