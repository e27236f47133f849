"""The review pages: check uploaded Word files against Decree 30, and compare two versions."""

from __future__ import annotations

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

    results = []
    for upload in request.files.getlist("files"):
        name = upload.filename or "?"
        try:
            findings = check_docx(_docx_bytes(upload, name), name=name)
            results.append({"name": name, "findings": findings, "problems": []})
        except DocgenError as error:
            results.append({"name": name, "findings": [], "problems": error.problems})
    return render_template("checked.html", results=results)


def _docx_bytes(upload, name: str) -> bytes:
    if not name.lower().endswith(UPLOAD_SUFFIXES):
        from docgen.read import messages

        raise DocgenError.single(messages.NOT_DOCX.format(reason=messages.UNREADABLE_REASONS["type"]), file=name)
    return upload.read()
