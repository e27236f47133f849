"""Old Word files (.doc, Word 97–2003): converted to .docx by LibreOffice when it is installed, then read like
any .docx (``docgen check``, ``docgen import-docx``). Without LibreOffice the clerk is told how to get it, or to
save the file as .docx in Word.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from docgen.errors import DocgenError
from docgen.read import messages

DOC_SUFFIX = ".doc"
TIMEOUT_SECONDS = 120
MAX_DOC_BYTES = 50 * 1024 * 1024  # a .doc larger than this is not an office document to check


def is_legacy(path: Path) -> bool:
    """True for a Word 97–2003 file (.doc)."""
    return path.suffix.lower() == DOC_SUFFIX


def docx_of(path: Path) -> bytes:
    """Return the .docx bytes of the .doc at ``path``, converted by LibreOffice in a folder of its own (its own
    profile too, so that two conversions at once do not share one). The .doc is only read."""
    from docgen.pdf import libreoffice

    program = libreoffice()
    if program is None:
        raise DocgenError.single(messages.DOC_NO_LIBREOFFICE, file=str(path), hint=messages.DOC_NO_LIBREOFFICE_HINT)
    if not path.is_file():
        raise DocgenError.single(messages.NOT_FOUND, file=str(path))
    if path.stat().st_size > MAX_DOC_BYTES:
        raise DocgenError.single(messages.DOC_TOO_LARGE, file=str(path))
    with tempfile.TemporaryDirectory(prefix="docgen-doc-") as work:
        folder = Path(work)
        source = folder / "in" / "van-ban.doc"  # a plain name: LibreOffice mangles some others
        source.parent.mkdir()
        source.write_bytes(path.read_bytes())
        command = [program, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless", "--norestore",
                   "--nolockcheck", "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(folder / "out"),
                   str(source)]
        try:
            subprocess.run(command, capture_output=True, timeout=TIMEOUT_SECONDS, check=False,
                           stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            raise DocgenError.single(messages.DOC_TIMEOUT.format(seconds=TIMEOUT_SECONDS), file=str(path)) from None
        except OSError as error:
            raise DocgenError.single(messages.DOC_FAILED.format(reason=error.strerror or error),
                                     file=str(path)) from None
        made = folder / "out" / "van-ban.docx"
        if not made.is_file() or made.stat().st_size == 0:
            raise DocgenError.single(messages.DOC_FAILED.format(reason=messages.DOC_NOTHING_MADE), file=str(path))
        return made.read_bytes()
