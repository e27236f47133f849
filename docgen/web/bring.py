"""The clerk's own files brought in from the page, through the functions of ``docgen import-docx`` and
``docgen import``: last year's Word plan becomes a new plan (its notes shown at their fields until the first
save), and an Excel sheet of hamlet figures is shown as the dry-run's list of changes before it is saved."""

from __future__ import annotations

import json
import re
import secrets
from pathlib import Path
from typing import Any

from flask import Blueprint, redirect, render_template, request, url_for

from docgen import messages
from docgen.errors import DocgenError
from docgen.output import write_atomic
from docgen.plan.load import field_path
from docgen.web import editor, words
from docgen.web.app import workspace

pages = Blueprint("bring", __name__)
WORD_SUFFIXES = (".docx", ".doc")
_KEY = re.compile(r"^[A-Za-z0-9_-]{16}$")  # secrets.token_urlsafe(12): what the Excel page sends back


# ---- what waits for the clerk, kept in the workspace (.docgen/) so that a restart of docgen loses nothing ----

def _notes_file(name: str) -> Path:
    return workspace().state_dir / "ghi-chu-nhap" / f"{name}.json"


def _workbooks_dir() -> Path:
    return workspace().state_dir / "excel"


def _workbook_files(key: str) -> tuple[Path, Path]:
    """The sheet awaiting confirmation and the name of the plan it is for."""
    return _workbooks_dir() / f"{key}.xlsx", _workbooks_dir() / f"{key}.json"


def _notes_bytes(notes: list[Any]) -> bytes:
    kept = [{"path": list(note.path), "message": note.message} for note in notes]
    return json.dumps(kept, ensure_ascii=False, indent=1).encode("utf-8")


