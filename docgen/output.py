"""Where output goes and how it is written: never a half-written file, never a clobbered one."""

from __future__ import annotations

import errno
import glob
import os
import re
import tempfile
import time
from pathlib import Path

from docgen import messages
from docgen.errors import DocgenError
from docgen.vnformat import strip_marks

SLUG_MAX = 60  # a file name part; whole names stay far below the 255 bytes file systems allow


def slug(text: str) -> str:
    """Return ``thinh-duc`` for ``Thịnh Đức``: ASCII, lower case, hyphens, safe in any file system, and at most
    ``SLUG_MAX`` characters (a place name typed over several lines would not fit in a file name)."""
    return re.sub(r"[^a-z0-9]+", "-", strip_marks(text).lower()).strip("-")[:SLUG_MAX].rstrip("-")


def write_atomic(outputs: dict[Path, bytes]) -> None:
    """Write every file through a temporary file in its own folder, then rename them all into place.

    Nothing is renamed until every temporary file is complete, so a failure leaves the old files as they
    were; a reader (or Word) sees either an old complete file or a new complete one, never a partial one.
    """
    temporaries: list[tuple[str, Path]] = []
    current = next(iter(outputs))  # the file the clerk asked for, never the hidden temporary one
    try:
        for current, data in outputs.items():
            temporaries.append((_write_temporary(current, data), current))
        for temporary, current in temporaries:
            os.replace(temporary, current)
    except OSError as error:
        raise DocgenError.single(messages.CANNOT_WRITE.format(reason=_reason(error)), file=str(current),
                                 hint=messages.CANNOT_WRITE_HINT) from None
    finally:
        for temporary, _ in temporaries:
            Path(temporary).unlink(missing_ok=True)


def _write_temporary(path: Path, data: bytes) -> str:
    if path.is_dir():  # found now, before any file is renamed into place
        raise IsADirectoryError(21, "Is a directory", str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_temporaries(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    with os.fdopen(handle, "wb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())
    _ordinary_permissions(temporary)
    return temporary


STALE_SECONDS = 600  # a temporary file this old was left by a write that was killed, not one still going on


def _remove_stale_temporaries(path: Path) -> None:
    """Remove the hidden temporary files of ``path`` that a killed write left behind (nothing can run at a
    hard kill to remove them); a recent one may belong to another write still going on, and is left alone."""
    for leftover in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        try:
            if time.time() - leftover.stat().st_mtime > STALE_SECONDS:
                leftover.unlink()
        except OSError:
            pass  # gone already, or not ours to remove: it does no harm where it is


def _ordinary_permissions(temporary: str) -> None:
    """mkstemp makes the file readable by its owner only; an output is an ordinary document (0666 less the
    umask). ``os.chmod`` on the path works everywhere; ``os.fchmod`` is missing on Windows before 3.13."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(temporary, 0o666 & ~mask)


def _reason(error: OSError) -> str:
    """Return the reason in Vietnamese for the common cases, else the system's own words."""
    code = errno.errorcode.get(error.errno or 0, "")  # a full disk is a plain OSError: known by its number
    return messages.OS_REASONS.get(code) or messages.OS_REASONS.get(type(error).__name__, error.strerror or str(error))
