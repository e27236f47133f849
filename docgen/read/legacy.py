"""Old Word files (.doc, Word 97–2003): converted to .docx by LibreOffice when it is installed, then read like
any .docx (``docgen check``, ``docgen import-docx``). Without LibreOffice the clerk is told how to get it, or to
save the file as .docx in Word.
"""

from __future__ import annotations

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
    """Return the .docx bytes of the .doc at ``path`` (only read), converted by LibreOffice."""
    if not path.is_file():
        raise DocgenError.single(messages.NOT_FOUND, file=str(path))
    if path.stat().st_size > MAX_DOC_BYTES:
        raise DocgenError.single(messages.DOC_TOO_LARGE, file=str(path))
    return docx_from(path.read_bytes(), str(path))


def docx_from(data: bytes, label: str) -> bytes:
    """Return the .docx bytes of the .doc ``data`` (named ``label`` in problems), converted by LibreOffice in a
    folder and profile of its own and stopped whole past its time (``docgen.pdf.convert_each``)."""
    from docgen.pdf import convert_each, libreoffice

    if libreoffice() is None:
        raise DocgenError.single(messages.DOC_NO_LIBREOFFICE, file=label, hint=messages.DOC_NO_LIBREOFFICE_HINT)
    if len(data) > MAX_DOC_BYTES:
        raise DocgenError.single(messages.DOC_TOO_LARGE, file=label)
    made = convert_each({"van-ban.doc": data}, TIMEOUT_SECONDS, target="docx")["van-ban.doc"]
    if not made:
        raise DocgenError.single(messages.DOC_FAILED.format(reason=messages.DOC_NOTHING_MADE), file=label)
    return made
