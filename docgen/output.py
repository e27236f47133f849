"""Where output goes and how it is written: never a half-written file, never a clobbered one."""

from __future__ import annotations

import errno
import glob
import os
import re
import stat
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
    A file that exists keeps its permissions (a plan kept private with 0600 stays so), and a symbolic link
    is written through: the file it points to changes, the link stays.
    """
    temporaries: list[tuple[str, Path]] = []
    current = next(iter(outputs))  # the file the clerk asked for, never the hidden temporary one
    try:
        for current, data in outputs.items():
            target = Path(os.path.realpath(current)) if current.is_symlink() else current
            temporaries.append((_write_temporary(target, data), target))
        for temporary, target in temporaries:
            os.replace(temporary, target)
    except OSError as error:
        raise DocgenError.single(messages.CANNOT_WRITE.format(reason=reason(error)), file=str(current),
                                 hint=messages.CANNOT_WRITE_HINT) from None
    finally:
        for temporary, _ in temporaries:
            Path(temporary).unlink(missing_ok=True)


def _write_temporary(path: Path, data: bytes) -> str:
    if path.is_dir():  # found now, before any file is renamed into place
        raise IsADirectoryError(21, "Is a directory", str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_temporaries(path)
    mode = _mode_for(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)  # os.fchmod is missing on Windows before 3.13
    except BaseException:
        Path(temporary).unlink(missing_ok=True)  # a full disk leaves no hidden half file behind
        raise
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


def _mode_for(path: Path) -> int:
    """Return the permissions the written file gets: those of the file it replaces, else an ordinary
    document's (0666 less the umask; mkstemp makes a file readable by its owner only)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return 0o666 & ~_umask()


def _umask() -> int:
    """Return the process's umask without setting it: ``os.umask`` can only be read by changing it, and in
    the threaded web server a file another thread creates at that moment would get the wrong mode."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return _UMASK_AT_START


def _umask_at_start() -> int:
    """Read once, when this module is first imported (a command's start, before any thread writes)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK_AT_START = _umask_at_start() if not Path("/proc/self/status").exists() else 0o022


def reason(error: OSError) -> str:
    """Return the reason in Vietnamese for the common cases, else the system's own words."""
    code = errno.errorcode.get(error.errno or 0, "")  # a full disk is a plain OSError: known by its number
    return messages.OS_REASONS.get(code) or messages.OS_REASONS.get(type(error).__name__, error.strerror or str(error))
