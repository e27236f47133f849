"""The Flask application of ``docgen serve``, guarded for a machine where other web pages are open too.

- Only loopback host names are answered, so a web page cannot reach the server through a DNS name that
  points at 127.0.0.1 (DNS rebinding).
- Every request that changes something carries the token of this server start (a header for the page's
  scripts, a form field for plain forms), so another site cannot post to it from the clerk's browser.
- The token is bound to the workspace: it starts with the workspace's mark, and the page takes a new start's
  token only from a docgen of its own workspace. A page left open from another workspace's docgen on the same
  port is told so (``WEB_OTHER_WORKSPACE``) and saves nothing into this one; a page of an earlier start of this
  workspace takes the new token (its saves are still checked against the file's digest).
- Uploads are size-limited; nothing a clerk types is rendered as a template (Jinja autoescapes it, and the
  Word template receives plan texts as data only).
"""

from __future__ import annotations

import hmac
import secrets
from pathlib import Path

from flask import Flask, abort, g, request

from docgen import messages
from docgen.web.files import Workspace

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
LOOPBACK = ("127.0.0.1", "localhost", "[::1]")
_SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; object-src 'none'; "
                               "frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


def create_app(root: Path, token: str | None = None) -> Flask:
    """Return the application serving the workspace at ``root``."""
    from docgen.figures import FIGURES
    from docgen.web import bring, editor, manage, plans, review, words

    app = Flask(__name__)
    mark = workspace_mark(root)
    app.config.update(MAX_CONTENT_LENGTH=MAX_UPLOAD_BYTES, WORKSPACE=Workspace(root.resolve()), WORKSPACE_MARK=mark,
                      TOKEN=token or f"{mark}.{secrets.token_urlsafe(32)}")
    app.jinja_env.autoescape = True
    # The appendix column editor offers the figure catalogue as a list: id and what it is, in words.
    # the column chooser says what a figure is, as the page does, not its id in the plan file ("poor_rate")
    app.jinja_env.globals["figure_choices"] = [(f.id, f.words[:1].upper() + f.words[1:]) for f in FIGURES.values()]
    app.register_blueprint(plans.pages)
    app.register_blueprint(review.pages)
    app.register_blueprint(bring.pages)
    app.register_blueprint(manage.pages)
    app.jinja_env.globals["page_problem"] = words.page_problem
    app.jinja_env.filters["unshown"] = editor.unshown
    app.jinja_env.filters["appendix_kind"] = editor.appendix_kind
    app.jinja_env.filters["table_kind"] = editor.table_kind
    app.jinja_env.filters["table_rows"] = editor.table_rows
    # "serverDown" → data-server-down, read back by the page's script as dataset.serverDown
    app.jinja_env.filters["replace_caps"] = lambda key: "".join(f"-{c.lower()}" if c.isupper() else c for c in key)
    app.before_request(_guard)
    app.after_request(_secure_headers)
    app.context_processor(lambda: {"token": app.config["TOKEN"], "workspace_mark": mark,
                                   "stale_message": messages.WEB_STALE_PAGE,
                                   "remove_message": messages.WEB_CONFIRM_REMOVE,
                                   "results_full": messages.WEB_RESULTS_FULL,
                                   "page_words": messages.WEB_PAGE})
    for code in messages.WEB_ERRORS:
        app.register_error_handler(code, _error_page)
    return app


def _error_page(error: Exception):
    """Say what went wrong in the clerk's words, as a page or, for the page's own requests, as data."""
    from flask import jsonify, render_template
    from werkzeug.exceptions import HTTPException, InternalServerError

    known = error if isinstance(error, HTTPException) else InternalServerError()
    code = known.code or 500
    other = code == 403 and g.get("other_workspace", False)
    text = messages.WEB_OTHER_WORKSPACE if other else messages.WEB_ERRORS.get(code, messages.WEB_ERRORS[500])
    if request.is_json or request.headers.get("X-Docgen-Token"):
        problems = [{"field": "", "line": 0, "where": "", "message": text, "hint": ""}]
        return jsonify(problems=problems, otherWorkspace=other), code
    return render_template("error.html", message=text), code


def workspace_mark(root: Path) -> str:
    """Return a mark of the workspace a server serves (not its path, which the page never shows)."""
    import hashlib

    return hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:16]


def workspace() -> Workspace:
    """Return the workspace of the running application."""
    from flask import current_app

    return current_app.config["WORKSPACE"]


def _guard() -> None:
    """Refuse a foreign host name, and a change without this server's token."""
    from flask import current_app

    address = request.host or ""
    host = address.split("]")[0] + "]" if address.startswith("[") else address.rsplit(":", 1)[0]
    if host not in LOOPBACK:
        abort(421)
    if request.method in _SAFE_METHODS:
        return
    sent = request.headers.get("X-Docgen-Token") or request.form.get("token", "")
    if not hmac.compare_digest(sent.encode(), current_app.config["TOKEN"].encode()):
        # a token of another workspace's docgen (a page left open from it): said as such, not as a stale page
        g.other_workspace = "." in sent and sent.split(".", 1)[0] != current_app.config["WORKSPACE_MARK"]
        abort(403)
    g.checked = True


def _secure_headers(response):
    response.headers.update(_HEADERS)
    return response
