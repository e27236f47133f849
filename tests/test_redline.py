"""docgen diff --redline: B with tracked changes against A that are exactly the differences; accepting them
all gives B's text, rejecting them all gives A's; LibreOffice opens it."""

from __future__ import annotations

import copy
import io
import shutil
import zipfile

import pytest
from click.testing import CliRunner
from lxml import etree

from docgen import pdf
from docgen.build import build
from docgen.cli import main
from docgen.diff.redline import AUTHOR, paragraphs, q, redline, text_of
from docgen.diff.text import normalise
from tests.conftest import SMALL
from tests.retype import retype


def clerk(text: str) -> str | None:
    """The clerk's edits: one word, one figure (households of Xóm Hai, in both tables), one point left out."""
    if text.endswith("Điểm c"):
        return None
    return "52" if text == "50" else text.replace("Ý thứ nhất", "Ý thứ hai")


@pytest.fixture(scope="module")
def documents():
    original = build(SMALL).docx
    typed = retype(original, clerk)
    return original, typed, redline(original, typed)


def _root(package: bytes):
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        return etree.fromstring(archive.read("word/document.xml"))


def _tracked(root) -> list[tuple[str, str]]:
    found = []
    for change in root.iter(q("ins"), q("del")):
        if change.getparent().tag == q("rPr"):
            continue  # a paragraph mark, counted with its paragraph's text
        assert change.get(q("author")) == AUTHOR
        found.append((etree.QName(change).localname, "".join(change.itertext())))
    return found


def _resolve(package: bytes, accept: bool) -> list[str]:
    """Return the paragraph texts after accepting (or rejecting) every tracked change, done on the XML."""
    root = copy.deepcopy(_root(package))
    drop, keep = (q("del"), q("ins")) if accept else (q("ins"), q("del"))
    for paragraph in paragraphs(root):
        mark = paragraph.find(f"{q('pPr')}/{q('rPr')}/{drop}")
        if mark is not None:
            paragraph.getparent().remove(paragraph)
    for change in list(root.iter(drop)):
        change.getparent().remove(change)
    for change in list(root.iter(keep)):
        parent = change.getparent()
        if parent.tag == q("rPr"):
            parent.remove(change)
            continue
        for child in change:
            change.addprevious(child)
        parent.remove(change)
    for deleted in root.iter(q("delText")):
        deleted.tag = q("t")
    return [text_of(p) for p in paragraphs(root)]


def test_tracked_changes_are_exactly_the_differences(documents):
    original, _, marked = documents
    deleted_point = next(text_of(p) for p in paragraphs(_root(original)) if text_of(p).endswith("Điểm c"))
    assert sorted(_tracked(_root(marked))) == sorted([
        ("del", "nhất"), ("ins", "hai"),
        ("del", "50"), ("ins", "52"), ("del", "50"), ("ins", "52"),
        ("del", deleted_point)])


def test_accepting_all_gives_b_and_rejecting_all_gives_a(documents):
    original, typed, marked = documents
    assert _resolve(marked, accept=True) == [text_of(p) for p in paragraphs(_root(typed))]
    rejected = [normalise(t) for t in _resolve(marked, accept=False)]
    assert rejected == [normalise(text_of(p)) for p in paragraphs(_root(original))]


def test_redline_is_reproducible_and_written_by_the_cli(documents, tmp_path):
    original, typed, marked = documents
    assert redline(original, typed) == marked
    (tmp_path / "b.docx").write_bytes(typed)
    out = tmp_path / "red.docx"
    result = CliRunner().invoke(main, ["diff", str(SMALL), str(tmp_path / "b.docx"), "--redline", str(out)])
    assert result.exit_code == 1
    assert out.read_bytes() == marked


@pytest.mark.skipif(pdf.libreoffice() is None or shutil.which("pdftotext") is None, reason="LibreOffice needed")
def test_libreoffice_opens_the_redline(documents):
    made = pdf.to_pdf({"red.docx": documents[2]})
    text = " ".join(pdf.page_texts(made["red.docx"]))
    assert "hai" in text and "52" in text
