"""``docgen diff A B --redline OUT.docx``: B's document with tracked changes against A (``w:ins``/``w:del``), so
Word's or LibreOffice's review pane shows every difference and the reviewer can accept or reject each.

Every paragraph of both documents, table cells included, is aligned as ``docgen diff`` aligns them (numbering
and spacing are not differences). A changed paragraph is retyped as its kept, deleted and inserted words (in
the formatting of its first run); a paragraph only in B is marked inserted; a paragraph only in A is put back
before its neighbour, marked deleted. Accepting every change gives B's text, rejecting every change A's.
The author is "docgen" and the date is fixed, so the same inputs give the same bytes.
Both files are read through ``read.package`` (main part found through ``_rels/.rels``, hardened parser, and
every part of B copied within the reader's total cap): a hostile B cannot make the output grow unbounded.
"""

from __future__ import annotations

import copy
import io
import re
import zipfile
from pathlib import Path

from lxml import etree

from docgen import messages
from docgen.diff.sources import load_source
from docgen.diff.text import align, word_changes
from docgen.errors import DocgenError
from docgen.output import write_atomic
from docgen.read.package import Package, Unreadable

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
AUTHOR = "docgen"
DATE = "2000-01-01T00:00:00Z"  # fixed: a redline is reproducible; the review pane shows the author


def q(tag: str) -> str:
    """Return the Clark name of a WordprocessingML tag: ``q("p")`` → ``{…/main}p``."""
    return f"{{{W}}}{tag}"


def write_redline(a: Path, b: Path, out: Path) -> None:
    """Write B with tracked changes against A to ``out`` (atomically); raise ``DocgenError`` when either is
    not a document (a plan is built first)."""
    old, new = load_source(a), load_source(b)
    if old.docx is None or new.docx is None:
        raise DocgenError.single(messages.REDLINE_NEEDS_DOCUMENTS, file=str(a if old.docx is None else b))
    write_atomic({out: redline(old.docx, new.docx, str(a), str(b))})


def redline(a_docx: bytes, b_docx: bytes, a_name: str = "A", b_name: str = "B") -> bytes:
    """Return B's .docx bytes with its differences from A marked as tracked changes; raise ``DocgenError``
    naming the file the reader refuses."""
    _, _, old_root = _opened(a_docx, a_name)
    new, main, new_root = _opened(b_docx, b_name)
    _Marker(new_root).mark(paragraphs(old_root), paragraphs(new_root))
    xml = etree.tostring(new_root, xml_declaration=True, encoding="UTF-8", standalone=True)
    try:
        return _replace_part(new, main, xml)
    except Unreadable as error:
        raise _unreadable(error, b_name) from None


def _opened(data: bytes, name: str) -> tuple[Package, str, etree._Element]:
    """Return the package, its main part's name (from ``_rels/.rels``, whatever it is called) and root."""
    try:
        package = Package(data)
        main = package.main_part()
        root = package.xml(main)
    except Unreadable as error:
        raise _unreadable(error, name) from None
    if root.find(q("body")) is None:
        raise _unreadable(Unreadable("part"), name)
    return package, main, root


def _unreadable(error: Unreadable, name: str) -> DocgenError:
    from docgen.read import messages as read_messages

    reason = read_messages.UNREADABLE_REASONS[error.reason].format(detail=error.detail)
    return DocgenError.single(read_messages.NOT_DOCX.format(reason=reason), file=name)


def paragraphs(root) -> list:
    """Return the body's paragraphs in order, table cells included (not those inside text boxes)."""
    body = root.find(q("body"))
    return [p for p in body.iter(q("p")) if not any(a.tag == q("p") for a in p.iterancestors())]


def text_of(paragraph, tracked: str = "") -> str:
    """Return the paragraph's typed text: tabs as "\\t", line breaks as "\\n"."""
    pieces = []
    for node in paragraph.iter(q("t"), q("delText"), q("tab"), q("br")):
        if node.tag in (q("t"), q("delText")):
            pieces.append(node.text or "")
        elif node.getparent().tag == q("r"):  # a w:tab in w:tabs (paragraph properties) is a tab stop
            pieces.append("\t" if node.tag == q("tab") else "\n")
    return "".join(pieces)


