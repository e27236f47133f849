"""docgen diff sees all of a document: tables of any columns in the body and in appendices (cell by cell),
appendices of any kind, the signature block, emphasis when asked; Unicode forms and lock files are not
differences; a long paragraph of repeated words is compared in near-linear time."""

from __future__ import annotations

import io
import json
import unicodedata
from pathlib import Path

import docx
from click.testing import CliRunner

from docgen.cli import main
from docgen.diff import diff_files, format_text
from docgen.diff.report import compare_paragraphs
from docgen.diff.text import marked
from tests.check.builder import make_docx
from tests.check.spec import REFERENCE

SCHEDULE = [("1", "Hỏi đáp về chính sách đất đai", "Lãnh đạo Sở Nông nghiệp", "20 giờ 15 ngày 13 tháng 3"),
            ("2", "Hỏi đáp về chính sách đất đai", "Lãnh đạo Sở Tài nguyên", "20 giờ 15 ngày 20 tháng 3"),
            ("3", "Hỏi đáp về bảo hiểm xã hội", "Lãnh đạo Bảo hiểm xã hội", "20 giờ 15 ngày 27 tháng 3")]


def _schedule(doc, rows=SCHEDULE, title: str = "LỊCH PHÁT SÓNG CHUYÊN MỤC HỎI ĐÁP") -> None:
    """Type a schedule under its title: the topic shared by two evenings merged down (w:vMerge)."""
    doc.add_paragraph(title)
    table = doc.add_table(rows=1 + len(rows), cols=4)
    for cell, text in zip(table.rows[0].cells, ("TT", "Nội dung", "Trách nhiệm", "Thời gian"), strict=True):
        cell.text = text
    for index, row in enumerate(rows, start=1):
        for column, text in enumerate(row):
            if not (column == 1 and index > 1 and rows[index - 2][1] == text):
                table.cell(index, column).text = text
    for index in range(2, len(rows) + 1):
        if rows[index - 1][1] == rows[index - 2][1]:
            table.cell(index - 1, 1).merge(table.cell(index, 1))


def _document(tables=(SCHEDULE,), bold: str = "", nfd: bool = False, **spec) -> bytes:
    def mutate(doc) -> None:
        body = doc.paragraphs[[p.text for p in doc.paragraphs].index("Tổ chức tuyên truyền trên hệ thống truyền "
                                                                     "thanh của xã.")]
        for rows in tables:
            marker = doc.add_paragraph()
            body._p.addnext(marker._p)
            scratch = docx.Document()
            _schedule(scratch, rows)
            for element in reversed(list(scratch.element.body)[:-1]):  # title and table, not the sectPr
                marker._p.addnext(element)
            marker._p.getparent().remove(marker._p)
        if bold:
            run = body.runs[0]
            before, after = run.text.split(bold)
            run.text = before
            strong = body.add_run(bold)
            strong.bold = True
            body.add_run(after)
        if nfd:
            for paragraph in _all_paragraphs(doc):
                for run in paragraph.runs:
                    run.text = unicodedata.normalize("NFD", run.text)
    return make_docx(mutate=mutate, **spec)


def _all_paragraphs(doc):
    yield from doc.paragraphs
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs


def _diff(tmp_path: Path, a: bytes, b: bytes, emphasis: bool = False):
    (tmp_path / "a.docx").write_bytes(a)
    (tmp_path / "b.docx").write_bytes(b)
    return diff_files(tmp_path / "a.docx", tmp_path / "b.docx", "a.docx", "b.docx", emphasis=emphasis)


def _lines(report) -> list[str]:
    return format_text([report]).splitlines()[1:-1]


def test_a_changed_cell_of_a_body_table_is_listed_by_table_row_and_column(tmp_path):
    later = [SCHEDULE[0], SCHEDULE[1][:3] + ("20 giờ 30 ngày 20 tháng 3",), SCHEDULE[2]]
    report = _diff(tmp_path, _document(), _document(tables=(later,)))
    # the second evening's topic is a cell merged down from the first: its row is still named by it
    assert _lines(report) == [
        "  Bảng «LỊCH PHÁT SÓNG CHUYÊN MỤC HỎI ĐÁP», dòng «2. Hỏi đáp về chính sách đất…», cột «Thời gian»: "
        "20 giờ 15 ngày 20 tháng 3 → 20 giờ 30 ngày 20 tháng 3"]
    assert report.differs and report.count == 1


