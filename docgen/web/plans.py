"""The pages of plans: the list, the editor (check as you type, save), the build and its downloads."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from flask import Blueprint, abort, jsonify, redirect, render_template, request, send_file, url_for

from docgen import messages, vnformat
from docgen.errors import DocgenError, Problem
from docgen.output import slug, write_atomic
from docgen.plan.edit import open_plan, save_plan
from docgen.web import editor
from docgen.web.app import workspace

pages = Blueprint("plans", __name__)


@pages.get("/")
def plan_list():
    """The workspace's plans with their status, and the forms that start a new one."""
    return plan_list_page()


def plan_list_page(problems: list | None = None, status: int = 200):
    """The list of plans (and of those in the bin), with the problems of the last request if any."""
    from docgen.web.bring import clean_workbooks

    space = workspace()
    clean_workbooks()  # sheets listed and left, plans deleted or renamed since: nothing waits for them
    return render_template("plans.html", plans=[editor.plan_status(p) for p in space.plan_files()],
                           binned=space.binned(), problems=problems or [], kinds=document_kinds())


@pages.post("/plans/new")
def create():
    """Start a plan: from the starter for a commune, as next year's plan of a plan in the list, or another
    document of a plan's year (a decision, a report …) as ``docgen new --kind`` makes it."""
    form = request.form
    try:
        source = _plan(form["source"]) if form.get("source") else None
        if source is not None and form.get("kind"):
            target = _new_document(source, form["kind"])
        else:
            target = _new_of_year(source)
    except (DocgenError, ValueError) as error:
        problems = error.problems if isinstance(error, DocgenError) else []
        return plan_list_page(problems or [messages.WEB_BAD_YEAR]), 422
    from docgen.web.bring import forget_notes

    forget_notes(target.name)  # notes of an earlier plan of that name (removed outside docgen) are not its notes
    return redirect(url_for("plans.edit", name=target.name))


def _new_of_year(source: Path | None) -> Path:
    """Write next year's plan of ``source``, or the starter for the commune typed, for the year typed."""
    import datetime as dt

    from docgen.plan.model import YEARS
    from docgen.plan.newyear import new_plan
    from docgen.workspace import split_commune, starter_plan

    form = request.form
    if source is not None and not form.get("year", "").strip():
        raise ValueError("next year's plan needs its year")  # said as messages.WEB_BAD_YEAR
    year = int(form.get("year") or dt.date.today().year)
    if not YEARS[0] <= year <= YEARS[1]:
        raise DocgenError.single(messages.WEB_YEAR_RANGE.format(low=YEARS[0], high=YEARS[1]))
    if source is not None:
        return new_plan(source, _new_path(next_year_name(source.stem, year)), year)
    commune_slug = slug(split_commune(form.get("commune", ""))[1])
    if not commune_slug:  # "..", "!!!": no letter to name the commune or its file by
        raise DocgenError.single(messages.WEB_BAD_COMMUNE)
    target = _new_path(f"{year}-{commune_slug}.toml")
    write_atomic({target: starter_plan(form.get("commune", ""), form.get("province", ""), year).encode()})
    return target


def document_kinds() -> list[tuple[str, str]]:
    """The documents the page offers to make from a plan, as ``docgen new --kind`` makes them: (slug, name)."""
    from docgen.kinds.derive import DERIVED, derived_kind

    return [(slug, derived_kind(slug).name) for slug in DERIVED]


def _new_document(source: Path, slug: str) -> Path:
    """Write the document of kind ``slug`` made from the plan ``source`` (``quyet-dinh-2022.toml``)."""
    from docgen.kinds.derive import derived_kind, new_document

    return new_document(source, _new_path(f"{derived_kind(slug).slug}-{source.stem}.toml"), slug)


def next_year_name(stem: str, year: int) -> str:
    """Return ``2027-tan-cuong.toml`` for ``2026-tan-cuong`` and ``2027.toml`` for ``2026``: the year replaced."""
    replaced, count = re.subn(r"(?<!\d)(19|20)\d\d(?!\d)", str(year), stem, count=1)
    return f"{replaced if count else f'{year}-{slug(stem)}'}.toml"


def _new_path(name: str) -> Path:
    path = workspace().new_plan_path(name)
    if path is None:
        raise DocgenError.single(messages.NEW_TARGET_EXISTS, file=f"plans/{name}", hint=messages.NEW_TARGET_EXISTS_HINT)
    return path


@pages.get("/plans/<name>")
def edit(name: str):
    """The editor of one plan."""
    path = _plan(name)
    try:
        opened = open_plan(path)
    except DocgenError as error:
        return render_template("problems.html", name=name, problems=error.problems), 422
    return editor_page(name, opened.data, opened.digest)


def editor_page(name: str, data: dict[str, Any], digest: str, restored: bool = False):
    """The editor page of ``data`` (as opened, or as kept in the browser and brought back)."""
    from docgen.web.bring import notes_of

    return render_template("editor.html", name=name, plan=data, digest=digest, helpers=editor, restored=restored,
                           hamlet_word=editor.hamlet_word(data), hamlet_words=editor.hamlet_words(data),
                           letters=vnformat.POINT_LETTERS, notes=notes_of(name, data),
                           ordinals=[vnformat.ordinal(n) for n in range(1, len(vnformat.ORDINALS) + 1)])


@pages.post("/plans/<name>/restore")
def restore(name: str):
    """The editor with what the browser kept of an unsaved edit (after a reload or a restart of docgen)."""
    import json

    _plan(name)
    try:
        data = json.loads(request.form.get("data", ""))
    except ValueError:
        abort(400)
    if not isinstance(data, dict):
        abort(400)
    return editor_page(name, data, request.form.get("digest", ""), restored=True)