class _Marker:
    """Marks B's paragraphs; numbers the changes after the highest id already in the document."""

    def __init__(self, root) -> None:
        ids = [int(v) for v in root.xpath("//@w:id", namespaces={"w": W}) if re.fullmatch(r"\d+", v)]
        self.next_id = max(ids, default=0) + 1

    def mark(self, olds: list, news: list) -> None:
        old_texts, new_texts = [text_of(p) for p in olds], [text_of(p) for p in news]
        pending: list = []  # A's paragraphs waiting for B's next paragraph to be put back before it
        for step in align(old_texts, new_texts):
            if step.b is None:  # removed: only in A
                pending += [olds[step.a]] if step.a is not None else []
                continue
            target = news[step.b]
            for removed in pending:
                target.addprevious(self.deleted_paragraph(removed))
            pending = []
            if step.kind == "added":
                self.insert_paragraph(target)
            elif step.kind == "changed" and step.a is not None:
                self.rewrite(target, old_texts[step.a], new_texts[step.b])
        for removed in reversed(pending):  # A's last paragraphs: after B's last one
            news[-1].addnext(self.deleted_paragraph(removed))

    def stamp(self, tag: str):
        element = etree.Element(q(tag))
        element.set(q("id"), str(self.next_id))
        element.set(q("author"), AUTHOR)
        element.set(q("date"), DATE)
        self.next_id += 1
        return element

    def rewrite(self, paragraph, before: str, after: str) -> None:
        """Replace the paragraph's runs by its kept, deleted and inserted words."""
        style = _first_run_properties(paragraph)
        for child in list(paragraph):
            if child.tag != q("pPr"):
                paragraph.remove(child)
        for piece in word_changes(before, after):
            if piece.kind == "equal":
                paragraph.append(_run(piece.text, style))
            else:
                wrapper = self.stamp("ins" if piece.kind == "insert" else "del")
                wrapper.append(_run(piece.text, style, deleted=piece.kind == "delete"))
                paragraph.append(wrapper)

    def insert_paragraph(self, paragraph) -> None:
        """Mark a paragraph only in B as inserted: its runs and its paragraph mark."""
        for run in [child for child in paragraph if child.tag == q("r")]:
            wrapper = self.stamp("ins")
            run.addprevious(wrapper)
            wrapper.append(run)
        _mark_properties(paragraph).append(self.stamp("ins"))

    def deleted_paragraph(self, source):
        """Return a copy of A's paragraph, its text and paragraph mark marked deleted."""
        paragraph = etree.Element(q("p"))
        properties = source.find(q("pPr"))
        if properties is not None:
            kept = copy.deepcopy(properties)
            for unsafe in kept.findall(q("pStyle")) + kept.findall(q("numPr")) + kept.findall(q("rPr")):
                kept.remove(unsafe)  # A's styles and lists may not exist in B
            paragraph.append(kept)
        _mark_properties(paragraph).append(self.stamp("del"))
        wrapper = self.stamp("del")
        wrapper.append(_run(text_of(source), _first_run_properties(source), deleted=True))
        paragraph.append(wrapper)
        return paragraph


def _first_run_properties(paragraph):
    run = next((r for r in paragraph.iter(q("r")) if r.find(q("t")) is not None), None)
    properties = run.find(q("rPr")) if run is not None else None
    return copy.deepcopy(properties) if properties is not None else None


def _mark_properties(paragraph):
    """Return the paragraph mark's run properties (w:pPr/w:rPr), made when missing."""
    properties = paragraph.find(q("pPr"))
    if properties is None:
        properties = etree.Element(q("pPr"))
        paragraph.insert(0, properties)
    mark = properties.find(q("rPr"))
    if mark is None:
        mark = etree.SubElement(properties, q("rPr"))
    return mark


def _run(text: str, style, deleted: bool = False):
    """Return a run of ``text`` (tabs and line breaks as Word's own elements) in the given formatting."""
    run = etree.Element(q("r"))
    if style is not None:
        run.append(copy.deepcopy(style))
    for piece in re.split(r"([\t\n])", text):
        if piece == "\t":
            etree.SubElement(run, q("tab"))
        elif piece == "\n":
            etree.SubElement(run, q("br"))
        elif piece:
            node = etree.SubElement(run, q("delText" if deleted else "t"))
            node.text = piece
            node.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return run


def _replace_part(package: Package, name: str, data: bytes) -> bytes:
    """Return the package with one part replaced, every entry (order, dates) otherwise as it was; each entry
    is read through the package's caps, so what is written is bounded by them."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in package.entries():
            target.writestr(info, data if info.filename.lower() == name.lower() else package.read(info.filename))
    return out.getvalue()