def test_a_row_inserted_renumbers_nothing_and_a_table_on_one_side_only_is_a_difference(tmp_path):
    inserted = [SCHEDULE[0], ("2", "Hỏi đáp về thuế", "Cục Thuế", "20 giờ 15 ngày 16 tháng 3"),
                *[(str(int(n) + 1), *rest) for n, *rest in SCHEDULE[1:]]]
    report = _diff(tmp_path, _document(), _document(tables=(inserted,)))
    assert _lines(report) == ["  Bảng «LỊCH PHÁT SÓNG CHUYÊN MỤC HỎI ĐÁP»: thêm dòng «2. Hỏi đáp về thuế»: "
                              "2 | Hỏi đáp về thuế | Cục Thuế | 20 giờ 15 ngày 16 tháng 3"]
    gone = _diff(tmp_path, _document(), _document(tables=()))
    assert _lines(gone) == ["  Đoạn bỏ: LỊCH PHÁT SÓNG CHUYÊN MỤC HỎI ĐÁP",
                            "  Bảng chỉ có ở bản trước: «LỊCH PHÁT SÓNG CHUYÊN MỤC HỎI ĐÁP»"]


def test_an_appendix_on_one_side_only_and_a_retitled_one(tmp_path):
    first = ("Phụ lục I", "BIỂU PHÂN BỔ CHỈ TIÊU GIẢM HỘ NGHÈO NĂM 2022", REFERENCE)
    matrix = ("Phụ lục II", "PHÂN CÔNG THỰC HIỆN NHIỆM VỤ", REFERENCE)
    report = _diff(tmp_path, _document(appendices=(first,)), _document(appendices=(first, matrix)))
    # the appendix, and the table it holds (a table on one side only is a difference too)
    assert _lines(report) == [f"  Phụ lục chỉ có ở bản sau: Phụ lục II — PHÂN CÔNG THỰC HIỆN NHIỆM VỤ — {REFERENCE}",
                              "  Bảng chỉ có ở bản sau: «PHÂN CÔNG THỰC HIỆN NHIỆM VỤ»"]
    retitled = ("Phụ lục II", "PHÂN CÔNG THỰC HIỆN NHIỆM VỤ NĂM 2023", REFERENCE)
    report = _diff(tmp_path, _document(appendices=(first, matrix)), _document(appendices=(first, retitled)))
    assert _lines(report) == [f"  Phụ lục sửa: Phụ lục II — PHÂN CÔNG THỰC HIỆN NHIỆM VỤ — {REFERENCE} → "
                              f"Phụ lục II — PHÂN CÔNG THỰC HIỆN NHIỆM VỤ NĂM 2023 — {REFERENCE}",
                              "  Bảng «PHÂN CÔNG THỰC HIỆN NHIỆM VỤ NĂM 2023»: tên bảng "
                              "PHÂN CÔNG THỰC HIỆN NHIỆM VỤ → PHÂN CÔNG THỰC HIỆN NHIỆM VỤ NĂM 2023"]


