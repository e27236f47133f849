"""Make a .docx package byte-for-byte reproducible: fixed entry order, timestamps and compression."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Mapping
from typing import Any, cast

from docx.opc.pkgwriter import PackageWriter

_EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can carry
_FIRST = "[Content_Types].xml"  # readers look for it first


def normalise(package: bytes | Mapping[str, bytes], date: dt.date | None) -> bytes:
    """Return ``package`` (a zip, or its entries by name) zipped with entries in a stable order, all stamped
    with ``date`` (or 1980-01-01)."""
    if isinstance(package, bytes):
        source = zipfile.ZipFile(io.BytesIO(package))
        package = {name: source.read(name) for name in source.namelist()}
    stamp = (date.year, date.month, date.day, 0, 0, 0) if date and 1980 <= date.year <= 2107 else _EPOCH
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in sorted(package, key=lambda name: (name != _FIRST, name)):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, _fixed_core(name, package[name], date), compresslevel=6)
    return out.getvalue()


def docx_entries(document) -> dict[str, bytes]:
    """Return the zip entries of a python-docx document without zipping it: the build zips once, in
    ``normalise``, instead of python-docx compressing every part and ``normalise`` inflating it again.

    Uses python-docx's own serialisers (those of ``OpcPackage.save``), so the parts are exactly what
    ``save`` writes.
    """
    package = document.part.package
    for part in package.parts:
        part.before_marshal()
    entries = _Entries()
    collected = cast(Any, entries)  # duck-types python-docx's PhysPkgWriter: write(uri, blob)
    PackageWriter._write_content_types_stream(collected, package.parts)
    PackageWriter._write_pkg_rels(collected, package.rels)
    PackageWriter._write_parts(collected, package.parts)
    return entries.entries


class _Entries:
    """Stands in for python-docx's zip writer and keeps each entry's bytes by name."""

    def __init__(self) -> None:
        self.entries: dict[str, bytes] = {}

    def write(self, uri, blob: bytes) -> None:
        self.entries[uri.membername] = blob


def _fixed_core(name: str, data: bytes, date: dt.date | None) -> bytes:
    """Stamp the package's own created/modified times with the plan's date (openpyxl writes the clock)."""
    if name != "docProps/core.xml" or date is None:
        return data
    moment = f"{date.isoformat()}T00:00:00Z".encode()
    return re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", rb"\g<1>" + moment + rb"\g<2>", data)
