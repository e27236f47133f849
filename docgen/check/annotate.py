"""Marks in the document: a copy of a checked .docx with one Word comment (author "docgen") at the paragraph of
each finding, holding the message, what is expected and found, the clause and, where Word can put it right, the
menu path. This is what reviewers do by hand; the original file is never written.

Paragraphs are found the way the reader numbers them ("đoạn N": every paragraph of the body and its tables in
document order, text boxes and fallback copies left out), so a comment sits where the report says. A finding of
the whole document, a section or a header is put on the first paragraph with text.
"""

from __future__ import annotations

import io
import re

from docgen.check import messages
from docgen.check.finding import Finding
from docgen.errors import DocgenError
from docgen.render.package import normalise

AUTHOR, INITIALS = "docgen", "DG"
PARAGRAPH = re.compile(r"^(?:\d+ chỗ, đầu tiên là |toàn văn bản: \d+ đoạn, đầu tiên là |\d+ đoạn [^,]*, đầu tiên là )?"
                       r"đoạn (\d+)")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_LEFT_OUT = (f"{_W}txbxContent", "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback")


def comment_text(finding: Finding) -> str:
    """Return the text of a finding's comment, in the words of the report."""
    severity = messages.SEVERITIES[finding.severity]
    lines = [f"[{severity}] {finding.message}"]
    if finding.expected or finding.found:
        lines.append(messages.ANNOTATE_EXPECTED.format(expected=finding.expected or "—", found=finding.found or "—"))
    if not PARAGRAPH.match(finding.where):
        lines.append(messages.ANNOTATE_WHERE.format(where=finding.where))
    lines.append(f"({finding.rule_id}; NĐ 30/2020, {finding.clause})")
    if finding.fix:
        lines.append(messages.ANNOTATE_FIX.format(fix=finding.fix))
    return "\n".join(lines)


def annotated(source: bytes, findings: list[Finding]) -> bytes:
    """Return a copy of the .docx ``source`` with a comment for each finding (the bytes of ``source`` are not
    changed: the copy is made in memory)."""
    import docx  # python-docx ≥ 1.2 writes comments.xml and its relationships
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(source))
    except Exception as error:  # a package python-docx cannot open (Strict OOXML …): said, not a traceback
        raise DocgenError.single(messages.ANNOTATE_UNREADABLE.format(reason=type(error).__name__)) from None
    paragraphs = [Paragraph(p, document._body)  # the reader's numbering, from 1
                  for p in document.element.body.iter(f"{_W}p")
                  if not any(a.tag in _LEFT_OUT for a in p.iterancestors())]
    first = next((p for p in paragraphs if p.text.strip()), paragraphs[0] if paragraphs else None)
    if first is None:
        return source
    for finding in findings:
        found = PARAGRAPH.match(finding.where)
        index = int(found.group(1)) if found else 0
        target = paragraphs[index - 1] if 0 < index <= len(paragraphs) else first
        runs = target.runs or [target.add_run("")]  # a comment needs a run to hold on to; no text is added
        comment = document.add_comment(runs, text=comment_text(finding), author=AUTHOR, initials=INITIALS)
        comment._comment_elm.attrib.pop(f"{_W}date", None)  # no clock time: the same check writes the same copy
    out = io.BytesIO()
    document.save(out)
    return normalise(out.getvalue(), None)  # fixed zip order and times: the same input gives the same copy
