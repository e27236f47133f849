"""Plans as files the clerk keeps: rename one, delete one (into the workspace's bin) and bring it back."""

from __future__ import annotations

from flask import Blueprint, abort, redirect, request, url_for

from docgen import messages
from docgen.errors import DocgenError
from docgen.web.app import workspace

pages = Blueprint("manage", __name__)


@pages.post("/plans/<name>/delete")
def delete(name: str):
    """Move the plan into the bin (``thung-rac/`` of the workspace); the list offers it back."""
    from docgen.web.bring import forget_notes
    from docgen.web.plans import plan_path

    workspace().to_bin(plan_path(name))
    forget_notes(name)  # the plan file's comments keep them, in the bin and back
    return redirect(url_for("plans.plan_list"))


@pages.post("/bin/<name>/restore")
def restore(name: str):
    """Bring a plan back from the bin into plans/."""
    if workspace().from_bin(name) is None:
        abort(404)
    return redirect(url_for("plans.plan_list"))


@pages.post("/plans/<name>/rename")
def rename(name: str):
    """Give the plan a new file name (same kind of file); a name taken or not allowed is refused."""
    from docgen.web.plans import plan_list_page, plan_path

    path = plan_path(name)
    wanted = " ".join(request.form.get("new_name", "").split())
    if wanted and "." not in wanted:
        wanted += path.suffix
    target = workspace().new_plan_path(wanted) if wanted.lower().endswith(path.suffix.lower()) else None
    if target is None:
        error = DocgenError.single(messages.WEB_RENAME_REFUSED.format(name=wanted), hint=messages.WEB_RENAME_HINT)
        return plan_list_page(error.problems), 422
    path.rename(target)
    from docgen.web.bring import move_notes

    move_notes(name, target.name)
    return redirect(url_for("plans.plan_list"))
