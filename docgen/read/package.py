"""Opening a user's .docx without trusting it: the zip directory is checked before anything is unpacked,
every read is capped, and XML is parsed by a hardened parser (no entities, no DTD, no network, no huge
trees). The parts the view needs are found through the package's own relationships, so a file missing
styles, numbering, settings, headers or section properties opens all the same.

A hostile file (not a zip, truncated, a zip bomb, a part of gigabytes, entity expansion, external
entities) is refused with ``Unreadable`` in bounded time and memory.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from pathlib import Path
from urllib.parse import unquote

from lxml import etree

from docgen.read.ooxml import Element

MAX_FILE_BYTES = 200 * 2**20  # a .docx of 200 MiB is pictures, not text
MAX_ENTRIES = 10_000
MAX_PART_BYTES = 64 * 2**20  # one XML part unpacked: the longest real plans are a few MiB
MAX_TOTAL_BYTES = 256 * 2**20  # everything the view unpacks from one file
_CHUNK = 2**20
_DEFLATE_MAX_RATIO = 1032

MAIN_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
}
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_OVERRIDE = "{http://schemas.openxmlformats.org/package/2006/content-types}Override"
_BODY = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}body"


class Unreadable(Exception):
    """The file cannot be read as a .docx; ``reason`` is a key of ``read.messages.UNREADABLE_REASONS``."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(reason)
        self.reason, self.detail = reason, detail


def hardened_parser() -> etree.XMLParser:
    """Return a parser that never expands entities, loads a DTD or touches the network (one per use:
    lxml parsers must not be shared between threads)."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                           huge_tree=False, remove_comments=False)


# Word's "Strict Open XML Document" (Save As → Strict Open XML) names the same elements in other namespaces
# (ISO/IEC 29500 Strict); the relationship types end with the same names, which is all the reader asks of them.
_STRICT = {
    b"http://purl.oclc.org/ooxml/wordprocessingml/main":
        b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    b"http://purl.oclc.org/ooxml/officeDocument/relationships":
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    b"http://purl.oclc.org/ooxml/drawingml/main": b"http://schemas.openxmlformats.org/drawingml/2006/main",
    b"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing":
        b"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
}


def transitional(data: bytes) -> bytes:
    """Return a part written in the Strict vocabulary with the transitional namespaces the reader knows."""
    if b"purl.oclc.org/ooxml" not in data:
        return data
    for strict, usual in _STRICT.items():
        data = data.replace(strict + b'"', usual + b'"')
    return data


def parse_xml(data: bytes) -> Element:
    """Return the root of an XML part; a part with a DOCTYPE (never in Office XML) is refused."""
    head = data[:65536]
    if b"<!DOCTYPE" in head or "<!DOCTYPE".encode("utf-16-le") in head:
        raise Unreadable("dtd")  # said before libxml2 stops on the entities with a less useful error
    try:
        tree = etree.parse(io.BytesIO(data), hardened_parser())
    except etree.XMLSyntaxError:
        raise Unreadable("xml") from None
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise Unreadable("dtd")
    return tree.getroot()


def vet(data: bytes) -> zipfile.ZipFile:
    """Return the open zip after checking its directory: entry count and declared sizes within bounds.

    zipfile returns no more than an entry's declared size, but inflates as much as one read asks for before
    cutting: an entry whose compressed size could inflate past the cap (deflate packs at most about 1032:1) is
    unpacked once here, a chunk at a time, so that no later reader (python-docx, docxtpl) can be made to
    inflate a bomb. Real parts are far below that size, so this costs nothing for ordinary files."""
    if len(data) > MAX_FILE_BYTES:
        raise Unreadable("large")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise Unreadable("zip") from None
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES or any(info.file_size > MAX_PART_BYTES for info in entries):
        raise Unreadable("large")
    for info in entries:
        if info.compress_size * _DEFLATE_MAX_RATIO > MAX_PART_BYTES:  # could inflate past the cap, whatever it says
            _unpacks_within_bounds(archive, info)
    return archive


def _unpacks_within_bounds(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Unpack one entry a chunk at a time and refuse it if it is larger than the cap or than it declared."""
    try:
        with archive.open(info) as stream:
            if len(_read_bounded(stream, MAX_PART_BYTES)) > MAX_PART_BYTES:
                raise Unreadable("large")
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError, RuntimeError):
        raise Unreadable("zip") from None  # a lying size fails zipfile's length and CRC check


