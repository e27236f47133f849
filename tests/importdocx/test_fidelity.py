"""The round trip on every plan the tests use: import, build, then compare source and result paragraph by
paragraph, cell by cell and emphasised word by word (tests/importdocx/fidelity.py). It fails on any loss the
import's notes do not name, and on any error ``docgen check`` finds in the rebuilt document."""

from __future__ import annotations

import io
import tomllib

import docx
import pytest
from docx.oxml.ns import qn

from tests.check.corpus.samples import CORPUS
from tests.importdocx import layouts
from tests.importdocx.fidelity import round_trip
from tests.importdocx.issued_2022 import ISSUED_2022
from tests.importdocx.test_outline_import import A_DOT_BODY
from tests.importdocx.typed import Typed, typed_docx

PLANS = [s for s in CORPUS if s.kind == "kế hoạch"]
LAYOUTS = {"body-table": layouts.body_table, "emphasis": layouts.emphasis, "matrix": layouts.matrix_appendix,
           "forms": layouts.forms_appendix, "joint": layouts.joint_signature,
           "joint-recipients-below": layouts.joint_recipients_below,
           "joint-recipients-above": layouts.joint_recipients_above,
           "under-name": lambda: layouts.signature(["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH"],
                                                   below=("Chủ tịch Ủy ban MTTQ xã",)),
           "three-lines": lambda: layouts.signature(["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "HĐND VÀ UBND"]),
           "no-authority": lambda: layouts.signature(["CHỦ TỊCH"])}


# Signed "CHỦ TỊCH" or "KT. CHỦ TỊCH" without "TM. ỦY BAN NHÂN DÂN" is the issuer's decision (issue 16); the checker
# still calls it an error (asked on the board to make it a reminder): it is the one finding accepted here.
ISSUERS_CHOICE = {"signature-on-behalf"}
# The checker takes the last line of a signature block for the name, so a line printed under the name is judged
# as a name not in bold (asked of c18 on the board, 17:16): accepted for that layout only.
KNOWN = {"under-name": {"signer-format"}}


def _assert_whole(trip, name: str) -> None:
    """Nothing lost without a note; what a note names (a Decree 30 correction, the cover lines over a list of
    forms) at most 1% of the paragraphs and cells, or 2 of them in a short document; 95% of the emphasis."""
    assert not trip.fidelity.unnamed, f"{name}: lost without a note: {trip.fidelity.unnamed[:5]}"
    errors = [(e.rule_id, e.message) for e in trip.errors if e.rule_id not in ISSUERS_CHOICE | KNOWN.get(name, set())]
    assert not errors, f"{name}: docgen check: {errors}"
    units = trip.fidelity.total["paragraph"] + trip.fidelity.total["cell"]
    named = [loss for loss in trip.fidelity.losses if loss.kind != "emphasis"]
    assert len(named) <= max(2, units // 100), f"{name}: {named}"
    assert trip.fidelity.share("emphasis") >= 0.95, name


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_each_kind_of_content_comes_back(name):
    _assert_whole(round_trip(LAYOUTS[name](), f"{name}.docx"), name)


@pytest.mark.parametrize("sample", PLANS, ids=[s.name for s in PLANS])
def test_the_corpus_plans_come_back(sample):
    _assert_whole(round_trip(sample.make(), f"{sample.name}.docx"), sample.name)


def test_the_issued_2022_plan_comes_back_with_its_notes():
    # the issued plan states totals its rows do not give: the build stops on them until the clerk settles them
    # (here: drops the stated figures, as tests/importdocx/test_issued_2022.py does)
    trip = round_trip(typed_docx(ISSUED_2022), "kh-85-2022.docx", _settled)
    # its Decree 30 corrections change 2 of its 143 paragraphs (the "(Kèm theo kế hoạch số /UBND …)" lines) and 8
    # of its 173 cells (two hamlet names spelt another way, the totals its rows do not give): each is named by its
    # note, none is lost without one
    assert not trip.fidelity.unnamed, trip.fidelity.unnamed[:5]
    assert not trip.errors and trip.fidelity.share("paragraph") > 0.98 and trip.fidelity.share("cell") > 0.95
    assert trip.notes and all(note.sources for note in trip.notes if note.kind == "corrected")


def _settled(text: str) -> str:
    for line in ("households = 2211\n", "poor_rate = 1.4\n", "near_poor_rate = 0.86\n"):
        text = text.replace(line, "")
    return text


def _rebuilt_text(trip) -> list[str]:
    return [p.text for p in docx.Document(io.BytesIO(trip.rebuilt)).paragraphs]


def test_a_body_table_is_printed_where_it_was_with_its_cells():
    trip = round_trip(layouts.body_table(), "lich.docx")
    document = docx.Document(io.BytesIO(trip.rebuilt))
    schedule = next(t for t in document.tables if t.cell(0, 0).text == "TT")
    assert [[c.text for c in row.cells] for row in schedule.rows] == layouts.SCHEDULE
    assert "[[tables]]" in trip.plan_text and '"{table.bang_1}"' in trip.plan_text
    widths = [c.width for c in schedule.columns]
    assert widths[1] > widths[0]  # the widths of the original's grid, not equal columns


def test_emphasis_inside_a_sentence_is_written_as_markup_and_printed():
    trip = round_trip(layouts.emphasis(), "nhan-manh.docx")
    assert "**giảm ít nhất 06 hộ nghèo**" in trip.plan_text and "*ưu tiên*" in trip.plan_text
    assert "__**hoàn thành trước ngày 15/12/2023**__" in trip.plan_text or \
        "**__hoàn thành trước ngày 15/12/2023__**" in trip.plan_text
    paragraph = next(p for p in docx.Document(io.BytesIO(trip.rebuilt)).paragraphs if "ưu tiên" in p.text)
    looks = {r.text: (bool(r.bold), bool(r.italic), bool(r.underline)) for r in paragraph.runs if r.text.strip()}
    assert looks["giảm ít nhất 06 hộ nghèo"] == (True, False, False) and looks["ưu tiên"] == (False, True, False)


def test_a_line_under_the_name_keeps_the_name_and_the_title():
    trip = round_trip(layouts.signature(["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH"], below=("Chủ tịch Ủy ban MTTQ xã",)),
                      "ky.docx")
    assert 'name = "Lan Thị Vân"' in trip.plan_text and 'position = "CHỦ TỊCH"' in trip.plan_text
    assert "Chủ tịch Ủy ban MTTQ xã" in "\n".join(
        c.text for t in docx.Document(io.BytesIO(trip.rebuilt)).tables for c in t._cells)


def test_a_form_keeps_its_box_blanks_signing_boxes_and_notes():
    trip = round_trip(layouts.forms_appendix(), "mau.docx")
    assert trip.plan_text.count('label = "Mẫu số 0') == 2
    assert any(n.topic.startswith("Bản gốc có các dòng") for n in trip.notes)  # the "PHỤ LỤC" over the forms
    text = "\n".join(_rebuilt_text(trip))
    assert "Hội nghị kết thúc hồi:………….. giờ ………… cùng ngày." in text and "Mẫu số 02/HNCT" in text


def test_a_forms_two_column_box_comes_back_as_a_table_without_borders(tmp_path):
    from docgen.diff import diff_files

    source = layouts.forms_appendix()
    trip = round_trip(source, "mau.docx")
    assert trip.plan_text.count("borders = false") == 2 and 'heading = ["{table.bang_1}"]' in trip.plan_text
    assert r'"**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n**Độc lập - Tự do - Hạnh phúc**"' in trip.plan_text
    document = docx.Document(io.BytesIO(trip.rebuilt))
    boxes = [t for t in document.tables if t.cell(0, 0).text.startswith("(1)")]
    assert len(boxes) == 2
    box = boxes[0]
    assert [[c.text for c in row.cells] for row in box.rows] == [
        ["(1)…………………\n-------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
        ["", "…, ngày … tháng … năm …"]]
    assert all(r.bold for r in box.cell(0, 1).paragraphs[0].runs if r.text.strip())
    assert box.cell(1, 1).paragraphs[0].runs[0].italic
    borders = box._tbl.tblPr.find(qn("w:tblBorders"))
    assert borders is not None and {b.get(qn("w:val")) for b in borders} == {"nil"}
    # the box stands between the form's label and its title, as in the original
    body = list(document.element.body)
    label = next(e for e in body if e.tag == qn("w:p") and _text(e) == "Mẫu số 01/HNCT")
    title = next(e for e in body if _text(e).startswith("BIÊN BẢN HỘI NGHỊ CỬ TRI SỐ 1"))
    assert body.index(label) < body.index(box._tbl) < body.index(title)
    (tmp_path / "a.docx").write_bytes(source)
    (tmp_path / "b.docx").write_bytes(trip.rebuilt)
    report = diff_files(tmp_path / "a.docx", tmp_path / "b.docx")
    assert not report.tables, report.tables  # the box and the signing boxes read the same on both sides


def _text(element) -> str:
    return "".join(t.text or "" for t in element.iter(qn("w:t")))


def test_the_report_prints_a_kind_of_note_met_often_once_with_its_count(tmp_path):
    from docgen.importdocx import import_docx
    from docgen.importdocx.report import report_text

    imported = import_docx(typed_docx(ISSUED_2022), "kh-85.docx", tmp_path / "2022.toml")
    lines = report_text(imported, tmp_path / "2022.toml").splitlines()
    dotted = [line for line in lines if 'điểm bằng "a.", "b."' in line]
    assert len(dotted) == 1 and "(7 chỗ, đầu tiên: sections[2].items[0].points[0], " in dotted[0]
    assert len(lines) < len(imported.notes)  # seven point lists, one line
    assert imported.text.count('# docgen: Bản gốc đánh các điểm bằng "a."') == 7  # each still in the file


def test_the_full_example_built_by_docgen_comes_back_whole():
    """plans/vi-du-day-du.toml built, then imported (it was refused: the near-poor counts it does not print
    were read as 0 under its near-poor targets) and built again."""
    from pathlib import Path

    from docgen.build import build

    example = Path(__file__).resolve().parents[2] / "plans" / "vi-du-day-du.toml"
    trip = round_trip(build(example).docx, "vi-du-day-du.docx")
    assert not trip.fidelity.losses, trip.fidelity.losses
    assert not trip.errors, [(e.rule_id, e.message) for e in trip.errors]
    assert trip.fidelity.share("emphasis") == 1.0
    notes = [n for n in trip.notes if n.field == "hamlets"]
    assert len(notes) == 1 and "hộ cận nghèo" in notes[0].message and "Xóm Đông 1, Xóm Tây 1" in notes[0].message
    plan = tomllib.loads(trip.plan_text)
    assert [h["near_poor"] for h in plan["hamlets"]] == [1, 1, 0]
    # the hamlet table of the body stays in the body, from the plan's figures; it is not moved to an appendix
    figures = [t for t in plan["tables"] if "columns" in t]
    assert [c["figure"] for c in figures[0]["columns"]] == ["order", "hamlet", "poor_reduction", "near_poor_reduction"]
    assert len(plan["appendices"]) == 4 and "Phụ lục" not in trip.plan_text.split("[[appendices]]")[0][-200:]
    form = plan["appendices"][-1]
    assert form["heading"] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert form["title"] == "GIẤY ĐĂNG KÝ THOÁT NGHÈO"
    assert form["signatures"][1]["above"] == "Minh Họa, ngày … tháng … năm …"
    assert plan["appendices"][2]["text"][0].startswith("Phụ lục này hướng dẫn")  # a sentence, not a label
    # a paragraph's two lines (Shift+Enter) stay two lines, and diff (which compares lines) finds nothing
    lines = "Tỷ lệ hộ nghèo cuối năm: 1,11%.\nTỷ lệ hộ cận nghèo cuối năm: 0,93%."
    assert lines in plan["sections"][0]["items"][0]["text"]
    from docgen.diff import format_text
    from docgen.diff.report import diff_sources
    from docgen.diff.sources import document_source

    report = diff_sources(document_source(build(example).docx, "a"), document_source(trip.rebuilt, "b"), emphasis=True)
    assert not report.differs, format_text([report])


def test_a_closing_without_its_end_mark_is_named_when_docgen_adds_it():
    from tests.importdocx.test_outline_import import CLOSING

    doc = docx.Document(io.BytesIO(typed_docx(Typed(body=A_DOT_BODY))))
    closing = next(p for p in doc.paragraphs if p.text == CLOSING)
    closing.runs[-1].text = closing.runs[-1].text.removesuffix("./.")
    closing.runs[0].text = closing.runs[0].text.removesuffix("./.")
    out = io.BytesIO()
    doc.save(out)
    trip = round_trip(out.getvalue(), "ket.docx")
    named = [n for n in trip.notes if n.field == "closing"]
    assert len(named) == 1 and '"./."' in named[0].message and closing_index(out.getvalue()) in named[0].sources
    assert CLOSING in _rebuilt_text(trip)


def closing_index(source: bytes) -> int:
    from docgen.read import open_document

    return next(p.index for p in open_document(source).paragraphs if p.text.startswith("Trên đây là"))


def test_a_row_in_bold_under_the_header_keeps_its_bold_the_header_and_total_rows_need_none():
    doc = docx.Document(io.BytesIO(layouts.body_table()))
    schedule = next(t for t in doc.tables if t.cell(0, 0).text == "TT")
    for cell in schedule.rows[2].cells:  # a row of the schedule set in bold, as a subtotal is
        cell.paragraphs[0].runs[0].bold = True
    total = schedule.add_row()
    for cell, text in zip(total.cells, ["Cộng", "3 buổi", "", ""], strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    out = io.BytesIO()
    doc.save(out)
    trip = round_trip(out.getvalue(), "lich.docx")
    plan = tomllib.loads(trip.plan_text)
    table = next(t for t in plan["tables"] if t.get("header"))
    assert table["header"] == [layouts.SCHEDULE[0]] and table["total"] == ["Cộng", "3 buổi", "", ""]
    assert table["rows"][1] == [f"**{text}**" for text in layouts.SCHEDULE[2]]
    assert table["rows"][0] == layouts.SCHEDULE[1]
    rebuilt = next(t for t in docx.Document(io.BytesIO(trip.rebuilt)).tables if t.cell(0, 0).text == "TT")
    assert all(r.bold for r in rebuilt.rows[2].cells[1].paragraphs[0].runs)
    assert not any(r.bold for r in rebuilt.rows[1].cells[1].paragraphs[0].runs)
