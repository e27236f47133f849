"""Which template lays out a plan of a given kind (the search order of docgen/render/templates.py, per kind).

1. the template the plan names (``template = …``), as for a Kế hoạch;
2. the workspace's ``templates/<kind>.docx`` (``bao-cao.docx``, ``quyet-dinh.docx`` …): one kind overridden alone;
3. the kind layout's template: ``templates/to-trinh.docx`` … of the workspace, else the one inside docgen;
4. for the kinds laid out as a plan (Báo cáo, Thông báo, Hướng dẫn, Chương trình), the plan's template.
"""

from __future__ import annotations

from pathlib import Path

from docgen.kinds import PACKAGED_LAYOUTS, kind_named
from docgen.plan.model import Plan
from docgen.render.templates import TEMPLATE_NAME, find_template, workspace_of


def kind_template(plan: Plan, plan_path: Path) -> Path:
    """Return the template file to build ``plan`` with."""
    kind = kind_named(plan.document.kind)
    if kind is None or kind.slug == "ke-hoach" or plan.template:
        return find_template(TEMPLATE_NAME, plan_path, plan)
    own = workspace_of(plan_path) / "templates" / kind.template
    if own.is_file():
        return own
    packaged = PACKAGED_LAYOUTS.get(kind.layout)
    return find_template(packaged or TEMPLATE_NAME, plan_path, plan)
