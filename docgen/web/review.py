"""The review pages: check uploaded Word files against Decree 30, and compare two versions."""

from __future__ import annotations

import re
from typing import Any

from flask import Blueprint, render_template, request

from docgen import messages
from docgen.errors import DocgenError
from docgen.web.app import workspace

pages = Blueprint("review", __name__)

UPLOAD_SUFFIXES = (".docx",)


@pages.get("/review")
def review_page():
    """The upload forms."""
    return render_template("review.html", plans=workspace().plan_files())


@pages.post("/review/check")
def check_uploads():
    """Check each uploaded .docx as ``docgen check`` does; a file that cannot be read says why."""
    from docgen.check import check_docx

    results: list[dict[str, Any]] = []
    documents: dict[str, bytes] = {}  # by upload order: two files of the same name are two documents
    for index, upload in enumerate(request.files.getlist("files")):
        name = upload.filename or "?"
        try:
            data = _docx_bytes(upload, name)
            results.append({"name": name, "key": str(index), "findings": check_docx(data, name=name), "problems": []})
            documents[str(index)] = data
        except DocgenError as error:
            results.append({"name": name, "key": str(index), "findings": [], "problems": error.problems})
    pages = _pages(documents)
    for result in results:
        result["by_page"] = by_page(result["findings"], pages.get(result["key"], []))
    return render_template("checked.html", results=results, paged=bool(pages))


def _pages(documents: dict[str, bytes]) -> dict[str, list[str]]:
    """Return each document's page texts (LibreOffice, one process for all); nothing when it is missing."""
    from docgen.pdf import libreoffice, page_texts, to_pdf

    if not documents or libreoffice() is None:
        return {}
    try:
        return {name: page_texts(pdf) for name, pdf in to_pdf(documents).items()}
    except DocgenError:
        return {}


def by_page(findings: list, pages: list[str]) -> list[tuple[int | None, list]]:
    """Return the findings grouped by the page their paragraph is on (None: the whole document, or unknown)."""
    lines = [[" ".join(line.split()) for line in text.splitlines()] for text in pages]
    flat = [" ".join(text.split()) for text in pages]
    groups: dict[int | None, list] = {}
    for finding in findings:
        groups.setdefault(_page_of(finding.where, flat, lines), []).append(finding)
    return sorted(groups.items(), key=lambda item: (item[0] is not None, item[0] or 0))


def _page_of(where: str, pages: list[str], lines: list[list[str]]) -> int | None:
    """Return the page of the paragraph quoted in ``where``: first a page with a line that starts with it (the
    heading «Phụ lục II» itself, not a sentence that mentions it on page 1), else any page holding it."""
    match = re.search(r"«(.+?)(…)?»", where)
    if not match or not pages:
        return None
    whole = " ".join(match.group(1).split())
    snippet = whole[:40]
    # a whole paragraph ends where a word ends: «Phụ lục I» is not found inside «Phụ lục II»
    ends = "" if match.group(2) or len(whole) > 40 else r"(?!\w)"
    found = re.compile(re.escape(snippet) + ends)
    if not snippet:
        return None
    starting = (n for n, page in enumerate(lines, start=1) if any(found.match(line) for line in page))
    anywhere = (n for n, text in enumerate(pages, start=1) if found.search(text))
    return next(starting, None) or next(anywhere, None)


def _docx_bytes(upload, name: str) -> bytes:
    if not name.lower().endswith(UPLOAD_SUFFIXES):
        from docgen.read import messages

        raise DocgenError.single(messages.NOT_DOCX.format(reason=messages.UNREADABLE_REASONS["type"]), file=name)
    return upload.read()


DIFF_SUFFIXES = (".docx", ".xlsx", ".toml", ".json")


@pages.post("/review/diff")
def diff_uploads():
    """Compare two versions (uploaded, or a plan of the workspace as the first) as ``docgen diff`` does."""
    import tempfile
    from pathlib import Path

    from docgen.diff import diff_files
    from docgen.diff.report import other_lines

    plan = workspace().plan(request.form.get("plan", "")) if request.form.get("plan") else None
    with tempfile.TemporaryDirectory(prefix="docgen-diff-") as work:
        try:
            a = plan or _saved(request.files.get("a"), Path(work) / "a")
            b = _saved(request.files.get("b"), Path(work) / "b")
            a_name = plan.name if plan else request.files["a"].filename or "A"
            b_name = request.files["b"].filename or "B"
            try:
                report = diff_files(a, b, a_name, b_name)
            except DocgenError as error:
                raise _renamed(error, {str(b): b_name, str(a): a_name, work: ""}) from None
        except DocgenError as error:
            return render_template("diff.html", report=None, problems=error.problems), 422
    return render_template("diff.html", report=report, problems=[], sides=sides, figure_words=_figure_words,
                           other=other_lines(report),
                           field_words=messages.DIFF_FIELDS, kind_words=messages.WEB_DIFF_KINDS)


def _renamed(error: DocgenError, names: dict[str, str]) -> DocgenError:
    """Return the error with the server's private temporary paths replaced by the names the clerk uploaded."""
    from dataclasses import replace

    def named(text: str) -> str:
        for path, name in names.items():
            text = text.replace(path, name)
        return text

    return DocgenError([replace(p, location=replace(p.location, file=named(p.location.file)),
                                message=named(p.message), hint=named(p.hint)) for p in error.problems])


def sides(before: str, after: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Return the two versions of a paragraph as pieces (kind, text): A's kept and deleted words, B's kept and
    inserted ones, so each side can be shown with its changes marked."""
    from docgen.diff.text import normalise, word_changes

    pieces = word_changes(normalise(before), normalise(after))
    left = [(p.kind, p.text) for p in pieces if p.kind in ("equal", "delete")]
    right = [(p.kind, p.text) for p in pieces if p.kind in ("equal", "insert")]
    return left, right


def _figure_words(figure: str, column: str) -> str:
    from docgen.figures import FIGURES

    return FIGURES[figure].words if figure in FIGURES else column


def _saved(upload, stem):
    """Write an upload to a private temporary folder under a fixed name (the clerk's name is only shown)."""
    from docgen.read import messages as read_messages

    if upload is None or not upload.filename:
        raise DocgenError.single(messages.WEB_DIFF_MISSING)
    suffix = "." + upload.filename.rsplit(".", 1)[-1].lower() if "." in upload.filename else ""
    if suffix not in DIFF_SUFFIXES:
        raise DocgenError.single(read_messages.NOT_DOCX.format(
            reason=read_messages.UNREADABLE_REASONS["type"]), file=upload.filename)
    path = stem.with_suffix(suffix)
    upload.save(path)
    return path
