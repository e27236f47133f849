"""PDF copies of built documents, made by LibreOffice in headless mode, and page images for the web page.

One LibreOffice process converts a whole batch (starting it costs far more than converting a page), with
its own profile folder, so that two builds at once never share a profile (LibreOffice locks it), and with
a time limit, so that a stuck conversion ends with a message instead of hanging the build.

LibreOffice sees each document only after ``docgen.offline`` removed what it would fetch from outside the
file (pictures at an address, linked objects, remote templates, including fields). It runs in its own
process group: the ``soffice`` launcher starts ``soffice.bin``, and at the time limit the whole group is
stopped, not the launcher alone (which left ``soffice.bin`` running on, orphaned).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

from docgen import messages
from docgen.errors import DocgenError
from docgen.read import messages as read_messages

TIMEOUT_SECONDS = 240
_PROGRAMS = ("soffice", "libreoffice")


def libreoffice() -> str | None:
    """Return the LibreOffice program to run, or None when it is not installed."""
    return next((found for name in _PROGRAMS if (found := shutil.which(name))), None)


def to_pdf(documents: dict[str, bytes], timeout: float = TIMEOUT_SECONDS) -> dict[str, bytes]:
    """Return the PDF of each .docx (name → bytes), all converted by one LibreOffice process."""
    made = convert_each(documents, timeout)
    for name, pdf in made.items():
        if pdf is None:
            raise DocgenError.single(messages.PDF_FAILED.format(reason=messages.PDF_NOTHING_MADE), file=name)
    return {name: pdf for name, pdf in made.items() if pdf is not None}


def require_libreoffice() -> str:
    """Return the LibreOffice program; raise the how-to-install message when it is missing."""
    program = libreoffice()
    if program is None:
        raise DocgenError.single(messages.PDF_NO_LIBREOFFICE, hint=messages.PDF_NO_LIBREOFFICE_HINT)
    return program


def convert_each(documents: dict[str, bytes], timeout: float = TIMEOUT_SECONDS,
                 target: str = "pdf") -> dict[str, bytes | None]:
    """Return the PDF (or ``target``: "docx" for an old .doc) of each document, or None for one LibreOffice could
    not convert; one process for all.

    Raises ``DocgenError`` when LibreOffice is missing, cannot start, or runs past ``timeout`` seconds.
    """
    program = require_libreoffice()
    if not documents:
        return {}  # LibreOffice started with no file opens its start centre and never ends
    with tempfile.TemporaryDirectory(prefix="docgen-pdf-") as work:
        folder = Path(work)
        sources = []
        for index, (name, data) in enumerate(documents.items()):
            suffix = ".doc" if name.lower().endswith(".doc") else ".docx"
            source = folder / "in" / f"{index:04d}{suffix}"  # plain names: LibreOffice mangles some others
            source.parent.mkdir(exist_ok=True)
            # a .doc is no zip to strip (docgen.offline); it is converted to .docx, which is then stripped
            source.write_bytes(data if suffix == ".doc" else _offline(data))
            sources.append((name, source))
        _convert(program, [source for _, source in sources], folder, timeout, target)
        return {name: _read_pdf(folder / "out" / f"{source.stem}.{target}") for name, source in sources}


def _convert(program: str, sources: list[Path], folder: Path, timeout: float, target: str = "pdf") -> None:
    command = [program, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless", "--norestore",
               "--nolockcheck", "--convert-to", target, "--outdir", str(folder / "out"), *map(str, sources)]
    try:
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, start_new_session=True)
    except OSError as error:
        raise DocgenError.single(messages.PDF_FAILED.format(reason=error.strerror or error)) from None
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        _stop_group(process)
        late = messages.PDF_TIMEOUT if target == "pdf" else read_messages.DOC_TIMEOUT
        raise DocgenError.single(late.format(seconds=int(timeout))) from None
    except BaseException:  # Ctrl+C: LibreOffice must not run on either
        _stop_group(process)
        raise


def _stop_group(process: subprocess.Popen) -> None:
    """Stop every process LibreOffice started, then reap the launcher. The group bears the launcher's number,
    which no other process can take while the launcher is not reaped yet."""
    if hasattr(os, "killpg"):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
    else:  # Windows: no process groups as such
        process.kill()
    process.wait()


def _offline(data: bytes) -> bytes:
    """Return the document without its external resources; a file that is not a readable zip is given as it
    is replaced by an empty one (LibreOffice then makes no PDF of it, which the caller reports)."""
    from docgen.offline import offline
    from docgen.read.package import Unreadable

    try:
        return offline(data)
    except Unreadable:
        return b""


def _read_pdf(path: Path) -> bytes | None:
    if not path.is_file() or path.stat().st_size == 0:
        return None
    return path.read_bytes()


def page_images(pdf: bytes, resolution: int = 60) -> list[bytes]:
    """Return each page of ``pdf`` as a PNG image (poppler's pdftoppm); empty when pdftoppm is missing."""
    with _poppler("pdftoppm", pdf) as (program, source):
        if program is None:
            return []
        subprocess.run([program, "-png", "-r", str(resolution), str(source), str(source.parent / "page")],
                       capture_output=True, timeout=TIMEOUT_SECONDS, check=False)
        return [page.read_bytes() for page in sorted(source.parent.glob("page-*.png"), key=_page_number)]


def _page_number(path: Path) -> int:
    return int(path.stem.rsplit("-", 1)[1])


def page_texts(pdf: bytes) -> list[str]:
    """Return the text of each page of ``pdf`` (poppler's pdftotext); empty when pdftotext is missing."""
    with _poppler("pdftotext", pdf) as (program, source):
        if program is None:
            return []
        done = subprocess.run([program, str(source), "-"], capture_output=True, timeout=TIMEOUT_SECONDS,
                              check=False)
        return done.stdout.decode("utf-8", "replace").split("\f")[:-1] if done.returncode == 0 else []


@contextlib.contextmanager
def _poppler(name: str, pdf: bytes) -> Iterator[tuple[str | None, Path]]:
    """Yield poppler's program ``name`` (None when not installed) and the PDF written to a private folder."""
    with tempfile.TemporaryDirectory(prefix="docgen-poppler-") as work:
        source = Path(work) / "document.pdf"
        source.write_bytes(pdf)
        yield shutil.which(name), source
