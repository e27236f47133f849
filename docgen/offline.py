"""A .docx as LibreOffice may see it: every resource outside the file removed first.

Converting a document, LibreOffice fetches what it links to: a picture whose target is an address, a linked
OLE object, the attached template, an INCLUDEPICTURE or INCLUDETEXT field. For a document someone sent, that
tells the sender when and where it was read, and lets the file make this machine request any address it can
reach. ``offline`` returns the document without any of it: relationships that point outside the package are
removed (a picture or link without its target shows as nothing, or as its text), an address or network
path where an attribute names a location (``src``, ``href`` …) is emptied, and the instructions of the
fields that include or link other files
are blanked, so each field shows the result Word saved with it. The text and layout LibreOffice renders are
otherwise the document's own; a built plan holds none of these and converts unchanged.
"""

from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

from docgen.read.package import Unreadable, parse_xml, vet

# an address with a scheme and //, a file: URL, or a Windows network path \\server\share
_ADDRESS = re.compile(r"^\s*(?:[a-z][a-z0-9+.\-]*:\s*//|file:|mhtml:|\\\\|//)", re.IGNORECASE)
# fields that read another file or a data source when the document is laid out
_FETCHING_FIELDS = {"INCLUDEPICTURE", "INCLUDETEXT", "INCLUDE", "LINK", "DDE", "DDEAUTO", "IMPORT", "DATABASE",
                    "EMBED"}
_XML_SUFFIXES = (".xml", ".rels", ".vml")
# attributes that name a location to load (VML pictures, frames, data sources); other attributes hold
# namespace and schema addresses (``Type``, ``uri``) that are names, never fetched
_LOCATION_ATTRIBUTES = {"href", "src", "url", "link", "target", "datafile", "connection", "sourcefilename"}


def offline(docx: bytes) -> bytes:
    """Return ``docx`` with every external resource removed (see the module's text); raise ``Unreadable`` for
    a file that is not a readable zip."""
    archive = vet(docx)
    out = io.BytesIO()
    with archive, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as written:
        for info in archive.infolist():
            data = archive.read(info)
            if info.filename.lower().endswith(_XML_SUFFIXES):
                cleaned = _cleaned_part(data)
                if cleaned is None:
                    continue  # not XML although named so: LibreOffice's lenient parser must not read it either
                data = cleaned
            written.writestr(info.filename, data)
    return out.getvalue()


def _cleaned_part(data: bytes) -> bytes | None:
    try:
        root = parse_xml(data)
    except Unreadable:
        return None
    changed = _drop_external_relationships(root) | _empty_addresses(root) | _blank_fetching_fields(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True) if changed else data


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _drop_external_relationships(root) -> bool:
    if _local(root.tag) != "Relationships":
        return False
    dropped = [r for r in root if _local(r.tag) == "Relationship" and (
        r.get("TargetMode", "").lower() == "external" or _ADDRESS.match(r.get("Target", "")))]
    for relationship in dropped:
        root.remove(relationship)
    return bool(dropped)


def _empty_addresses(root) -> bool:
    changed = False
    for element in root.iter():
        for name, value in element.attrib.items():
            if _local(name).lower() in _LOCATION_ATTRIBUTES and _ADDRESS.match(value):
                element.set(name, "")
                changed = True
    return changed


def _blank_fetching_fields(root) -> bool:
    """Blank the instruction of each field that would fetch something: complex fields (begin, instruction
    runs, separate, result, end; nested ones too) and simple fields (``w:fldSimple``, kept as its result)."""
    changed = False
    open_fields: list[list] = []  # the instruction elements of each field begun and not yet past its separator
    for element in root.iter():
        kind = _local(element.tag)
        if kind == "fldChar":
            state = next((v for k, v in element.attrib.items() if _local(k) == "fldCharType"), "")
            if state == "begin":
                open_fields.append([])
            elif state in ("separate", "end") and open_fields:
                changed |= _blank_if_fetching(open_fields[-1])
                open_fields[-1] = []
                if state == "end":
                    open_fields.pop()
        elif kind == "instrText" and open_fields:
            open_fields[-1].append(element)
        elif kind == "fldSimple":
            name = next((k for k in element.attrib if _local(k) == "instr"), None)
            if name and _fetches(element.get(name, "")):
                element.set(name, "")
                changed = True
    return changed


def _blank_if_fetching(instructions: list) -> bool:
    if not _fetches("".join(e.text or "" for e in instructions)):
        return False
    for element in instructions:
        element.text = ""
    return True


def _fetches(instruction: str) -> bool:
    words = instruction.split()
    return bool(words) and (words[0].upper() in _FETCHING_FIELDS or "://" in instruction or "\\\\" in instruction)
