"""What a real plan writes that docgen keeps as written (issue 16): a draft's blank date with the month and
year it already gives, and the parts of forms and appendices typed their own way."""

from __future__ import annotations

import io
import tomllib

import docx
from docx.oxml.ns import qn

from docgen.diff import diff_files
from tests.importdocx import layouts
from tests.importdocx.fidelity import round_trip
from tests.importdocx.test_outline_import import A_DOT_BODY
from tests.importdocx.typed import Typed, typed_docx
from tests.readback import cell_lines


def _top_right(trip) -> list[str]:
    return cell_lines(docx.Document(io.BytesIO(trip.rebuilt)).tables[0].cell(1, 1))


def test_a_drafts_blank_day_keeps_the_month_and_year_it_writes():
    trip = round_trip(typed_docx(Typed(body=A_DOT_BODY, place_date="Tân Cương, ngày      tháng 02 năm 2023")),
                      "du-thao.docx")
    assert "draft_month = 2\ndraft_year = 2023\n" in trip.plan_text and "\ndate =" not in trip.plan_text
    assert _top_right(trip) == ["Tân Cương, ngày … tháng 02 năm 2023"]
    note = next(n for n in trip.notes if n.field == "document.date")
    assert "ngày … tháng 02 năm 2023" in note.message
    # the blank written with spaces and the blank docgen prints with dots are the same blank: nothing lost
    assert trip.fidelity.share("cell") == 1.0 and not trip.fidelity.losses


def test_a_drafts_wholly_blank_date_keeps_its_year():
    trip = round_trip(typed_docx(Typed(body=A_DOT_BODY, place_date="Tân Cương, ngày    tháng    năm 2023")),
                      "du-thao.docx")
    assert "draft_year = 2023" in trip.plan_text and "draft_month =" not in trip.plan_text
    assert _top_right(trip) == ["Tân Cương, ngày … tháng … năm 2023"]


def _rebuilt(trip) -> docx.document.Document:
    return docx.Document(io.BytesIO(trip.rebuilt))


def _paragraph(document, start: str):
    return next(p for p in document.paragraphs if p.text.startswith(start))


def test_a_form_typed_its_own_way_comes_back_as_typed():
    trip = round_trip(layouts.form_typed_its_own_way(), "huong-dan.docx")
    assert not trip.fidelity.unnamed, trip.fidelity.unnamed
    document = _rebuilt(trip)
    # "* Lưu ý: …" is a note's asterisk, not a bullet: printed with it, not as "- Lưu ý"
    assert layouts.NOTE_LINE in [p.text for p in document.paragraphs]
    assert '"* Lưu ý:' in trip.plan_text  # an asterisk before a space is no markup
    # the title's two paragraphs are its two lines
    assert 'title = "BIÊN BẢN\\nHỌP BAN CÔNG TÁC MẶT TRẬN XÓM"' in trip.plan_text
    assert "BIÊN BẢN\nHỌP BAN CÔNG TÁC MẶT TRẬN XÓM" in [p.text for p in document.paragraphs]
    # the table of blanks typed without lines prints without lines, its note in italic
    names = next(t for t in document.tables if t.cell(0, 0).text.startswith("1 …"))
    borders = names._tbl.tblPr.find(qn("w:tblBorders"))
    assert borders is not None and {b.get(qn("w:val")) for b in borders} == {"nil"}
    assert names.cell(0, 1).paragraphs[0].runs[0].italic
    # "Ghi chú:" wholly in italic stays italic
    note = _paragraph(document, "Ghi chú: Biên bản này")
    assert all(r.italic for r in note.runs if r.text.strip())


def test_a_table_with_lines_keeps_them():
    trip = round_trip(layouts.body_table(), "lich.docx")
    assert "borders = false" not in trip.plan_text


def test_an_appendix_with_its_own_outline_comes_back_as_its_sections():
    trip = round_trip(layouts.outlined_appendix(), "quy-che.docx")
    # only its "(Kèm theo …)" line is printed another way (docgen's, with the plan's date), named
    assert [(loss.text[:9], loss.named) for loss in trip.fidelity.losses] == [("(Kèm theo", True)]
    plan = tomllib.loads(trip.plan_text)
    appendix = plan["appendices"][0]
    assert appendix["text"] == ["Ban Chỉ đạo làm việc theo chế độ tập thể."]
    assert [s["title"] for s in appendix["sections"]] == ["THÀNH PHẦN", "LỊCH LÀM VIỆC"]
    first = appendix["sections"][0]["items"]
    assert first[0]["title"] == "Ban Chỉ đạo xã" and len(first[0]["bullets"]) == 2
    texts = [p.text for p in _rebuilt(trip).paragraphs]
    at = texts.index("I. THÀNH PHẦN")
    assert texts[at:at + 4] == ["I. THÀNH PHẦN", "1. Ban Chỉ đạo xã", "- Chủ tịch UBND xã làm Trưởng ban.",
                                "- Công chức Văn hóa - Xã hội làm thường trực."]
    assert "II. LỊCH LÀM VIỆC" in texts[at:] and "2. Tháng 10: tổng kết." in texts[at:]