@pages.get("/session")
def session():
    """This server start's token, for a page opened before docgen was started again (its token is stale).
    A page of another site cannot read it (the browser keeps other origins' answers from it)."""
    from flask import current_app

    return jsonify(token=current_app.config["TOKEN"], workspace=current_app.config["WORKSPACE_MARK"])


@pages.post("/plans/<name>/check")
def check(name: str):
    """Return the problems and computed figures of the plan as typed, without saving it."""
    data = _data()
    checked = editor.check_edited(_plan(name), data)
    return jsonify(problems=[editor.problem_json(p, data) for p in checked.problems], figures=checked.figures)


@pages.post("/plans/<name>/save")
def save(name: str):
    """Save the plan as typed into its file (keeping its comments), unless the file changed on disk."""
    path, body, data = _plan(name), request.get_json(silent=True) or {}, _data()
    try:
        digest = save_plan(path, data, body.get("digest"))
    except DocgenError as error:
        return jsonify(saved=False, problems=[editor.problem_json(p, data) for p in error.problems]), 409
    from docgen.web.bring import forget_notes

    forget_notes(name)
    checked = editor.check_edited(path, data)
    return jsonify(saved=True, digest=digest, problems=[editor.problem_json(p, data) for p in checked.problems],
                   figures=checked.figures)


@pages.get("/output/<name>")
def download(name: str):
    """Send a built file of the workspace's output folder."""
    path = workspace().output(name)
    if path is None:
        abort(404)
    return send_file(path, as_attachment=path.suffix != ".png", download_name=path.name)


def plan_path(name: str) -> Path:
    """Return the plan file called ``name`` in the workspace; 404 for any other name."""
    return _plan(name)


def _plan(name: str) -> Path:
    path = workspace().plan(name)
    if path is None:
        abort(404)
    return path


def _data() -> dict[str, Any]:
    body = request.get_json(silent=True)
    if not isinstance(body, dict) or not isinstance(body.get("data"), dict):
        abort(400)
    return body["data"]


@pages.post("/plans/<name>/build")
def build(name: str):
    """Build the saved plan as ``docgen build`` does; show the pages, the findings and the files made."""
    from docgen.build import build_checked, write
    from docgen.check.report import has_errors
    from docgen.pdf import libreoffice

    path, form = _plan(name), request.form
    wants_pdf = bool(form.get("pdf"))
    pdf_note = messages.PDF_UNAVAILABLE_WEB if wants_pdf and libreoffice() is None else ""
    try:
        if form.get("xlsx") and (sheet := _results_sheet(path)) is not None:  # a report's results to fill first
            return render_template("built.html", name=name, problems=[], findings=[], paths=[sheet], refused=False,
                                   pages=[], pdf_note=messages.WEB_RESULTS_TO_FILL, warnings=[], unbuilt=True)
        built, findings = build_checked(path, draft=bool(form.get("draft")))  # as docgen build --draft
        refused = has_errors(findings) and not form.get("force")
        paths = [] if refused else write(built, workspace().output_dir, with_tables=bool(form.get("xlsx")),
                                         with_pdf=wants_pdf and not pdf_note)
    except DocgenError as error:
        return render_template("built.html", name=name, problems=_shown(error.problems, path), findings=[],
                               paths=[]), 422
    data = open_plan(path).data
    return render_template("built.html", name=name, problems=[], paths=paths, refused=refused,
                           findings=[editor.finding_shown(f, data) for f in findings], pages=_page_images(paths),
                           pdf_note=pdf_note, warnings=_shown(built.warnings, path))


def _shown(problems: Sequence[Problem], path: Path) -> list[dict[str, Any]]:
    """The problems as the page says them, with the plan's own word for a hamlet (thôn, xóm, tổ …)."""
    try:
        data = open_plan(path).data
    except DocgenError:
        data = {}
    return [editor.problem_json(p, data) for p in problems]


def _results_sheet(path: Path) -> Path | None:
    """For a Báo cáo whose results are still to fill, write the sheet the clerk fills them in (``docgen build
    --xlsx`` does the same) and return its path; None for any other plan."""
    from docgen.build import results_sheet, results_to_fill

    pending = results_to_fill(path)
    if pending is None:
        return None
    sheet, data = results_sheet(pending[0], pending[1], path, workspace().output_dir)
    write_atomic({sheet: data})
    return sheet


@pages.get("/plans/<name>/pages")
def page_preview(name: str):
    """The pages of the saved plan's document as images (built as ``docgen build --draft`` would, in memory,
    nothing written), for the panel beside the editor; a plan that cannot be built yet says why."""
    import base64

    from docgen.build import build as build_plan
    from docgen.pdf import page_images, to_pdf

    path = _plan(name)
    try:
        pdf = to_pdf({name: build_plan(path, draft=True).docx})[name]
    except DocgenError as error:
        data = open_plan(path).data
        return jsonify(pages=[], problems=[editor.problem_json(p, data) for p in error.problems])
    return jsonify(pages=[base64.b64encode(image).decode("ascii") for image in page_images(pdf)], problems=[])


def _page_images(paths: list[Path]) -> list[str]:
    """Return the pages of the PDF just written as images the page can show inline."""
    import base64

    from docgen.pdf import page_images

    pdf = next((p for p in paths if p.suffix == ".pdf"), None)
    if pdf is None:
        return []
    return [base64.b64encode(image).decode("ascii") for image in page_images(pdf.read_bytes())]
