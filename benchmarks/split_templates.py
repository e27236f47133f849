"""Cut the templates of Nghị định 30/2020/NĐ-CP, Phụ lục III, into one .docx each (the real documents of the
check corpus): ``python benchmarks/split_templates.py Phuluc3.docx OUT_DIR``.

Each "Mẫu N.M - …" heading starts a template; everything up to the next heading is kept, except the decree's
explanatory notes ("Ghi chú" tables) and the headings themselves. Styles, numbering and the last section's page
setup are the decree file's own. The decree is a legal normative document (Luật Sở hữu trí tuệ, Điều 15: not
protected by copyright), so its templates may be redistributed.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import docx
from docx.oxml.ns import qn

HEADING = re.compile(r"^Mẫu (\d+\.\d+)")


def _text(element) -> str:
    return "".join(node.text or "" for node in element.iter(qn("w:t"))).strip()


def split(source: Path, target: Path) -> list[Path]:
    """Write one file per template of ``source`` into ``target``; return their paths."""
    elements = list(docx.Document(str(source)).element.body)
    starts = [i for i, e in enumerate(elements) if e.tag == qn("w:p") and HEADING.match(_text(e))]
    written = []
    for number, start in enumerate(starts):
        stop = starts[number + 1] if number + 1 < len(starts) else len(elements) - 1
        document = docx.Document(str(source))
        body = document.element.body
        for position, element in enumerate(list(body)):
            if element.tag == qn("w:sectPr"):
                continue
            text = _text(element)
            notes = element.tag == qn("w:tbl") and text.startswith("Ghi chú")
            if not start < position < stop or notes or text.startswith("Mẫu "):
                body.remove(element)
        for properties in body.iter(qn("w:pPr")):  # inner section breaks belong to the decree's pages
            for inner in properties.findall(qn("w:sectPr")):
                properties.remove(inner)
        path = target / f"nd30-mau-{HEADING.match(_text(elements[start])).group(1)}.docx"
        document.save(str(path))
        written.append(path)
    return written


if __name__ == "__main__":
    for path in split(Path(sys.argv[1]), Path(sys.argv[2])):
        print(path)
