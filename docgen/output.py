"""Where output goes and how it is written: never a half-written file, never a clobbered one."""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from pathlib import Path

from docgen import messages
from docgen.errors import DocgenError


def slug(text: str) -> str:
    """Return ``thinh-duc`` for ``Thịnh Đức``: ASCII, lower case, hyphens, safe in any file system."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and an atomic rename.

    A reader (or Word) sees either the old complete file or the new complete file, never a partial one.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise DocgenError.single(messages.CANNOT_WRITE.format(reason=error.strerror), file=str(path)) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            os.fchmod(stream.fileno(), 0o644)  # mkstemp makes 0600; an output is an ordinary shared document
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise DocgenError.single(messages.CANNOT_WRITE.format(reason=error.strerror), file=str(path)) from None
