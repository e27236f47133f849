"""Writes docs/check-rules.md from the rule registry, so that the reference and the code cannot drift.

Run ``python -m docgen.check.rules_doc docs/check-rules.md``; a test checks the committed file is current.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docgen.check import messages
from docgen.check.rules import RULES

HEADER = """# Decree 30 rules checked by `docgen check`

<!-- Generated from docgen/check/rules by `python -m docgen.check.rules_doc docs/check-rules.md`. Do not edit. -->

`docgen check FILE.docx` judges any Word document (made by docgen or typed by hand) against the form rules
of Nghị định 30/2020/NĐ-CP. Each rule has a stable id, a default severity and the clause of the decree it
enforces; the description is what a clerk reads in the report. An **error** (lỗi) breaks the decree's text;
a **warning** (cảnh báo) flags a draft not yet filled in, a common practice the decree does not state, an
estimated length, or an element the checker could not find (its other rules were then not applied).

## How the checker reads a document

- **Formatting as Word shows it.** Font, size, bold, italic and capitals of each run are resolved through the
  run, its character style, the paragraph style and its `basedOn` chain, the table style and the document
  defaults (`w:docDefaults`), down to Word's built-in defaults; theme fonts are looked up in the theme. Bold
  and italic combine across style types as ECMA-376 §17.7.3 says. Automatic list numbers ("1.", "a)") are
  read as Word prints them, so Word's English lettering (… e, f) is caught.
- **Elements found by their text and position**, not by docgen's styles: the national name and motto by
  their words; "Số:" and the place/date line in the top block; the issuing body as the lines above "Số:" in
  its column; the document type as the first upper-case paragraph after the top block, the summary right
  after it; the body up to the table or paragraphs holding "Nơi nhận:" and the signing lines; appendices as
  "Phụ lục …" lines after that. The top block may be a table or tab-separated lines.
- **Where**: `đoạn N` counts every paragraph of the document, table cells included, from 1; a paragraph in
  a table also gives `bảng, dòng, cột`. A wrong value set in a style (or in the document defaults) is
  reported once for the style, with how many paragraphs it affects and the first one; page setup shared by
  several sections is reported once for them all.

## Limits

- Lengths of the short lines are compared with text widths estimated from the number of characters.
- Indents given in characters (`w:firstLineChars`) are not read; floating shapes count for the paragraph
  they are anchored in.

## Rules

| Id | Severity | Clause (NĐ 30/2020) | Rule |
|---|---|---|---|
"""


def rules_markdown() -> str:
    """Return the Markdown reference of every registered rule."""
    rows = [f"| `{rule.rule_id}` | {rule.severity} ({messages.SEVERITIES[rule.severity].lower()}) | "
            f"{rule.clause} | {rule.description} |" for rule in RULES]
    return HEADER + "\n".join(rows) + "\n"


def main(argv: list[str]) -> int:
    """Write the reference to the path given (default docs/check-rules.md)."""
    target = Path(argv[0] if argv else "docs/check-rules.md")
    target.write_text(rules_markdown(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