def _kept_notes(name: str) -> list[dict[str, Any]]:
    try:
        kept = json.loads(_notes_file(name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []  # none, or unreadable: the plan file's comments still hold every note
    if not isinstance(kept, list):
        return []
    return [n for n in kept if isinstance(n, dict) and isinstance(n.get("path"), list)]


def notes_of(name: str, data: dict[str, Any]) -> list[dict[str, str]]:
    """Return the import's notes on the plan ``name`` as the page shows them at their fields."""
    word, words_ = editor.hamlet_word(data), editor.hamlet_words(data)
    shown = []
    for note in _kept_notes(name):
        path = tuple(note["path"])
        field, section = field_path(path), str(path[0]) if path else ""
        message = words.page_note(str(note.get("message", "")), section, word)  # the page's labels, not the file's
        shown.append({"field": field, "where": words.field_label(field, word, words_), "message": message})
    return shown


def forget_notes(name: str) -> None:
    """The notes are for the first look: once the clerk saved the plan, the plan file's comments keep them."""
    _notes_file(name).unlink(missing_ok=True)


def move_notes(name: str, new_name: str) -> None:
    """A plan renamed before its first save keeps its notes under its new name."""
    if _notes_file(name).is_file():
        _notes_file(name).replace(_notes_file(new_name))


WORKBOOK_DAYS = 3  # a sheet listed and left unconfirmed longer than this is dropped (docs/web.md says so)


def clean_workbooks(pending_for: str = "") -> None:
    """Drop what no page can confirm any more: an earlier sheet of the plan ``pending_for`` (a later one is
    about to be listed), sheets of plans that are gone or renamed, sheets listed more than ``WORKBOOK_DAYS``
    ago, and half of a pair (a sheet without its note, a note without its sheet or unreadable). Only the
    pairs' own files are touched (a file being written has another name until it is complete)."""
    import time

    folder = _workbooks_dir()
    if not folder.is_dir():
        return
    plans = {path.name for path in workspace().plan_files()}
    oldest = time.time() - WORKBOOK_DAYS * 86_400
    for path in [p for p in folder.iterdir() if p.suffix in (".json", ".xlsx")]:
        plan = _workbook_plan(path.stem)
        try:
            written = path.stat().st_mtime
        except OSError:
            continue  # removed meanwhile
        half = not plan and written < time.time() - 60  # not the other half of a pair being put in place now
        if half or (plan and (plan == pending_for or plan not in plans)) or written < oldest:
            path.unlink(missing_ok=True)
            if plan:
                _forget_workbook(path.stem)  # both files of the pair


def _keep_workbook(name: str, data: bytes) -> str:
    """Keep the uploaded sheet until the clerk confirms it; an earlier sheet for the same plan is dropped
    (its listing is no longer what would be saved), and so is every sheet no page can confirm. Return the key
    the page sends back."""
    clean_workbooks(pending_for=name)
    key = secrets.token_urlsafe(12)
    sheet, plan = _workbook_files(key)
    write_atomic({sheet: data, plan: json.dumps({"plan": name}, ensure_ascii=False).encode("utf-8")})
    return key


def _workbook_plan(key: str) -> str:
    """Return the name of the plan the kept sheet ``key`` is for, or "" when there is no such sheet."""
    if not _KEY.match(key):
        return ""
    sheet, plan = _workbook_files(key)
    try:
        kept = json.loads(plan.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    return str(kept.get("plan", "")) if isinstance(kept, dict) and sheet.is_file() else ""


def _forget_workbook(key: str) -> None:
    for path in _workbook_files(key):
        path.unlink(missing_ok=True)


@pages.post("/plans/import-docx")
def import_word():
    """A Word plan (.docx, or .doc through LibreOffice) → a new plan of the workspace, opened in the editor."""
    from docgen.importdocx import import_docx
    from docgen.web.plans import plan_list_page

    upload = request.files.get("file")
    name = (upload.filename or "") if upload else ""
    try:
        if upload is None or not name.lower().endswith(WORD_SUFFIXES):
            raise DocgenError.single(messages.WEB_IMPORT_NOT_WORD, file=name)
        data = _as_docx(upload.read(), name)
        stem = Path(name).stem
        target = workspace().new_plan_path(f"{stem}.toml") or _free_name(stem)
        imported = import_docx(data, name, target)
        # the plan and its notes together: both are there, or neither
        write_atomic({target: imported.text.encode("utf-8"), _notes_file(target.name): _notes_bytes(imported.notes)})
    except DocgenError as error:
        return plan_list_page(problems=error.problems), 422
    return redirect(url_for("plans.edit", name=target.name))


def _free_name(stem: str) -> Path:
    from docgen.output import slug

    for number in range(2, 100):
        path = workspace().new_plan_path(f"{slug(stem) or 'ke-hoach'}-{number}.toml")
        if path is not None:
            return path
    raise DocgenError.single(messages.NEW_TARGET_EXISTS, hint=messages.NEW_TARGET_EXISTS_HINT)


def _as_docx(data: bytes, name: str) -> bytes:
    """Return the .docx bytes of an upload; an old .doc is converted by LibreOffice first."""
    if not name.lower().endswith(".doc"):
        return data
    from docgen.read.legacy import docx_from

    return docx_from(data, name)


@pages.post("/plans/<name>/import-xlsx")
def import_excel(name: str):
    """The figures an Excel sheet would change in the plan, as ``docgen import --dry-run`` lists them."""
    from docgen.web.plans import plan_path

    path, upload = plan_path(name), request.files.get("file")
    if upload is None or not (upload.filename or "").lower().endswith(".xlsx"):
        return render_template("excel.html", name=name, changes=[], problems=[messages.WEB_IMPORT_NOT_EXCEL]), 422
    try:
        key = _keep_workbook(name, upload.read())
    except DocgenError as error:
        return render_template("excel.html", name=name, changes=[], problems=_said(error, path)), 422
    return _excel_page(path, name, key, apply=False)


@pages.post("/plans/<name>/import-xlsx/apply")
def apply_excel(name: str):
    """Save the figures the clerk has just seen listed into the plan."""
    from docgen.web.plans import plan_path

    path, key = plan_path(name), request.form.get("key", "")
    if _workbook_plan(key) != name:
        return render_template("excel.html", name=name, changes=[], problems=[messages.WEB_IMPORT_GONE]), 410
    refused = _excel_page(path, name, key, apply=True)
    if refused is not None:
        return refused
    _forget_workbook(key)
    clean_workbooks()
    return redirect(url_for("plans.edit", name=name))


def _excel_page(path: Path, name: str, key: str, apply: bool):
    try:
        lines = _excel_changes(path, _workbook_files(key)[0], apply)
    except DocgenError as error:
        if not apply:  # nothing to confirm: the sheet is not kept
            _forget_workbook(key)
        return render_template("excel.html", name=name, changes=[], problems=_said(error, path)), 422
    if apply:
        return None
    if not lines:
        _forget_workbook(key)
    return render_template("excel.html", name=name, changes=lines, problems=[] if lines else [messages.IMPORT_NOTHING],
                           key=key)


def _excel_changes(path: Path, workbook: Path, apply: bool) -> list[str]:
    """The lines of what the sheet changes (written when ``apply``), as ``docgen import`` says them: a Báo cáo's
    results from its result sheets, any other plan's hamlet figures."""
    from docgen.figures import FIGURES
    from docgen.kinds.results_import import change_lines, import_results, is_report
    from docgen.tables.importer import import_workbook

    if is_report(path):
        return change_lines(import_results(path, workbook, dry_run=not apply)[0])
    return [(messages.IMPORT_CHANGE if c.hamlet else messages.IMPORT_TARGET).format(
        hamlet=c.hamlet, figure=FIGURES[c.figure].words, before="—" if c.before is None else c.before, after=c.after)
        for c in import_workbook(path, workbook, dry_run=not apply)]


def _said(error: DocgenError, path: Path) -> list[str]:
    """The problems of a sheet (or of the plan it would change) in the page's words, each where the editor shows
    it: "Thôn thứ 3, Hộ cận nghèo, Đầu kỳ: Ô này cần được điền." """
    from docgen.plan.edit import open_plan

    try:
        data = open_plan(path).data
    except DocgenError:
        data = {}
    shown = [editor.problem_json(p, data) for p in error.problems]
    return [f"{s['where'] + ': ' if s['where'] else ''}{s['message']}{' → ' + s['hint'] if s['hint'] else ''}"
            for s in shown]