def test_a_cover_over_forms_keeps_its_title_and_diff_lists_only_what_is_named(tmp_path):
    trip = round_trip(layouts.covered_forms(), "huong-dan.docx")
    plan = tomllib.loads(trip.plan_text)
    cover, form = plan["appendices"][:2]
    # the line between "PHỤ LỤC" and "(Kèm theo …)" is its title whatever its case; a title alone is a cover
    assert cover == {"id": "phu_luc_1", "title": layouts.FORMS_COVER_TITLE} and form["label"] == "Mẫu số 01/HNCT"
    assert layouts.FORMS_COVER_TITLE.upper() in [p.text for p in _rebuilt(trip).paragraphs]
    assert any("chữ thường" in n.message for n in trip.notes if n.field == "appendices[0]")
    assert not trip.fidelity.unnamed, trip.fidelity.unnamed
    # diff: the second paragraph of the broken "(Kèm theo …" line is the appendix's, not a removed paragraph
    source, rebuilt = tmp_path / "goc.docx", tmp_path / "lai.docx"
    source.write_bytes(layouts.covered_forms())
    rebuilt.write_bytes(trip.rebuilt)
    report = diff_files(source, rebuilt)
    assert not [c for c in report.paragraphs if "Tân Cương)" in c.before + c.after], report.paragraphs
    assert [c.kind for c in report.appendices] == ["changed"]  # label, title case and reference: all named


def test_an_appendix_in_parts_comes_back_as_its_parts():
    trip = round_trip(layouts.parted_appendix(), "huong-dan.docx")
    appendix = tomllib.loads(trip.plan_text)["appendices"][0]
    assert appendix["text"] == ["Thời gian thực hiện: tháng 3 năm 2023."] and "sections" not in appendix
    assert [p["title"] for p in appendix["parts"]] == ["Trình tự thực hiện", "Gửi biên bản và hồ sơ"]
    assert [s["title"] for s in appendix["parts"][0]["sections"]] == ["ĐỐI VỚI CÁC CƠ QUAN", "ĐỐI VỚI CÁC THÔN"]
    texts = [p.text for p in _rebuilt(trip).paragraphs]
    at = texts.index("Phần thứ nhất")
    assert texts[at:at + 3] == ["Phần thứ nhất", "TRÌNH TỰ THỰC HIỆN", "I. ĐỐI VỚI CÁC CƠ QUAN"]
    assert texts[texts.index("Phần thứ hai"):][:3] == ["Phần thứ hai", "GỬI BIÊN BẢN VÀ HỒ SƠ", "I. HỒ SƠ NGƯỜI ỨNG CỬ"]
    # "Phần 1." printed "Phần thứ nhất" and the titles in capitals are named; nothing else changes
    named = [n.message for n in trip.notes if n.field.startswith("appendices[0].parts")]
    assert any("«Phần 1.»" in message for message in named) and any("Trình tự" in message for message in named)
    assert not trip.fidelity.unnamed and not trip.errors, (trip.fidelity.unnamed, trip.errors)


def test_a_list_typed_as_a_form_keeps_its_type_name_as_its_title():
    trip = round_trip(layouts.list_form(), "huong-dan.docx")
    form = next(a for a in tomllib.loads(trip.plan_text)["appendices"] if a.get("label") == "Mẫu số 04/HNCT")
    # "DANH SÁCH" under a form's label and top box is the form's title, not a text of its own
    assert form["title"] == "DANH SÁCH\nNHỮNG NGƯỜI ĐƯỢC GIỚI THIỆU ỨNG CỬ" and form["text"] != ["…"]
    assert not any(n.message.endswith('docgen để tạm "…". Sửa lại.') for n in trip.notes)
    assert not trip.fidelity.unnamed and not trip.errors


def test_a_label_carrying_its_title_is_printed_as_label_title_and_reference_lines():
    trip = round_trip(layouts.titled_label_appendix(), "quy-dinh.docx")
    appendix = tomllib.loads(trip.plan_text)["appendices"][0]
    assert "label" not in appendix and "reference" not in appendix and appendix["title"] == "CẤU TRÚC ĐỀ THI"
    assert appendix["text"][0] == "**ĐỀ THI TỰ LUẬN**"  # the line under a titled label is content, not title
    texts = [p.text for p in _rebuilt(trip).paragraphs]
    at = texts.index("Phụ lục")
    assert texts[at + 1] == "CẤU TRÚC ĐỀ THI" and texts[at + 2].startswith("(Kèm theo Kế hoạch số")
    named = " ".join(n.message for n in trip.notes if n.field == "appendices[0]")
    assert "«PHỤ LỤC 01: CẤU TRÚC ĐỀ THI»" in named and '"(Kèm theo …)"' in named
    assert not trip.fidelity.unnamed and not trip.errors, (trip.fidelity.unnamed, trip.errors)


def test_notes_followed_by_a_table_stay_in_their_place():
    trip = round_trip(layouts.notes_then_table(), "cau-truc.docx")
    text = tomllib.loads(trip.plan_text)["appendices"][0]["text"]
    order = [next(i for i, t in enumerate(text) if t.startswith(start)) for start in
             ("Đề thi tự luận", "Ghi chú", "**CẤU TRÚC ĐỀ THI TRẮC NGHIỆM", "{table.", "- Môn học")]
    assert order == sorted(order), text  # the box after "Ghi chú:" is no signing box that moves it up
    assert not trip.fidelity.unnamed and not trip.errors
