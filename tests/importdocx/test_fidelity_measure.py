"""The round-trip measure itself (tests/importdocx/fidelity.py): a source cell whose lines (Shift+Enter) are
printed as paragraphs of their own counts each line's emphasis, so a word in bold on two lines is looked for
twice and found twice."""

from __future__ import annotations

import io

import docx

from tests.importdocx.fidelity import compare

SIGNING_BOX = [("TM. BAN CÔNG TÁC MẶT TRẬN", "b"), ("\n", "b"), ("TRƯỞNG BAN", "b"), ("\n", ""),
               ("(Ký, ghi rõ họ tên)", "i")]


def _source() -> bytes:
    """A signing box typed as one paragraph of lines, as lm_kh_hiepthuong's forms have it."""
    doc = docx.Document()
    doc.add_paragraph("Biên bản hội nghị.")
    paragraph = doc.add_table(rows=1, cols=1).cell(0, 0).paragraphs[0]
    for text, look in SIGNING_BOX:
        run = paragraph.add_run(text) if text != "\n" else paragraph.add_run()
        if text == "\n":
            run.add_break()
        run.bold, run.italic = "b" in look, "i" in look
    return _save(doc)


def _rebuilt(second_bold: bool) -> bytes:
    """The same box printed as docgen prints a signer: one paragraph per line."""
    doc = docx.Document()
    doc.add_paragraph("Biên bản hội nghị.")
    cell = doc.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].add_run("TM. BAN CÔNG TÁC MẶT TRẬN").bold = True
    cell.add_paragraph().add_run("TRƯỞNG BAN").bold = second_bold
    cell.add_paragraph().add_run("(Ký, ghi rõ họ tên)").italic = True
    doc.add_paragraph("TRƯỞNG BAN")  # the same line elsewhere, not bold: not taken for the box's
    return _save(doc)


def _save(doc) -> bytes:
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_a_word_bold_on_two_lines_of_a_cell_is_found_on_both():
    fidelity = compare(_source(), _rebuilt(second_bold=True), set())
    assert fidelity.total["emphasis"] == fidelity.kept["emphasis"] == 13  # 8 bold words, 5 italic
    assert not fidelity.losses


def test_the_second_line_printed_plain_is_a_loss_of_its_words():
    fidelity = compare(_source(), _rebuilt(second_bold=False), set())
    assert fidelity.kept["emphasis"] == 11
    assert [loss.text for loss in fidelity.losses] == ["ban (bold), trưởng (bold)"]
