"""``import-docx`` of a long document grows linearly (issue 20: 20,000 paragraphs took 24 s, each note
searched for in a list and each text appended to a tomlkit array that renumbers itself); ``--redline`` copies
B within the reader's caps and finds B's main part whatever it is called. Counted, never timed."""

from __future__ import annotations

import io
import zipfile

import pytest
from click.testing import CliRunner
from tomlkit.items import Array

from docgen.cli import main
from docgen.importdocx import notes as notes_module
from docgen.importdocx.notes import Notes
from docgen.importdocx.writer import plan_toml
from docgen.read import package
from tests.check import variants

COUNT = 3000


def test_recording_notes_compares_each_note_a_bounded_number_of_times(monkeypatch):
    compared = [0]
    real = notes_module.Note.__eq__

    def counting(self, other):
        compared[0] += 1
        return real(self, other)

    monkeypatch.setattr(notes_module.Note, "__eq__", counting)
    notes = Notes()
    for index in range(COUNT):
        notes.add(("intro",), "unplaced", f"Đoạn {index} không thuộc mục nào.")
    notes.add(("intro",), "unplaced", "Đoạn 7 không thuộc mục nào.")  # the same note again: kept once
    assert len(notes.items) == COUNT and len(notes.at(("intro",))) == COUNT
    assert compared[0] <= 4 * COUNT  # a list search compares about COUNT² / 2 times


def test_a_long_list_of_texts_is_written_without_renumbering_it_for_each_entry(monkeypatch):
    renumbered = [0]
    real = Array._reindex

    def counting(self):
        renumbered[0] += 1
        return real(self)

    monkeypatch.setattr(Array, "_reindex", counting)
    texts = [f"Nội dung thứ {i}." for i in range(COUNT)]
    text = plan_toml({"intro": texts}, Notes(), "goc.docx")
    assert text.count("Nội dung thứ") == COUNT and f'"Nội dung thứ {COUNT - 1}.",' in text
    assert renumbered[0] <= 10


def test_redline_finds_a_main_part_not_called_document_xml(tmp_path):
    a, b, out = tmp_path / "a.docx", tmp_path / "b.docx", tmp_path / "do.docx"
    a.write_bytes(variants.clean())
    b.write_bytes(variants.wps_like())
    result = CliRunner().invoke(main, ["diff", str(a), str(b), "--redline", str(out)])
    assert result.exit_code in (0, 1) and "Traceback" not in result.output, result.output
    with zipfile.ZipFile(out) as archive:
        assert "word/main.xml" in archive.namelist() and "word/document.xml" not in archive.namelist()


def test_redline_of_an_unreadable_b_exits_2_in_words(tmp_path):
    a, b, out = tmp_path / "a.docx", tmp_path / "b.docx", tmp_path / "do.docx"
    a.write_bytes(variants.clean())
    parts = variants.entries(variants.clean())
    parts["word/document.xml"] = b"<w:document xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'/>"
    b.write_bytes(variants.zipped(parts))
    result = CliRunner().invoke(main, ["diff", str(a), str(b), "--redline", str(out)])
    assert result.exit_code == 2 and "Traceback" not in result.output, result.output
    assert not out.exists()


def test_redline_output_is_capped_by_the_readers_total(tmp_path, monkeypatch):
    """B carries a large extra part; with the reader's total cap lowered the redline is refused, not
    written whole (without a cap every part of B was inflated and copied, whatever its size)."""
    a, b, out = tmp_path / "a.docx", tmp_path / "b.docx", tmp_path / "do.docx"
    a.write_bytes(variants.clean())
    parts = variants.entries(variants.clean())
    parts["customXml/item9.xml"] = b"<x>" + b"a" * 3_000_000 + b"</x>"
    b.write_bytes(variants.zipped(parts))
    monkeypatch.setattr(package, "MAX_TOTAL_BYTES", 2_000_000)
    result = CliRunner().invoke(main, ["diff", str(a), str(b), "--redline", str(out)])
    assert result.exit_code == 2 and "Traceback" not in result.output, result.output
    assert "lớn bất thường" in result.output and not out.exists()


@pytest.mark.parametrize("size", [1000])
def test_a_long_document_imports_every_paragraph(tmp_path, size):
    import docx

    from tests.importdocx.typed import Typed, typed_docx

    document = docx.Document(io.BytesIO(typed_docx(Typed())))
    anchor = [p for p in document.paragraphs if p.text.strip()][len(document.paragraphs) // 3]
    for index in range(size):
        anchor.insert_paragraph_before(f"Nội dung thứ {index} của kế hoạch.")
    source, target = tmp_path / "dai.docx", tmp_path / "dai.toml"
    document.save(source)
    result = CliRunner().invoke(main, ["import-docx", str(source), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").count("Nội dung thứ") == size
