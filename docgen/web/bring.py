"""The clerk's own files brought in from the page, through the functions of ``docgen import-docx`` and
``docgen import``: last year's Word plan becomes a new plan (its notes shown at their fields until the first
save), and an Excel sheet of hamlet figures is shown as the dry-run's list of changes before it is saved."""

from __future__ import annotations

import secrets
import tempfile
from pathlib import Path
from typing import Any

from flask import Blueprint, current_app, redirect, render_template, request, url_for

from docgen import messages
from docgen.errors import DocgenError
from docgen.plan.load import field_path
from docgen.web import editor, words
from docgen.web.app import workspace

pages = Blueprint("bring", __name__)
WORD_SUFFIXES = (".docx", ".doc")


def _store(kind: str) -> dict[str, Any]:
    return current_app.config.setdefault(kind, {})


def notes_of(name: str, data: dict[str, Any]) -> list[dict[str, str]]:
    """Return the import's notes on the plan ``name`` as the page shows them at their fields."""
    word, words_ = editor.hamlet_word(data), editor.hamlet_words(data)
    return [{"field": field_path(note.path), "where": words.field_label(field_path(note.path), word, words_),
             "message": note.message} for note in _store("IMPORT_NOTES").get(name, [])]


def forget_notes(name: str) -> None:
    """The notes are for the first look: once the clerk saved the plan, the plan file's comments keep them."""
    _store("IMPORT_NOTES").pop(name, None)


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
        from docgen.output import write_atomic

        write_atomic({target: imported.text.encode("utf-8")})
    except DocgenError as error:
        return plan_list_page(problems=error.problems), 422
    _store("IMPORT_NOTES")[target.name] = imported.notes
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
    key = secrets.token_urlsafe(12)
    _store("WORKBOOKS")[key] = (name, upload.read())
    return _excel_page(path, name, key, apply=False)


@pages.post("/plans/<name>/import-xlsx/apply")
def apply_excel(name: str):
    """Save the figures the clerk has just seen listed into the plan."""
    from docgen.web.plans import plan_path

    path, key = plan_path(name), request.form.get("key", "")
    if _store("WORKBOOKS").get(key, ("",))[0] != name:
        return render_template("excel.html", name=name, changes=[], problems=[messages.WEB_IMPORT_GONE]), 410
    refused = _excel_page(path, name, key, apply=True)
    if refused is not None:
        return refused
    _store("WORKBOOKS").pop(key, None)
    return redirect(url_for("plans.edit", name=name))


def _excel_page(path: Path, name: str, key: str, apply: bool):
    from docgen.figures import FIGURES
    from docgen.tables.importer import import_workbook

    with tempfile.TemporaryDirectory(prefix="docgen-xlsx-") as work:
        workbook = Path(work) / "so-lieu.xlsx"
        workbook.write_bytes(_store("WORKBOOKS")[key][1])
        try:
            changes = import_workbook(path, workbook, dry_run=not apply)
        except DocgenError as error:
            return render_template("excel.html", name=name, changes=[], problems=[
                f"{p.message}{' → ' + p.hint if p.hint else ''}" for p in error.problems]), 422
    if apply:
        return None
    lines = [(messages.IMPORT_CHANGE if c.hamlet else messages.IMPORT_TARGET).format(
        hamlet=c.hamlet, figure=FIGURES[c.figure].words, before="—" if c.before is None else c.before, after=c.after)
        for c in changes]
    return render_template("excel.html", name=name, changes=lines, problems=[] if lines else [messages.IMPORT_NOTHING],
                           key=key)
