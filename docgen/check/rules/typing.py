"""Vietnamese typing, as the peers' checkers report it: a space before a punctuation mark, two spaces between
words. A report-only warning: a reviewer's point, not a rule of the decree's form. (A check of the two tone-mark
placements, "hòa" and "hoà", mixed in one document was written and measured, 4 of 4 true (branch c18's
history), but is not kept:
the project's own reference plan, plans/2022.toml, mixes "hoá" and "hóa", and its build must stay byte-identical;
the lead decides.)"""

from __future__ import annotations

import re
from collections.abc import Iterator

from docgen.check.finding import WARNING, Issue
from docgen.check.rules.base import rule
from docgen.read.document import DocumentView, Paragraph
from docgen.read.parts import Parts

SPACE_BEFORE = re.compile(r"\w[ \u00a0]+[,;:.!?](?!\.)")  # "Sở Nội vụ ;" (not "… ." of a blank, nor "./.")
DOUBLE_SPACE = re.compile(r"\w {2,}\w")


def _texts(parts: Parts) -> list[Paragraph]:
    return [*parts.bases, *parts.body, *(p for attached in parts.attachments for p in attached.body)]


@rule("typing-spaces", WARNING, "Phụ lục I, mục I.4 (TCVN 6909:2001)")
def typing_spaces(view: DocumentView, parts: Parts) -> Iterator[Issue]:
    """No space before a punctuation mark, one space between words."""
    for paragraph in _texts(parts):
        text = paragraph.text.strip()
        before = SPACE_BEFORE.search(text)
        double = DOUBLE_SPACE.search(text)
        if before:
            yield Issue(paragraph.place, f"«{before.group(0)}»", "không có dấu cách trước dấu câu",
                        variant="before")
        elif double:
            yield Issue(paragraph.place, f"«{double.group(0)}»", "một dấu cách giữa hai từ", variant="double")
