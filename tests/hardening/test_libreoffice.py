"""LibreOffice never fetches what a document links to, and is stopped whole at its time limit (issue 20).

A document someone sent made the web check page (and ``--pdf``) request the addresses it names: a picture
with an external target, fields that include pictures or text, a remote template. A local server counts the
requests. At the time limit only the launcher was killed and ``soffice.bin`` ran on, orphaned: a real slow
conversion is stopped here and no process of it may remain."""

from __future__ import annotations

import http.server
import io
import os
import tempfile
import threading
import time
import zipfile

import pytest

from docgen import pdf
from docgen.errors import DocgenError
from docgen.offline import offline
from tests.hardening.external import fetching_docx

needs_libreoffice = pytest.mark.skipif(pdf.libreoffice() is None, reason="LibreOffice is not installed")


@pytest.fixture
def server():
    """A local web server that answers 404 to everything and records what was asked."""
    asked: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def _record(self):
            asked.append(f"{self.command} {self.path}")
            self.send_response(404)
            self.end_headers()

        do_GET = do_HEAD = do_OPTIONS = do_PROPFIND = do_POST = _record

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", asked
    httpd.shutdown()


def test_offline_removes_every_address_and_keeps_the_text(server):
    base, _ = server
    cleaned = offline(fetching_docx(base))
    with zipfile.ZipFile(io.BytesIO(cleaned)) as archive:
        everything = b"".join(archive.read(name) for name in archive.namelist())
        document = archive.read("word/document.xml").decode()
    assert base.encode() not in everything
    assert b'TargetMode="External"' not in everything
    assert "Nội dung vẫn còn" in document and "ảnh hai" in document  # the fields show what Word saved


def test_a_built_plan_goes_to_libreoffice_unchanged_in_content():
    from docgen.build import build
    from tests.conftest import SMALL

    built = build(SMALL).docx
    with zipfile.ZipFile(io.BytesIO(built)) as before, zipfile.ZipFile(io.BytesIO(offline(built))) as after:
        assert {n: before.read(n) for n in before.namelist()} == {n: after.read(n) for n in after.namelist()}


@needs_libreoffice
def test_converting_a_received_document_fetches_nothing(server):
    base, asked = server
    made = pdf.convert_each({"received.docx": fetching_docx(base)})
    assert made["received.docx"] is not None
    assert "Nội dung vẫn còn" in " ".join(pdf.page_texts(made["received.docx"]))
    assert asked == []


def _slow_document() -> bytes:
    """A real document LibreOffice needs many seconds to lay out: a 20,000-row table."""
    import docx

    document = docx.Document()
    document.add_paragraph("Bảng dài")
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    cell = "<w:tc><w:p><w:r><w:t>Xóm Một 1.234 hộ</w:t></w:r></w:p></w:tc>"
    table = "<w:tbl><w:tblPr/><w:tblGrid>" + "<w:gridCol/>" * 6 + "</w:tblGrid>" + (
        "<w:tr>" + cell * 6 + "</w:tr>") * 20000 + "</w:tbl>"
    body = parts["word/document.xml"].decode()
    at = body.index("<w:sectPr")
    parts["word/document.xml"] = (body[:at] + table + body[at:]).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def _living(marker: str) -> list[str]:
    """Return the programs still running (not zombies) whose command line names ``marker``."""
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as stream:
                command = stream.read()
            with open(f"/proc/{pid}/stat") as stream:
                state = stream.read().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if marker.encode() in command and state != "Z":
            found.append(command.split(b"\0")[0].decode(errors="replace"))
    return found


@needs_libreoffice
@pytest.mark.skipif(not os.path.isdir("/proc"), reason="process listing through /proc")
def test_a_conversion_past_its_time_limit_is_stopped_whole(tmp_path, monkeypatch):
    marker = str(tmp_path / "tmp")
    os.mkdir(marker)
    monkeypatch.setattr(tempfile, "tempdir", marker)  # LibreOffice's profile folder, named in its command line
    seen: list[str] = []
    stop = threading.Event()

    def watch():
        while not stop.is_set():
            seen.extend(p for p in _living(marker) if p.endswith("soffice.bin") and p not in seen)
            time.sleep(0.1)

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        with pytest.raises(DocgenError) as raised:
            pdf.convert_each({"slow.docx": _slow_document()}, timeout=3)
    finally:
        stop.set()
        watcher.join()
    assert "3" in raised.value.problems[0].message
    assert seen, "soffice.bin never started: the test did not test anything"
    deadline = time.monotonic() + 5
    while _living(marker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _living(marker) == []
