"""Make a .docx package byte-for-byte reproducible: fixed entry order, timestamps and compression."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

_EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can carry
_FIRST = "[Content_Types].xml"  # readers look for it first


def normalise(package: bytes, date: dt.date | None) -> bytes:
    """Return ``package`` rezipped with entries in a stable order, all stamped with ``date`` (or 1980-01-01)."""
    stamp = (date.year, date.month, date.day, 0, 0, 0) if date and 1980 <= date.year <= 2107 else _EPOCH
    source = zipfile.ZipFile(io.BytesIO(package))
    names = sorted(source.namelist(), key=lambda name: (name != _FIRST, name))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in names:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, _fixed_core(name, source.read(name), date), compresslevel=6)
    return out.getvalue()


def _fixed_core(name: str, data: bytes, date: dt.date | None) -> bytes:
    """Stamp the package's own created/modified times with the plan's date (openpyxl writes the clock)."""
    if name != "docProps/core.xml" or date is None:
        return data
    moment = f"{date.isoformat()}T00:00:00Z".encode()
    return re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", rb"\g<1>" + moment + rb"\g<2>", data)
