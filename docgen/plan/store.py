"""Replacing a plan file only if it is still the version the writer read: compare and swap under a lock.

The web editor, ``docgen import`` and ``docgen import-docx`` each read a plan, work on it, then write it back.
Two of them at once must never both be told "saved" while one of them silently wins: the digest check, the
making of the new bytes and the atomic write are one step, under an exclusive lock on the file's folder
(``flock``, released by the system even when the process is killed). Every writer of the same folder takes
the same lock, in this process (the threaded server) or another one.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from docgen import messages
from docgen.errors import DocgenError
from docgen.output import reason, write_atomic

_IN_PROCESS = threading.Lock()  # where flock is missing (Windows): at least this process's threads wait


def digest_of(content: bytes) -> str:
    """Return the fingerprint of a file's bytes (to notice that someone else changed it)."""
    return hashlib.sha256(content).hexdigest()


def current_digest(path: Path) -> str | None:
    """Return the digest of the file at ``path`` now, or None when there is no file."""
    current = _read(path)
    return None if current is None else digest_of(current)


def replace_if_unchanged(path: Path, digest: str | None, make: Callable[[bytes | None], bytes],
                         message: str = messages.EDIT_CHANGED_ON_DISK, hint: str = messages.EDIT_CHANGED_HINT) -> bytes:
    """Write ``make(current bytes)`` to ``path`` if the file's digest is still ``digest`` (None: there must be
    no file yet), and return what was written; else raise ``DocgenError`` with ``message`` and write nothing."""
    with folder_lock(Path(os.path.realpath(path)).parent):
        current = _read(path)
        if (None if current is None else digest_of(current)) != digest:
            raise DocgenError.single(message, file=str(path), hint=hint)
        content = make(current)
        write_atomic({path: content})
        return content


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:  # a folder, no permission: said like a failed write, not as a traceback
        raise DocgenError.single(messages.CANNOT_WRITE.format(reason=reason(error)), file=str(path),
                                 hint=messages.CANNOT_WRITE_HINT) from None


@contextlib.contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """Hold the exclusive lock of ``folder`` (waiting for another writer to finish)."""
    try:
        import fcntl
    except ImportError:  # Windows
        with _IN_PROCESS:
            yield
        return
    folder.mkdir(parents=True, exist_ok=True)
    handle = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)  # closing the descriptor releases the lock
