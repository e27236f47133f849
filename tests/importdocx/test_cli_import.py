"""`docgen import-docx` as a clerk runs it: the report, the file, refusals."""

from __future__ import annotations

from click.testing import CliRunner

from docgen.cli import main
from docgen.errors import DocgenError
from tests.importdocx.test_outline_import import A_DOT_BODY
from tests.importdocx.typed import Typed, typed_docx


def test_import_writes_the_plan_and_lists_every_note(tmp_path):
    source = tmp_path / "ke hoach.docx"
    source.write_bytes(typed_docx(Typed(body=A_DOT_BODY, number="Số:    /KH-UBND")))
    target = tmp_path / "plans" / "2023.toml"
    result = CliRunner().invoke(main, ["import-docx", str(source), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert f"Đã ghi {target}." in result.output
    assert "- document.number: Bản gốc để trống số văn bản" in result.output
    assert "- sections[2]: Bản gốc đánh số mục IV." in result.output
    first = target.read_bytes()
    again = CliRunner().invoke(main, ["import-docx", str(source), "-o", str(target)])
    assert again.exit_code == 1 and "--force" in again.output and "Traceback" not in again.output
    forced = CliRunner().invoke(main, ["import-docx", str(source), "-o", str(target), "--force"])
    assert forced.exit_code == 0 and target.read_bytes() == first  # the same document gives the same file


def test_what_cannot_be_imported_is_a_located_error(tmp_path):
    text = tmp_path / "ke-hoach.txt"
    text.write_text("không phải Word", encoding="utf-8")
    broken = tmp_path / "hong.docx"
    broken.write_bytes(b"PK\x03\x04 not a zip")
    for source in (text, broken, tmp_path / "khong-co.docx"):
        result = CliRunner().invoke(main, ["import-docx", str(source), "-o", str(tmp_path / "x.toml")])
        assert result.exit_code == 1 and str(source) in result.output and "Traceback" not in result.output
        assert not (tmp_path / "x.toml").exists()
    good = tmp_path / "goc.docx"
    good.write_bytes(typed_docx(Typed(body=A_DOT_BODY)))
    result = CliRunner().invoke(main, ["import-docx", str(good), "-o", str(tmp_path / "x.json")])
    assert result.exit_code == 1 and ".toml" in result.output


def test_a_top_block_typed_in_text_boxes_is_imported_with_its_words(tmp_path):
    from docgen.importdocx.convert import import_docx
    from tests.check import variants

    plan = import_docx(variants.whole_top_block_in_text_boxes(), "boxes.docx", tmp_path / "plan.toml").plan
    assert plan["issuer"]["header"] == list(variants.ISSUER) and plan["issuer"]["abbreviation"] == "UBND"
    assert (plan["document"]["number"], str(plan["document"]["date"])) == (85, "2022-10-24")
    assert plan["issuer"]["place"] == "Thịnh Đức"


def test_an_abbreviation_guessed_from_the_issuer_drops_marks_but_keeps_d_stroke():
    from docgen.importdocx.top import _initial

    assert "".join(_initial(w) for w in ["ỦY", "BAN", "NHÂN", "DÂN"]) == "UBND"
    assert "".join(_initial(w) for w in ["HỘI", "ĐỒNG", "NHÂN", "DÂN"]) == "HĐND"


def test_an_archive_line_without_its_full_stop_is_named_as_corrected(tmp_path):
    from docgen.importdocx import import_docx

    recipients = ["- UBND thành phố;", "- Lưu: VT, VP"]
    notes = import_docx(typed_docx(Typed(body=A_DOT_BODY, recipients=recipients)), "a.docx",
                        tmp_path / "plan.toml").notes
    assert [n.message for n in notes if n.field == "recipients.archive"] == [
        'Bản gốc ghi "- Lưu: VT, VP": docgen in dòng lưu theo Nghị định 30 (Phụ lục I, mục II.9.b): "- Lưu: VT, VP.".']
    ended = import_docx(typed_docx(Typed(body=A_DOT_BODY)), "b.docx", tmp_path / "plan.toml").notes
    assert [n for n in ended if n.field == "recipients.archive"] == []


def test_a_basis_ended_with_another_mark_than_docgen_prints_is_named_as_corrected(tmp_path):
    from docgen.importdocx import import_docx

    bases = ["Căn cứ Kế hoạch số 30/KH-UBND ngày 10/12/2022 của UBND thành phố Thái Nguyên.",
             "Căn cứ Kế hoạch số 81/KH-UBND ngày 20/12/2022 của UBND xã;"]
    result = import_docx(typed_docx(Typed(body=A_DOT_BODY, bases=bases)), "a.docx", tmp_path / "plan.toml")
    assert [(n.field, n.kind, n.message) for n in result.notes if n.field.startswith("bases")] == [
        ("bases", "corrected", 'Bản gốc kết thúc căn cứ thứ 1 bằng ".": Nghị định 30 (Phụ lục I, mục II.6.a) kết '
         'thúc mỗi căn cứ bằng ";", căn cứ cuối cùng bằng "."; docgen in ";".'),
        ("bases", "corrected", 'Bản gốc kết thúc căn cứ thứ 2 bằng ";": Nghị định 30 (Phụ lục I, mục II.6.a) kết '
         'thúc mỗi căn cứ bằng ";", căn cứ cuối cùng bằng "."; docgen in ".".')]
    assert result.plan["bases"] == [basis[:-1] for basis in bases]
    comment = result.text.index('# docgen: Bản gốc kết thúc căn cứ thứ 2 bằng ";"')
    assert result.text.index("bases = [") > comment > result.text.index("# docgen: Bản gốc kết thúc căn cứ thứ 1")
    assert "\n\n" not in result.text[comment:result.text.index("bases = [")]  # right above the list
    bare = import_docx(typed_docx(Typed(body=A_DOT_BODY, bases=[bases[0][:-1]])), "b.docx", tmp_path / "plan.toml")
    assert [n.message.split(":")[0] for n in bare.notes if n.field == "bases"] == [
        "Bản gốc không có dấu ở cuối căn cứ thứ 1"]
    ended = import_docx(typed_docx(Typed(body=A_DOT_BODY, bases=[bases[0]])), "c.docx", tmp_path / "plan.toml").notes
    assert [n for n in ended if n.field.startswith("bases")] == []


def test_an_archive_line_written_another_way_with_vt_first_is_kept_as_typed():
    from tests.importdocx.fidelity import round_trip
    from tests.readback import cell_lines, open_docx

    trip = round_trip(typed_docx(Typed(body=A_DOT_BODY, recipients=["- UBND thành phố;", "- Lưu: VT MTTQ."])))
    assert 'archive_line = "Lưu: VT MTTQ"' in trip.plan_text and "archive = " not in trip.plan_text
    assert [n for n in trip.notes if n.field.startswith("recipients")] == []  # kept: nothing to name
    assert cell_lines(open_docx(trip.rebuilt).tables[-1].cell(0, 0))[-1] == "- Lưu: VT MTTQ."
    assert trip.fidelity.share("cell") == 1.0 and not trip.errors  # the checker accepts it as typed


def test_an_archive_line_decree_30_does_not_allow_is_corrected_and_named(tmp_path):
    from docgen.importdocx import import_docx

    for written, printed in [("- Lưu: VTMTTQ.", "- Lưu: VT, MTTQ."), ("- Lưu: MTTQ", "- Lưu: VT, MTTQ."),
                             ("- Lưu Ban xây dựng Đảng.", "- Lưu: VT, Ban xây dựng Đảng.")]:
        recipients = ["- UBND thành phố;", written]
        imported = import_docx(typed_docx(Typed(body=A_DOT_BODY, recipients=recipients)), "a.docx",
                               tmp_path / "p.toml")
        assert "archive_line" not in imported.plan["recipients"], written
        notes = [n.message for n in imported.notes if n.field == "recipients.archive"]
        assert len(notes) == 1 and f'"{written}"' in notes[0] and f'"{printed}"' in notes[0], notes


def test_an_archive_line_that_is_not_decree_30s_is_refused_with_its_reason(tmp_path):
    from tests.importdocx.fidelity import round_trip

    def edit(text: str) -> str:
        return text.replace('archive_line = "Lưu: VT MTTQ"', 'archive_line = "Lưu: MTTQ"')

    typed = typed_docx(Typed(body=A_DOT_BODY, recipients=["- UBND thành phố;", "- Lưu: VT MTTQ."]))
    try:
        round_trip(typed, edit=edit)
    except DocgenError as error:
        assert "không bắt đầu bằng «Lưu: VT»" in error.problems[0].message
    else:
        raise AssertionError("an archive line without VT was built")