def vetted_file(path: Path) -> bytes:
    """Return the bytes of a user's .docx (or .dotx) before python-docx or docxtpl opens it: refused when too
    large to be a document, not a zip, or its directory declares too much (``Unreadable``)."""
    if path.stat().st_size > MAX_FILE_BYTES:
        raise Unreadable("large")
    data = path.read_bytes()
    vet(data)
    return data


class Package:
    """The parts of a .docx, read on demand within the limits above."""

    def __init__(self, data: bytes) -> None:
        self._archive = vet(data)
        self.names = {info.filename.lower(): info.filename for info in self._archive.infolist()}
        self._unpacked = 0

    def read(self, name: str) -> bytes:
        """Return the bytes of entry ``name``, reading at most what the limits allow whatever the directory says."""
        try:
            with self._archive.open(self.names[name.lower()]) as stream:
                data = _read_bounded(stream, min(MAX_PART_BYTES, MAX_TOTAL_BYTES - self._unpacked))
        except KeyError:
            raise Unreadable("part") from None
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError, RuntimeError):
            raise Unreadable("zip") from None  # truncated, bad CRC, unknown compression, encrypted
        self._unpacked += len(data)
        if len(data) > MAX_PART_BYTES or self._unpacked > MAX_TOTAL_BYTES:
            raise Unreadable("large")
        return data

    def entries(self) -> list[zipfile.ZipInfo]:
        """Return the zip entries in their order (for a writer copying the package)."""
        return self._archive.infolist()

    def xml(self, name: str) -> Element:
        """Return the parsed root of part ``name``, in the transitional vocabulary whatever the file uses."""
        return parse_xml(transitional(self.read(name)))

    def has(self, name: str) -> bool:
        return name.lower() in self.names

    def main_part(self) -> str:
        """Return the name of the main document part (from ``_rels/.rels``, else Word's usual name)."""
        if self.has("_rels/.rels"):
            for rel in self.xml("_rels/.rels").iter(_RELS):
                if rel.get("Type", "").endswith("/officeDocument") and rel.get("TargetMode") != "External":
                    return _resolve("", rel.get("Target", ""))
        if self.has("word/document.xml"):
            return "word/document.xml"
        raise Unreadable("part")

    def main_type(self, part: str) -> str | None:
        """Return the declared content type of ``part``, or None when the package does not say."""
        if not self.has("[Content_Types].xml"):
            return None
        for override in self.xml("[Content_Types].xml").iter(_OVERRIDE):
            if override.get("PartName", "").lstrip("/").lower() == part.lower():
                return override.get("ContentType")
        return None

    def related(self, part: str, kinds: tuple[str, ...]) -> dict[str, tuple[str, Element]]:
        """Return the internal parts of the kinds asked for (``/styles``, ``/header`` …) that ``part`` refers
        to: relationship id → (kind, XML root). A missing or damaged optional part is left out."""
        folder, base = posixpath.split(part)
        rels_name = posixpath.join(folder, "_rels", base + ".rels")
        if not self.has(rels_name):
            return {}
        found = {}
        for rel in self.xml(rels_name).iter(_RELS):
            kind = "/" + rel.get("Type", "").rsplit("/", 1)[-1]
            target = _resolve(folder, rel.get("Target", ""))
            if rel.get("TargetMode") == "External" or kind not in kinds or not self.has(target):
                continue
            try:
                found[rel.get("Id", "")] = (kind, self.xml(target))
            except Unreadable as error:
                if error.reason not in ("xml", "part"):
                    raise  # hostile, not merely damaged
        return found


def _read_bounded(stream, limit: int) -> bytes:
    """Return the stream's bytes, unpacked a chunk at a time (zipfile inflates as much as it is asked for in
    one call), stopping just past ``limit``."""
    chunks, size = [], 0
    while size <= limit:
        chunk = stream.read(_CHUNK)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def open_main(data: bytes, kinds: tuple[str, ...]) -> tuple[Element, dict[str, tuple[str, Element]]]:
    """Return the body of the main document part (an empty one if it has none) and its related parts."""
    package = Package(data)
    main = package.main_part()
    declared = package.main_type(main)
    if declared is not None and declared not in MAIN_TYPES:
        raise Unreadable("type")
    root = package.xml(main)
    body = root.find(_BODY)
    return (body if body is not None else etree.SubElement(root, _BODY)), package.related(main, kinds)


def _resolve(folder: str, target: str) -> str:
    """Return the zip entry a relationship target names, relative to the source part's folder."""
    target = unquote(target)
    path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
    return posixpath.normpath(path).lstrip("/")
