"""Template parts: a commune replaces one part of the template (say, its appendix page) and keeps the rest.

A template includes a part with a paragraph holding only the tag ``{%p part "phu-luc.docx" %}``. Before
rendering, that paragraph is replaced by the body of the part file, found like a template
(``find_template``: the workspace's ``templates/phu-luc.docx``, else the one inside docgen). The part's
paragraphs and tables keep their style names, so a part made from a copy of docgen's template looks the
same; its images, footnotes and numbering definitions are not carried over. Parts may hold tags; they
are rendered with the same data as the template. docs/templates.md explains it for the clerk.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import io
import re
import zipfile
from pathlib import Path

import docx

from docgen import messages
from docgen.errors import DocgenError
from docgen.read.package import vetted_file
from docgen.render.templates import find_template

PART_TAG = re.compile(r'^\s*\{%p\s+part\s+"([^"]+)"\s*%\}\s*$')
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def with_parts(template: bytes, plan_path: Path, plan=None) -> bytes:
    """Return the template with every part paragraph replaced by its part's body (unchanged if none).

    The result is kept per process for the same template and the same part files (path and version), so a
    batch, or the web page building again and again, splices the parts once."""
    if b"part" not in _document_xml(template):
        return template  # the common case costs one look at the XML
    key = hashlib.sha256(template).digest()
    names = _part_names(key, template)
    if not names:
        return template
    found = tuple((name, path, *_stat(path)) for name in names for path in [find_template(name, plan_path, plan)])
    return _spliced(key, template, found)


@functools.lru_cache(maxsize=8)
def _part_names(key: bytes, template: bytes) -> tuple[str, ...]:  # key: the template's digest
    document = docx.Document(io.BytesIO(template))
    return tuple(match.group(1) for p in document.paragraphs if (match := PART_TAG.match(p.text)))


@functools.lru_cache(maxsize=16)
def _spliced(key: bytes, template: bytes, found: tuple) -> bytes:  # key: template digest and part versions
    document = docx.Document(io.BytesIO(template))
    paths = {name: path for name, path, *_ in found}
    for paragraph, match in [(p, m) for p in document.paragraphs if (m := PART_TAG.match(p.text))]:
        for element in part_body(paths[match.group(1)]):
            paragraph._p.addprevious(element)
        paragraph._p.getparent().remove(paragraph._p)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def part_body(path: Path) -> list:
    """Return copies of the part's body elements (its final section properties left out)."""
    stat = _stat(path)
    return [copy.deepcopy(element) for element in _part_body(path.resolve(), stat[0], stat[1])]


@functools.lru_cache(maxsize=16)
def _part_body(path: Path, mtime_ns: int, size: int) -> tuple:  # key: path and file version
    try:
        body = docx.Document(io.BytesIO(vetted_file(path))).element.body  # a user's file: vetted first
    except Exception:  # python-docx raises several kinds for a file that is not a .docx
        raise DocgenError.single(messages.PART_NOT_DOCX, file=str(path), hint=messages.TEMPLATE_BROKEN_HINT) from None
    return tuple(element for element in body if element.tag != f"{_W}sectPr")


def _stat(path: Path) -> tuple[int, int]:
    try:
        stat = path.stat()
    except OSError:
        raise DocgenError.single(messages.PART_NOT_FOUND.format(name=path.name), file=str(path),
                                 hint=messages.PART_NOT_FOUND_HINT) from None
    return stat.st_mtime_ns, stat.st_size


def _document_xml(template: bytes) -> bytes:
    try:
        with zipfile.ZipFile(io.BytesIO(template)) as package:
            return package.read("word/document.xml")
    except (zipfile.BadZipFile, KeyError):
        return b""  # render() reports a file that is not a .docx
