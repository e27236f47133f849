"""The review pages: check uploaded Word files against Decree 30, and compare two versions."""

from __future__ import annotations

import re
from typing import Any

from flask import Blueprint, render_template, request

from docgen.errors import DocgenError

pages = Blueprint("review", __name__)

UPLOAD_SUFFIXES = (".docx",)


@pages.get("/review")
def review_page():
    """The upload forms."""
    return render_template("review.html")


@pages.post("/review/check")
def check_uploads():
    """Check each uploaded .docx as ``docgen check`` does; a file that cannot be read says why."""
    from docgen.check import check_docx

    results: list[dict[str, Any]] = []
    documents: dict[str, bytes] = {}
    for upload in request.files.getlist("files"):
        name = upload.filename or "?"
        try:
            data = _docx_bytes(upload, name)
            results.append({"name": name, "findings": check_docx(data, name=name), "problems": []})
            documents[name] = data
        except DocgenError as error:
            results.append({"name": name, "findings": [], "problems": error.problems})
    pages = _pages(documents)
    for result in results:
        result["by_page"] = by_page(result["findings"], pages.get(result["name"], []))
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
    flat = [" ".join(text.split()) for text in pages]
    groups: dict[int | None, list] = {}
    for finding in findings:
        groups.setdefault(_page_of(finding.where, flat), []).append(finding)
    return sorted(groups.items(), key=lambda item: (item[0] is not None, item[0] or 0))


def _page_of(where: str, pages: list[str]) -> int | None:
    match = re.search(r"«(.+?)(?:…)?»", where)
    if not match or not pages:
        return None
    snippet = " ".join(match.group(1).split())[:40]
    return next((number for number, text in enumerate(pages, start=1) if snippet and snippet in text), None)


def _docx_bytes(upload, name: str) -> bytes:
    if not name.lower().endswith(UPLOAD_SUFFIXES):
        from docgen.read import messages

        raise DocgenError.single(messages.NOT_DOCX.format(reason=messages.UNREADABLE_REASONS["type"]), file=name)
    return upload.read()
