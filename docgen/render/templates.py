"""Which Word template (or template part) a plan is rendered with: the commune's own when it has one.

The search order for a file ``name``, first found wins (docs/templates.md explains it for the clerk):
1. for the main template only, the file the plan names (``template = "mau-cua-xa.docx"``), looked for
   beside the plan file, then in the workspace's ``templates/`` folder (an error if it is in neither);
2. ``templates/<name>`` in the plan's workspace: the folder holding the ``plans/`` folder the plan is in,
   or else the current folder;
3. the file that ships inside docgen (``docgen/templates/<name>``), so ``pip install`` is enough.
Template parts (one page or block a commune may replace alone) are looked up the same way by their name.
"""

from __future__ import annotations

from pathlib import Path

from docgen import messages
from docgen.errors import DocgenError

TEMPLATE_NAME = "ke-hoach.docx"
APPENDIX_PART = "phu-luc.docx"  # the appendix page, a part of the template a commune may replace alone


PACKAGED_FOLDER = Path(__file__).resolve().parent.parent / "templates"
PACKAGED = PACKAGED_FOLDER / TEMPLATE_NAME


def workspace_of(plan_path: Path) -> Path:
    """Return the workspace of a plan: the folder above its ``plans/`` folder, else the current folder."""
    folder = plan_path.resolve().parent
    return folder.parent if folder.name == "plans" else Path.cwd()


def find_template(name: str, plan_path: Path, plan=None) -> Path:
    """Return the file to use for template ``name`` when building the plan at ``plan_path``.

    ``plan`` (the loaded ``Plan``, optional) gives the template the plan names for itself.
    """
    templates = workspace_of(plan_path) / "templates"
    named = getattr(plan, "template", "") if name == TEMPLATE_NAME else ""
    for given in (named, name):
        _plain_name(given, plan_path)
    if named:
        for folder in (plan_path.resolve().parent, templates):
            if (folder / named).is_file() and (folder / named).resolve().is_relative_to(folder.resolve()):
                return folder / named
        raise DocgenError.single(messages.TEMPLATE_NAMED_NOT_FOUND.format(name=named), file=str(plan_path),
                                 field="template", hint=messages.TEMPLATE_NAMED_HINT)
    if (templates / name).is_file():
        return templates / name
    return PACKAGED_FOLDER / name


def _plain_name(name: str, plan_path: Path) -> None:
    """Refuse a template name that is a path (``../..``, ``/etc``, ``C:\\``, ``sub/x.docx``): a plan someone
    uploaded must not make docgen read, and show the text of, any .docx on the machine."""
    if not name:
        return
    if name in (".", "..") or any(mark in name for mark in ("/", "\\", ":", "\0")) or Path(name).is_absolute():
        raise DocgenError.single(messages.TEMPLATE_NAME_NOT_PLAIN.format(name=name), file=str(plan_path),
                                 field="template", hint=messages.TEMPLATE_NAME_NOT_PLAIN_HINT)
