"""Which Word template a plan is rendered with: the commune's own when it has one, else docgen's.

The search order, first found wins (docs/templates.md explains it for the clerk):
1. the template the plan names (``template = "mau-cua-xa.docx"``), looked for beside the plan file, then in
   the workspace's ``templates/`` folder;
2. ``templates/ke-hoach.docx`` in the plan's workspace (the folder holding ``plans/``), then in the current
   folder;
3. the template that ships inside docgen (``docgen/templates/ke-hoach.docx``), so ``pip install`` is enough.
"""

from __future__ import annotations

from pathlib import Path

from docgen import messages
from docgen.errors import DocgenError

TEMPLATE_NAME = "ke-hoach.docx"
# The kinds of document docgen can lay out (folded name → its template). Another kind (Quyết định, Báo cáo …)
# has other parts in another order (Decree 30, Phụ lục I), so it is refused until it has a template of its own.
KIND_TEMPLATES = {"kế hoạch": TEMPLATE_NAME}


def kind_supported(kind: str) -> bool:
    """True when docgen has a template laying out documents of this kind (``Kế hoạch``, any case)."""
    return " ".join(kind.split()).casefold() in KIND_TEMPLATES
PACKAGED = Path(__file__).resolve().parent.parent / "templates" / TEMPLATE_NAME


def find_template(plan_path: Path, named: str = "") -> Path:
    """Return the template for the plan at ``plan_path`` (``named``: the file the plan asks for, if any)."""
    workspace_templates = plan_path.resolve().parent.parent / "templates"
    if named:
        for folder in (plan_path.resolve().parent, workspace_templates):
            if (folder / named).is_file():
                return folder / named
        raise DocgenError.single(messages.TEMPLATE_NAMED_NOT_FOUND.format(name=named), file=str(plan_path),
                                 field="template", hint=messages.TEMPLATE_NAMED_HINT)
    for candidate in (workspace_templates / TEMPLATE_NAME, Path("templates") / TEMPLATE_NAME):
        if candidate.is_file():
            return candidate
    return PACKAGED
