"""render/context.py: every plan in plans/ (and the small test plan) is built and read back as a reader sees it
— each paragraph's text, whether it is bold and how it is aligned, each table's cells with their merges, and
each section's orientation — and compared with the record of that print in tests/mutation_kills/printed/.

The records were written from documents checked by hand and by the other tests (tests/test_build_2022.py,
test_every_construct.py, test_catalogue.py assert their figures and wording one by one); they catch any change
in what the template context prints, which those tests, sharing one build per file, do not all see. After an
intended change of the print, rewrite them with ``DOCGEN_WRITE_PRINTED=1 pytest tests/mutation_kills`` and
read the difference before committing it."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from docx.oxml.ns import qn

from docgen.build import build
from tests.conftest import ROOT, SMALL
from tests.readback import open_docx

PRINTED = Path(__file__).resolve().parent / "printed"
PLANS = sorted((ROOT / "plans").glob("*.toml")) + [SMALL]


def printed(docx: bytes) -> list:
    """The document as a reader sees it: paragraphs (text, bold, alignment), tables (cells with their column
    span and vertical merge) and sections (orientation), in order."""
    document = open_docx(docx)
    out: list = []
    for element in document.element.body:
        if element.tag == qn("w:p"):
            out.append(_paragraph(element))
        elif element.tag == qn("w:tbl"):
            out.append({"table": [[_cell(cell) for cell in row.iter(qn("w:tc"))] for row in element.iter(qn("w:tr"))]})
    out += [{"section": str(section.orientation), "width": section.page_width} for section in document.sections]
    return out


def _paragraph(element) -> list:
    runs = [(run, "".join(t.text or "" for t in run.iter(qn("w:t")))) for run in element.iter(qn("w:r"))]
    bold = sorted({_bold(run) for run, text in runs if text.strip()})
    style, align = (element.find(f"{qn('w:pPr')}/{qn(tag)}") for tag in ("w:pStyle", "w:jc"))
    breaks = sum(1 for _ in element.iter(qn("w:br"))) + sum(1 for _ in element.iter(qn("w:tab")))
    return ["".join(text for _, text in runs), bold, _value(style), _value(align), breaks]


def _value(element) -> str:
    return element.get(qn("w:val")) if element is not None else ""


def _bold(run) -> bool:
    found = run.find(f"{qn('w:rPr')}/{qn('w:b')}")
    return found is not None and found.get(qn("w:val"), "true") not in ("0", "false")


def _cell(cell) -> list:
    props = cell.find(qn("w:tcPr"))
    span = props.find(qn("w:gridSpan")) if props is not None else None
    merge = props.find(qn("w:vMerge")) if props is not None else None
    texts = [_paragraph(p) for p in cell.iter(qn("w:p"))]
    return [[t for t in texts if t[0]], int(span.get(qn("w:val"))) if span is not None else 1,
            (merge.get(qn("w:val")) or "continue") if merge is not None else ""]


@pytest.mark.parametrize("plan", PLANS, ids=[p.stem for p in PLANS])
def test_every_plan_prints_as_recorded(plan):
    seen = json.loads(json.dumps(printed(build(plan).docx), ensure_ascii=False))
    record = PRINTED / f"{plan.stem}.json"
    if os.environ.get("DOCGEN_WRITE_PRINTED"):  # one element a line: a change shows as the lines it changes
        record.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in seen), encoding="utf-8")
    expected = [json.loads(line) for line in record.read_text(encoding="utf-8").splitlines()]
    assert len(seen) == len(expected)
    for position, (got, want) in enumerate(zip(seen, expected, strict=True)):
        assert got == want, f"element {position}"
