"""The copies ``docgen check`` writes on request: the document with a comment at each finding (--annotate) and
the document with its safe fixes (--fix), which is then checked again. The checked file is only read."""

from __future__ import annotations

from pathlib import Path

from docgen.check import messages
from docgen.check.annotate import annotated
from docgen.check.finding import Finding
from docgen.check.fix import fixed as fixed_copy
from docgen.check.report import format_text
from docgen.check.runner import check_docx
from docgen.errors import DocgenError
from docgen.output import write_atomic


def write_copies(source: Path, findings: list[Finding], annotate: Path | None, fixed: Path | None,
                 data: bytes | None = None) -> tuple[list[str], list[Finding]]:
    """Write the requested copies of ``source`` (its bytes ``data`` when it was converted from .doc); return the
    lines to show and the findings left in the fixed copy (those of the source when no fix was asked)."""
    data = source.read_bytes() if data is None else data
    for out in (annotate, fixed):
        if out is not None and out.resolve() == source.resolve():
            raise DocgenError.single(messages.ANNOTATE_SAME_FILE, file=str(out))
    lines, left = [], findings
    if annotate is not None:
        write_atomic({annotate: annotated(data, findings)})
        lines.append(messages.ANNOTATED.format(count=len(findings), path=annotate))
    if fixed is not None:
        repaired, done = fixed_copy(data)
        write_atomic({fixed: repaired})
        lines.append(messages.FIXED_WRITTEN.format(done=", ".join(done), path=fixed) if done
                     else messages.FIXED_NOTHING.format(path=fixed))
        left = check_docx(repaired, str(fixed))
        lines += [messages.FIXED_LEFT, format_text({str(fixed): left})]
    return lines, left