def test_the_signature_block_prefix_titles_and_name(tmp_path):
    signed = _document(signature=("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), signer="Lang Đại Thành")
    deputy = _document(signature=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), signer="Nguyễn Văn Bình")
    report = _diff(tmp_path, signed, deputy)
    assert [(f.field, f.before, f.after) for f in report.fields] == [
        ("signature_prefix", "TM.", "KT."),
        ("signature_titles", "ỦY BAN NHÂN DÂN / CHỦ TỊCH", "CHỦ TỊCH / PHÓ CHỦ TỊCH"),
        ("signer", "Lang Đại Thành", "Nguyễn Văn Bình")]
    assert "  Quyền hạn ký (TM., KT., TL., …): TM. → KT." in _lines(report)


def test_emphasis_changes_only_when_asked(tmp_path):
    plain, strong = _document(), _document(bold="truyền thanh")
    assert not _diff(tmp_path, plain, strong).differs
    report = _diff(tmp_path, plain, strong, emphasis=True)
    assert _lines(report) == ["  Nhấn mạnh, đoạn «Tổ chức tuyên truyền trên hệ…»: «truyền thanh» thêm in đậm"]
    assert _lines(_diff(tmp_path, strong, plain, emphasis=True)) == [
        "  Nhấn mạnh, đoạn «Tổ chức tuyên truyền trên hệ…»: «truyền thanh» bỏ in đậm"]
    result = CliRunner().invoke(main, ["diff", "--emphasis", "--format", "json", str(tmp_path / "a.docx"),
                                       str(tmp_path / "b.docx")])
    assert result.exit_code == 1
    assert json.loads(result.stdout)[0]["emphasis"] == [{"paragraph": "Tổ chức tuyên truyền trên hệ…",
                                                         "words": "truyền thanh", "added": [], "removed": ["bold"],
                                                         "where": "", "layout": False}]


def _looks(tmp_path, paragraphs_a: list[list[tuple[str, str]]], paragraphs_b: list[list[tuple[str, str]]]):
    """Diff two documents of paragraphs given as runs (text, looks: "b", "i", "")."""
    def made(paragraphs) -> bytes:
        doc = docx.Document()
        for runs in paragraphs:
            paragraph = doc.add_paragraph()
            for text, look in runs:
                run = paragraph.add_run(text)
                run.bold, run.italic = "b" in look or None, "i" in look or None
        out = io.BytesIO()
        doc.save(out)
        return out.getvalue()
    return _diff(tmp_path, made(paragraphs_a), made(paragraphs_b), emphasis=True)


def test_a_paragraphs_own_look_is_one_named_class_and_words_stressed_in_a_sentence_are_listed_each(tmp_path):
    typed = [[("1. ", "b"), ("Rà soát hộ nghèo trong xóm.", "")],           # a number typed in bold
             [("Tổ chức thực hiện", "i")],                                  # a heading typed in italic
             [("Phấn đấu ", ""), ("giảm 06 hộ", "b"), (" trong năm.", "")]]  # words stressed in a sentence
    printed = [[("1. Rà soát hộ nghèo trong xóm.", "")],
               [("Tổ chức thực hiện", "b")],
               [("Phấn đấu giảm 06 hộ trong năm.", "")]]
    report = _looks(tmp_path, typed, printed)
    assert [(c.words, c.removed) for c in report.emphasis] == [("giảm 06 hộ", ("bold",))]
    assert [(c.words, c.added, c.removed) for c in report.layout_emphasis] == [
        ("1.", (), ("bold",)), ("Tổ chức thực hiện", ("bold",), ("italic",))]
    assert report.count == 2  # the stressed words, and the class of looks once
    lines = _lines(report)
    assert lines[-1].startswith("  Kiểu chữ của cả đoạn hoặc của số thứ tự") and "2 đoạn" in lines[-1]
    assert "«1.» bỏ in đậm («1. Rà soát hộ nghèo trong…»)" in lines[-1]


def test_a_mark_beside_a_stressed_word_is_not_a_change_of_emphasis(tmp_path):
    typed = [[("Theo phương châm ", ""), ("“làm đến đâu, chắc đến đó”", "b"), (" của xã.", "")]]
    printed = [[("Theo phương châm “", ""), ("làm đến đâu, chắc đến đó", "b"), ("” của xã.", "")]]
    assert not _looks(tmp_path, typed, printed).differs
    # a mark alone in bold ("…", "-": a blank, a dash in a cell) stresses no word
    assert not _looks(tmp_path, [[("Số hộ: ", ""), ("…", "b")]], [[("Số hộ: …", "")]]).differs


def test_decomposed_and_precomposed_vietnamese_are_the_same_text(tmp_path):
    report = _diff(tmp_path, _document(), _document(nfd=True), emphasis=True)
    assert not report.differs, format_text([report])
    # texts given to the comparison in either form (the web page's, a source read another way) too
    text = "Phấn đấu giảm 06 hộ nghèo, tỷ lệ hộ nghèo còn 1,40%."
    assert compare_paragraphs([unicodedata.normalize("NFD", text)], [text]) == []
    assert marked(unicodedata.normalize("NFD", text), text) == text


def test_a_folder_diff_skips_word_lock_files_and_reads_upper_case_extensions(tmp_path):
    for side in ("old", "new"):
        (tmp_path / side).mkdir()
        (tmp_path / side / "~$KH.docx").write_bytes(b"\x00lock")  # Word's lock file while KH.docx is open
    (tmp_path / "old" / "KH.DOCX").write_bytes(_document())
    later = [SCHEDULE[0], SCHEDULE[1], SCHEDULE[2][:3] + ("21 giờ ngày 27 tháng 3",)]
    (tmp_path / "new" / "KH.DOCX").write_bytes(_document(tables=(later,)))
    result = CliRunner().invoke(main, ["diff", str(tmp_path / "old"), str(tmp_path / "new")])
    assert result.exit_code == 1, result.output
    assert "~$" not in result.output
    assert "cột «Thời gian»: 20 giờ 15 ngày 27 tháng 3 → 21 giờ ngày 27 tháng 3" in result.output


def test_a_long_paragraph_of_repeated_words_is_compared_in_near_linear_time():
    # 150 KB of four repeated words, changed at the start, a third in, two thirds in and at the end: difflib
    # without bounds took 47 s on 37 KB (×4 per doubling), so this size would take many minutes
    words = ("hộ nghèo giảm mạnh " * 8000).split()
    changed = list(words)
    changed[0], changed[len(words) // 3], changed[2 * len(words) // 3], changed[-1] = "Các", "thêm", "bớt", "xong"
    shown = marked(" ".join(words), " ".join(changed))
    assert shown.startswith("[-hộ-] {+Các+} nghèo giảm mạnh hộ")
    assert shown.endswith("giảm [-mạnh-] {+xong+}")
    assert shown.count("[-") == 4 and shown.count("{+") == 4
    assert "[-" + words[len(words) // 3] + "-] {+thêm+}" in shown and "{+bớt+}" in shown


def test_a_docx_built_in_memory_reads_back_its_emphasis():
    doc = docx.Document()
    paragraph = doc.add_paragraph("Phấn đấu ")
    for text, flag in (("giảm", "bold"), ("06", "italic"), ("hộ", "underline")):
        run = paragraph.add_run(text + " ")
        setattr(run, flag, True)
    out = io.BytesIO()
    doc.save(out)
    from docgen.diff.emphasis import emphasis_words
    from docgen.read import open_document

    view = open_document(out.getvalue())
    assert [(w, sorted(f)) for w, f in emphasis_words(view.paragraphs[0])] == [
        ("Phấn", []), ("đấu", []), ("giảm", ["bold"]), ("06", ["italic"]), ("hộ", ["underline"])]


def test_emphasis_changes_in_a_table_cell_are_placed_by_table_row_and_column(tmp_path):
    doc = docx.Document(io.BytesIO(_document()))
    schedule = next(t for t in doc.tables if t.rows[0].cells[0].text == "TT")
    for run in schedule.rows[3].cells[3].paragraphs[0].runs:
        run.italic = True
    out = io.BytesIO()
    doc.save(out)
    report = _diff(tmp_path, _document(), out.getvalue(), emphasis=True)
    assert _lines(report) == ["  Nhấn mạnh, bảng «LỊCH PHÁT SÓNG CHUYÊN MỤC HỎI ĐÁP», "
                              "dòng «3. Hỏi đáp về bảo hiểm xã…», cột «Thời gian»: «20 giờ 15 ngày 27 tháng 3» "
                              "thêm in nghiêng"]
    assert not _diff(tmp_path, _document(), out.getvalue()).differs


def _table_document(rows: list[list[str]]) -> bytes:
    doc = docx.Document()
    doc.add_paragraph("DANH SÁCH NGƯỜI KÝ")
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, texts in enumerate(rows):
        for c, text in enumerate(texts):
            table.cell(r, c).text = text
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_a_tables_empty_spacer_column_is_no_difference(tmp_path):
    spaced = _table_document([["", "TRƯỞNG BAN"], ["", "Nguyễn Văn An"]])
    plain = _table_document([["TRƯỞNG BAN"], ["Nguyễn Văn An"]])
    assert not _diff(tmp_path, spaced, plain).differs
    other = _table_document([["", "PHÓ TRƯỞNG BAN"], ["", "Nguyễn Văn An"]])
    assert _diff(tmp_path, spaced, other).differs  # what the columns hold is still compared
