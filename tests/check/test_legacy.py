"""A Word 97–2003 file (.doc) is converted by LibreOffice and checked like a .docx; without LibreOffice the
clerk is told so, with what to do."""

from __future__ import annotations

import subprocess

import pytest
from click.testing import CliRunner

from docgen import pdf
from docgen.cli import main
from tests.check.builder import make_docx

MARGINS = {"top": 15, "bottom": 10, "left": 25, "right": 10}


def _as_doc(tmp_path, data: bytes):
    """Save the .docx ``data`` as a .doc with LibreOffice, as Word 97–2003 would have written it."""
    source = tmp_path / "goc.docx"
    source.write_bytes(data)
    subprocess.run([pdf.libreoffice(), f"-env:UserInstallation={(tmp_path / 'p').as_uri()}", "--headless",
                    "--convert-to", "doc:MS Word 97", "--outdir", str(tmp_path / "doc"), str(source)],
                   check=True, capture_output=True, timeout=120)
    return tmp_path / "doc" / "goc.doc"


@pytest.mark.skipif(pdf.libreoffice() is None, reason="LibreOffice is not installed")
def test_doc_file_is_converted_and_checked_like_a_docx(tmp_path):
    doc = _as_doc(tmp_path, make_docx(margins=MARGINS))
    before = doc.read_bytes()
    result = CliRunner().invoke(main, ["check", str(doc), "--format", "json", "--annotate",
                                       str(tmp_path / "nhan-xet.docx")])
    assert result.exit_code == 1, result.output
    assert '"rule_id": "page-margins"' in result.output
    assert doc.read_bytes() == before and (tmp_path / "nhan-xet.docx").stat().st_size > 0


def test_doc_file_without_libreoffice_is_said_clearly(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf, "libreoffice", lambda: None)
    doc = tmp_path / "cong-van.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0 not really a Word 97 file")
    result = CliRunner().invoke(main, ["check", str(doc)])
    assert result.exit_code == 2
    assert "Tệp .doc (Word 97–2003) cần LibreOffice" in result.output and "Traceback" not in result.output
    result = CliRunner().invoke(main, ["import-docx", str(doc), "-o", str(tmp_path / "plan.toml")])
    assert result.exit_code != 0 and "cần LibreOffice" in result.output
