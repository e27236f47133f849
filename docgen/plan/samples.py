"""What the starter plan (``docgen init``) holds only as a sample: a plan that still has it is a draft.

The starter fills every field so that it builds at once, but some of what it holds cannot be real: the
signer "Họ và tên người ký", the hamlets "Thôn Mẫu Một/Hai", targets of zero, the bases without a number.
A document built from a plan that still holds any of them is marked DỰ THẢO (and named as a draft) until
each is replaced, so the sample never passes as an issued plan.
"""

from __future__ import annotations

import re
from pathlib import Path

from docgen import messages
from docgen.errors import Location, Problem
from docgen.plan.linemap import LineMap
from docgen.plan.load import field_path
from docgen.plan.model import Plan

SAMPLE_SIGNER = "Họ và tên người ký"
SAMPLE_HAMLET = re.compile(r"^(thôn|xóm|bản|ấp|tổ dân phố)\s+mẫu\b", re.IGNORECASE)
# the starter's bases: the Decree's programme (real, kept) and the province's plan without its number and date
SAMPLE_BASIS = re.compile(r"^Căn cứ Kế hoạch của UBND tỉnh\b(?!.*\bsố\b)")


def sample_problems(plan: Plan, path: Path, lines: LineMap) -> list[Problem]:
    """Return each field that still holds the starter's sample, with what to put there instead."""
    found: list[tuple[tuple, str]] = []
    if plan.signature.name.strip() == SAMPLE_SIGNER:
        found.append((("signature", "name"), messages.SAMPLE_SIGNER))
    for index, hamlet in enumerate(plan.hamlets):
        if SAMPLE_HAMLET.match(hamlet.name.strip()):
            found.append((("hamlets", index, "name"), messages.SAMPLE_HAMLET.format(name=hamlet.name)))
    targets = plan.targets
    if targets.poor_reduction == 0 and targets.near_poor_reduction == 0:
        found.append((("targets", "poor_reduction"), messages.SAMPLE_TARGETS))
    for index, basis in enumerate(plan.bases):
        if SAMPLE_BASIS.match(basis.strip()):
            found.append((("bases", index), messages.SAMPLE_BASIS))
    return [Problem(Location(str(path), lines.line_of(parts), field_path(parts)), message, messages.SAMPLE_HINT)
            for parts, message in found]
